/**
 * basis-required: the power, every decide step and every clock cite at least one article. A decide
 * step may cite it on the step or on the transitions that leave it (one per kind of decision).
 */
import { at, defineRule, placeOf, type RuleFinding } from '../rule.js';

export const basisRequired = defineRule('basis-required', 'error', ({ power, graph }) => {
  const found: RuleFinding[] = [];
  if (power.basis.length === 0) found.push(at(power.source, { place: placeOf(power.source) }));
  for (const state of graph.all()) {
    if (state.step !== 'decide' || state.basis.length > 0) continue;
    const leaving = [...state.transitions, ...state.onDone];
    if (leaving.length > 0 && leaving.every((transition) => transition.basis.length > 0)) continue;
    found.push(at(state.source, { place: placeOf(state.source) }));
  }
  for (const clock of power.clocks) if (clock.basis.length === 0) found.push(at(clock.source, { place: placeOf(clock.source) }));
  return found;
});
