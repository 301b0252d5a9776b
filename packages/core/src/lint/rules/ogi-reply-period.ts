/**
 * ogi-reply-period: a reply period (a clock or statutory limit citing 政府信息公开条例 第33条) is 20
 * working days, extended at most once by at most 20 working days.
 */
import type { LintClock, LintPeriod } from '../view.js';
import { cites, periodValue } from '../law.js';
import { at, defineRule, placeOf, type RuleFinding } from '../rule.js';

export const ogiReplyPeriod = defineRule('ogi-reply-period', 'error', ({ power }) => {
  const found: RuleFinding[] = [];
  const periods: (LintPeriod & { readonly extend?: LintClock['extend'] })[] = [...power.clocks, ...(power.limits.statutory ? [power.limits.statutory] : [])];
  for (const period of periods) {
    if (!cites(period.basis, 'ogi', '33')) continue;
    if (period.within !== 20 || period.unit !== 'workday') found.push(at(period.source, { place: placeOf(period.source), period: periodValue(period) }));
    const { extend } = period;
    if (extend !== undefined && (extend.unit !== 'workday' || extend.by > 20 || extend.times > 1)) {
      const source = { file: period.source.file, pointer: period.source.pointer + '/extend' };
      found.push(at(source, { place: placeOf(source), period: { within: extend.by, unit: extend.unit }, limit: extend.times, variant: 'ogi-reply-period.extension' }));
    }
  }
  return found;
});
