/**
 * What the rules know about the statutes: which law a citation is (by the title in the catalogue's
 * registry, since law ids are the catalogue's own), and what can be said for certain about periods
 * of different units without a working-day calendar.
 */
import type { LintPower, LintRef } from './view.js';
import type { PeriodUnit } from '../vocabulary.js';

/** The statutes the rules know, by a fragment of their title as the registry writes it. */
export const statutes = {
  licensing: '行政许可法',
  penalty: '行政处罚法',
  coercion: '行政强制法',
  reconsideration: '行政复议法',
  ogi: '政府信息公开条例',
} as const;
export type Statute = keyof typeof statutes;

/** True when a citation is of the statute (and, if given, of that article). */
export function isCitation(ref: LintRef, statute: Statute, article?: string): boolean {
  return ref.law.title.includes(statutes[statute]) && (article === undefined || ref.article === article);
}

/** True when any of the citations is of the statute (and article). */
export function cites(refs: readonly LintRef[], statute: Statute, article?: string): boolean {
  return refs.some((ref) => isCitation(ref, statute, article));
}

/**
 * 简易程序 (当场处罚, 行政处罚法 第51条): a penalty power is taken to follow the summary procedure
 * when the power or one of its decide steps cites article 51 of the 行政处罚法. Such a decision is
 * made on the spot, is below the amounts of article 63, and has no hearing, no legal review
 * (第58条) and no 90-day period (第60条).
 */
export function isSummaryProcedure(power: LintPower): boolean {
  if (power.category !== 'penalty') return false;
  if (cites(power.basis, 'penalty', '51')) return true;
  const visit = (states: LintPower['flow']['states']): boolean =>
    states.some((state) => (state.step === 'decide' && cites(state.basis, 'penalty', '51')) || visit(state.states));
  return visit(power.flow.states);
}

/**
 * The least number of `unit`s that a period is certain to last, whatever the calendar. The bounds:
 * - n working days last at least n calendar days (a working day is a calendar day), and at least
 *   24·n hours (each counted day ends at 24:00);
 * - n calendar days contain no certain working day (a holiday run, 调休 and weekends can cover
 *   any short span), so days, months, years and hours give 0 working days;
 * - a month has at least 28 days, a year at least 365 days and 12 months;
 * - n days last at least 24·n hours; n hours last at least ⌊n/24⌋ days.
 * Units larger than the target are floored (28 days are 0 months: a month may have 31 days).
 */
export function leastIn(period: { readonly within: number; readonly unit: PeriodUnit }, unit: PeriodUnit): number {
  const { within: n } = period;
  if (period.unit === unit) return n;
  const days: Record<PeriodUnit, number> = { workday: n, day: n, month: 28 * n, year: 365 * n, hour: Math.floor(n / 24) };
  switch (unit) {
    case 'workday':
      return 0;
    case 'day':
      return days[period.unit];
    case 'hour':
      return period.unit === 'hour' ? n : 24 * days[period.unit];
    case 'month':
      return period.unit === 'year' ? 12 * n : Math.floor(days[period.unit] / 31);
    case 'year':
      return period.unit === 'month' ? Math.floor(n / 12) : Math.floor(days[period.unit] / 366);
  }
}

/** A period as messages show it: a number and its unit. */
export interface PeriodValue {
  readonly within: number;
  readonly unit: PeriodUnit;
}

/** The number and unit of a period, without its sources. */
export function periodValue(period: PeriodValue): PeriodValue {
  return { within: period.within, unit: period.unit };
}
