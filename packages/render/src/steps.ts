/**
 * The flow as an ordered list of steps with their transitions, in HTML: what a screen reader reads
 * instead of the chart, and what prints under it. Nested and parallel states are nested lists.
 */
import { allStates, labelOf, toChineseNumber, type LawRef, type Locale, type Power, type State, type Transition } from '@sunlit/core';
import { escapeAttribute, escapeText } from './escape.js';
import { periodText } from './graph.js';
import { dictionaryOf, fill } from './words.js';

/** Options of renderStepList. */
export interface StepListOptions {
  readonly locale?: Locale;
  /** Prefix of the anchors of the steps (`<prefix>-1`, …); default "step". */
  readonly idPrefix?: string;
}

/** A citation as the public reads it: 《中华人民共和国行政许可法》第四十二条第二款. */
export function citation(ref: Pick<LawRef, 'law' | 'article' | 'clause' | 'item'>, locale: Locale = 'zh-Hans'): string {
  if (locale === 'en') {
    return `${ref.law.title}, art. ${[ref.article, ref.clause, ref.item].filter((part) => part !== undefined).join('.')}`;
  }
  const number = (value: string) => (/^\d+$/.test(value) ? toChineseNumber(Number(value)) : value);
  let text = `《${ref.law.title}》第${number(ref.article)}条`;
  if (ref.clause !== undefined) text += `第${number(ref.clause)}款`;
  if (ref.item !== undefined) text += `第（${number(ref.item)}）项`;
  return text;
}

/** The ordered list (`<ol class="steps">`) of a power's flow. */
export function renderStepList(power: Pick<Power, 'flow'>, options: StepListOptions = {}): string {
  const locale = options.locale ?? 'zh-Hans';
  const words = dictionaryOf(locale);
  const prefix = (options.idPrefix ?? 'step').replace(/[^A-Za-z0-9_-]/g, '_');
  const colon = locale === 'en' ? ': ' : '：';
  const list = locale === 'en' ? ', ' : '、';
  const states = allStates(power.flow);
  const anchors = new Map(states.map((state, index) => [state.path, `${prefix}-${index + 1}`]));
  const names = new Map(states.map((state) => [state.path, state.name]));

  const field = (label: string, value: string) => `<li><span class="label">${escapeText(label)}${escapeText(colon)}</span>${escapeText(value)}</li>`;
  const cite = (refs: readonly LawRef[]) => refs.map((ref) => citation(ref, locale)).join(list);

  const transition = (item: Transition, done: boolean): string => {
    const event = done ? words.done : item.event;
    if (item.target === undefined) {
      const stays = fill(words.stays, { event });
      const extra = item.checkpoint ? words.separator + labelOf('checkpointKind', item.checkpoint.kind, locale) + (item.checkpoint.by ? `（${item.checkpoint.by}）` : '') : '';
      return `<li>${escapeText(stays + extra)}</li>`;
    }
    const template = item.guard === undefined ? words.goesTo : words.goesToIf;
    const [before, after] = fill(template, { event, guard: item.guard ?? '', target: '\u0000' }).split('\u0000') as [string, string];
    const anchor = anchors.get(item.target) ?? '';
    return `<li>${escapeText(before)}<a href="#${escapeAttribute(anchor)}">${escapeText(names.get(item.target) ?? item.target)}</a>${escapeText(after)}</li>`;
  };

  const step = (state: State): string => {
    const anchor = anchors.get(state.path)!;
    const kind = state.step !== undefined ? labelOf('step', state.step, locale) : state.kind === 'parallel' ? words.parallel : undefined;
    let out = `<li id="${escapeAttribute(anchor)}" class="step ${state.kind}"><h3 class="step-name">${escapeText(state.name)}`;
    if (kind !== undefined) out += ` <span class="step-kind">（${escapeText(kind)}）</span>`;
    out += '</h3><ul class="step-facts">';
    if (state.actor !== undefined) out += field(words.actor, state.actor);
    if (state.action !== undefined) out += field(words.action, state.action);
    if (state.description !== undefined) out += `<li>${escapeText(state.description)}</li>`;
    if (state.deadline !== undefined) out += field(words.deadline, periodText(state.deadline, words) + (state.deadline.note ? `（${state.deadline.note}）` : ''));
    if (state.checkpoint !== undefined) {
      const by = state.checkpoint.by !== undefined ? `（${state.checkpoint.by}）` : '';
      out += `<li class="checkpoint"><span class="label">${escapeText(words.checkpoint + colon)}</span><span class="badge checkpoint">${escapeText(labelOf('checkpointKind', state.checkpoint.kind, locale))}</span>${escapeText(by)}</li>`;
    }
    if (state.risk !== undefined) {
      const risk = state.risk;
      const level = fill(words.riskBadge, { level: labelOf('riskLevel', risk.level, locale) });
      out += `<li class="risk"><span class="label">${escapeText(words.risk + colon)}</span><span class="badge risk-${escapeAttribute(risk.level)}">${escapeText(level)}</span> ${escapeText(risk.text)}`;
      if (risk.controls.length > 0) out += `<br>${escapeText(words.controls + colon + risk.controls.join(words.separator))}`;
      if (risk.owner !== undefined) out += `<br>${escapeText(words.owner + colon + risk.owner)}`;
      out += '</li>';
    }
    if (state.duties.length > 0) out += field(words.duties, state.duties.join(words.separator));
    if (state.documents.length > 0) out += field(words.documents, state.documents.join(list));
    if (state.basis.length > 0) out += field(words.basis, cite(state.basis));
    if (state.outcome !== undefined) out += field(words.outcome, labelOf('outcome', state.outcome, locale) + (state.remedies ? words.separator + words.remedies : ''));
    out += '</ul>';
    if (state.states.length > 0) out += `<ol class="steps nested">${state.states.map(step).join('')}</ol>`;
    const moves = [...state.transitions.map((item) => transition(item, false)), ...state.onDone.map((item) => transition(item, true))];
    if (moves.length > 0) out += `<p class="transitions-label">${escapeText(words.transitions + colon)}</p><ul class="transitions">${moves.join('')}</ul>`;
    else if (state.kind === 'final') out += `<p class="transitions-label">${escapeText(words.noTransitions)}</p>`;
    return out + '</li>';
  };

  return `<ol class="steps">${power.flow.states.map(step).join('')}</ol>`;
}
