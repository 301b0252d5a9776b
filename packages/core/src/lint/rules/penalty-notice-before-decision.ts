/**
 * penalty-notice-before-decision: in a penalty power, every path from the initial state to a
 * decide step passes a notify step, a state with a `notification` checkpoint, or a transition with
 * one (行政处罚法 第44条、第45条、第62条). Reported at the decide step, with one path that avoids notice.
 */
import type { LintState } from '../view.js';
import { at, defineRule, placeOf, type RuleFinding } from '../rule.js';

export const penaltyNoticeBeforeDecision = defineRule('penalty-notice-before-decision', 'error', ({ power, graph }) => {
  if (power.category !== 'penalty') return [];
  const isNotice = (leaf: string) => graph.lineage(leaf).some((state) => state.step === 'notify' || state.checkpoint?.kind === 'notification');
  const reached = graph.reach(graph.initial, { stop: isNotice, skip: (edge) => edge.via.checkpoint?.kind === 'notification' });
  const found: RuleFinding[] = [];
  const reported = new Set<LintState>();
  for (const leaf of reached.leaves) {
    if (isNotice(leaf)) continue;
    const decision = graph.lineage(leaf).find((state) => state.step === 'decide');
    if (decision === undefined || reported.has(decision)) continue;
    reported.add(decision);
    found.push(at(decision.source, { place: placeOf(decision.source), path: reached.pathTo(leaf) }));
  }
  return found;
});
