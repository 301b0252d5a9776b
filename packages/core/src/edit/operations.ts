/**
 * The edits the editor makes to a power, each as `(text, powerPointer, …) => text`: the file's
 * text before and after, changed only where the edit changes it (see ./merge.ts). `powerPointer`
 * is the JSON pointer of the power in its file, `Power.source.pointer`: `""` for a power file,
 * `"/powers/3"` for a power written inline in catalogue.yaml. State paths are arrays of ids
 * (`['联合审查', '现场核查']`); targets and layout keys are full dotted paths.
 */
import { Document, type Document as YamlDocument } from 'yaml';
import type { PowerDocument, RefDocument, CheckpointDocument } from '../documents.js';
import { powerFromTemplate, templateFor, type NewPower } from '../templates/index.js';
import type { Category } from '../vocabulary.js';
import { EditError } from './errors.js';
import {
  checkEventName,
  checkStateId,
  checkStatePath,
  flowOf,
  indexStates,
  keepReferences,
  movedTo,
  powerAt,
  resolve,
  stateAt,
  stateMap,
  writtenTarget,
  type StateNode,
} from './flow.js';
import { defaultStyle, editYaml, render } from './merge.js';
import {
  assign,
  checkWritable,
  child,
  createNode,
  dataOf,
  isMap,
  isScalar,
  isSeq,
  keyOf,
  mapAt,
  pairOf,
  removeKey,
  reservedNames,
  resolved,
  setKey,
  textOf,
  YAMLMap,
  YAMLSeq,
  type Path,
} from './nodes.js';

/** A field path inside a power (`['limits', 'promised', 'within']`, `['basis', 0]`). */
export type FieldPath = readonly (string | number)[];

/** A node position saved in `layout.nodes` (top-left corner, relative to the parent group). */
export interface NodePosition {
  readonly x: number;
  readonly y: number;
  readonly width?: number;
  readonly height?: number;
}

/** The fields of one transition branch; a field given as undefined is removed. */
export interface TransitionFields {
  /** The full dotted path of the target state; written as the shortest name that resolves to it. */
  readonly target?: string | undefined;
  readonly guard?: string | undefined;
  readonly description?: string | undefined;
  readonly basis?: readonly (string | RefDocument)[] | undefined;
  readonly checkpoint?: CheckpointDocument | undefined;
  readonly [extension: `x-${string}`]: unknown;
}

/** Runs an edit of one power of a file. */
function editPower(text: string, pointer: string, change: (doc: YamlDocument, power: YAMLMap) => void): string {
  return editYaml(text, (doc) => change(doc, powerAt(doc, pointer)));
}

function checkFieldPath(path: FieldPath): void {
  if (path.length === 0) throw new EditError('invalid-path', { value: '' });
  for (const segment of path) {
    const valid = typeof segment === 'number' ? Number.isInteger(segment) && segment >= 0 : segment !== '';
    if (!valid) throw new EditError('invalid-path', { value: path.join('.') });
    if (typeof segment === 'string' && reservedNames.has(segment)) throw new EditError('reserved-name', { value: segment });
  }
}

/** A flow-style mapping that grew too long for one line is written in block style from now on. */
function unflowIfLong(node: unknown): void {
  if ((isMap(node) || isSeq(node)) && node.flow && JSON.stringify(node.toJSON()).length > 80) node.flow = false;
}

/**
 * Sets (or, with undefined, removes) the value at `path` below `root`, creating the mappings and
 * lists on the way. Existing nodes are updated in place (see `assign`).
 */
function setIn(doc: YamlDocument, root: YAMLMap, path: FieldPath, value: unknown, place: Path): void {
  if (value !== undefined) checkWritable(value, [...place, ...path]);
  const on: unknown[] = [root];
  let node: unknown = root;
  for (let depth = 0; depth < path.length - 1; depth++) {
    const segment = path[depth]!;
    const next = path[depth + 1]!;
    const here = [...place, ...path.slice(0, depth + 1)];
    let found = container(doc, node, segment, here);
    if (found === undefined || found === null || (isScalar(found) && found.value === null)) {
      if (value === undefined) return; // nothing to remove
      found = typeof next === 'number' ? new YAMLSeq(doc.schema) : new YAMLMap(doc.schema);
      put(doc, node, segment, found, here);
    }
    if (!isMap(found) && !isSeq(found)) throw new EditError('not-a-mapping', { place: here });
    node = found;
    on.push(node);
  }
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (isMap(node)) removeKey(node, String(last));
    else if (isSeq(node) && typeof last === 'number') node.items.splice(last, 1);
  } else if (isMap(node)) {
    setKey(doc, node, String(last), value);
  } else {
    put(doc, node, last, assign(doc, container(doc, node, last, [...place, ...path]), value), [...place, ...path]);
  }
  for (const collection of on.reverse()) unflowIfLong(collection);
}

/** The child of a mapping or list, aliases followed. */
function container(doc: YamlDocument, node: unknown, segment: string | number, place: Path): unknown {
  if (isMap(node)) return child(doc, node, String(segment));
  if (isSeq(node) && typeof segment === 'number') return resolved(doc, node.items[segment]);
  throw new EditError(isSeq(node) ? 'invalid-path' : 'not-a-mapping', { value: String(segment), place });
}

/** Puts a node at a key of a mapping or an index of a list (at most one past its end). */
function put(doc: YamlDocument, node: unknown, segment: string | number, value: unknown, place: Path): void {
  if (isMap(node)) {
    const pair = pairOf(node, String(segment));
    if (pair) pair.value = value;
    else node.add(doc.createPair(String(segment), value));
  } else if (isSeq(node) && typeof segment === 'number' && segment <= node.items.length) {
    node.items[segment] = value;
  } else {
    throw new EditError('invalid-path', { value: String(segment), place });
  }
}

/**
 * Sets a field of the power (`path` relative to the power, e.g. `['limits', 'promised']`), or
 * removes it when `value` is undefined. Untouched parts of the value keep their nodes.
 */
export function setPowerField(text: string, powerPointer: string, path: FieldPath, value: unknown): string {
  checkFieldPath(path);
  return editPower(text, powerPointer, (doc, power) => setIn(doc, power, path, value, []));
}

/** Sets a field of a state (`step`, `actor`, `deadline`, …), or removes it when `value` is undefined. */
export function setStateField(text: string, powerPointer: string, statePath: readonly string[], field: string, value: unknown): string {
  checkFieldPath([field]);
  return editPower(text, powerPointer, (doc, power) => {
    const state = stateAt(indexStates(doc, flowOf(doc, power)), statePath);
    if (value === undefined && !isMap(resolved(doc, state.pair.value))) return;
    const map = stateMap(doc, state);
    setIn(doc, map, [field], value, state.place);
    tidyState(map);
  });
}

/** A state's mapping stays on one line only while it is short and flat. */
function tidyState(map: YAMLMap): void {
  if (map.flow && map.items.some((pair) => (isMap(pair.value) || isSeq(pair.value)) && ['on', 'states', 'onDone'].includes(String(keyOf(pair))))) map.flow = false;
  unflowIfLong(map);
}

/** The mapping that holds a level of states: the flow for [], else the parent state. */
function levelOf(doc: YamlDocument, power: YAMLMap, parentPath: readonly string[]): { holder: YAMLMap; parent?: StateNode } {
  if (parentPath.length === 0) return { holder: mapAt(doc, power, 'flow', []) };
  const parent = stateAt(indexStates(doc, flowOf(doc, power)), parentPath);
  return { holder: stateMap(doc, parent), parent };
}

/**
 * Adds a state `id` under `parentPath` ([] = top level), with optional fields. Creates `states:`
 * if missing; a level that had no states gets `initial: id` (the flow, or a parent that is not
 * parallel). Targets elsewhere that the new name would capture are rewritten to keep their state.
 */
export function addState(text: string, powerPointer: string, parentPath: readonly string[], id: string, fields?: object): string {
  checkStateId(id);
  if (fields !== undefined) checkWritable(fields, [id]);
  return editPower(text, powerPointer, (doc, power) => {
    keepReferences(
      doc,
      power,
      () => {
        const { holder, parent } = levelOf(doc, power, parentPath);
        const states = mapAt(doc, holder, 'states', parent?.place ?? ['flow']);
        if (pairOf(states, id) !== undefined) throw new EditError('state-exists', { state: parentPath.join('.'), value: id });
        const hadStates = states.items.length > 0;
        states.add(doc.createPair(id, createNode(doc, fields ?? {})));
        if (parent !== undefined) tidyState(holder);
        if (!hadStates && textOf(child(doc, holder, 'type')) !== 'parallel') {
          setKey(doc, holder, 'initial', id);
          // `initial` reads best just before the `states` it names.
          const initial = holder.items.findIndex((pair) => keyOf(pair) === 'initial');
          const statesAt = holder.items.findIndex((pair) => keyOf(pair) === 'states');
          if (initial > statesAt) holder.items.splice(statesAt, 0, ...holder.items.splice(initial, 1));
        }
      },
      (path) => path,
    );
  });
}

/**
 * Renames a state and every reference to it: the key itself (in place: its comments stay),
 * transition targets (by id or dotted path), the parent's or the flow's `initial`, clocks'
 * `from`/`until`/`pause`, and `layout.nodes` keys (its own and its descendants').
 */
export function renameState(text: string, powerPointer: string, statePath: readonly string[], newId: string): string {
  checkStateId(newId);
  return editPower(text, powerPointer, (doc, power) => {
    const state = stateAt(indexStates(doc, flowOf(doc, power)), statePath);
    if (state.id === newId) return;
    if (pairOf(state.parent, newId) !== undefined) throw new EditError('state-exists', { state: statePath.slice(0, -1).join('.'), value: newId });
    const renamed = [...statePath.slice(0, -1), newId].join('.');
    keepReferences(
      doc,
      power,
      () => {
        if (isScalar(state.pair.key)) state.pair.key.value = newId;
        else state.pair.key = doc.createNode(newId);
        const { holder } = levelOf(doc, power, statePath.slice(0, -1));
        const initial = child(doc, holder, 'initial');
        if (isScalar(initial) && initial.value === state.id) initial.value = newId;
      },
      movedTo(state.dotted, renamed),
    );
  });
}

/**
 * Removes a state (with its children), every transition branch that targets it or a descendant,
 * and their layout entries. An `initial` that named it names the first remaining sibling; a
 * parent left without children loses `states` and `initial`.
 */
export function deleteState(text: string, powerPointer: string, statePath: readonly string[]): string {
  return editPower(text, powerPointer, (doc, power) => {
    const state = stateAt(indexStates(doc, flowOf(doc, power)), statePath);
    keepReferences(
      doc,
      power,
      () => {
        state.parent.items = state.parent.items.filter((pair) => pair !== state.pair);
        const { holder, parent } = levelOf(doc, power, statePath.slice(0, -1));
        const first = state.parent.items[0];
        const initial = child(doc, holder, 'initial');
        if (parent !== undefined && first === undefined) {
          removeKey(holder, 'states');
          removeKey(holder, 'initial');
        } else if (isScalar(initial) && initial.value === state.id && first !== undefined) {
          initial.value = String(keyOf(first));
        }
      },
      movedTo(state.dotted, null),
    );
  });
}

/** The branches of an event as written: one (a target or a mapping), or a list. */
function eventOf(doc: YamlDocument, on: YAMLMap, source: StateNode, event: string): unknown {
  const pair = pairOf(on, event);
  if (pair === undefined) throw new EditError('event-not-found', { state: source.dotted, value: event });
  return resolved(doc, pair.value);
}

/** The `on` mapping of a state, or EditError when the event is not there. */
function onOf(doc: YamlDocument, source: StateNode, event: string): YAMLMap {
  const map = resolved(doc, source.pair.value);
  const on = isMap(map) ? child(doc, map, 'on') : undefined;
  if (!isMap(on)) throw new EditError('event-not-found', { state: source.dotted, value: event });
  return on;
}

/** A target given as a full path, checked, and written as it resolves from the source. */
function targetText(index: ReturnType<typeof indexStates>, source: StateNode, target: string): string {
  checkStatePath(target);
  if (!index.has(target)) throw new EditError('state-not-found', { value: target });
  return writtenTarget(index, source.segments, target);
}

/**
 * Adds a transition `event` from the state at `sourcePath` to the state whose full path is
 * `target` (undefined: a transition that stays). If the event already goes elsewhere, it becomes
 * a list of branches (the existing one first).
 */
export function addTransition(text: string, powerPointer: string, sourcePath: readonly string[], event: string, target: string | undefined): string {
  checkEventName(event);
  return editPower(text, powerPointer, (doc, power) => {
    const index = indexStates(doc, flowOf(doc, power));
    const source = stateAt(index, sourcePath);
    const written = target === undefined ? undefined : targetText(index, source, target);
    const map = stateMap(doc, source);
    const on = mapAt(doc, map, 'on', source.place);
    tidyState(map);
    const branch = (): unknown => (written === undefined ? createNode(doc, {}) : doc.createNode(written));
    const pair = pairOf(on, event);
    const existing = resolved(doc, pair?.value);
    if (pair === undefined || existing === null || existing === undefined || (isScalar(existing) && existing.value === null)) {
      if (pair) pair.value = branch();
      else on.add(doc.createPair(event, branch()));
      return;
    }
    const items: unknown[] = isSeq(existing) ? [...existing.items] : [existing];
    for (const item of items) {
      const node = resolved(doc, item);
      const data = isScalar(node) ? { target: node.value } : (dataOf(doc, node) as Record<string, unknown> | null);
      const to = typeof data?.target === 'string' ? resolve(index, data.target, source.segments) : undefined;
      if (data !== null && typeof data === 'object' && data.guard === undefined && to === target) {
        throw new EditError('transition-exists', { state: source.dotted, value: event, target: target ?? source.dotted });
      }
    }
    const list = isSeq(existing) ? existing : new YAMLSeq(doc.schema);
    if (!isSeq(existing)) {
      const first = isScalar(existing) ? createNode(doc, { target: existing.value }) : existing;
      if (isScalar(existing) && isMap(first)) {
        // The target keeps its node (its quoting); its comment goes with the branch.
        first.comment = existing.comment;
        existing.comment = undefined;
        first.items[0]!.value = existing;
      }
      list.items = [first];
      pair.value = list;
    }
    list.items.push(createNode(doc, written === undefined ? {} : { target: written }));
  });
}

/** The branch `index` of an event (undefined: the event's only branch). */
function branchAt(doc: YamlDocument, value: unknown, index: number | undefined): { node: unknown; replace(node: unknown): void } | undefined {
  if (isSeq(value)) {
    const at = index ?? (value.items.length === 1 ? 0 : -1);
    if (at < 0 || at >= value.items.length) return undefined;
    return { node: resolved(doc, value.items[at]), replace: (node) => (value.items[at] = node) };
  }
  if (index !== undefined && index !== 0) return undefined;
  return { node: value, replace: () => undefined };
}

/**
 * Sets fields of one branch of a transition (`index` in a list of branches; undefined for an
 * event with one branch). A field given as undefined is removed; `target` is a full path.
 */
export function setTransition(text: string, powerPointer: string, sourcePath: readonly string[], event: string, index: number | undefined, fields: TransitionFields): string {
  for (const [key, value] of Object.entries(fields)) {
    if (reservedNames.has(key)) throw new EditError('reserved-name', { value: key });
    if (value !== undefined && key !== 'target') checkWritable(value, ['on', event, key]);
  }
  return editPower(text, powerPointer, (doc, power) => {
    const states = indexStates(doc, flowOf(doc, power));
    const source = stateAt(states, sourcePath);
    const on = onOf(doc, source, event);
    const pair = pairOf(on, event)!;
    const value = eventOf(doc, on, source, event);
    const branch = branchAt(doc, value, index);
    if (branch === undefined) throw new EditError('branch-not-found', { state: source.dotted, value: event, n: (index ?? 0) + 1 });
    const changes: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(fields)) changes[key] = key === 'target' && typeof field === 'string' ? targetText(states, source, field) : field;
    let node = branch.node;
    if (isScalar(node) || node === null || node === undefined) {
      // `event: target`: stays a plain target while only the target changes.
      const keys = Object.keys(changes).filter((key) => key !== 'target' || changes.target !== undefined);
      if (isScalar(node) && keys.every((key) => key === 'target') && changes.target !== undefined) {
        node.value = changes.target;
        return;
      }
      const map = createNode(doc, isScalar(node) && typeof node.value === 'string' ? { target: node.value } : {}) as YAMLMap;
      if (isScalar(node) && map.items[0] !== undefined) {
        map.comment = node.comment;
        node.comment = undefined;
        map.items[0].value = node;
      }
      node = map;
      if (isSeq(value)) branch.replace(map);
      else pair.value = map;
    }
    if (!isMap(node)) throw new EditError('not-a-mapping', { place: [...source.place, 'on', event] });
    for (const [key, field] of Object.entries(changes)) {
      if (field === undefined) removeKey(node, key);
      else setKey(doc, node, key, field);
    }
    unflowIfLong(node);
  });
}

/**
 * Renames an event of a state. A clock's `extend.on` naming the old event follows when no other
 * state still has an event of that name.
 */
export function renameEvent(text: string, powerPointer: string, sourcePath: readonly string[], event: string, newEvent: string): string {
  checkEventName(newEvent);
  return editPower(text, powerPointer, (doc, power) => {
    const states = indexStates(doc, flowOf(doc, power));
    const source = stateAt(states, sourcePath);
    const on = onOf(doc, source, event);
    const pair = pairOf(on, event);
    if (pair === undefined) throw new EditError('event-not-found', { state: source.dotted, value: event });
    if (event === newEvent) return;
    if (pairOf(on, newEvent) !== undefined) throw new EditError('event-exists', { state: source.dotted, value: newEvent });
    if (isScalar(pair.key)) pair.key.value = newEvent;
    else pair.key = doc.createNode(newEvent);
    const stillUsed = [...states.values()].some((state) => {
      const map = resolved(doc, state.pair.value);
      const events = isMap(map) ? child(doc, map, 'on') : undefined;
      return isMap(events) && pairOf(events, event) !== undefined;
    });
    if (stillUsed) return;
    const clocks = child(doc, power, 'clocks');
    if (!isMap(clocks)) return;
    for (const clockPair of clocks.items) {
      const clock = resolved(doc, clockPair.value);
      const extend = isMap(clock) ? child(doc, clock, 'extend') : undefined;
      const on = isMap(extend) ? child(doc, extend, 'on') : undefined;
      if (isScalar(on) && on.value === event) on.value = newEvent;
    }
  });
}

/**
 * Removes a transition: the whole event (index undefined), or one branch of a list; an event left
 * without branches, and an `on` left without events, are removed.
 */
export function deleteTransition(text: string, powerPointer: string, sourcePath: readonly string[], event: string, index?: number): string {
  return editPower(text, powerPointer, (doc, power) => {
    const source = stateAt(indexStates(doc, flowOf(doc, power)), sourcePath);
    const on = onOf(doc, source, event);
    const value = eventOf(doc, on, source, event);
    if (index === undefined || (!isSeq(value) && index === 0)) removeKey(on, event);
    else if (isSeq(value) && index >= 0 && index < value.items.length) {
      value.items.splice(index, 1);
      if (value.items.length === 0) removeKey(on, event);
    } else throw new EditError('branch-not-found', { state: source.dotted, value: event, n: index + 1 });
    const map = resolved(doc, source.pair.value);
    if (on.items.length === 0 && isMap(map)) removeKey(map, 'on');
  });
}

/**
 * Writes node positions to `layout.nodes`, keyed by full state path, one `{ x: 0, y: 0 }` per
 * node (whole numbers); undefined removes a node's position. Positions not named stay as they are.
 */
export function setPositions(text: string, powerPointer: string, positions: Readonly<Record<string, NodePosition | undefined>>): string {
  const entries = Object.entries(positions);
  for (const [path, position] of entries) {
    checkStatePath(path);
    if (position === undefined) continue;
    const finite = [position.x, position.y, position.width ?? 0, position.height ?? 0].every((number) => typeof number === 'number' && Number.isFinite(number));
    if (!finite || (position.width ?? 0) < 0 || (position.height ?? 0) < 0) throw new EditError('invalid-position', { value: path });
  }
  return editPower(text, powerPointer, (doc, power) => {
    if (entries.every(([, position]) => position === undefined) && !isMap(child(doc, power, 'layout'))) return;
    const layout = mapAt(doc, power, 'layout', []);
    const nodes = mapAt(doc, layout, 'nodes', ['layout']);
    const whole = (number: number) => Math.round(number) || 0; // never -0
    for (const [path, position] of entries) {
      if (position === undefined) {
        removeKey(nodes, path);
        continue;
      }
      const value: Record<string, number> = { x: whole(position.x), y: whole(position.y) };
      if (position.width !== undefined) value.width = whole(position.width);
      if (position.height !== undefined) value.height = whole(position.height);
      const pair = pairOf(nodes, path);
      const existing = resolved(doc, pair?.value);
      if (pair !== undefined && isMap(existing)) {
        for (const key of ['width', 'height']) if (value[key] === undefined) removeKey(existing, key);
        for (const [key, number] of Object.entries(value)) setKey(doc, existing, key, number);
      } else {
        const node = createNode(doc, value) as YAMLMap;
        node.flow = true;
        if (pair) pair.value = node;
        else nodes.add(doc.createPair(path, node));
      }
    }
    if (nodes.items.length === 0) removeKey(layout, 'nodes');
    if (layout.items.length === 0) removeKey(power, 'layout');
  });
}

/** What a new power file is made from: a power as written, or the fields a template does not supply. */
export type NewPowerInput = PowerDocument | (NewPower & { readonly category?: Category });

/** Options of `newPowerText`. */
export interface NewPowerOptions {
  /** The schema the first line points editors to, relative to the new file. */
  readonly schema?: string;
}

/** The schema path of the example catalogue's power files (examples/shenyang/powers/). */
export const defaultPowerSchema = '../../../schemas/power.schema.json';

/**
 * The text of a new power file: a `# yaml-language-server: $schema=…` first line, then the power
 * in the catalogue's usual style. Given only code, name and department (and a category, default
 * `other`), the power is built from its category's template (`templateFor`).
 */
export function newPowerText(power: NewPowerInput, options: NewPowerOptions = {}): string {
  const written: object = 'flow' in power ? power : powerFromTemplate(templateFor(power.category ?? 'other', power.name), power);
  checkWritable(written, []);
  const doc = new Document();
  doc.contents = createNode(doc, written) as YAMLMap;
  if (isMap(doc.contents)) doc.contents.flow = false;
  const flow = isMap(doc.contents) ? child(doc, doc.contents, 'flow') : undefined;
  if (isMap(flow)) {
    flow.flow = false;
    const states = child(doc, flow, 'states');
    if (isMap(states)) states.flow = false;
  }
  return `# yaml-language-server: $schema=${options.schema ?? defaultPowerSchema}\n` + render(doc, defaultStyle);
}
