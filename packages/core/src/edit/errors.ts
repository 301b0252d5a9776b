/**
 * Why an edit was refused, in zh-Hans (default), zh-Hant and en, worded the way problems are
 * (../messages/): user text quoted and made printable, places named as a reader would name them.
 */
import { describePlace, printable } from '../messages/index.js';
import type { Locale } from '../vocabulary.js';
import type { EditDictionary, EditMessageId } from './messages/dictionary.js';
import { editEn } from './messages/en.js';
import { editZhHans } from './messages/zh-Hans.js';
import { editZhHant } from './messages/zh-Hant.js';

export { editMessageIds, type EditDictionary, type EditMessageId } from './messages/dictionary.js';

/** The messages of refused edits, by language. */
export const editDictionaries: Readonly<Record<Locale, EditDictionary>> = { 'zh-Hans': editZhHans, 'zh-Hant': editZhHant, en: editEn };

/** What a refused edit's message may name. */
export interface EditMessageParams {
  /** The id, name, path or value concerned. */
  readonly value?: string;
  /** The dotted path of the state concerned; [] or '' is the flow's top level. */
  readonly state?: string;
  /** A target state's dotted path. */
  readonly target?: string;
  /** A branch number, counted from 1. */
  readonly n?: number;
  readonly line?: number;
  /** The YAML parser's own words. */
  readonly reason?: string;
  /** Where in the file, as a path from the document's root. */
  readonly place?: readonly (string | number)[];
}

/** The message of a refused edit in a language. */
export function editMessage(id: EditMessageId, params: EditMessageParams, locale: Locale = 'zh-Hans'): string {
  const dictionary = editDictionaries[locale];
  const quoted = (text: string) => dictionary.quote[0] + printable(text) + dictionary.quote[1];
  const values: Record<string, string> = {
    value: params.value === undefined ? '' : quoted(params.value),
    state: params.state === undefined || params.state === '' ? dictionary.topLevel : quoted(params.state),
    target: params.target === undefined ? '' : quoted(params.target),
    n: String(params.n ?? ''),
    line: String(params.line ?? ''),
    reason: printable(params.reason ?? ''),
    place: params.place === undefined || params.place.length === 0 ? dictionary.document : describePlace(params.place, locale),
  };
  const message = dictionary.messages[id].replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  return locale === 'en' ? message.charAt(0).toUpperCase() + message.slice(1) : message;
}

/**
 * An edit that cannot be made: the text is left as it was. `id` says why (stable, for code);
 * `message` says it in Chinese; `messageIn(locale)` in another language.
 */
export class EditError extends Error {
  override readonly name = 'EditError';

  constructor(
    readonly id: EditMessageId,
    readonly params: EditMessageParams = {},
  ) {
    super(editMessage(id, params, 'zh-Hans'));
  }

  /** The message in the given language. */
  messageIn(locale: Locale): string {
    return editMessage(this.id, this.params, locale);
  }
}
