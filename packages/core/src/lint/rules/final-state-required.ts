/**
 * final-state-required: the flow has a final state at its top level, so that a case can be closed;
 * and a compound (or parallel) state with `onDone` has a final child (in every region).
 */
import { at, defineRule, placeOf, type RuleFinding } from '../rule.js';
import type { LintState } from '../view.js';

const hasFinalChild = (state: LintState) => state.states.some((child) => child.kind === 'final');

export const finalStateRequired = defineRule('final-state-required', 'error', ({ power, graph }) => {
  const found: RuleFinding[] = [];
  const { flow } = power;
  if (flow.states.length > 0 && !flow.states.some((state) => state.kind === 'final')) found.push(at(flow.source, { place: placeOf(flow.source) }));
  for (const state of graph.all()) {
    if (state.onDone.length === 0) continue;
    const done = state.kind === 'parallel' ? state.states.every(hasFinalChild) : hasFinalChild(state);
    if (!done) found.push(at(state.source, { place: placeOf(state.source), variant: 'final-state-required.on-done' }));
  }
  return found;
});
