/** high-risk-needs-controls: a `high` integrity risk (廉政风险点) has at least one control and an owner, or its state an actor. */
import { at, defineRule, placeOf, type RuleFinding } from '../rule.js';

export const highRiskNeedsControls = defineRule('high-risk-needs-controls', 'error', ({ graph }) => {
  const found: RuleFinding[] = [];
  for (const state of graph.all()) {
    const { risk } = state;
    if (risk?.level !== 'high') continue;
    if (risk.controls.length === 0) found.push(at(risk.source, { place: placeOf(risk.source) }));
    if (risk.owner === undefined && state.actor === undefined) found.push(at(risk.source, { place: placeOf(risk.source), variant: 'high-risk-needs-controls.owner' }));
  }
  return found;
});
