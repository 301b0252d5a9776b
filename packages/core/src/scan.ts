/**
 * A fast way to find where the nodes of a block-style YAML file are written, without the parser's
 * events: one pass over the lines. It understands the subset of YAML that catalogue files are
 * written in (block mappings and sequences, one-line scalars and flow collections, block scalars,
 * comments) and gives up, returning undefined, on anything else (tabs, anchors, aliases, tags,
 * complex keys, document markers, keys that are not plain text, quoted or flow values spanning
 * lines). The caller then uses the parser's events (./yaml.ts), so the answer is the same either
 * way; the tests compare the two on every node of the examples.
 */

/** Where a node is written: its key (mapping values) and its value; `flow` when the value is a flow collection. */
export interface ScannedNode {
  readonly key?: number;
  value: number;
  readonly flow?: boolean;
}

/** An open block collection: the column of its entries, its path key, and the next item index of a sequence. */
interface Container {
  readonly column: number;
  readonly path: string;
  readonly sequence: boolean;
  items: number;
}

/** Plain keys the core schema reads as something other than text (numbers, booleans, null). */
const nonTextKey = /^(?:[-+]?(?:[0-9]|\.[0-9])|0[xo]|[-+]?\.(?:inf|Inf|INF)$|\.(?:nan|NaN|NAN)$|(?:true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$)/;
/** Characters that cannot start a plain key of the subset. */
const specialStart = /^[-?:,[\]{}#&*!|>%@`'"]/;

/** Joins a path key and a segment as YamlLocator does (segments separated by U+0000). */
const child = (path: string, segment: string | number) => (path === '' ? String(segment) : `${path}\u0000${segment}`);

/**
 * The end of a value written on one line (before a comment), or -1 when a quote or bracket opened
 * on the line is not closed on it.
 */
function valueEnd(line: string, from: number): number {
  let depth = 0;
  let quote = 0;
  for (let index = from; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (quote !== 0) {
      if (quote === 34 && code === 92) index++;
      else if (code === quote) {
        if (quote === 39 && line.charCodeAt(index + 1) === 39) index++;
        else quote = 0;
      }
      continue;
    }
    const before = index === from ? 32 : line.charCodeAt(index - 1);
    if (code === 34 || code === 39) {
      // A quote opens a quoted scalar only where a scalar can start.
      if (before === 32 || before === 91 || before === 123 || before === 44 || before === 58) quote = code;
    } else if (code === 91 || code === 123) depth++;
    else if (code === 93 || code === 125) depth--;
    else if (code === 35 && before === 32 && depth <= 0) return index;
  }
  return quote !== 0 || depth > 0 ? -1 : line.length;
}

/** Told the offset of each line start a scan reads past, in order (see LineIndex.follow in ./yaml.ts). */
export type LineStarts = (start: number) => void;

/** The wanted path keys by their parent's: a key is looked up among its parent's wanted children, without building its own path key. */
function wantedChildren(wanted: ReadonlySet<string>): Map<string, Set<string>> {
  const children = new Map<string, Set<string>>();
  for (const path of wanted) {
    if (path === '') continue;
    const cut = path.lastIndexOf('\u0000');
    const parent = cut === -1 ? '' : path.slice(0, cut);
    let set = children.get(parent);
    if (set === undefined) children.set(parent, (set = new Set()));
    set.add(cut === -1 ? path : path.slice(cut + 1));
  }
  return children;
}

const noChildren: ReadonlySet<string> = new Set();

/**
 * Finds the nodes of the text by path, or undefined when the text leaves the subset. With `wanted`
 * (path keys, every ancestor included), only those nodes are recorded and every other subtree is
 * passed over by its indentation alone. `lineStarts` is told where each line it reads starts.
 */
export function scanBlockNodes(text: string, wanted?: ReadonlySet<string>, lineStarts?: LineStarts): Map<string, ScannedNode> | undefined {
  const nodes = new Map<string, ScannedNode>();
  const stack: Container[] = [];
  /** The last key whose value was left empty: a block collection may follow. */
  let pending: { column: number; path: string } | undefined;
  /** Lines more indented than this column belong to a block scalar or a plain scalar's continuation. */
  let skipAbove: number | undefined;
  /** A key passed over: its compact sequence (dashes at the key's column) is passed over too. */
  let skipDashesAt: number | undefined;
  /** With `wanted`: how many of them are still to be found. */
  let missing = wanted?.size ?? -1;
  const children = wanted === undefined ? undefined : wantedChildren(wanted);
  /** Whether the child `segment` of the collection at `path` is wanted (always, without `wanted`). */
  const isWanted = (path: string, segment: string) => children === undefined || (children.get(path) ?? noChildren).has(segment);
  const record = (path: string, node: ScannedNode) => {
    if (missing > 0 && !nodes.has(path) && wanted!.has(path)) missing--;
    nodes.set(path, node);
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    // Every node wanted is found, and none waits for a next line to say where its value is: what
    // follows cannot move them.
    if (missing === 0 && pending === undefined) return nodes;
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const contentEnd = text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const offset = lineStart;
    lineStart = lineEnd + 1;
    if (lineStarts !== undefined && lineStart <= text.length) lineStarts(lineStart);
    // Indentation and first character are read in the text: a line passed over is never sliced.
    let column = 0;
    while (text.charCodeAt(offset + column) === 32) column++;
    const first = offset + column < contentEnd ? text.charCodeAt(offset + column) : NaN;
    if (first === 9) return undefined;
    if (offset + column >= contentEnd || first === 35) continue;
    const dash = first === 45 && (offset + column + 1 === contentEnd || text.charCodeAt(offset + column + 1) === 32);
    if (skipAbove !== undefined && (column > skipAbove || (dash && column === skipDashesAt))) continue;
    skipAbove = undefined;
    skipDashesAt = undefined;
    const line = text.slice(offset, contentEnd);
    if (column === 0 && (line.startsWith('---') || line.startsWith('...'))) return undefined;

    // Close the collections this line is not inside.
    while (stack.length > 0 && stack[stack.length - 1]!.column > column) stack.pop();

    let at = column;
    if (dash) {
      let top = stack[stack.length - 1];
      if (top === undefined || top.column !== column || !top.sequence) {
        // A new sequence: the value of the pending key (written at the key's column or deeper).
        if (pending === undefined || pending.column > column) return undefined;
        if (top !== undefined && top.column === column && !top.sequence && top.path !== parentOf(pending.path)) return undefined;
        top = { column, path: pending.path, sequence: true, items: 0 };
        stack.push(top);
        const node = nodes.get(pending.path);
        if (node !== undefined) node.value = offset + column;
        pending = undefined;
      }
      const index = top.items++;
      if (!isWanted(top.path, String(index))) {
        skipAbove = column;
        pending = undefined;
        continue;
      }
      const itemPath = child(top.path, index);
      at = column + 1;
      while (line[at] === ' ') at++;
      if (at >= line.length || line[at] === '#') {
        // The item's value is on the next lines.
        record(itemPath, { value: -1 });
        pending = { column: column + 1, path: itemPath };
        continue;
      }
      if (line[at] === '-') return undefined;
      const keyed = keyOf(line, at);
      if (keyed === undefined) {
        // A scalar or flow item.
        const item = scalarValue(line, at, offset);
        if (item === undefined) return undefined;
        record(itemPath, item.node);
        if (item.block || item.plain) skipAbove = column;
        pending = undefined;
        continue;
      }
      // A mapping inside the item, whose first key is on this line.
      record(itemPath, { value: offset + at });
      stack.push({ column: at, path: itemPath, sequence: false, items: 0 });
    } else {
      let top = stack[stack.length - 1];
      if (top !== undefined && top.sequence && top.column === column) {
        // A key at the column of a compact sequence ends it.
        stack.pop();
        top = stack[stack.length - 1];
      }
      if (top === undefined || top.column !== column || top.sequence) {
        // A new mapping: the document's root, or the value of the pending key.
        if (stack.length === 0 && nodes.size === 0) {
          record('', { value: offset + column });
          top = { column, path: '', sequence: false, items: 0 };
        } else {
          if (pending === undefined || pending.column >= column) return undefined;
          top = { column, path: pending.path, sequence: false, items: 0 };
          const node = nodes.get(pending.path);
          if (node !== undefined) node.value = offset + column;
        }
        stack.push(top);
      }
    }
    pending = undefined;

    // A key and its value, on this line.
    const keyed = keyOf(line, at);
    if (keyed === undefined) return undefined;
    const container = stack[stack.length - 1]!;
    if (!isWanted(container.path, keyed.key)) {
      skipAbove = at;
      skipDashesAt = at;
      continue;
    }
    const path = child(container.path, keyed.key);
    let valueAt = keyed.end;
    while (line[valueAt] === ' ') valueAt++;
    if (valueAt >= line.length || line[valueAt] === '#') {
      record(path, { key: offset + at, value: -1 });
      pending = { column: at, path };
      continue;
    }
    const value = scalarValue(line, valueAt, offset);
    if (value === undefined) return undefined;
    record(path, { key: offset + at, ...value.node });
    if (value.block || value.plain) skipAbove = at;
  }
  return nodes;
}

function parentOf(path: string): string {
  const cut = path.lastIndexOf('\u0000');
  return cut === -1 ? '' : path.slice(0, cut);
}

/** A plain (or simply quoted) key at `at`, and where its value may start; undefined when the line holds no key of the subset. */
function keyOf(line: string, at: number): { key: string; end: number } | undefined {
  const first = line[at];
  if (first === '"' || first === "'") {
    const close = line.indexOf(first, at + 1);
    if (close === -1) return undefined;
    const key = line.slice(at + 1, close);
    if (key.includes('\\') || (first === "'" && line[close + 1] === "'")) return undefined;
    if (line[close + 1] !== ':' || (close + 2 < line.length && line[close + 2] !== ' ')) return undefined;
    return { key, end: close + 2 };
  }
  if (specialStart.test(first ?? '')) return undefined;
  let colon = line.indexOf(':', at);
  while (colon !== -1 && colon + 1 < line.length && line[colon + 1] !== ' ') colon = line.indexOf(':', colon + 1);
  if (colon === -1) return undefined;
  // The key without the spaces before its colon; none of it may be a bracket, brace or comma, nor " #".
  let end = colon;
  while (end > at && line.charCodeAt(end - 1) === 32) end--;
  if (end === at) return undefined;
  for (let index = at; index < end; index++) {
    const code = line.charCodeAt(index);
    if (code === 91 || code === 93 || code === 123 || code === 125 || code === 44 || (code === 35 && line.charCodeAt(index - 1) === 32)) return undefined;
  }
  const key = line.slice(at, end);
  if (nonTextKey.test(key)) return undefined;
  return { key, end: colon + 1 };
}

/** A value that starts at `at` and ends on its line (a block scalar's content follows). */
function scalarValue(line: string, at: number, offset: number): { node: ScannedNode; block?: boolean; plain?: boolean } | undefined {
  const first = line[at]!;
  if (first === '&' || first === '*' || first === '!' || first === '?' || first === '%' || first === '@' || first === '`') return undefined;
  if (first === '|' || first === '>') {
    if (!/^[|>][0-9+-]*\s*(#.*)?$/.test(line.slice(at))) return undefined;
    return { node: { value: offset + at }, block: true };
  }
  if (valueEnd(line, at) === -1) return undefined;
  if (first === '{' || first === '[') return { node: { value: offset + at, flow: true } };
  return { node: { value: offset + at }, plain: first !== '"' && first !== "'" };
}
