/**
 * A flow read as a graph, for the lint rules. Nodes are the leaf states (atomic and final states,
 * and compound states without children); entering a compound state enters its initial child,
 * entering a parallel state enters every region. A state's own transitions and those of its
 * ancestors leave it; a final state leaves through its parent's `onDone` (and, in a region, through
 * the parallel state's `onDone`). Parallel regions are walked one at a time: a path through a
 * parallel state goes through one of its regions, which is what the rules need (reachability, and a
 * lower bound of time spent).
 */
import type { LintFlow, LintState, LintTransition } from './view.js';

/** One way to leave a leaf: the leaf entered, and the transition taken (absent for onDone of a region). */
export interface Edge {
  readonly to: string;
  readonly via: LintTransition;
}

/** The graph of one flow, built once per power and shared by the rules. */
export class FlowGraph {
  /** Every state by its dotted path. */
  readonly states = new Map<string, LintState>();
  /** The parent of every state that has one. */
  private readonly parents = new Map<string, LintState>();
  private readonly edgeCache = new Map<string, readonly Edge[]>();
  private readonly entered = new Map<string, readonly string[]>();
  /** Lineages asked for: the rules ask again for the same leaves. */
  private readonly lineages = new Map<string, readonly LintState[]>();
  /** The leaves entered when the flow starts. */
  readonly initial: readonly string[];

  constructor(readonly flow: LintFlow) {
    const visit = (states: readonly LintState[], parent: LintState | undefined) => {
      for (const state of states) {
        this.states.set(state.path, state);
        if (parent !== undefined) this.parents.set(state.path, parent);
        visit(state.states, state);
      }
    };
    visit(flow.states, undefined);
    this.initial = this.states.has(flow.initial) ? this.enter(flow.initial) : [];
  }

  /** The parent of a state, if it is nested. */
  parent(path: string): LintState | undefined {
    return this.parents.get(path);
  }

  /** The state and its ancestors, innermost first. */
  lineage(path: string): readonly LintState[] {
    let found = this.lineages.get(path);
    if (found === undefined) {
      const states: LintState[] = [];
      for (let state = this.states.get(path); state !== undefined; state = this.parent(state.path)) states.push(state);
      this.lineages.set(path, (found = states));
    }
    return found;
  }

  /** The leaves entered when a state is entered (kept: every transition to the state asks again). */
  enter(path: string): readonly string[] {
    let leaves = this.entered.get(path);
    if (leaves === undefined) {
      const state = this.states.get(path);
      if (state === undefined) leaves = [];
      else if (state.kind === 'parallel') leaves = state.states.flatMap((region) => this.enter(region.path));
      else if (state.kind === 'compound' && state.states.length > 0) {
        const initial = state.states.find((child) => child.id === state.initial) ?? state.states[0]!;
        leaves = this.enter(initial.path);
      } else leaves = [path];
      this.entered.set(path, leaves);
    }
    return leaves;
  }

  /** True when entering `leaf` enters `path` (the leaf is the state or one of its descendants). */
  static within(leaf: string, path: string): boolean {
    // leaf === path, or leaf starts with path + '.' (without building that string).
    return leaf === path || (leaf.length > path.length && leaf.charCodeAt(path.length) === 46 && leaf.startsWith(path));
  }

  /** The ways to leave a leaf. */
  edges(leaf: string): readonly Edge[] {
    let edges = this.edgeCache.get(leaf);
    if (edges !== undefined) return edges;
    const found: Edge[] = [];
    const follow = (transitions: readonly LintTransition[]) => {
      for (const via of transitions) if (via.target !== undefined) for (const to of this.enter(via.target)) found.push({ to, via });
    };
    const state = this.states.get(leaf);
    if (state !== undefined) {
      for (const holder of this.lineage(leaf)) follow(holder.transitions);
      if (state.kind === 'final') {
        // A final child completes its parent; in a parallel state's region, the parallel state too.
        for (let parent = this.parent(leaf); parent !== undefined; parent = this.parent(parent.path)) {
          follow(parent.onDone);
          if (parent.kind !== 'parallel' && this.parent(parent.path)?.kind !== 'parallel') break;
        }
      }
    }
    edges = found;
    this.edgeCache.set(leaf, edges);
    return edges;
  }

  /**
   * The leaves reachable from `starts` (the starts included). `stop` leaves are reached but not
   * left; `skip` edges are not taken.
   */
  reach(starts: readonly string[], options: { stop?: (leaf: string) => boolean; skip?: (edge: Edge) => boolean } = {}): Map<string, string | undefined> {
    /** Each leaf reached, with the leaf it was reached from (for showing a path). */
    const from = new Map<string, string | undefined>();
    const queue: string[] = [];
    for (const start of starts) if (!from.has(start)) (from.set(start, undefined), queue.push(start));
    for (let index = 0; index < queue.length; index++) {
      const leaf = queue[index]!;
      if (options.stop?.(leaf)) continue;
      for (const edge of this.edges(leaf)) {
        if (from.has(edge.to) || options.skip?.(edge)) continue;
        from.set(edge.to, leaf);
        queue.push(edge.to);
      }
    }
    return from;
  }

  /** The path to a leaf found by `reach`, from its start. */
  static pathTo(reached: ReadonlyMap<string, string | undefined>, leaf: string): string[] {
    const path: string[] = [];
    for (let at: string | undefined = leaf; at !== undefined && path.length <= reached.size; at = reached.get(at)) path.unshift(at);
    return path;
  }

  private every?: readonly LintState[];

  /** Every state, at any depth, in the order written (parents before their children). */
  all(): readonly LintState[] {
    return (this.every ??= [...this.states.values()]);
  }
}
