/** no-clock-without-stop: a clock's `until` states (default: any final state) can be reached from its `from`. */
import { FlowGraph } from '../graph.js';
import { at, defineRule, placeOf, type RuleFinding } from '../rule.js';

export const noClockWithoutStop = defineRule('no-clock-without-stop', 'error', ({ power, graph }) => {
  const found: RuleFinding[] = [];
  for (const clock of power.clocks) {
    if (!graph.states.has(clock.from)) continue;
    const stops = (leaf: string) =>
      clock.until.length === 0 ? graph.states.get(leaf)?.kind === 'final' : clock.until.some((until) => FlowGraph.within(leaf, until));
    const reached = graph.reach(graph.enter(clock.from), { stop: stops });
    if (reached.leaves.some(stops)) continue;
    const params = { place: placeOf(clock.source), value: clock.from, states: clock.until };
    found.push(at(clock.source, clock.until.length === 0 ? { ...params, variant: 'no-clock-without-stop.final' } : params));
  }
  return found;
});
