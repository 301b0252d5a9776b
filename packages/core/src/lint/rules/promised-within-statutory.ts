/**
 * promised-within-statutory: the promised limit (承诺时限) is not longer than the statutory one
 * (法定时限). Periods of the same unit are compared exactly; of different units, only what is
 * certain without a calendar (see leastIn): 25 working days are certainly longer than 20 days,
 * 30 days are not certainly longer than 20 working days and are not reported.
 */
import { leastIn, periodValue } from '../law.js';
import { at, defineRule, placeOf } from '../rule.js';

export const promisedWithinStatutory = defineRule('promised-within-statutory', 'error', ({ power }) => {
  const { promised, statutory } = power.limits;
  if (promised === undefined || statutory === undefined) return [];
  if (leastIn(promised, statutory.unit) <= statutory.within) return [];
  return [at(promised.source, { place: placeOf(promised.source), period: periodValue(promised), bound: periodValue(statutory) })];
});
