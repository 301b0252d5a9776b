/**
 * penalty-decision-period: in a penalty power under the ordinary procedure, a period citing
 * 行政处罚法 第60条 is 90 calendar days, unless it also cites another law, regulation or rule (第60条:
 * "法律、法规、规章另有规定的，从其规定"); and such a power has a decision period at all (a clock or a
 * statutory limit). Summary-procedure powers (第51条) are not checked.
 */
import { cites, isCitation, periodValue } from '../law.js';
import { at, defineRule, placeOf, type RuleFinding } from '../rule.js';

export const penaltyDecisionPeriod = defineRule('penalty-decision-period', 'warn', ({ power, summaryProcedure }) => {
  if (power.category !== 'penalty' || summaryProcedure) return [];
  const found: RuleFinding[] = [];
  const periods = [...power.clocks, ...(power.limits.statutory ? [power.limits.statutory] : [])];
  for (const period of periods) {
    if (!cites(period.basis, 'penalty', '60')) continue;
    const otherwise = period.basis.some((ref) => !isCitation(ref, 'penalty'));
    if (!otherwise && (period.within !== 90 || period.unit !== 'day')) found.push(at(period.source, { place: placeOf(period.source), period: periodValue(period) }));
  }
  if (periods.length === 0) found.push(at(power.source, { place: placeOf(power.source), variant: 'penalty-decision-period.missing' }));
  return found;
});
