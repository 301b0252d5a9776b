/** no-unreachable-state: every state can be reached from the initial state (reported at the state). */
import { at, defineRule, placeOf, type RuleFinding } from '../rule.js';

export const noUnreachableState = defineRule('no-unreachable-state', 'error', ({ graph }) => {
  const reached = new Set<string>();
  for (const leaf of graph.reach(graph.initial).leaves) for (const state of graph.lineage(leaf)) reached.add(state.path);
  const found: RuleFinding[] = [];
  for (const state of graph.all()) {
    if (reached.has(state.path)) continue;
    // A state inside an unreachable state is reported with it, once.
    const parent = graph.parent(state.path);
    if (parent !== undefined && !reached.has(parent.path)) continue;
    found.push(at(state.source, { place: placeOf(state.source) }));
  }
  return found;
});
