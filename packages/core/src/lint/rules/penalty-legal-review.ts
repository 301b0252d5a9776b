/**
 * penalty-legal-review: in a penalty power under the ordinary procedure, a decide step can be
 * reached from a legal review (a state or transition with a `legal-review` checkpoint), as
 * 行政处罚法 第58条 requires for major, heard or complex cases. A flow may let simple cases bypass
 * the review; a decide step that no review leads to at all is reported.
 */
import type { LintState } from '../view.js';
import { at, defineRule, placeOf, type RuleFinding } from '../rule.js';

export const penaltyLegalReview = defineRule('penalty-legal-review', 'warn', ({ power, graph, summaryProcedure }) => {
  if (power.category !== 'penalty' || summaryProcedure) return [];
  const starts: string[] = [];
  for (const state of graph.all()) {
    if (state.checkpoint?.kind === 'legal-review') starts.push(...graph.enter(state.path));
    for (const transition of state.transitions)
      if (transition.checkpoint?.kind === 'legal-review' && transition.target !== undefined) starts.push(...graph.enter(transition.target));
  }
  const afterReview = new Set<LintState>();
  for (const leaf of graph.reach(starts).leaves) for (const state of graph.lineage(leaf)) afterReview.add(state);
  const found: RuleFinding[] = [];
  for (const state of graph.all()) {
    if (state.step === 'decide' && !afterReview.has(state)) found.push(at(state.source, { place: placeOf(state.source) }));
  }
  return found;
});
