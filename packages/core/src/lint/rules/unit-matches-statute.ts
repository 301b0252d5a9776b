/**
 * unit-matches-statute: periods that the statutes count in working days are not written in
 * calendar days (unit: day). Which periods:
 * - licensing powers: every period of the 行政许可法 (第82条), i.e. limits, clocks and deadlines
 *   citing it or citing nothing, and rights citing it;
 * - penalty powers: 2, 3, 5 and 7 days (行政处罚法 第85条) citing it or nothing;
 * - coercion powers: 10 days or less (行政强制法 第69条) citing it or nothing;
 * - any power: 3, 5, 7 and 10 days citing the 行政复议法 (第88条).
 */
import type { SourceRef } from '../../model.js';
import type { LintRef } from '../view.js';
import type { MessageVariant } from '../../messages/index.js';
import { cites } from '../law.js';
import { at, defineRule, placeOf, type RuleFinding } from '../rule.js';
import type { PeriodUnit } from '../../vocabulary.js';

interface Written {
  readonly within: number;
  readonly unit: PeriodUnit;
  readonly basis: readonly LintRef[];
  readonly source: SourceRef;
  /** A right's period: its basis is the right's, and an uncited one is not taken to be the category's statute. */
  readonly right?: boolean;
}

export const unitMatchesStatute = defineRule('unit-matches-statute', 'warn', ({ power, graph }) => {
  // Only periods in calendar days can be wrong here: the others are left out before any citation is read.
  const periods: Written[] = [];
  const { statutory, promised } = power.limits;
  if (statutory?.unit === 'day') periods.push(statutory);
  // Copied field by field (not spread): a view's period keeps its basis in a getter, which a spread would not copy.
  if (promised?.unit === 'day')
    periods.push({ within: promised.within, unit: promised.unit, source: promised.source, basis: promised.basis.length > 0 ? promised.basis : (statutory?.basis ?? []) });
  for (const clock of power.clocks) if (clock.unit === 'day') periods.push(clock);
  for (const state of graph.all()) if (state.deadline?.unit === 'day') periods.push(state.deadline);
  for (const right of power.rights) {
    const { within } = right;
    if (within?.unit === 'day') periods.push({ within: within.within, unit: within.unit, source: within.source, basis: [...within.basis, ...right.basis], right: true });
  }

  const found: RuleFinding[] = [];
  for (const period of periods) {
    const own = (statute: 'licensing' | 'penalty' | 'coercion') => cites(period.basis, statute) || (period.basis.length === 0 && !period.right);
    const n = period.within;
    let variant: MessageVariant | undefined | null = null;
    if ([3, 5, 7, 10].includes(n) && cites(period.basis, 'reconsideration')) variant = 'unit-matches-statute.reconsideration';
    else if (power.category === 'licensing' && own('licensing')) variant = undefined;
    else if (power.category === 'penalty' && [2, 3, 5, 7].includes(n) && own('penalty')) variant = 'unit-matches-statute.penalty';
    else if (power.category === 'coercion' && n <= 10 && own('coercion')) variant = 'unit-matches-statute.coercion';
    if (variant === null) continue;
    found.push(at(period.source, { place: placeOf(period.source), period: { within: n, unit: 'day' }, ...(variant && { variant }) }));
  }
  return found;
});
