/**
 * Changing a yaml Document the way a person would: a value is updated where it is (its node, and
 * so its comments, quoting and style, stays), only what differs is replaced, and new collections
 * are written in the catalogue's usual style (short lists and small mappings in flow style).
 */
import { isAlias, isMap, isNode, isScalar, isSeq, YAMLMap, YAMLSeq, type Document, type Node, type Pair, type Scalar } from 'yaml';
import { EditError } from './errors.js';

export type Path = readonly (string | number)[];

/** Keys no catalogue may use: they would reach an object's prototype in a program reading it. */
export const reservedNames: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The plain value of a mapping key (keys are scalars in catalogues). */
export function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

/** The pair of a mapping with this key, compared as text (YAML reads `33:` as a number). */
export function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => String(keyOf(pair)) === key);
}

/** A node, with aliases followed. */
export function resolved(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

/** The value node of a key in a mapping (aliases followed). */
export function child(doc: Document, map: YAMLMap, key: string): unknown {
  return resolved(doc, pairOf(map, key)?.value);
}

/** The text of a scalar node that holds text, else undefined. */
export function textOf(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** Removes a key from a mapping; true if it was there. */
export function removeKey(map: YAMLMap, key: string): boolean {
  const index = map.items.findIndex((pair) => String(keyOf(pair)) === key);
  if (index === -1) return false;
  map.items.splice(index, 1);
  return true;
}

/** The mapping under `key`, created (in block style) when absent. */
export function mapAt(doc: Document, map: YAMLMap, key: string, place: Path): YAMLMap {
  const existing = child(doc, map, key);
  if (isMap(existing)) return existing;
  if (existing !== undefined && existing !== null && !(isScalar(existing) && existing.value === null)) throw new EditError('not-a-mapping', { place: [...place, key] });
  const created = new YAMLMap(doc.schema);
  const pair = pairOf(map, key);
  if (pair) pair.value = created;
  else map.add(doc.createPair(key, created));
  return created;
}

/** True for values YAML can hold: text, numbers, booleans, null, lists and plain objects of them. */
function writable(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return true;
  if (Array.isArray(value)) return value.every((item) => item !== undefined && writable(item, depth + 1));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value as object).every(([key, item]) => !reservedNames.has(key) && (item === undefined || writable(item, depth + 1)));
  }
  return false;
}

/** Checks that a value can be written, naming its place if not. */
export function checkWritable(value: unknown, place: Path): void {
  if (!writable(value)) throw new EditError('invalid-value', { place });
}

/** Drops the keys of plain objects whose value is undefined (they mean "absent"). */
function defined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(defined);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined).map(([key, item]) => [key, defined(item)]));
  }
  return value;
}

/**
 * A new node for a value, in the catalogue's usual style: a list of short texts or numbers, and a
 * mapping of a few such values, in flow style (`[a, b]`, `{ within: 15, unit: workday }`) when it
 * fits on a line; anything longer or deeper in block style.
 */
export function createNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(defined(value)) as Node;
  styleNew(node);
  return node;
}

const FLOW_WIDTH = 60;

/** Sets flow style on the small collections of a new node, bottom up; returns its flow width (Infinity: block). */
function styleNew(node: unknown): number {
  if (isScalar(node)) {
    const text = String(node.value);
    return text.includes('\n') ? Infinity : text.length + 2;
  }
  if (isSeq(node)) {
    let width = 2;
    for (const item of node.items) width += styleNew(item) + 2;
    node.flow = width <= FLOW_WIDTH && node.items.every((item) => isScalar(item));
    return node.flow ? width : Infinity;
  }
  if (isMap(node)) {
    let width = 4;
    for (const pair of node.items) width += String(keyOf(pair)).length + 4 + styleNew(pair.value);
    node.flow = width <= FLOW_WIDTH && node.items.length <= 4 && node.items.every((pair) => isScalar(pair.value) || (isSeq(pair.value) && pair.value.flow));
    return node.flow ? width : Infinity;
  }
  return Infinity;
}

/** The plain data of a node (aliases followed). */
export function dataOf(doc: Document, node: unknown): unknown {
  const target = resolved(doc, node);
  return isNode(target) ? target.toJS(doc) : target;
}

const sameData = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

/**
 * Makes `node` hold `value`, changing as little as possible: scalars keep their node (so their
 * quoting and comments), mappings keep their keys' order and update each key in place, lists
 * keep the items that did not change. Returns the node to use (a new one when the kind differs;
 * its comments are carried over).
 */
export function assign(doc: Document, node: unknown, value: unknown): Node {
  const current = resolved(doc, node);
  if (isNode(current) && sameData(current.toJS(doc), defined(value))) return isAlias(node) ? (node as Node) : current;
  if (isScalar(current) && (value === null || typeof value !== 'object') && (current.value === null || typeof current.value === typeof value)) {
    current.value = value;
    return current;
  }
  if (isMap(current) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    const wanted = new Set(entries.map(([key]) => key));
    current.items = current.items.filter((pair) => wanted.has(String(keyOf(pair))));
    for (const [key, item] of entries) setKey(doc, current, key, item);
    return current;
  }
  if (isSeq(current) && Array.isArray(value)) {
    current.items = assignItems(doc, current.items, value);
    return current;
  }
  const created = createNode(doc, value);
  if (isNode(current)) {
    created.commentBefore = current.commentBefore;
    created.comment = current.comment;
    created.spaceBefore = current.spaceBefore;
  }
  return created;
}

/** Sets one key of a mapping to a value (assigned in place if present, appended if not). */
export function setKey(doc: Document, map: YAMLMap, key: string, value: unknown): void {
  const pair = pairOf(map, key);
  // An empty `{}` (a state just added) grows into a block of keys, as states are written.
  if (pair === undefined && map.flow === true && map.items.length === 0) map.flow = false;
  if (pair === undefined) map.add(doc.createPair(key, createNode(doc, value)));
  else pair.value = assign(doc, pair.value, value);
}

/**
 * The items of a list after assigning new values: items whose data did not change are kept (with
 * their comments), in the order of a longest common subsequence; others are assigned in place
 * when an old item stands in the same gap, or created.
 */
function assignItems(doc: Document, items: readonly unknown[], values: readonly unknown[]): unknown[] {
  const old = items.map((item) => JSON.stringify(dataOf(doc, item)));
  const wanted = values.map((value) => JSON.stringify(defined(value)));
  // LCS table: lists in catalogues are short.
  const lengths: number[][] = Array.from({ length: old.length + 1 }, () => new Array<number>(wanted.length + 1).fill(0));
  for (let i = old.length - 1; i >= 0; i--) {
    for (let j = wanted.length - 1; j >= 0; j--) {
      lengths[i]![j] = old[i] === wanted[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const result: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < old.length || j < wanted.length) {
    if (i < old.length && j < wanted.length && old[i] === wanted[j]) {
      result.push(items[i++]);
      j++;
    } else if (i < old.length && j < wanted.length && lengths[i + 1]![j + 1] === lengths[i]![j]) {
      result.push(assign(doc, items[i++], values[j++])); // changed in place
    } else if (i < old.length && (j === wanted.length || lengths[i + 1]![j]! >= lengths[i]![j + 1]!)) {
      i++; // an old item that is gone
    } else {
      result.push(createNode(doc, values[j++]));
    }
  }
  return result;
}

export { isMap, isScalar, isSeq, YAMLMap, YAMLSeq, type Scalar };
