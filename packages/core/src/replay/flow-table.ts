/**
 * A power's flow compiled for replays into integer tables: state configurations and events become
 * small integers, and what an event does in a configuration (a step: the next configuration, the
 * states entered and left) is computed on first use and then read from an array.
 *
 * The steps follow the rules XState v5 applies to the machine `toMachine` makes (SCXML microsteps:
 * transition selection from the deepest active states up, guards as labels the event names, first
 * match wins, `*` wildcards, conflicts between parallel regions, exit and entry sets by transition
 * domain, done events of compound and parallel states with their `onDone`, targetless transitions
 * that leave everything as it is), without building XState machines, snapshots or actors: those cost
 * about 0.6 ms a power and 100 µs a step. XState stays the reference: the tests replay random event
 * sequences over the example powers and generated flows through both and compare every step.
 */
import { allStates } from '../machine.js';
import type { Power, State, Transition } from '../model.js';

/** XState's node kinds as they matter here. */
const enum Kind {
  Atomic,
  Compound,
  Parallel,
  Final,
}

/** A state node as XState builds it: `index` is its document order (pre-order over object keys). */
interface Node {
  readonly index: number;
  readonly key: string;
  /** XState's id, `<machine id>.<path>`: done events are named after it. */
  readonly id: string;
  /** The model's path; '' for the root. */
  readonly path: string;
  readonly parent: Node | undefined;
  readonly kind: Kind;
  children: Node[];
  /** One past the last descendant's index: `b` is a descendant of `a` when a.index < b.index < a.end. */
  end: number;
  initial: Node | undefined;
  /** Transitions by event descriptor (the flow's events, and `xstate.done.state.<id>` for onDone). */
  readonly on: Map<string, Edge[]>;
  /** Descriptors of `on` that match other events: `*`, or ending in `.*`. */
  readonly wildcards: string[];
  /** The model state; undefined for the root. */
  readonly state: State | undefined;
}

/** A transition as XState formats it: never `reenter`, targets absolute. */
interface Edge {
  readonly source: Node;
  readonly targets: readonly Node[] | undefined;
  readonly guard: string | undefined;
  /** The transition domain (only for transitions with targets). */
  domain: Node | undefined;
}

/** A state configuration: the active nodes (the root included), in document order. */
export interface Configuration {
  readonly id: number;
  /** Active node indices, ascending. */
  readonly nodes: readonly number[];
  /** XState's snapshot status: 'active', or 'done' once a top-level final state is entered. */
  readonly status: string;
  /** The active leaf paths in the model's document order (what a result lists as `states`). */
  readonly leaves: readonly string[];
  /** Membership by node index. */
  readonly active: Uint8Array;
  /** XState's state value, made when first asked for (a saved replay's snapshot). */
  value: unknown;
}

/** What starts, stops, pauses, resumes and extends one clock, by state path and event. */
export interface ClockTrigger {
  readonly from: string;
  /** Stops when one of these is entered. */
  readonly until: readonly string[];
  /** Stops when `from` is left (a state's own deadline). */
  readonly untilLeft: boolean;
  readonly pause: readonly string[];
  readonly extendOn?: string;
}

/**
 * Clock operations of a step, each `clock index << 3 | operation`, in the order the replay applies
 * them: extensions, then what leaving states does, then what entering does, then the stops of a
 * finished flow. Each still checks the clock's run (started, stopped, paused) when applied.
 */
export const enum ClockOp {
  /** Stop the run if it is running. */
  Stop = 1,
  /** End the run's pause, if it is running and paused. */
  Resume = 2,
  /** Start a new run. */
  Start = 3,
  /** Start a new run, paused at once (its `from` state was entered inside a pause state). */
  StartPaused = 4,
  /** Pause the run if it is running. */
  Pause = 5,
  /** Ask for an extension. */
  Extend = 6,
}

/** What one event does in one configuration. */
export interface Step {
  readonly enabled: boolean;
  readonly next: Configuration;
  /** Model states (as indices into `FlowTable.paths`) newly active, and no longer active. */
  readonly entered: readonly number[];
  readonly exited: readonly number[];
  /** Clock operations (see ClockOp). */
  readonly clocks: Int32Array;
}

const noClockOps = new Int32Array(0);

/** A trigger with its paths as node indices (-1 for a path the flow lacks). */
interface CompiledTrigger {
  readonly from: number;
  readonly until: readonly number[];
  readonly untilLeft: boolean;
  readonly pause: readonly number[];
  readonly extendOn: string | undefined;
}

/**
 * Event names and guard labels of every flow compiled, numbered once for all: one small map that
 * stays in the processor's cache answers for every power (a map per power is a cache miss per row).
 * Only names written in flows are numbered, so the maps stay as small as the catalogues.
 */
const eventNumbers = new Map<string, number>();
const guardNumbers = new Map<string, number>();

function numberOf(numbers: Map<string, number>, name: string): number {
  let number = numbers.get(name);
  if (number === undefined) numbers.set(name, (number = numbers.size));
  return number;
}

/** By global number, each local index + 1 (0: not in this flow). */
function localIndex(names: readonly string[], numbers: Map<string, number>): Int32Array {
  const globals = names.map((name) => numberOf(numbers, name));
  const local = new Int32Array(Math.max(-1, ...globals) + 1);
  globals.forEach((global, index) => (local[global] = index + 1));
  return local;
}

/** Done events one event may raise before the flow is taken to loop. */
const maxMicrosteps = 10_000;

/** Sentinel for an event the flow does not know. */
export const UNKNOWN_EVENT = -1;

/** What `next` gives for an event whose step never settles: done events that re-complete their state for ever. */
export const LOOPS = -2;

/** A step that XState would never finish (it spins on done events); `step` and the constructor throw it. */
export class FlowLoopError extends Error {
  constructor(readonly flow: string) {
    super(`Infinite loop detected: more than ${maxMicrosteps} microsteps for one event in the flow of ${flow}`);
  }
}

/**
 * The compiled flow of one power. `symbol` turns an event (and its guard label) into an integer;
 * `step(configuration, symbol)` gives the step, computed once.
 */
export class FlowTable {
  /** Model state paths by node index (index 0, the root, is ''). */
  readonly paths: readonly string[];
  /** The initial configuration and the states it makes active. */
  readonly initial: Configuration;
  readonly initialEntered: readonly number[];
  /** Whether entering the flow's initial states never settles (done events re-complete a state for ever): no event can be applied. */
  startLoops = false;
  /** The flow's event names (those of `on`), for the unknown-event check and symbols. */
  private readonly eventNames: string[];
  /** How many global event numbers the local index at the head of `rows` covers. */
  private readonly eventSpan: number;
  /** Guard labels written in the flow; an event with another label or none matches unguarded transitions only. */
  private readonly guardNames: string[];
  /** Local guard index + 1 by global guard number. */
  private readonly guards: Int32Array;
  /**
   * Symbols: one per event (no guard, or a label nothing of that event tests), then one per
   * (event, label) that a transition tests. `pairs[event × labels + label]` is the latter, or -1.
   */
  private readonly pairs: Int32Array;
  private readonly symbolEvent: Int32Array;
  private readonly symbolGuard: Int32Array;
  /** Symbols per configuration: the width of a row of the step tables. */
  private readonly width: number;
  private readonly nodes: Node[];
  private readonly byPath: Map<string, Node>;
  private readonly configurations: Configuration[] = [];
  private readonly configurationIds = new Map<string, number>();
  /**
   * What a replay reads per event, in one array (few cache lines per row of a log, whichever of
   * thousands of powers it names): first the local event index + 1 by global event number, then a
   * row per configuration met: whether it is done, and per symbol the next configuration id + 1
   * (-1 for an event not enabled there, 0 for a step not computed yet) and where the step's clock
   * operations start in `ops` (0 for none; `ops[start]` is their count).
   */
  private rows: Int32Array;
  private readonly rowLength: number;
  private rowCapacity: number;
  private ops: Int32Array;
  private opsLength = 1;
  /** Model document order of each node, for listing leaves as written. */
  private readonly documentOrder: Int32Array;
  private readonly triggers: readonly CompiledTrigger[];
  /** Clock operations of entering the initial states when a case opens: their count, then each. */
  readonly openClocks: Int32Array;

  /** @param triggers the power's clocks, in the order the replay reports them. */
  constructor(power: Pick<Power, 'code' | 'flow'>, triggers: readonly ClockTrigger[] = []) {
    const states = allStates(power.flow);
    this.nodes = [];
    this.byPath = new Map();
    const root = this.buildNode(power.code, power.code, '', undefined, undefined, power.flow.states, power.flow.initial);
    this.paths = this.nodes.map((node) => node.path);
    this.documentOrder = new Int32Array(this.nodes.length);
    const modelOrder = new Map(states.map((state, index) => [state.path, index]));
    for (const node of this.nodes) this.documentOrder[node.index] = modelOrder.get(node.path) ?? -1;
    for (const node of this.nodes) {
      if (node.state === undefined) continue;
      for (const transition of node.state.transitions) this.addEdge(node, transition.event, transition);
      for (const transition of node.state.onDone) this.addEdge(node, `xstate.done.state.${node.id}`, transition);
    }
    for (const node of this.nodes) for (const edges of node.on.values()) for (const edge of edges) edge.domain = this.domainOf(edge, root);
    const eventNames = new Set<string>();
    const guardNames = new Set<string>();
    const tested = new Set<string>();
    const wildcardGuards = new Set<string>();
    for (const state of states) {
      for (const transition of state.transitions) {
        eventNames.add(transition.event);
        if (transition.guard === undefined) continue;
        guardNames.add(transition.guard);
        tested.add(`${transition.event}\u0000${transition.guard}`);
        if (transition.event === '*') wildcardGuards.add(transition.guard);
      }
      for (const transition of state.onDone) if (transition.guard !== undefined) guardNames.add(transition.guard);
    }
    this.eventNames = [...eventNames];
    this.guardNames = [...guardNames];
    const events = localIndex(this.eventNames, eventNumbers);
    this.eventSpan = events.length;
    this.guards = localIndex(this.guardNames, guardNumbers);
    const labels = this.guardNames.length;
    this.pairs = new Int32Array(this.eventNames.length * labels).fill(-1);
    const symbolEvent = this.eventNames.map((_, index) => index);
    const symbolGuard = this.eventNames.map(() => -1);
    this.eventNames.forEach((event, eventIndex) => {
      this.guardNames.forEach((guard, guardIndex) => {
        // A `*` transition tests its label on every event.
        if (!tested.has(`${event}\u0000${guard}`) && !wildcardGuards.has(guard)) return;
        this.pairs[eventIndex * labels + guardIndex] = symbolEvent.length;
        symbolEvent.push(eventIndex);
        symbolGuard.push(guardIndex);
      });
    });
    this.symbolEvent = Int32Array.from(symbolEvent);
    this.symbolGuard = Int32Array.from(symbolGuard);
    this.width = symbolEvent.length;
    this.rowLength = 1 + 2 * this.width;
    this.rowCapacity = 4;
    this.rows = new Int32Array(this.eventSpan + this.rowCapacity * this.rowLength);
    this.rows.set(events);
    this.ops = new Int32Array(64);
    this.triggers = triggers.map((trigger) => ({
      from: this.indexOf(trigger.from),
      until: trigger.until.map((path) => this.indexOf(path)),
      untilLeft: trigger.untilLeft,
      pause: trigger.pause.map((path) => this.indexOf(path)),
      extendOn: trigger.extendOn,
    }));
    const initial = this.initialConfiguration(root);
    this.initial = initial;
    this.initialEntered = initial.nodes.filter((index) => index !== 0);
    const ops: number[] = [];
    this.enterOps(this.initialEntered, initial, ops);
    this.openClocks = Int32Array.from([ops.length, ...ops]);
  }

  /**
   * What entering states does to the clocks, as CaseReplay did it state by state: a clock stops
   * when one of its `until` states is entered; (re)starts when `from` is entered, paused if the new
   * configuration is inside one of its pause states (format.md section 5, rule 7); else pauses when
   * a pause state is entered.
   */
  private enterOps(entered: readonly number[], next: Configuration, ops: number[]): void {
    if (entered.length === 0) return;
    for (let clock = 0; clock < this.triggers.length; clock++) {
      const trigger = this.triggers[clock]!;
      if (trigger.until.some((index) => entered.includes(index))) ops.push((clock << 3) | ClockOp.Stop);
      if (entered.includes(trigger.from)) ops.push((clock << 3) | (this.inPause(trigger, next) ? ClockOp.StartPaused : ClockOp.Start));
      else if (trigger.pause.some((index) => entered.includes(index))) ops.push((clock << 3) | ClockOp.Pause);
    }
  }

  /** What leaving states does: a state's own deadline stops; a pause ends when no pause state is active any more. */
  private leaveOps(exited: readonly number[], next: Configuration, ops: number[]): void {
    if (exited.length === 0) return;
    for (let clock = 0; clock < this.triggers.length; clock++) {
      const trigger = this.triggers[clock]!;
      if (trigger.untilLeft && exited.includes(trigger.from)) ops.push((clock << 3) | ClockOp.Stop);
      else if (trigger.pause.some((index) => exited.includes(index)) && !this.inPause(trigger, next)) ops.push((clock << 3) | ClockOp.Resume);
    }
  }

  private inPause(trigger: CompiledTrigger, configuration: Configuration): boolean {
    return trigger.pause.some((index) => index >= 0 && configuration.active[index] === 1);
  }

  private buildNode(machineId: string, id: string, path: string, parent: Node | undefined, state: State | undefined, children: readonly State[], initial: string | undefined): Node {
    const kind = state === undefined ? Kind.Compound : kindOf(state);
    const node: Node = { index: this.nodes.length, key: state?.id ?? machineId, id, path, parent, kind, children: [], end: 0, initial: undefined, on: new Map(), wildcards: [], state };
    this.nodes.push(node);
    if (state !== undefined) this.byPath.set(path, node);
    if (children.length > 0) {
      // XState makes a node of every configured child (even under a final state) and walks `states` as an object: integer-like keys come first, in ascending order.
      const keyed: Record<string, State> = {};
      for (const child of children) keyed[child.id] = child;
      for (const key of Object.keys(keyed)) {
        const child = keyed[key]!;
        node.children.push(this.buildNode(machineId, `${id}.${child.id}`, child.path, node, child, child.states, child.initial));
      }
      if (kind === Kind.Compound) node.initial = node.children.find((child) => child.key === initial);
    }
    node.end = this.nodes.length;
    return node;
  }

  private addEdge(node: Node, descriptor: string, transition: Transition): void {
    let edges = node.on.get(descriptor);
    if (edges === undefined) {
      node.on.set(descriptor, (edges = []));
      if (descriptor === '*' || descriptor.endsWith('.*')) node.wildcards.push(descriptor);
    }
    const targets = transition.target === undefined ? undefined : [this.byPath.get(transition.target)].filter((target): target is Node => target !== undefined);
    edges.push({ source: node, targets: targets?.length === 0 ? undefined : targets, guard: transition.guard, domain: undefined });
  }

  /** XState's getTransitionDomain, for a transition that does not re-enter. */
  private domainOf(edge: Edge, root: Node): Node | undefined {
    const targets = edge.targets;
    if (targets === undefined) return undefined;
    if (targets.every((target) => target === edge.source || isDescendant(target, edge.source))) return edge.source;
    const [head, ...tail] = [...targets, edge.source];
    for (let ancestor = head!.parent; ancestor !== undefined; ancestor = ancestor.parent) {
      if (tail.every((node) => isDescendant(node, ancestor!))) return ancestor;
    }
    return root;
  }

  /** The integer of an event and its guard label, or UNKNOWN_EVENT when the flow has no such event. */
  symbol(event: string, guard: string | undefined): number {
    const global = eventNumbers.get(event);
    const local = global === undefined || global >= this.eventSpan ? 0 : this.rows[global]!;
    if (local === 0) return UNKNOWN_EVENT;
    if (guard !== undefined && this.guardNames.length > 0) {
      const number = guardNumbers.get(guard);
      const label = number === undefined || number >= this.guards.length ? 0 : this.guards[number]!;
      if (label > 0) {
        const pair = this.pairs[(local - 1) * this.guardNames.length + label - 1]!;
        if (pair >= 0) return pair;
      }
    }
    return local - 1;
  }

  /**
   * The configuration an event of `symbol` leads to from configuration `from` (ids), -1 when the
   * event is not enabled there, or LOOPS when its step never settles; computed on first use. The
   * hot path of a replay.
   */
  next(from: number, symbol: number): number {
    const known = this.rows[this.eventSpan + from * this.rowLength + 1 + 2 * symbol]!;
    if (known !== 0) return known < 0 ? known : known - 1;
    this.computeStep(this.configurations[from]!, symbol);
    const computed = this.rows[this.eventSpan + from * this.rowLength + 1 + 2 * symbol]!;
    return computed < 0 ? computed : computed - 1;
  }

  /** Where the clock operations of a step taken with `next` start in `clockOps` (0: none; the first is the count). */
  clockOpsAt(from: number, symbol: number): number {
    return this.rows[this.eventSpan + from * this.rowLength + 2 + 2 * symbol]!;
  }

  /** The pool of clock operations (see ClockOp); read it at `clockOpsAt`. */
  get clockOps(): Int32Array {
    return this.ops;
  }

  /** Whether configuration `id` is done (a top-level final state was entered). */
  isDone(id: number): boolean {
    return this.rows[this.eventSpan + id * this.rowLength] === 1;
  }

  /** The configuration of an id. */
  configurationOf(id: number): Configuration {
    return this.configurations[id]!;
  }

  /** What the event of `symbol` does in a configuration, as a record (for tests and tools; replays use `next`). */
  step(configuration: Configuration, symbol: number): Step {
    const next = this.next(configuration.id, symbol);
    if (next === LOOPS) throw new FlowLoopError(this.nodes[0]!.id);
    if (next < 0) return { enabled: false, next: configuration, entered: [], exited: [], clocks: noClockOps };
    const after = this.configurations[next]!;
    const entered: number[] = [];
    const exited: number[] = [];
    for (let index = 1; index < after.active.length; index++) {
      if (after.active[index] === 1 && configuration.active[index] !== 1) entered.push(index);
      else if (after.active[index] !== 1 && configuration.active[index] === 1) exited.push(index);
    }
    const at = this.clockOpsAt(configuration.id, symbol);
    const clocks = at === 0 ? noClockOps : this.ops.slice(at + 1, at + 1 + this.ops[at]!);
    return { enabled: true, next: after, entered, exited, clocks };
  }

  /** Model states (indices) of a configuration, root excluded. */
  activeStates(configuration: Configuration): readonly number[] {
    return configuration.nodes.filter((index) => index !== 0);
  }

  /** Node index of a model path, or -1. */
  indexOf(path: string): number {
    return this.byPath.get(path)?.index ?? -1;
  }

  get size(): number {
    return this.nodes.length;
  }

  // -------------------------------------------------------------------------------------------
  // Configurations

  private configuration(nodes: number[], status: string): Configuration {
    nodes.sort((a, b) => a - b);
    const key = `${status}:${nodes.join(',')}`;
    const known = this.configurationIds.get(key);
    if (known !== undefined) return this.configurations[known]!;
    const active = new Uint8Array(this.nodes.length);
    for (const index of nodes) active[index] = 1;
    const leaves = nodes
      .filter((index) => index !== 0 && !nodes.some((other) => isDescendant(this.nodes[other]!, this.nodes[index]!)))
      .sort((a, b) => this.documentOrder[a]! - this.documentOrder[b]!)
      .map((index) => this.paths[index]!);
    const configuration: Configuration = { id: this.configurations.length, nodes, status, leaves, active, value: undefined };
    this.configurations.push(configuration);
    this.configurationIds.set(key, configuration.id);
    if (configuration.id >= this.rowCapacity) {
      // A row per configuration met: double the rows when they are full.
      this.rowCapacity *= 2;
      const bigger = new Int32Array(this.eventSpan + this.rowCapacity * this.rowLength);
      bigger.set(this.rows);
      this.rows = bigger;
    }
    this.rows[this.eventSpan + configuration.id * this.rowLength] = status === 'done' ? 1 : 0;
    return configuration;
  }

  /** XState's state value of a configuration, as `getPersistedSnapshot` writes it. */
  valueOf(configuration: Configuration): unknown {
    if (configuration.value === undefined) configuration.value = this.valueAt(this.nodes[0]!, configuration.active);
    return configuration.value;
  }

  private valueAt(node: Node, active: Uint8Array): unknown {
    const children = node.children.filter((child) => active[child.index] === 1);
    if (node.kind === Kind.Compound) {
      const child = children[0];
      if (child === undefined) return {};
      if (child.kind === Kind.Atomic || child.kind === Kind.Final) return child.key;
    }
    const value: Record<string, unknown> = {};
    for (const child of children) value[child.key] = this.valueAt(child, active);
    return value;
  }

  /**
   * The configuration of a persisted snapshot, as XState's `resolveState` reads it: the state value,
   * completed with initial states where it stops short; `done` when a top-level final state is active.
   * Throws for a state the flow does not have.
   */
  resolve(snapshot: unknown): Configuration {
    const persisted = (typeof snapshot === 'object' && snapshot !== null ? snapshot : {}) as { value?: unknown; status?: unknown };
    const root = this.nodes[0]!;
    const first = this.complete(this.nodesOfValue(root, persisted.value));
    const resolved = this.complete(this.nodesOfValue(root, this.valueAt(root, first)));
    const status = this.isInFinalState(resolved, root) ? 'done' : typeof persisted.status === 'string' && persisted.status !== '' ? persisted.status : 'active';
    const nodes: number[] = [];
    for (let index = 0; index < resolved.length; index++) if (resolved[index] === 1) nodes.push(index);
    return this.configuration(nodes, status);
  }

  /** XState's getStateNodes: the nodes a state value names. */
  private nodesOfValue(node: Node, value: unknown, into: Uint8Array = new Uint8Array(this.nodes.length)): Uint8Array {
    into[0] = 1;
    into[node.index] = 1;
    if (typeof value === 'string') {
      into[this.child(node, value).index] = 1;
      return into;
    }
    if (typeof value !== 'object' || value === null) throw new Error(`not a state value of ${node.id}: ${String(value)}`);
    for (const [key, childValue] of Object.entries(value)) {
      const child = this.child(node, key);
      into[child.index] = 1;
      this.nodesOfValue(child, childValue, into);
    }
    return into;
  }

  private child(node: Node, key: string): Node {
    const child = node.children.find((item) => item.key === key);
    if (child === undefined) throw new Error(`State '${key}' does not exist on '${node.id}'`);
    return child;
  }

  /** XState's getAllStateNodes: compound states without an active child enter their initial states, parallel states all regions. */
  private complete(set: Uint8Array): Uint8Array {
    // XState iterates a Set that grows while it walks it; adding in index order and rescanning is the same closure.
    let changed = true;
    while (changed) {
      changed = false;
      for (const node of this.nodes) {
        if (set[node.index] !== 1) continue;
        if (node.kind === Kind.Compound && !node.children.some((child) => set[child.index] === 1)) {
          changed = this.enterInitial(node, set) || changed;
        } else if (node.kind === Kind.Parallel) {
          for (const child of node.children) if (set[child.index] !== 1) changed = this.enterInitial(child, set) || changed;
        }
      }
    }
    for (const node of this.nodes) if (set[node.index] === 1) for (let parent = node.parent; parent !== undefined; parent = parent.parent) set[parent.index] = 1;
    return set;
  }

  /** Marks a node and its initial descendants; true when something was added. */
  private enterInitial(node: Node, set: Uint8Array): boolean {
    let added = set[node.index] !== 1;
    set[node.index] = 1;
    if (node.kind === Kind.Compound && node.initial !== undefined) added = this.enterInitial(node.initial, set) || added;
    else if (node.kind === Kind.Parallel) for (const child of node.children) added = this.enterInitial(child, set) || added;
    return added;
  }

  // -------------------------------------------------------------------------------------------
  // Steps: XState's macrostep, on node indices

  private initialConfiguration(root: Node): Configuration {
    const set = new Uint8Array(this.nodes.length);
    const toEnter: number[] = [];
    const collect = (node: Node) => {
      toEnter.push(node.index);
      if (node.kind === Kind.Compound && node.initial !== undefined) collect(node.initial);
      else if (node.kind === Kind.Parallel) for (const child of node.children) collect(child);
    };
    collect(root);
    const queue: string[] = [];
    let status = this.enter(set, toEnter, queue, 'active');
    const entered = Uint8Array.from(set);
    try {
      status = this.drain(set, queue, status);
    } catch (error) {
      if (!(error instanceof FlowLoopError)) throw error;
      // The flow's start never settles: keep the states as entered, and let replays refuse every event.
      this.startLoops = true;
      return this.configuration(indices(entered), 'active');
    }
    return this.configuration(indices(set), status);
  }

  /** Computes a step and writes it in the tables. */
  private computeStep(configuration: Configuration, symbol: number): void {
    const slot = this.eventSpan + configuration.id * this.rowLength + 1 + 2 * symbol;
    const event = this.eventNames[this.symbolEvent[symbol]!]!;
    const label = this.symbolGuard[symbol]!;
    // A label nothing tests on this event stands for "none of them": no guard passes but the absent one.
    const guard = label < 0 ? undefined : this.guardNames[label];
    if (configuration.status !== 'active') {
      this.rows[slot] = -1;
      return;
    }
    const set = Uint8Array.from(configuration.active);
    const transitions = this.select(set, this.nodes[0]!, event, guard);
    if (transitions.length === 0) {
      this.rows[slot] = -1;
      return;
    }
    const queue: string[] = [];
    let status = this.microstep(set, transitions, queue, configuration.status);
    try {
      status = this.drain(set, queue, status);
    } catch (error) {
      if (!(error instanceof FlowLoopError)) throw error;
      this.rows[slot] = LOOPS;
      return;
    }
    const next = this.configuration(indices(set), status);
    const entered: number[] = [];
    const exited: number[] = [];
    for (let index = 1; index < set.length; index++) {
      if (set[index] === 1 && configuration.active[index] !== 1) entered.push(index);
      else if (set[index] !== 1 && configuration.active[index] === 1) exited.push(index);
    }
    const ops: number[] = [];
    for (let clock = 0; clock < this.triggers.length; clock++) if (this.triggers[clock]!.extendOn === event) ops.push((clock << 3) | ClockOp.Extend);
    this.leaveOps(exited, next, ops);
    this.enterOps(entered, next, ops);
    if (next.status === 'done') for (let clock = 0; clock < this.triggers.length; clock++) ops.push((clock << 3) | ClockOp.Stop);
    // The rows may have grown while the next configuration was made: write to the current array.
    this.rows[slot] = next.id + 1;
    if (ops.length > 0) this.rows[slot + 1] = this.addOps(ops);
  }

  /** Appends clock operations to the pool: their count, then each. */
  private addOps(ops: readonly number[]): number {
    const start = this.opsLength;
    if (start + ops.length + 1 > this.ops.length) {
      const bigger = new Int32Array(Math.max(this.ops.length * 2, start + ops.length + 1));
      bigger.set(this.ops);
      this.ops = bigger;
    }
    this.ops[start] = ops.length;
    this.ops.set(ops, start + 1);
    this.opsLength = start + ops.length + 1;
    return start;
  }

  /** The done events raised while entering, each a microstep of its own, until none is left or the machine is done. */
  private drain(set: Uint8Array, queue: string[], status: string): string {
    let microsteps = 0;
    while (status === 'active' && queue.length > 0) {
      // XState would loop for ever (onDone transitions that complete their state again); stop instead.
      if (++microsteps > maxMicrosteps) throw new FlowLoopError(this.nodes[0]!.id);
      const event = queue.shift()!;
      const transitions = this.select(set, this.nodes[0]!, event, undefined);
      status = this.microstep(set, transitions, queue, status);
    }
    return status;
  }

  /** XState's transitionNode: the deepest active states choose first; a parent only when its children choose nothing. */
  private select(set: Uint8Array, node: Node, event: string, guard: string | undefined): Edge[] {
    if (node.kind === Kind.Atomic || node.kind === Kind.Final) return this.nextOf(node, event, guard);
    const inner: Edge[] = [];
    for (const child of node.children) if (set[child.index] === 1) inner.push(...this.select(set, child, event, guard));
    return inner.length > 0 ? inner : this.nextOf(node, event, guard);
  }

  /** XState's StateNode.next: the first candidate whose guard passes (exact descriptor first, then wildcards, longest first). */
  private nextOf(node: Node, event: string, guard: string | undefined): Edge[] {
    const exact = node.on.get(event);
    if (exact !== undefined) for (const edge of exact) if (edge.guard === undefined || edge.guard === guard) return [edge];
    if (node.wildcards.length > 0) {
      const matching = node.wildcards.filter((descriptor) => descriptor !== event && matchesEventDescriptor(event, descriptor)).sort((a, b) => b.length - a.length);
      for (const descriptor of matching) for (const edge of node.on.get(descriptor)!) if (edge.guard === undefined || edge.guard === guard) return [edge];
    }
    return [];
  }

  /** One microstep: drop conflicting transitions, exit, enter. Returns the status. */
  private microstep(set: Uint8Array, transitions: Edge[], queue: string[], status: string): string {
    if (transitions.length === 0) return status;
    const filtered = transitions.length === 1 ? transitions : this.removeConflicting(transitions, set);
    for (const edge of filtered) for (const index of this.exitSet(edge, set)) set[index] = 0;
    const toEnter = this.entrySet(filtered);
    return this.enter(set, toEnter, queue, status);
  }

  /** Active proper descendants of the transition's domain (nothing for a targetless transition). */
  private exitSet(edge: Edge, set: Uint8Array): number[] {
    const domain = edge.domain;
    if (edge.targets === undefined || domain === undefined) return [];
    const exits: number[] = [];
    for (let index = domain.index + 1; index < domain.end; index++) if (set[index] === 1) exits.push(index);
    return exits;
  }

  private removeConflicting(transitions: Edge[], set: Uint8Array): Edge[] {
    const filtered: Edge[] = [];
    for (const t1 of transitions) {
      if (filtered.includes(t1)) continue;
      let preempted = false;
      const remove = new Set<Edge>();
      const exits1 = this.exitSet(t1, set);
      for (const t2 of filtered) {
        const exits2 = this.exitSet(t2, set);
        if (exits1.some((index) => exits2.includes(index))) {
          if (isDescendant(t1.source, t2.source)) remove.add(t2);
          else {
            preempted = true;
            break;
          }
        }
      }
      if (!preempted) {
        for (let index = filtered.length - 1; index >= 0; index--) if (remove.has(filtered[index]!)) filtered.splice(index, 1);
        filtered.push(t1);
      }
    }
    return filtered;
  }

  /** XState's computeEntrySet for transitions that do not re-enter, as node indices (a set: marks and a list). */
  private entrySet(transitions: Edge[]): number[] {
    const marks = new Uint8Array(this.nodes.length);
    const toEnter: number[] = [];
    const add = (node: Node) => {
      if (marks[node.index] === 1) return;
      marks[node.index] = 1;
      toEnter.push(node.index);
    };
    // Whether a state to enter lies inside `node` (XState: [...statesToEnter].some(s => isDescendant(s, node))).
    const entersInside = (node: Node) => {
      for (let index = node.index + 1; index < node.end; index++) if (marks[index] === 1) return true;
      return false;
    };
    // XState's addDescendantStatesToEnter (no history states in flows).
    const addDescendants = (node: Node): void => {
      if (node.kind === Kind.Compound) {
        if (node.initial === undefined) return;
        add(node.initial);
        addDescendants(node.initial);
      } else if (node.kind === Kind.Parallel) {
        for (const child of node.children) {
          if (!entersInside(child)) {
            add(child);
            addDescendants(child);
          }
        }
      }
    };
    for (const edge of transitions) {
      const domain = edge.domain;
      if (edge.targets === undefined) continue;
      for (const target of edge.targets) {
        if (edge.source !== target || edge.source !== domain) add(target);
        addDescendants(target);
      }
      for (const target of edge.targets) {
        const ancestors: Node[] = [];
        if (target !== domain) for (let ancestor = target.parent; ancestor !== undefined && ancestor !== domain; ancestor = ancestor.parent) ancestors.push(ancestor);
        if (domain?.kind === Kind.Parallel) ancestors.push(domain);
        for (const ancestor of ancestors) {
          if (domain === undefined || isDescendant(ancestor, domain)) add(ancestor);
          if (ancestor.kind === Kind.Parallel) {
            for (const child of ancestor.children) {
              if (!entersInside(child)) {
                add(child);
                addDescendants(child);
              }
            }
          }
        }
      }
    }
    return toEnter;
  }

  /** XState's enterStates: in document order; entering a final state raises done events, or ends the machine. */
  private enter(set: Uint8Array, toEnter: number[], queue: string[], status: string): string {
    const completed = new Set<Node>();
    for (const index of toEnter.sort((a, b) => a - b)) {
      set[index] = 1;
      const node = this.nodes[index]!;
      if (node.kind !== Kind.Final) continue;
      const parent = node.parent;
      let marker = parent?.kind === Kind.Parallel ? parent : parent?.parent;
      if (parent?.kind === Kind.Compound) queue.push(`xstate.done.state.${parent.id}`);
      while (marker?.kind === Kind.Parallel && !completed.has(marker) && this.isInFinalState(set, marker)) {
        completed.add(marker);
        queue.push(`xstate.done.state.${marker.id}`);
        marker = marker.parent;
      }
      if (marker !== undefined) continue;
      status = 'done';
    }
    return status;
  }

  private isInFinalState(set: Uint8Array, node: Node): boolean {
    if (node.kind === Kind.Compound) return node.children.some((child) => child.kind === Kind.Final && set[child.index] === 1);
    if (node.kind === Kind.Parallel) return node.children.every((child) => this.isInFinalState(set, child));
    return node.kind === Kind.Final;
  }
}

function kindOf(state: State): Kind {
  switch (state.kind) {
    case 'final':
      return Kind.Final;
    case 'parallel':
      return Kind.Parallel;
    default:
      return state.states.length > 0 ? Kind.Compound : Kind.Atomic;
  }
}

/** Proper descendant, by document-order ranges. */
function isDescendant(node: Node, ancestor: Node): boolean {
  return node.index > ancestor.index && node.index < ancestor.end;
}

function indices(set: Uint8Array): number[] {
  const result: number[] = [];
  for (let index = 0; index < set.length; index++) if (set[index] === 1) result.push(index);
  return result;
}

/** XState's matchesEventDescriptor: exact, `*`, or a `prefix.*` pattern. */
function matchesEventDescriptor(event: string, descriptor: string): boolean {
  if (descriptor === event || descriptor === '*') return true;
  if (!descriptor.endsWith('.*')) return false;
  const pattern = descriptor.split('.');
  const tokens = event.split('.');
  for (let index = 0; index < pattern.length; index++) {
    if (pattern[index] === '*') return index === pattern.length - 1;
    if (pattern[index] !== tokens[index]) return false;
  }
  return true;
}
