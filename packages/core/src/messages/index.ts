/**
 * Messages of problems in zh-Hans (default), zh-Hant and en: one dictionary per language, one
 * formatter. User-written values are quoted and stripped of control characters, so a message is
 * always safe to print to a terminal.
 */
import { vocabularies, type Locale } from '../vocabulary.js';
import { ruleIds, type Dictionary, type JsonType, type MessageId, type MessageVariant, type RuleId } from './dictionary.js';
import { en } from './en.js';
import { zhHans } from './zh-Hans.js';
import { zhHant } from './zh-Hant.js';

export { messageIds, messageVariants, ruleIds, validationIds } from './dictionary.js';
export type { Dictionary, JsonType, MessageId, MessageVariant, RuleId, ValidationId } from './dictionary.js';

/** True when a problem code is a lint rule's id. */
export function isRuleId(code: string): code is RuleId {
  return (ruleIds as readonly string[]).includes(code);
}

/** The page that explains a rule: docs/rules/<id>.md, relative to the repository root. */
export function ruleDocs(id: RuleId): string {
  return `docs/rules/${id}.md`;
}

export const dictionaries: Readonly<Record<Locale, Dictionary>> = {
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  en,
};

export type VocabularyName = keyof typeof vocabularies;

/** What a message may say about a problem. Every field is optional; templates use what they need. */
export interface MessageParams {
  /** The value the user wrote (quoted when shown). */
  readonly value?: unknown;
  /** The key of the field concerned (shown with its label). */
  readonly field?: string;
  /** Path of the object that holds the problem, shown as a phrase (状态“登记”的事件“补正”). */
  readonly place?: readonly (string | number)[];
  /** The vocabulary whose values are allowed, or a list of allowed field names. */
  readonly allowed?: VocabularyName | readonly string[];
  readonly expected?: readonly JsonType[];
  readonly actual?: JsonType;
  readonly limit?: string | number;
  readonly reason?: string;
  readonly suggestion?: string;
  readonly file?: string;
  readonly line?: number;
  /** Which wording of a rule's message (see `messageVariants`); the rule's own when absent. */
  readonly variant?: MessageVariant;
  /** A period the catalogue wrote, and the bound it is compared with: shown as 20 个工作日 / 20 working days. */
  readonly period?: PeriodValue;
  readonly bound?: PeriodValue;
  /** State names, quoted and listed. */
  readonly states?: readonly string[];
  /** A path through the flow: state names joined by arrows. */
  readonly path?: readonly string[];
  /** A vocabulary value, shown with its label: refused（不予）. */
  readonly term?: { readonly vocabulary: VocabularyName; readonly value: string };
}

/** A period in a message. */
export interface PeriodValue {
  readonly within: number;
  readonly unit: keyof Dictionary['periods'];
}

const MAX_VALUE_LENGTH = 80;

/**
 * Text the user wrote, safe to print: control and bidi characters escaped, and text longer than
 * `maxLength` shortened (pass Infinity for file paths, which must stay whole).
 */
export function printable(text: string, maxLength: number = MAX_VALUE_LENGTH): string {
  const shown = text.length > maxLength ? text.slice(0, maxLength) + '…' : text;
  return shown.replace(
    // C0 and C1 controls, bidi overrides and isolates, zero-width and BOM characters.
    /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g,
    (character) => '\\u' + character.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

/** Text the user wrote, in quotation marks; numbers and true/false as they are. */
function quoted(value: unknown, dictionary: Dictionary): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : safeJson(value);
  return dictionary.quote[0] + printable(text) + dictionary.quote[1];
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The label of a field key, looked up with its parent key first ("risk.level" before "level"). */
function fieldLabel(field: string, parent: string, dictionary: Dictionary): string {
  const label = dictionary.fields[`${parent}.${field}`] ?? dictionary.fields[field];
  if (label === undefined || label === field) return field;
  return dictionary === en ? `${field} (${label})` : `${field}（${label}）`;
}

function lastKey(path: readonly (string | number)[]): string {
  for (let index = path.length - 1; index >= 0; index--) {
    const segment = path[index];
    if (typeof segment === 'string' && !/^\d+$/.test(segment)) return segment;
  }
  return '';
}

/**
 * Names a place in a file the way a reader of the catalogue would: the state, event, clock or item
 * a JSON path leads to. Paths into the flow name states by their dotted path.
 */
export function describePlace(path: readonly (string | number)[], locale: Locale): string {
  const dictionary = dictionaries[locale];
  const { places } = dictionary;
  const parts: string[] = [];
  const statePath: string[] = [];
  // Nested states name one state by its dotted path: the part is replaced as the path grows.
  let statePart: number | undefined;
  const fill = (template: string, values: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  let index = 0;
  const at = (offset: number) => path[index + offset];
  while (index < path.length) {
    const segment = String(at(0));
    const next = at(1);
    const count = next === undefined ? '' : String(Number(next) + 1);
    if (segment === 'states' && next !== undefined) {
      statePath.push(String(next));
      if (statePart === undefined || statePart !== parts.length - 1) statePart = parts.length;
      parts[statePart] = fill(places.state, { name: quoted(statePath.join('.'), dictionary) });
      index += 2;
    } else if (segment === 'flow' && next !== undefined) {
      index += 1;
    } else if (segment === 'on' && next !== undefined) {
      parts.push(fill(places.event, { name: quoted(String(next), dictionary) }));
      index += 2;
      if (typeof at(0) === 'number' || /^\d+$/.test(String(at(0) ?? ''))) {
        parts.push(fill(places.branch, { n: String(Number(at(0)) + 1) }));
        index += 1;
      }
    } else if (segment === 'onDone') {
      parts.push(places.onDone);
      index += 1;
    } else if (segment === 'clocks' && next !== undefined) {
      parts.push(fill(places.clock, { name: quoted(String(next), dictionary) }));
      index += 2;
    } else if (segment === 'calendars' && next !== undefined) {
      parts.push(fill(places.calendar, { name: quoted(String(next), dictionary) }));
      index += 2;
    } else if (segment === 'powers' && next !== undefined && index === 0) {
      parts.push(fill(places.power, { n: count }));
      index += 2;
    } else if (segment === 'departments' && next !== undefined) {
      parts.push(fill(places.department, { n: count }));
      index += 2;
    } else if (segment === 'laws' && next !== undefined) {
      parts.push(fill(places.law, { n: count }));
      index += 2;
    } else if (segment === 'events' && next !== undefined) {
      parts.push(fill(places.event_item, { n: count }));
      index += 2;
    } else if (next !== undefined && /^\d+$/.test(String(next))) {
      const parent = lastKey(path.slice(0, index));
      parts.push(fill(places.item, { field: fieldLabel(segment, parent, dictionary), n: count }));
      index += 2;
    } else {
      const parent = lastKey(path.slice(0, index));
      parts.push(fill(places.field, { field: fieldLabel(segment, parent, dictionary) }));
      index += 1;
    }
  }
  // Chinese sets a space between its own characters and a following Latin word (的 step).
  return parts.reduce((joined, part) => (joined === '' ? part : joined + dictionary.placeSeparator + (/^[A-Za-z]/.test(part) && locale !== 'en' ? ' ' : '') + part), '');
}

/** The label of a vocabulary value in a language, e.g. licensing → 行政许可 / 行政許可 / administrative licensing. */
export function labelOf(vocabulary: VocabularyName, value: string, locale: Locale): string {
  const label = (vocabularies[vocabulary].labels as Record<string, { zh: string; en: string } | undefined>)[value];
  if (label === undefined) return value;
  return locale === 'en' ? label.en : (dictionaries[locale].terms[label.zh] ?? label.zh);
}

function allowedList(allowed: VocabularyName | readonly string[], locale: Locale): string {
  const dictionary = dictionaries[locale];
  if (typeof allowed !== 'string') return allowed.join(dictionary.listSeparator);
  return vocabularies[allowed].values
    .map((value: string) => (locale === 'en' ? `${value} (${labelOf(allowed, value, locale)})` : `${value}（${labelOf(allowed, value, locale)}）`))
    .join(dictionary.listSeparator);
}

function reasonText(reason: string, dictionary: Dictionary): string {
  for (const [prefix, said] of dictionary.yamlReasons) if (reason.startsWith(prefix)) return said;
  return printable(reason);
}

/** The message of a problem in the given language. */
export function formatMessage(code: MessageId, params: MessageParams, locale: Locale = 'zh-Hans'): string {
  const dictionary = dictionaries[locale];
  const values: Record<string, string> = {};
  if (params.value !== undefined) values.value = quoted(params.value, dictionary);
  if (params.field !== undefined) values.field = fieldLabel(params.field, lastKey(params.place ?? []), dictionary);
  values.place = params.place ? describePlace(params.place, locale) : '';
  if (params.allowed !== undefined) values.allowed = allowedList(params.allowed, locale);
  if (params.expected !== undefined)
    values.expected = params.expected.map((type) => dictionary.types[type]).join(locale === 'en' ? ' or ' : '或');
  if (params.actual !== undefined) values.actual = dictionary.types[params.actual];
  if (params.limit !== undefined) {
    const [comparison, bound] = String(params.limit).split(' ') as [keyof Dictionary['comparisons'], string?];
    values.limit = bound !== undefined && comparison in dictionary.comparisons ? `${dictionary.comparisons[comparison]} ${bound}` : String(params.limit);
  }
  if (params.reason !== undefined) values.reason = reasonText(params.reason, dictionary);
  if (params.file !== undefined) values.file = printable(params.file, Infinity);
  if (params.line !== undefined) values.line = String(params.line);
  const period = (written: PeriodValue) => dictionary.periods[written.unit].replace('{n}', String(written.within));
  if (params.period !== undefined) values.period = period(params.period);
  if (params.bound !== undefined) values.bound = period(params.bound);
  if (params.states !== undefined) values.states = params.states.map((state) => quoted(state, dictionary)).join(dictionary.listSeparator);
  if (params.path !== undefined) values.path = params.path.map((state) => printable(state)).join(dictionary.pathSeparator);
  if (params.term !== undefined) {
    const label = labelOf(params.term.vocabulary, params.term.value, locale);
    values.term = locale === 'en' ? `${params.term.value} (${label})` : `${params.term.value}（${label}）`;
  }
  const template = (params.variant !== undefined && params.variant.startsWith(code + '.') ? dictionary.variants[params.variant] : undefined) ?? dictionary.messages[code];
  let message = template.replace(/\{(\w+)\}/g, (placeholder: string, key: string, at: number) =>
    spaced(values[key] ?? '', template[at - 1], template[at + placeholder.length], locale),
  );
  const hints: string[] = [];
  if (params.suggestion !== undefined) hints.push(dictionary.hints.suggestion.replace('{suggestion}', quoted(params.suggestion, dictionary)));
  // A number, true/false or nothing where text belongs is usually text YAML read as something else.
  if (code === 'wrong-type' && params.expected?.includes('string') && params.actual !== 'object' && params.actual !== 'array') hints.push(dictionary.hints.quote);
  if (isRuleId(code)) hints.push(dictionary.hints.rule.replace('{rule}', ruleDocs(code)));
  for (const hint of hints) message += locale === 'en' ? ' ' + hint : hint;
  return tidy(message, locale);
}

/** Chinese sets a space between its own characters and a Latin word (的 step、有 3 项), never inside quotes. */
function spaced(value: string, before: string | undefined, after: string | undefined, locale: Locale): string {
  if (locale === 'en' || value === '') return value;
  const cjk = /[\u3400-\u9fff）]/;
  const latin = /[A-Za-z0-9]/;
  const start = before !== undefined && cjk.test(before) && latin.test(value[0]!) ? ' ' : '';
  const end = after !== undefined && cjk.test(after) && latin.test(value[value.length - 1]!) ? ' ' : '';
  return start + value + end;
}

/** Removes the gaps an empty place leaves; an English sentence without a place speaks of the file. */
function tidy(message: string, locale: Locale): string {
  let text = message.replace(/ {2,}/g, ' ').trim();
  if (locale === 'en') {
    if (/^(is|has|uses|reuses|cites) /.test(text)) text = 'This file ' + text;
    text = text.charAt(0).toUpperCase() + text.slice(1);
  }
  return text;
}
