/**
 * adverse-final-tells-remedies: a final state whose outcome is refused, not-accepted or penalised
 * has `remedies: true` (行政许可法 第38条第2款, 行政处罚法 第44条、第59条第1款第5项).
 */
import type { Outcome } from '../../vocabulary.js';
import { at, defineRule, placeOf, type RuleFinding } from '../rule.js';

const adverse: ReadonlySet<Outcome> = new Set<Outcome>(['refused', 'not-accepted', 'penalised']);

export const adverseFinalTellsRemedies = defineRule('adverse-final-tells-remedies', 'error', ({ graph }) => {
  const found: RuleFinding[] = [];
  for (const state of graph.all()) {
    if (state.kind === 'final' && state.outcome !== undefined && adverse.has(state.outcome) && state.remedies !== true)
      found.push(at(state.source, { place: placeOf(state.source), term: { vocabulary: 'outcome', value: state.outcome } }));
  }
  return found;
});
