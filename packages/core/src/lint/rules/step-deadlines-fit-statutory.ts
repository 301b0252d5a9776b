/**
 * step-deadlines-fit-statutory: along the longest simple path from a clock's `from` to one of its
 * `until` states (default: a final state), the deadlines of the steps add up to no more than the
 * clock (with its extensions). Paused states do not count (their time is not counted by the clock),
 * nor does the state where the clock stops. Deadlines are counted by their least length in the
 * clock's unit (see leastIn), so only certain overruns are reported; a deadline on a compound state
 * is not counted. The search for the longest path is bounded: on a flow with very many paths, the
 * longest path found within the bound is used (still a real path, so a finding is still right).
 */
import type { LintClock } from '../view.js';
import { FlowGraph } from '../graph.js';
import { leastIn } from '../law.js';
import { at, defineRule, placeOf, type LintContext, type RuleFinding } from '../rule.js';

/** Steps of the path search per clock. */
const budget = 20_000;

function longestPath(clock: LintClock, graph: FlowGraph): { sum: number; path: string[] } {
  const stops = (leaf: string) =>
    clock.until.length === 0 ? graph.states.get(leaf)?.kind === 'final' : clock.until.some((until) => FlowGraph.within(leaf, until));
  const paused = (leaf: string) => clock.pause.some((pause) => FlowGraph.within(leaf, pause));
  const weight = (leaf: string) => {
    const deadline = graph.states.get(leaf)?.deadline;
    return deadline === undefined || paused(leaf) ? 0 : leastIn(deadline, clock.unit);
  };
  let best = { sum: -1, path: [] as string[] };
  let steps = 0;
  const onPath = new Set<string>();
  const path: string[] = [];
  const walk = (leaf: string, sum: number) => {
    if (++steps > budget) return;
    if (stops(leaf)) {
      if (sum > best.sum) best = { sum, path: [...path, leaf] };
      return;
    }
    onPath.add(leaf);
    path.push(leaf);
    const total = sum + weight(leaf);
    for (const edge of graph.edges(leaf)) if (!onPath.has(edge.to)) walk(edge.to, total);
    path.pop();
    onPath.delete(leaf);
  };
  for (const start of graph.enter(clock.from)) walk(start, 0);
  return best;
}

function check({ power, graph }: LintContext): RuleFinding[] {
  const found: RuleFinding[] = [];
  for (const clock of power.clocks) {
    if (!graph.states.has(clock.from)) continue;
    // An extension in another unit cannot be added without a calendar: such clocks are not checked.
    if (clock.extend !== undefined && clock.extend.unit !== clock.unit) continue;
    const allowed = clock.within + (clock.extend ? clock.extend.by * clock.extend.times : 0);
    const { sum, path } = longestPath(clock, graph);
    if (sum > allowed)
      found.push(at(clock.source, { place: placeOf(clock.source), period: { within: sum, unit: clock.unit }, bound: { within: allowed, unit: clock.unit }, path }));
  }
  return found;
}

export const stepDeadlinesFitStatutory = defineRule('step-deadlines-fit-statutory', 'warn', check);
