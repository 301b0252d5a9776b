/**
 * Reading YAML: one fast parse (js-yaml 5, YAML 1.2 core schema, dates stay strings) with limits
 * against hostile input, and, only for files with problems, a second pass over the parser's events
 * that finds the line and column of any node by its path.
 */
import {
  CORE_SCHEMA,
  EVENT_ID,
  SCALAR_STYLE,
  YAMLException,
  getScalarValue,
  load,
  parseEvents,
  type Event,
} from 'js-yaml/browser';
// js-yaml/browser is js-yaml's own bundled ESM build (same version and API, for every platform).
// Its plain ESM build (the package's default import) runs its parser 2.5 times slower on Node 20,
// measured on the benchmark's catalogue; see bench/README.md.
import type { MessageId } from './messages/index.js';
import { fromPointer } from './problems.js';
import { scanBlockNodes, type ScannedNode } from './scan.js';

/** Limits against hostile input. */
export const limits = {
  /** Bytes per file. */
  fileSize: 5 * 1024 * 1024,
  /** Nesting depth of collections. */
  depth: 64,
  /** Alias nodes per document. */
  aliases: 1000,
  /** Nodes a document may hold once its aliases are expanded. */
  expandedNodes: 200_000,
  /** Problems listed per file; the rest are counted in one `too-many-problems`. */
  problemsPerFile: 1000,
} as const;

/** A position in a text: 1-based line and column (UTF-16 code units, as editors count). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A YAML problem at an offset of the text. */
export interface YamlProblem {
  readonly code: MessageId;
  readonly offset: number;
  readonly reason?: string;
  readonly value?: string;
  readonly limit?: number;
}

export type ParseResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: YamlProblem };

/** Removes a leading byte-order mark, so that offsets match what an editor shows. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses one YAML document (without BOM) under the limits. Never throws. */
export function parseYaml(text: string): ParseResult {
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA, maxDepth: limits.depth, maxAliases: limits.aliases });
  } catch (error) {
    return { ok: false, problem: yamlProblem(error, text) };
  }
  // Aliases share objects, so a small file can stand for an enormous (or endless) tree that every
  // later walk would expand. Measure the expanded size once, remembering shared nodes.
  if (text.includes('*') && aliasSyntax.test(text) && expandedSize(value, limits.expandedNodes) > limits.expandedNodes) {
    return { ok: false, problem: { code: 'yaml-alias-limit', offset: firstAliasOffset(text), limit: limits.expandedNodes } };
  }
  return { ok: true, value };
}

/** What an alias looks like (*name after a space, bracket, comma or a line's start), as opposed to a * in text. */
const aliasSyntax = /(?:^|[\s[{,])\*[^\s,[\]{}]/m;

/** The size of a value with aliases expanded; `cap + 1` as soon as it exceeds the cap or loops. */
function expandedSize(root: unknown, cap: number): number {
  const sizes = new Map<object, number>();
  const open = new Set<object>();
  const size = (node: unknown): number => {
    if (node === null || typeof node !== 'object') return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (open.has(node)) return cap + 1;
    open.add(node);
    let total = 1;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      total += size(child);
      if (total > cap) break;
    }
    open.delete(node);
    sizes.set(node, total);
    return total;
  };
  return size(root);
}

function firstAliasOffset(text: string): number {
  try {
    for (const event of parseEvents(text, { maxDepth: limits.depth })) {
      if (event.type === EVENT_ID.ALIAS) return Math.max(0, event.anchorStart - 1);
    }
  } catch {
    // The text parsed once already; a second failure leaves the problem at the start.
  }
  return 0;
}

function yamlProblem(error: unknown, text: string): YamlProblem {
  if (!(error instanceof YAMLException)) {
    // js-yaml guards its own recursion, so only the engine's stack limit can land here.
    return { code: 'yaml-too-deep', offset: 0, limit: limits.depth };
  }
  const reason = error.reason;
  const offset = error.mark ? Math.min(error.mark.position, text.length) : 0;
  if (reason.startsWith('nesting exceeded maxDepth')) return { code: 'yaml-too-deep', offset, limit: limits.depth };
  if (reason.startsWith('aliases exceeded maxAliases')) return { code: 'yaml-alias-limit', offset, limit: limits.aliases };
  if (reason === 'duplicated mapping key') return { code: 'yaml-duplicate-key', offset, value: keyAt(text, offset) };
  if (reason.startsWith('unknown') && reason.includes(' tag ')) {
    // js-yaml names tags verbatim (!<!zh>, !<tag:yaml.org,2002:x>); show them as written (!zh, !!x).
    const verbatim = reason.replace(/^unknown \w+ tag /, '');
    const written = verbatim.replace(/^!<tag:yaml\.org,2002:(.*)>$/, '!!$1').replace(/^!<(!.*)>$/, '$1');
    return { code: 'yaml-unknown-tag', offset, value: written };
  }
  if (reason.startsWith('expected a document, but the input is empty')) return { code: 'yaml-empty', offset: 0 };
  if (reason.startsWith('expected a single document')) return { code: 'yaml-multiple-documents', offset: secondDocumentOffset(text) };
  return { code: 'yaml-syntax', ...diagnose(text, offset, reason) };
}

/**
 * The parser reports where it got lost, often the line after the mistake. The usual mistakes of
 * people new to YAML are recognised here and reported where they were made, in their own words.
 */
function diagnose(text: string, offset: number, reason: string): { offset: number; reason: string } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset));
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const previous = lineStart === 0 ? '' : text.slice(previousStart, lineStart - 1);
  const unquoted = (content: string) => content.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '""');
  const brackets = (content: string) => {
    let depth = 0;
    for (const character of unquoted(content).replace(/\s#.*$/, '')) {
      if (character === '[' || character === '{') depth++;
      if (character === ']' || character === '}') depth--;
    }
    return depth;
  };
  const quotesOpen = (content: string) => /^[^#]*?(?:"(?:[^"\\]|\\.)*$|'(?:[^']|'')*$)/.test(content.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, ''));
  const at = (start: number, content: string, pattern: RegExp) => start + Math.max(0, content.search(pattern));

  if (reason === 'bad indentation of a mapping entry' || reason.startsWith('can not read a block mapping entry')) {
    if (brackets(line) < 0) return { offset: at(lineStart, line, /[\]}][^\]}]*$/), reason: 'a closing bracket has no opening bracket' };
    if (/^\s*(?:- )?[^\s#'"][^:#]*:\s+[^\s'"[{|>#][^#]*?:(?:\s|$)/.test(line)) {
      const first = line.search(/:\s/);
      const second = first + 1 + line.slice(first + 1).search(/:(?:\s|$)/);
      return { offset: lineStart + second, reason: 'text contains ": " (a colon and a space), which starts a new key; put the text in quotes' };
    }
  }
  if (reason === 'deficient indentation' || reason.startsWith('end of the stream or a document separator is expected') || reason.startsWith('can not read')) {
    if (quotesOpen(previous)) return { offset: at(previousStart, previous, /["']/), reason: 'a quote opened on this line is not closed' };
    if (brackets(previous) > 0) return { offset: at(previousStart, previous, /[[{]/), reason: 'a bracket opened on this line is not closed' };
    const plain = previous.replace(/^\s*(?:- )?/, '');
    if (/^[^\s:#'"]+：/.test(plain)) return { offset: at(previousStart, previous, /：/), reason: 'a full-width colon "：" cannot separate a key from its value; use ": "' };
    if (/^[^\s:#'"]+:[^\s/]/.test(plain)) return { offset: at(previousStart, previous, /:/), reason: 'a colon must be followed by a space' };
  }
  return { offset, reason };
}

/** Where a second document starts: the first --- or ... line that follows some content. */
function secondDocumentOffset(text: string): number {
  const marker = /^(?:---|\.\.\.)(?=\s|$)/gm;
  for (let match = marker.exec(text); match !== null; match = marker.exec(text)) {
    const before = text.slice(0, match.index).replace(/#.*$/gm, '');
    if (before.trim() !== '') return match.index;
  }
  return 0;
}

/** The plain key starting at an offset, for naming a duplicated key. */
function keyAt(text: string, offset: number): string {
  const match = /^\s*["']?([^"':\n]*)/.exec(text.slice(offset, offset + 200));
  return match?.[1]?.trim() ?? '';
}

/**
 * Turns offsets into line and column. Build once per text, then ask for many offsets. Lines are
 * found as far as the offsets asked for: a file's problems are often in its first part.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** Where to look for the next line break; -1 once the text is indexed to its end. */
  private next = 0;

  constructor(private readonly text: string) {}

  /**
   * A line starts at `start`, just after the last line known: a scan that reads the lines in order
   * tells each one (LineStarts), so that their breaks are not searched for again.
   */
  follow(start: number): void {
    if (this.next !== -1 && start > this.starts[this.starts.length - 1]!) {
      this.starts.push(start);
      this.next = start;
    }
  }

  position(offset: number): Position {
    while (this.next !== -1 && this.starts[this.starts.length - 1]! <= offset) {
      const index = this.text.indexOf('\n', this.next);
      if (index === -1) {
        this.next = -1;
      } else {
        this.starts.push(index + 1);
        this.next = index + 1;
      }
    }
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}

/** Offsets of one node: where its value starts, and where its key starts if it is a mapping value. */
interface NodeOffsets {
  readonly key?: number;
  readonly value: number;
}

/**
 * Finds nodes of a YAML text by path. Built from the parser's events on first use; paths name
 * mapping keys as strings and sequence items by index.
 */
export class YamlLocator {
  private readonly lines: LineIndex;
  private nodes?: Map<string, NodeOffsets>;
  /** Keys of the paths asked for in advance and of their ancestors, when only those are indexed. */
  private readonly wanted?: ReadonlySet<string>;

  /**
   * `only`: when the paths to be located are known in advance (the problems of one file), only
   * those paths and their ancestors are indexed, and every other subtree is skipped; `locate` then
   * answers for those paths only (or their nearest ancestors).
   */
  constructor(
    private readonly text: string,
    only?: readonly (readonly (string | number)[])[],
  ) {
    this.lines = new LineIndex(text);
    if (only !== undefined) {
      const wanted = new Set<string>();
      for (const path of only) for (let length = 0; length <= path.length; length++) wanted.add(pathKey(path.slice(0, length)));
      this.wanted = wanted;
    }
  }

  /** Position of the node at `path`, or of its nearest existing ancestor. */
  locate(path: readonly (string | number)[], at: 'key' | 'value' = 'value'): Position {
    const nodes = (this.nodes ??= indexNodes(this.text, this.wanted, this.lines));
    for (let length = path.length; length >= 0; length--) {
      const found = nodes.get(pathKey(path.slice(0, length)));
      if (found === undefined) continue;
      // A key is only meaningful for the node itself; an ancestor is shown by its key when it has one.
      // An empty value (written as nothing after "key:") has no offset of its own: show its key.
      const preferKey = at === 'key' || length < path.length || found.value < 0;
      const offset = (preferKey ? found.key : undefined) ?? found.value;
      if (offset >= 0) return this.lines.position(offset);
    }
    return { line: 1, column: 1 };
  }

  /**
   * Where the node at a JSON pointer is written (a `Problem`'s `pointer`, a model object's
   * `source.pointer`): at its key when it has one, so a state is found at `登记:`, not at its first field.
   */
  locatePointer(pointer: string, at: 'key' | 'value' = 'key'): Position {
    return this.locate(fromPointer(pointer), at);
  }

  /** Position of an offset. */
  position(offset: number): Position {
    return this.lines.position(offset);
  }
}

function pathKey(path: readonly (string | number)[]): string {
  return path.map((segment) => String(segment)).join('\u0000');
}

function indexNodes(text: string, wanted?: ReadonlySet<string>, lines?: LineIndex): Map<string, NodeOffsets> {
  // For a few known paths, one pass over the lines is enough when the file keeps to block style
  // and no path leads into a flow collection (./scan.ts); else the parser's events answer.
  if (wanted !== undefined) {
    const scanned = scanBlockNodes(text, wanted, lines && ((start) => lines.follow(start)));
    if (scanned !== undefined && [...wanted].every((path) => answers(scanned, path))) return scanned;
  }
  const nodes = new Map<string, NodeOffsets>();
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: limits.depth });
  } catch {
    return nodes;
  }
  let cursor = 0;
  const next = () => events[cursor++];
  // Walks one node and everything under it, recording offsets by path (only wanted paths, if given).
  const walk = (event: Event, path: string, keyOffset: number | undefined) => {
    if (wanted !== undefined && !wanted.has(path)) return skip(event);
    nodes.set(path, { key: keyOffset, value: nodeStart(text, event) });
    const prefix = path === '' ? '' : path + '\u0000';
    if (event.type === EVENT_ID.SEQUENCE) {
      for (let index = 0; ; index++) {
        const item = next();
        if (item === undefined || item.type === EVENT_ID.POP) return;
        walk(item, prefix + index, undefined);
      }
    }
    if (event.type === EVENT_ID.MAPPING) {
      for (;;) {
        const key = next();
        if (key === undefined || key.type === EVENT_ID.POP) return;
        const keyStart = nodeStart(text, key);
        const keyText = key.type === EVENT_ID.SCALAR ? scalarKey(text, key) : skipAndName(key);
        const value = next();
        if (value === undefined) return;
        walk(value, prefix + keyText, keyStart);
      }
    }
  };
  /** Passes over a node and everything under it. */
  const skip = (event: Event) => {
    if (event.type !== EVENT_ID.SEQUENCE && event.type !== EVENT_ID.MAPPING) return;
    for (let depth = 1; depth > 0; ) {
      const inner = next();
      if (inner === undefined) return;
      if (inner.type === EVENT_ID.SEQUENCE || inner.type === EVENT_ID.MAPPING) depth++;
      else if (inner.type === EVENT_ID.POP) depth--;
    }
  };
  // A complex key (a mapping or list used as a key) is skipped; no catalogue path leads into one.
  const skipAndName = (event: Event): string => {
    if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) {
      let depth = 1;
      while (depth > 0) {
        const inner = next();
        if (inner === undefined) break;
        if (inner.type === EVENT_ID.SEQUENCE || inner.type === EVENT_ID.MAPPING) depth++;
        if (inner.type === EVENT_ID.POP) depth--;
      }
    }
    return '\u0001complex';
  };
  const document = next();
  if (document?.type !== EVENT_ID.DOCUMENT) return nodes;
  const root = next();
  if (root !== undefined && root.type !== EVENT_ID.POP) walk(root, '', undefined);
  return nodes;
}

/** True when the scan answers for a path as the parser would: it found the node, or its nearest ancestor is not a flow collection. */
function answers(scanned: ReadonlyMap<string, ScannedNode>, path: string): boolean {
  for (let key = path; ; key = key.slice(0, Math.max(0, key.lastIndexOf('\u0000')))) {
    const node = scanned.get(key);
    if (node !== undefined) return key === path || !node.flow;
    if (key === '') return false;
  }
}

/** A mapping key as the loaded object names it: plain scalars resolve (1 becomes "1"), others are text. */
function scalarKey(text: string, event: Extract<Event, { type: 4 }>): string {
  const source = getScalarValue(text, event);
  if (event.style !== SCALAR_STYLE.PLAIN || event.tagStart >= 0) return source;
  return String(CORE_SCHEMA.resolveImplicitScalarTag(source).value);
}

/** Where a node starts as a reader sees it: at its tag or anchor, opening quote, or block indicator. */
function nodeStart(text: string, event: Event): number {
  if (event.type === EVENT_ID.DOCUMENT || event.type === EVENT_ID.POP) return 0;
  if (event.type === EVENT_ID.ALIAS) return Math.max(0, event.anchorStart - 1);
  const properties = [event.tagStart, event.anchorStart >= 0 ? event.anchorStart - 1 : -1].filter((offset) => offset >= 0);
  if (properties.length > 0) return Math.min(...properties);
  if (event.type !== EVENT_ID.SCALAR) return event.start;
  if (event.valueStart < 0) return -1;
  if (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED) return event.valueStart - 1;
  if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK) {
    // The content starts on the line after the | or > header; point at the header.
    const headerEnd = text.lastIndexOf('\n', event.valueStart - 1);
    const header = Math.max(text.lastIndexOf('|', headerEnd), text.lastIndexOf('>', headerEnd));
    return header >= 0 ? header : event.valueStart;
  }
  return event.valueStart;
}
