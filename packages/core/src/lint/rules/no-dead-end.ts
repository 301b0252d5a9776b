/** no-dead-end: a state that is not final has an event that leaves it (reported at the state). */
import { at, defineRule, placeOf, type RuleFinding } from '../rule.js';

export const noDeadEnd = defineRule('no-dead-end', 'error', ({ graph }) => {
  const found: RuleFinding[] = [];
  for (const state of graph.all()) {
    if (state.kind !== 'atomic') continue;
    // Transitions of the state and of its ancestors leave it; one back to itself does not.
    if (graph.edges(state.path).some((edge) => edge.to !== state.path)) continue;
    found.push(at(state.source, { place: placeOf(state.source) }));
  }
  return found;
});
