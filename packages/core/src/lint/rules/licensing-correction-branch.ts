/**
 * licensing-correction-branch: in a licensing power, a receive or accept step can reach a
 * correction step (行政许可法 第32条第1款第4项), and a clock that stops at a correction step (the
 * time to ask for corrections) is at most 5 working days.
 */
import { leastIn, periodValue } from '../law.js';
import { at, defineRule, placeOf, type RuleFinding } from '../rule.js';

export const licensingCorrectionBranch = defineRule('licensing-correction-branch', 'error', ({ power, graph }) => {
  if (power.category !== 'licensing') return [];
  const found: RuleFinding[] = [];
  const receivers = graph.all().filter((state) => state.step === 'receive' || state.step === 'accept');
  const isCorrection = (path: string) => graph.lineage(path).some((state) => state.step === 'correction');
  if (receivers.length > 0) {
    const reached = graph.reach(receivers.flatMap((state) => graph.enter(state.path)));
    if (!reached.leaves.some(isCorrection)) found.push(at(receivers[0]!.source, { place: placeOf(receivers[0]!.source) }));
  }
  for (const clock of power.clocks) {
    const asksForCorrection = clock.until.some((until) => graph.states.get(until)?.step === 'correction');
    // Certain only when the clock's least length in working days is over 5 (see leastIn).
    if (asksForCorrection && leastIn(clock, 'workday') > 5)
      found.push(at(clock.source, { place: placeOf(clock.source), period: periodValue(clock), variant: 'licensing-correction-branch.clock' }));
  }
  return found;
});
