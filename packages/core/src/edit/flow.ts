/**
 * A power's flow as nodes of a yaml Document: its states by dotted path, the transitions that name
 * states, and keeping every reference to a state (targets, clocks, layout) pointing at the same
 * state while states are added, renamed or removed. Targets resolve exactly as loading resolves
 * them (../build.ts `resolveTarget`: siblings first, then outwards, then children).
 */
import type { Document, Pair } from 'yaml';
import { resolveTarget, statePathPattern } from '../build.js';
import { fromPointer } from '../problems.js';
import { EditError } from './errors.js';
import { child, isMap, isScalar, isSeq, keyOf, pairOf, removeKey, reservedNames, resolved, textOf, YAMLMap, type Path, type Scalar } from './nodes.js';

/** A state of the flow as written. */
export interface StateNode {
  readonly id: string;
  readonly segments: readonly string[];
  readonly dotted: string;
  /** The pair `id: { … }` in its parent's `states`. */
  readonly pair: Pair;
  /** The `states` mapping that holds it. */
  readonly parent: YAMLMap;
  /** Where it is in the file, from the power. */
  readonly place: Path;
}

/** States by dotted path, in the order written (depth first). */
export type StateIndex = ReadonlyMap<string, StateNode>;

/** The power at a JSON pointer of the document (`""`: the whole file). */
export function powerAt(doc: Document, pointer: string): YAMLMap {
  const path = fromPointer(pointer);
  let node: unknown = doc.contents;
  for (const segment of path) {
    node = resolved(doc, node);
    if (isMap(node)) node = pairOf(node, segment)?.value;
    else if (isSeq(node) && /^\d+$/.test(segment)) node = node.items[Number(segment)];
    else node = undefined;
  }
  node = resolved(doc, node);
  if (!isMap(node)) throw new EditError('not-a-power', { place: path });
  return node;
}

/** The power's `flow` mapping, if it has one. */
export function flowOf(doc: Document, power: YAMLMap): YAMLMap | undefined {
  const flow = child(doc, power, 'flow');
  return isMap(flow) ? flow : undefined;
}

/** Every state of a flow. */
export function indexStates(doc: Document, flow: YAMLMap | undefined): StateIndex {
  const index = new Map<string, StateNode>();
  const visit = (states: unknown, segments: readonly string[], place: Path) => {
    if (!isMap(states)) return;
    for (const pair of states.items) {
      const id = String(keyOf(pair));
      const path = [...segments, id];
      const node: StateNode = { id, segments: path, dotted: path.join('.'), pair, parent: states, place: [...place, id] };
      index.set(node.dotted, node);
      const map = resolved(doc, pair.value);
      if (isMap(map)) visit(child(doc, map, 'states'), path, [...node.place, 'states']);
    }
  };
  if (flow !== undefined) visit(child(doc, flow, 'states'), [], ['flow', 'states']);
  return index;
}

/** The state at a path, or EditError. */
export function stateAt(index: StateIndex, statePath: readonly string[]): StateNode {
  const state = index.get(statePath.join('.'));
  if (state === undefined || statePath.length === 0) throw new EditError('state-not-found', { value: statePath.join('.') });
  return state;
}

/** The mapping of a state, made one if the state was written empty (`id:` or `id: null`). */
export function stateMap(doc: Document, state: StateNode): YAMLMap {
  const value = resolved(doc, state.pair.value);
  if (isMap(value)) return value;
  if (value === null || value === undefined || (isScalar(value) && value.value === null)) {
    const map = new YAMLMap(doc.schema);
    map.flow = true;
    state.pair.value = map;
    return map;
  }
  throw new EditError('not-a-mapping', { place: state.place });
}

/** A transition branch that may name a state. */
export interface Branch {
  readonly source: StateNode;
  /** The event, or undefined for `onDone`. */
  readonly event?: string;
  /** The node holding the target text, when the branch has one. */
  readonly target?: Scalar;
  /** Removes the branch (and its event when it was the event's last branch). */
  remove(): void;
}

/** Every transition branch of the flow, `on` and `onDone`, as loading reads them. */
export function branches(doc: Document, index: StateIndex): Branch[] {
  const found: Branch[] = [];
  for (const source of index.values()) {
    const map = resolved(doc, source.pair.value);
    if (!isMap(map)) continue;
    const exits: { holder: YAMLMap; key: string; event?: string }[] = [];
    const on = child(doc, map, 'on');
    if (isMap(on)) for (const pair of on.items) exits.push({ holder: on, key: String(keyOf(pair)), event: String(keyOf(pair)) });
    if (pairOf(map, 'onDone') !== undefined) exits.push({ holder: map, key: 'onDone' });
    for (const exit of exits) {
      const written = child(doc, exit.holder, exit.key);
      const base = { source, ...(exit.event !== undefined && { event: exit.event }) };
      if (isScalar(written)) {
        found.push({ ...base, target: written, remove: () => removeKey(exit.holder, exit.key) });
      } else if (isMap(written)) {
        const target = child(doc, written, 'target');
        found.push({ ...base, ...(isScalar(target) && { target }), remove: () => removeKey(exit.holder, exit.key) });
      } else if (isSeq(written)) {
        for (const item of written.items) {
          const branch = resolved(doc, item);
          if (!isMap(branch)) continue;
          const target = child(doc, branch, 'target');
          found.push({
            ...base,
            ...(isScalar(target) && { target }),
            remove: () => {
              written.items = written.items.filter((other) => other !== item);
              if (written.items.length === 0) removeKey(exit.holder, exit.key);
            },
          });
        }
      }
    }
  }
  return found;
}

/** The state a written target names, as loading resolves it. */
export function resolve(index: StateIndex, written: string, from: readonly string[]): string | undefined {
  return statePathPattern.test(written) ? resolveTarget({ states: index }, written, from) : undefined;
}

/**
 * How to write a target from a state: the shortest tail of its path that resolves to it (its id
 * for a sibling or a state further out), or first a tail of `preferred` segments.
 */
export function writtenTarget(index: StateIndex, from: readonly string[], target: string, preferred?: number): string {
  const segments = target.split('.');
  const tail = (length: number) => segments.slice(segments.length - length).join('.');
  if (preferred !== undefined && preferred <= segments.length && resolve(index, tail(preferred), from) === target) return tail(preferred);
  for (let length = 1; length <= segments.length; length++) if (resolve(index, tail(length), from) === target) return tail(length);
  throw new EditError('target-ambiguous', { state: from.join('.'), target });
}

/** Checks a state id: what the schema's `stateName` allows. */
export function checkStateId(id: string): void {
  if (reservedNames.has(id)) throw new EditError('reserved-name', { value: id });
  if (!/^[^.#$\s][^.#]*$/.test(id)) throw new EditError('invalid-state-id', { value: id });
}

/** Checks an event name: what the schema's `eventName` allows. */
export function checkEventName(name: string): void {
  if (reservedNames.has(name)) throw new EditError('reserved-name', { value: name });
  if (!/^[^.#$\s][^.#]*$/.test(name)) throw new EditError('invalid-event-name', { value: name });
}

/** Checks a state path (a target, a layout key). */
export function checkStatePath(path: string): void {
  if (!statePathPattern.test(path)) throw new EditError('invalid-target', { value: path });
  for (const segment of path.split('.')) if (reservedNames.has(segment)) throw new EditError('reserved-name', { value: segment });
}

/**
 * Runs a change to the flow's states and keeps every reference to a state pointing at the same
 * state: `moved` gives a state's new path for its old one (null: the state is gone). Targets that
 * name a state that is gone are removed with their branch; the others are rewritten only where
 * they no longer resolve to the same state (a rename, or a new state that would capture a name),
 * keeping as many segments as they had. Clocks' `from`, `until` and `pause` and `layout.nodes`
 * keys (full paths) follow too; a `from`, or the last `until`, naming a state that is gone stays,
 * so validation shows it rather than a clock silently changing meaning.
 */
export function keepReferences(doc: Document, power: YAMLMap, change: () => void, moved: (path: string) => string | null): void {
  const before = indexStates(doc, flowOf(doc, power));
  const targets = new Map<Scalar, { readonly path: string; readonly length: number }>();
  for (const branch of branches(doc, before)) {
    const written = textOf(branch.target);
    const path = written === undefined ? undefined : resolve(before, written, branch.source.segments);
    if (branch.target !== undefined && written !== undefined && path !== undefined) targets.set(branch.target, { path, length: written.split('.').length });
  }

  change();

  const after = indexStates(doc, flowOf(doc, power));
  const gone: Branch[] = [];
  for (const branch of branches(doc, after)) {
    const known = branch.target === undefined ? undefined : targets.get(branch.target);
    if (branch.target === undefined || known === undefined) continue;
    const now = moved(known.path);
    if (now === null) gone.push(branch);
    else if (resolve(after, textOf(branch.target) ?? '', branch.source.segments) !== now) branch.target.value = writtenTarget(after, branch.source.segments, now, known.length);
  }
  for (const branch of gone) branch.remove();
  for (const state of after.values()) {
    const map = resolved(doc, state.pair.value);
    if (!isMap(map)) continue;
    const on = child(doc, map, 'on');
    if (isMap(on) && on.items.length === 0 && gone.some((branch) => branch.source === state)) removeKey(map, 'on');
  }

  const clocks = child(doc, power, 'clocks');
  if (isMap(clocks)) {
    for (const pair of clocks.items) {
      const clock = resolved(doc, pair.value);
      if (!isMap(clock)) continue;
      const from = child(doc, clock, 'from');
      const fromText = textOf(from);
      const fromNow = fromText === undefined ? null : moved(fromText);
      if (isScalar(from) && fromNow !== null && fromNow !== fromText) from.value = fromNow;
      for (const key of ['until', 'pause']) {
        const list = child(doc, clock, key);
        if (!isSeq(list)) continue;
        const kept = list.items.filter((item) => {
          const text = textOf(resolved(doc, item));
          return text === undefined || moved(text) !== null;
        });
        // Emptying `until` would make the clock stop at any final state: a change of meaning.
        if (kept.length > 0 || key === 'pause') list.items = kept;
        for (const item of list.items) {
          const text = textOf(item);
          const now = text === undefined ? null : moved(text);
          if (isScalar(item) && now !== null && now !== text) item.value = now;
        }
        if (list.items.length === 0) removeKey(clock, key);
      }
    }
  }

  const layout = child(doc, power, 'layout');
  const nodes = isMap(layout) ? child(doc, layout, 'nodes') : undefined;
  if (isMap(nodes)) {
    nodes.items = nodes.items.filter((pair) => moved(String(keyOf(pair))) !== null);
    for (const pair of nodes.items) {
      const key = String(keyOf(pair));
      const now = moved(key);
      if (now === null || now === key) continue;
      if (isScalar(pair.key)) pair.key.value = now;
      else pair.key = doc.createNode(now);
    }
  }
}

/** A path's new form when the state at `from` is now at `to` (its descendants move with it). */
export function movedTo(from: string, to: string | null): (path: string) => string | null {
  return (path) => {
    if (path === from) return to;
    if (path.startsWith(from + '.')) return to === null ? null : to + path.slice(from.length);
    return path;
  };
}

