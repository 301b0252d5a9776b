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

/** A state of the graph: its place in `all()`, its parent, and what the rules asked about it (kept, since they ask again). */
interface Vertex {
  readonly state: LintState;
  readonly index: number;
  readonly parent: Vertex | undefined;
  lineage?: readonly LintState[];
  entered?: readonly string[];
  edges?: readonly Edge[];
  /** The vertex index of each edge's leaf, in the order of `edges`. */
  targets?: readonly number[];
}

/** The leaves `reach` found, in the order found, each with the leaf it was reached from. */
export class Reached {
  constructor(
    /** The leaves, in the order found (the starts first). */
    readonly leaves: readonly string[],
    /** For each leaf, the position in `leaves` of the leaf it was reached from; -1 for a start. */
    private readonly from: readonly number[],
  ) {}

  /** The path to a leaf, from its start (the leaf alone when it was not reached). */
  pathTo(leaf: string): string[] {
    let at = this.leaves.indexOf(leaf);
    if (at === -1) return [leaf];
    const path: string[] = [];
    for (; at !== -1; at = this.from[at]!) path.unshift(this.leaves[at]!);
    return path;
  }
}

/** The graph of one flow, built once per power and shared by the rules. */
export class FlowGraph {
  /** Every state by its dotted path. */
  readonly states = new Map<string, LintState>();
  /** Every state's vertex by its dotted path: one lookup for all that is known of it. */
  private readonly vertices = new Map<string, Vertex>();
  /** The vertices in the order written (parents before their children). */
  private readonly list: Vertex[] = [];
  /** The leaves entered when the flow starts. */
  readonly initial: readonly string[];

  constructor(readonly flow: LintFlow) {
    const visit = (states: readonly LintState[], parent: Vertex | undefined) => {
      for (const state of states) {
        const vertex: Vertex = { state, index: this.list.length, parent };
        this.list.push(vertex);
        this.states.set(state.path, state);
        this.vertices.set(state.path, vertex);
        visit(state.states, vertex);
      }
    };
    visit(flow.states, undefined);
    this.initial = this.states.has(flow.initial) ? this.enter(flow.initial) : [];
  }

  /** The parent of a state, if it is nested. */
  parent(path: string): LintState | undefined {
    return this.vertices.get(path)?.parent?.state;
  }

  /** The state and its ancestors, innermost first. */
  lineage(path: string): readonly LintState[] {
    const vertex = this.vertices.get(path);
    return vertex === undefined ? [] : lineageOf(vertex);
  }

  /** The leaves entered when a state is entered. */
  enter(path: string): readonly string[] {
    const vertex = this.vertices.get(path);
    return vertex === undefined ? [] : this.enterVertex(vertex);
  }

  private enterVertex(vertex: Vertex): readonly string[] {
    if (vertex.entered !== undefined) return vertex.entered;
    const { state } = vertex;
    let leaves: readonly string[];
    if (state.kind === 'parallel') leaves = state.states.flatMap((region) => this.enter(region.path));
    else if (state.kind === 'compound' && state.states.length > 0) {
      const initial = state.states.find((child) => child.id === state.initial) ?? state.states[0]!;
      leaves = this.enter(initial.path);
    } else leaves = [state.path];
    return (vertex.entered = leaves);
  }

  /** True when entering `leaf` enters `path` (the leaf is the state or one of its descendants). */
  static within(leaf: string, path: string): boolean {
    // leaf === path, or leaf starts with path + '.' (without building that string).
    return leaf === path || (leaf.length > path.length && leaf.charCodeAt(path.length) === 46 && leaf.startsWith(path));
  }

  /** The ways to leave a leaf. */
  edges(leaf: string): readonly Edge[] {
    const vertex = this.vertices.get(leaf);
    return vertex === undefined ? none : this.edgesOf(vertex);
  }

  private edgesOf(vertex: Vertex): readonly Edge[] {
    if (vertex.edges !== undefined) return vertex.edges;
    const found: Edge[] = [];
    const targets: number[] = [];
    const follow = (transitions: readonly LintTransition[]) => {
      for (const via of transitions) {
        if (via.target === undefined) continue;
        for (const to of this.enter(via.target)) {
          found.push({ to, via });
          targets.push(this.vertices.get(to)!.index);
        }
      }
    };
    for (let holder: Vertex | undefined = vertex; holder !== undefined; holder = holder.parent) follow(holder.state.transitions);
    if (vertex.state.kind === 'final') {
      // A final child completes its parent; in a parallel state's region, the parallel state too.
      for (let parent = vertex.parent; parent !== undefined; parent = parent.parent) {
        follow(parent.state.onDone);
        if (parent.state.kind !== 'parallel' && parent.parent?.state.kind !== 'parallel') break;
      }
    }
    vertex.targets = targets;
    return (vertex.edges = found);
  }

  /**
   * The leaves reachable from `starts` (the starts included). `stop` leaves are reached but not
   * left; `skip` edges are not taken. Leaves are marked by their vertex's index, not kept in a map.
   */
  reach(starts: readonly string[], options: { stop?: (leaf: string) => boolean; skip?: (edge: Edge) => boolean } = {}): Reached {
    const { stop, skip } = options;
    /** For each vertex reached, its position in `leaves` plus one (0: not reached). */
    const seen = new Int32Array(this.list.length);
    const leaves: string[] = [];
    const from: number[] = [];
    /** The vertex of each leaf in `leaves` (undefined for a start that is no state). */
    const order: (Vertex | undefined)[] = [];
    for (const start of starts) {
      const vertex = this.vertices.get(start);
      if (vertex !== undefined ? seen[vertex.index] !== 0 : leaves.includes(start)) continue;
      if (vertex !== undefined) seen[vertex.index] = leaves.length + 1;
      leaves.push(start);
      from.push(-1);
      order.push(vertex);
    }
    for (let at = 0; at < leaves.length; at++) {
      const vertex = order[at];
      if (vertex === undefined || stop?.(leaves[at]!)) continue;
      const edges = this.edgesOf(vertex);
      const targets = vertex.targets!;
      for (let index = 0; index < edges.length; index++) {
        const target = targets[index]!;
        if (seen[target] !== 0 || skip?.(edges[index]!)) continue;
        seen[target] = leaves.length + 1;
        leaves.push(edges[index]!.to);
        from.push(at);
        order.push(this.list[target]);
      }
    }
    return new Reached(leaves, from);
  }

  /** Every state, at any depth, in the order written (parents before their children). */
  all(): readonly LintState[] {
    return (this.every ??= this.list.map((vertex) => vertex.state));
  }

  private every?: readonly LintState[];
}

const none: readonly never[] = Object.freeze([]);

function lineageOf(vertex: Vertex): readonly LintState[] {
  if (vertex.lineage === undefined) {
    const states: LintState[] = [];
    for (let at: Vertex | undefined = vertex; at !== undefined; at = at.parent) states.push(at.state);
    vertex.lineage = states;
  }
  return vertex.lineage;
}
