/**
 * Text-preserving edits of a YAML file. The `yaml` package's Document keeps comments, key order,
 * quoting and flow/block style, but prints its own spacing (`a:   1` becomes `a: 1`, aligned
 * comments lose their alignment, long flow lists are joined). So an edit is made on the Document
 * and its effect carried back to the original text by a three-way line merge:
 *
 *   base   = the Document printed before the change (canonical),
 *   ours   = the original text (differs from base only in formatting),
 *   theirs = the Document printed after the change.
 *
 * Lines the edit did not touch keep every byte; where the edit and a formatting difference touch
 * the same lines, the edit wins, and inside such a region lines the edit did not change are taken
 * back from the original (and single changed lines are merged word by word). Every merge is
 * checked: the merged text must parse to exactly the data of the edited Document; if it does
 * not, a coarser merge is tried, and at worst the edited Document's own text is returned. So an
 * edit may lose formatting near it, never data.
 */
import { diffIndices } from 'node-diff3';
import { isCollection, isMap, isSeq, parseDocument, visit, type Document, type ParseOptions, type DocumentOptions, type SchemaOptions, type ToStringOptions } from 'yaml';
import { limits, LineIndex, parseYaml } from '../yaml.js';
import { EditError } from './errors.js';

/** How the Document is parsed: YAML 1.2 core schema (dates stay strings), as the loader reads files. */
export const parseOptions: ParseOptions & DocumentOptions & SchemaOptions = { version: '1.2', schema: 'core', uniqueKeys: true, strict: true };

/**
 * Applies `change` to the YAML Document of `text` and returns the new text, rewriting only what
 * changed: untouched lines keep every byte (comments, quoting, spacing, CRLF, BOM). With no change
 * the text is returned as it was. Throws `EditError` ('yaml-invalid') when the text has YAML
 * errors, ('file-too-large') when it is over the loader's 5 MB limit, and whatever `change` throws.
 */
export function editYaml(text: string, change: (doc: Document) => void): string {
  // The loader's size limit first: the yaml package would take seconds and hundreds of MB on 50 MB.
  const bytes = text.length * 3 > limits.fileSize ? new TextEncoder().encode(text).length : text.length;
  if (bytes > limits.fileSize) throw new EditError('file-too-large', { n: bytes });
  const original = splitText(text);
  const normalised = original.lines.join('\n');
  // The loader's own parse first: its limits (nesting, aliases) stop hostile text before the
  // yaml package, which can exhaust the engine on deep nesting, ever sees it.
  const loaded = parseYaml(normalised);
  if (!loaded.ok && loaded.problem.code !== 'yaml-empty') {
    throw new EditError('yaml-invalid', { line: new LineIndex(normalised).position(loaded.problem.offset).line, reason: loaded.problem.reason ?? loaded.problem.code });
  }
  let doc: Document;
  try {
    doc = parseDocument(normalised, parseOptions);
  } catch (error) {
    // The parser's own limits (nesting deep enough to exhaust the stack).
    throw new EditError('yaml-invalid', { line: 1, reason: error instanceof Error ? error.message : String(error) });
  }
  const error = doc.errors[0];
  if (error !== undefined) {
    throw new EditError('yaml-invalid', { line: error.linePos?.[0].line ?? 1, reason: error.message.split('\n')[0] ?? '' });
  }
  const style = detectStyle(original.lines, doc);
  const before = render(doc, style);
  change(doc);
  const after = render(doc, style);
  if (after === before) return text;
  return original.restore(mergeText(original.lines, before.split('\n'), after.split('\n'), after, style));
}

/** A text split into lines without their endings, and how to put the endings back. */
interface SplitText {
  readonly lines: string[];
  /** Joins merged lines: lines kept from the original keep their own ending, others get the file's usual one. */
  restore(lines: readonly MergedLine[]): string;
}

/** A line of the merge result, and the original line it is, if it is one. */
interface MergedLine {
  readonly text: string;
  readonly original?: number;
}

function splitText(text: string): SplitText {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  const lines: string[] = [];
  const endings: string[] = [];
  let crlf = 0;
  let start = 0;
  for (let newline = body.indexOf('\n'); newline !== -1; newline = body.indexOf('\n', start)) {
    const cr = newline > start && body.charCodeAt(newline - 1) === 13;
    if (cr) crlf++;
    lines.push(body.slice(start, cr ? newline - 1 : newline));
    endings.push(cr ? '\r\n' : '\n');
    start = newline + 1;
  }
  lines.push(body.slice(start));
  endings.push('');
  const usual = crlf * 2 > endings.length - 1 ? '\r\n' : '\n';
  return {
    lines,
    restore(merged) {
      let result = bom ? '\ufeff' : '';
      merged.forEach((line, index) => {
        result += line.text;
        if (index === merged.length - 1) return;
        const own = line.original === undefined ? '' : endings[line.original]!;
        result += own === '' ? usual : own;
      });
      return result;
    },
  };
}

/** What yaml cannot keep per node but a file has throughout: indentation and flow padding. */
export interface Style {
  readonly indent: number;
  readonly indentSeq: boolean;
  /** How far `- ` items are indented below their key (yaml can print only 0 with an indent of 2). */
  readonly seqOffset: number;
  /** `{ a: 1 }` rather than `{a: 1}`. */
  readonly mapPadding: boolean;
  /** `[ a, b ]` rather than `[a, b]`. */
  readonly seqPadding: boolean;
}

/** The most frequent value of some votes, or the fallback without any. */
function mostFrequent<T>(votes: readonly T[], fallback: T): T {
  const counts = new Map<T, number>();
  let best = fallback;
  let bestCount = 0;
  for (const vote of votes) {
    const count = (counts.get(vote) ?? 0) + 1;
    counts.set(vote, count);
    if (count > bestCount) [best, bestCount] = [vote, count];
  }
  return best;
}

/** The catalogue's usual style (the example catalogue's): `{ a: 1 }` and `[a, b]`, indented by 2. */
export const defaultStyle: Style = { indent: 2, indentSeq: true, seqOffset: 2, mapPadding: true, seqPadding: false };

function detectStyle(lines: readonly string[], doc: Document): Style {
  // Indentation: how far a block under a `key:` line is indented, and whether `- ` items are.
  const indents: number[] = [];
  const sequences: number[] = [];
  let previous: { indent: number; opens: boolean } | undefined;
  for (const line of lines) {
    const content = line.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const indent = line.length - content.length;
    if (previous?.opens) {
      if (content.startsWith('- ') || content === '-') sequences.push(Math.max(0, indent - previous.indent));
      else if (indent > previous.indent) indents.push(indent - previous.indent);
    }
    previous = { indent, opens: opensBlock(content) };
  }
  // Flow padding, separately for maps and lists (a file may write `{ a: 1 }` and `[a, b]`).
  const source = lines.join('\n');
  const padding = { map: [] as boolean[], seq: [] as boolean[] };
  visit(doc, (_, node) => {
    if (!isCollection(node) || !node.flow || node.items.length === 0 || node.range == null) return;
    const open = node.range[0];
    if (source[open] !== (isMap(node) ? '{' : '[')) return;
    (isSeq(node) ? padding.seq : padding.map).push(source[open + 1] === ' ');
  });
  const seqOffset = mostFrequent(sequences, defaultStyle.seqOffset);
  return {
    indent: Math.min(8, Math.max(1, mostFrequent(indents, defaultStyle.indent))),
    indentSeq: seqOffset > 0,
    seqOffset,
    mapPadding: mostFrequent(padding.map, defaultStyle.mapPadding),
    seqPadding: mostFrequent(padding.seq, defaultStyle.seqPadding),
  };
}

/** The Document's own text in a style; long lines are never folded. */
export function render(doc: Document, style: Style): string {
  const schema = doc.schema;
  const styled = schema.clone();
  // yaml has one padding option for all flow collections; each kind sets its own for its level.
  styled.tags = styled.tags.map((tag) => {
    if (tag.tag !== 'tag:yaml.org,2002:map' && tag.tag !== 'tag:yaml.org,2002:seq') return tag;
    const padding = (tag.tag.endsWith('map') ? style.mapPadding : style.seqPadding) ? ' ' : '';
    return {
      ...tag,
      stringify(node, context, onComment, onChompKeep) {
        const saved = context.flowCollectionPadding;
        context.flowCollectionPadding = padding;
        try {
          return (node as unknown as { toString(...args: unknown[]): string }).toString(context, onComment, onChompKeep);
        } finally {
          context.flowCollectionPadding = saved;
        }
      },
    } as typeof tag;
  });
  const options: ToStringOptions = { lineWidth: 0, minContentWidth: 0, indent: style.indent, indentSeq: style.indentSeq, flowCollectionPadding: style.mapPadding };
  doc.schema = styled;
  try {
    return doc.toString(options);
  } finally {
    doc.schema = schema;
  }
}

/** How coarsely to merge: each try is checked, and the first whose text holds the edited data wins. */
const attempts: readonly Attempt[] = [
  { refine: true, adjust: true, gap: 0 },
  { refine: false, adjust: true, gap: 0 },
  { refine: false, adjust: false, gap: 0 },
  { refine: false, adjust: false, gap: 3 },
  { refine: false, adjust: false, gap: 20 },
];

function mergeText(ours: readonly string[], base: readonly string[], theirs: readonly string[], theirText: string, style: Style): MergedLine[] {
  const fallback = () => theirs.map((text) => ({ text }));
  const ids = new Interner();
  const [a, o, b] = [ids.of(ours), ids.of(base), ids.of(theirs)];
  const ourHunks = hunks(o, a);
  const theirHunks = hunks(o, b);
  // A file that is exactly as yaml prints it becomes exactly the edited print: nothing to check.
  if (ourHunks.length === 0) return mergeLines({ ours, base, theirs, a, o, b }, ourHunks, theirHunks, attempts[0]!, style);
  const expected = dataOf(theirText);
  if (expected === undefined) {
    // The edited Document's own text does not load as data (e.g. too deep for the loader's
    // limits): nothing could be checked, so nothing is merged.
    return fallback();
  }
  for (const attempt of attempts) {
    const merged = mergeLines({ ours, base, theirs, a, o, b }, ourHunks, theirHunks, attempt, style);
    if (dataOf(merged.map((line) => line.text).join('\n')) === expected) return merged;
  }
  return fallback();
}

/** The data a text holds, as the loader reads it (js-yaml, core schema, limits), as JSON; undefined if it does not load. */
function dataOf(text: string): string | undefined {
  const parsed = parseYaml(text);
  if (!parsed.ok) return undefined;
  try {
    return JSON.stringify(parsed.value);
  } catch {
    return undefined;
  }
}

/** Numbers for strings, so that diffs compare numbers. */
class Interner {
  private readonly numbers = new Map<string, number>();
  of(texts: readonly string[]): number[] {
    return texts.map((text) => {
      let number = this.numbers.get(text);
      if (number === undefined) this.numbers.set(text, (number = this.numbers.size));
      return number;
    });
  }
}

/** A changed stretch: base[oStart, oEnd) became side[start, end). */
interface Hunk {
  readonly oStart: number;
  readonly oEnd: number;
  readonly start: number;
  readonly end: number;
}

/** The hunks that turn `base` into `side`, in order. */
function hunks(base: readonly number[], side: readonly number[]): Hunk[] {
  // The LCS is quadratic at worst; equal heads and tails (most of a file) need none.
  let head = 0;
  while (head < base.length && head < side.length && base[head] === side[head]) head++;
  let tail = 0;
  while (tail < base.length - head && tail < side.length - head && base[base.length - 1 - tail] === side[side.length - 1 - tail]) tail++;
  const baseMiddle = base.slice(head, base.length - tail);
  const sideMiddle = side.slice(head, side.length - tail);
  if (baseMiddle.length === 0 && sideMiddle.length === 0) return [];
  // Two long stretches that differ throughout (a huge file written unlike yaml prints) would take
  // the LCS too long: they count as one change, and the merge then keeps less of the formatting.
  const tooLong = baseMiddle.length * sideMiddle.length > 40_000_000;
  if (baseMiddle.length === 0 || sideMiddle.length === 0 || tooLong) return [{ oStart: head, oEnd: head + baseMiddle.length, start: head, end: head + sideMiddle.length }];
  return diffIndices(baseMiddle, sideMiddle).map((found) => ({
    oStart: head + found.buffer1[0],
    oEnd: head + found.buffer1[0] + found.buffer1[1],
    start: head + found.buffer2[0],
    end: head + found.buffer2[0] + found.buffer2[1],
  }));
}

/** Hunks of both sides that touch, merged into one region of the base. */
interface Region {
  readonly start: number;
  readonly end: number;
  readonly ours: readonly Hunk[];
  readonly theirs: readonly Hunk[];
}

/**
 * Groups hunks into regions. With `adjacent`, hunks that merely touch (or lie within `gap` of each
 * other) share a region, as diff3 does for lines: two edits of neighbouring lines of YAML may
 * depend on each other. Without it, only overlapping hunks do (for words within one line).
 */
function regions(ours: readonly Hunk[], theirs: readonly Hunk[], adjacent: boolean, gap: number): Region[] {
  const all = [...ours.map((hunk) => ({ hunk, mine: true })), ...theirs.map((hunk) => ({ hunk, mine: false }))].sort(
    (x, y) => x.hunk.oStart - y.hunk.oStart || x.hunk.oEnd - y.hunk.oEnd,
  );
  const found: Region[] = [];
  for (let index = 0; index < all.length; ) {
    const first = all[index++]!;
    const start = first.hunk.oStart;
    let end = first.hunk.oEnd;
    const members = [first];
    for (; index < all.length; index++) {
      const next = all[index]!.hunk;
      const joins = adjacent ? next.oStart <= end + gap : next.oStart < end || (next.oStart === start && end === start);
      if (!joins) break;
      end = Math.max(end, next.oEnd);
      members.push(all[index]!);
    }
    found.push({ start, end, ours: members.filter((member) => member.mine).map((member) => member.hunk), theirs: members.filter((member) => !member.mine).map((member) => member.hunk) });
  }
  return found;
}

/** How many more items a side has than the base over some hunks. */
const growth = (list: readonly Hunk[]) => list.reduce((sum, hunk) => sum + (hunk.end - hunk.start) - (hunk.oEnd - hunk.oStart), 0);

const sameItems = (x: readonly number[], y: readonly number[]) => x.length === y.length && x.every((item, index) => item === y[index]);

interface Sides {
  readonly ours: readonly string[];
  readonly base: readonly string[];
  readonly theirs: readonly string[];
  readonly a: readonly number[];
  readonly o: readonly number[];
  readonly b: readonly number[];
}

/** A line that opens a block: `key:` with nothing (or a comment) after it. */
const opensBlock = (line: string) => /^[^#'"[{|>]*:\s*(#.*)?$/.test(line.trim());
const isItem = (line: string) => /^\s*-(\s|$)/.test(line);

/**
 * The merge result as it is written. Lines of the edit are indented as the original indents the
 * lines around them, so that a file indented unlike yaml prints (4 spaces with `- ` under its
 * key, say) keeps its own indentation where it grows.
 */
class Output {
  readonly lines: MergedLine[] = [];
  /** For each line written: its indentation as yaml prints it (undefined: unknown), and as written. */
  private readonly indents: { readonly base: number | undefined; readonly written: number }[] = [];

  constructor(
    private readonly style: Style,
    private readonly adjust: boolean,
  ) {}

  private push(line: MergedLine, base: number | undefined): void {
    this.lines.push(line);
    this.indents.push({ base, written: indentOf(line.text) });
  }

  /** A line of the original; `base` is the same line as yaml prints it, when known. */
  keep(text: string, original: number, base?: string): void {
    this.push({ text, original }, base === undefined ? undefined : indentOf(base));
  }

  /** A line merged from an original line and its edited form. */
  merged(text: string, original: number | undefined, edited: string): void {
    this.push(original === undefined ? { text } : { text, original }, indentOf(edited));
  }

  /** A line as the edit printed it, re-indented to fit the lines before it. */
  edit(text: string): void {
    const indent = indentOf(text);
    if (!this.adjust || text.trim() === '') return this.push({ text }, indent);
    let target = indent;
    const previous = this.indents[this.indents.length - 1];
    const previousText = this.lines[this.lines.length - 1]?.text;
    if (isItem(text) && previous?.base !== undefined && indent > previous.base && previousText !== undefined && opensBlock(previousText)) {
      target = previous.written + this.style.seqOffset; // where this file puts `- ` under a key
    } else {
      for (let index = this.indents.length - 1; index >= 0; index--) {
        const known = this.indents[index]!;
        if (known.base === undefined || known.base > indent) continue;
        target = indent + known.written - known.base;
        break;
      }
    }
    this.push({ text: target === indent ? text : ' '.repeat(Math.max(0, target)) + text.slice(indent) }, indent);
  }
}

interface Attempt {
  /** Merge regions both sides changed line by line and word by word, rather than taking the edit's lines. */
  readonly refine: boolean;
  /** Indent the edit's lines as the original indents the lines around them. */
  readonly adjust: boolean;
  /** Hunks this many lines apart or closer share a region. */
  readonly gap: number;
}

function mergeLines(sides: Sides, ourHunks: readonly Hunk[], theirHunks: readonly Hunk[], attempt: Attempt, style: Style): MergedLine[] {
  const { ours, base, theirs, a, b } = sides;
  const out = new Output(style, attempt.adjust);
  let position = 0;
  let ourShift = 0;
  let theirShift = 0;
  const keep = (from: number, to: number, baseFrom?: number) => {
    for (let line = from; line < to; line++) out.keep(ours[line]!, line, baseFrom === undefined ? undefined : base[baseFrom + line - from]);
  };
  for (const region of regions(ourHunks, theirHunks, true, attempt.gap)) {
    keep(position + ourShift, region.start + ourShift, position);
    const ourStart = region.start + ourShift;
    const ourEnd = region.end + ourShift + growth(region.ours);
    const theirStart = region.start + theirShift;
    const theirEnd = region.end + theirShift + growth(region.theirs);
    if (region.theirs.length === 0) keep(ourStart, ourEnd);
    else if (region.ours.length === 0) for (let line = theirStart; line < theirEnd; line++) out.edit(theirs[line]!);
    else if (sameItems(a.slice(ourStart, ourEnd), b.slice(theirStart, theirEnd))) keep(ourStart, ourEnd);
    else if (attempt.refine) refine(sides, region, ourShift, theirStart, theirEnd, out);
    else for (let line = theirStart; line < theirEnd; line++) out.edit(theirs[line]!);
    ourShift += growth(region.ours);
    theirShift += growth(region.theirs);
    position = region.end;
  }
  keep(position + ourShift, base.length + ourShift, position);
  return out.lines;
}

/**
 * A region both sides changed, merged finely: the edited lines as the edit printed them (each
 * merged word by word with the original line it replaces, when there is one), every other line
 * as the original has it.
 */
function refine(sides: Sides, region: Region, ourShift: number, theirStart: number, theirEnd: number, out: Output): void {
  const { ours, base, theirs, o, b } = sides;
  // Which original line each base line of the region is (where the formatting kept the line count).
  const pairs = new Map<number, number>();
  const insertedBefore = new Map<number, number[]>();
  const groups: { start: number; end: number; lines: number[] }[] = [];
  let shift = ourShift;
  let cursor = region.start;
  const pairUpTo = (end: number) => {
    for (; cursor < end; cursor++) pairs.set(cursor, cursor + shift);
  };
  for (const hunk of region.ours) {
    pairUpTo(hunk.oStart);
    const lines = Array.from({ length: hunk.end - hunk.start }, (_, index) => hunk.start + index);
    if (hunk.oEnd - hunk.oStart === lines.length) lines.forEach((line, index) => pairs.set(hunk.oStart + index, line));
    else if (hunk.oStart === hunk.oEnd) insertedBefore.set(hunk.oStart, lines);
    else groups.push({ start: hunk.oStart, end: hunk.oEnd, lines });
    cursor = hunk.oEnd;
    shift += lines.length - (hunk.oEnd - hunk.oStart);
  }
  pairUpTo(region.end);

  const local = hunks(o.slice(region.start, region.end), b.slice(theirStart, theirEnd));
  const kept = new Set<number>();
  let at = 0;
  for (const hunk of local) {
    for (; at < hunk.oStart; at++) kept.add(region.start + at);
    at = hunk.oEnd;
  }
  for (; at < region.end - region.start; at++) kept.add(region.start + at);

  const emitted = new Set<(typeof groups)[number]>();
  const keepBase = (line: number) => {
    for (const inserted of insertedBefore.get(line) ?? []) out.keep(ours[inserted]!, inserted);
    const paired = pairs.get(line);
    if (paired !== undefined) return out.keep(ours[paired]!, paired, base[line]);
    const group = groups.find((candidate) => line >= candidate.start && line < candidate.end);
    const whole = group !== undefined && Array.from({ length: group.end - group.start }, (_, index) => group.start + index).every((member) => kept.has(member));
    if (group === undefined || !whole) return out.edit(base[line]!);
    if (emitted.has(group)) return;
    emitted.add(group);
    for (const original of group.lines) out.keep(ours[original]!, original);
  };
  at = 0;
  for (const hunk of local) {
    for (; at < hunk.oStart; at++) keepBase(region.start + at);
    const baseLines = Array.from({ length: hunk.oEnd - hunk.oStart }, (_, index) => region.start + hunk.oStart + index);
    const edited = theirs.slice(theirStart + hunk.start, theirStart + hunk.end);
    // Each edited line replaces the base line at its place when the counts agree, else the base
    // line that starts with the same key.
    const counterpart = new Map<number, number>();
    if (baseLines.length === edited.length) baseLines.forEach((line, index) => counterpart.set(index, line));
    else for (const [baseIndex, editedIndex] of commonPairs(baseLines.map((line) => lineKey(base[line]!)), edited.map(lineKey))) counterpart.set(editedIndex, baseLines[baseIndex]!);
    edited.forEach((line, index) => {
      const baseLine = counterpart.get(index);
      const original = baseLine === undefined ? undefined : pairs.get(baseLine);
      if (baseLine === undefined || original === undefined) return out.edit(line);
      const merged = mergeWords(ours[original]!, base[baseLine]!, line);
      out.merged(merged, merged === ours[original] ? original : undefined, line);
    });
    at = hunk.oEnd;
  }
  for (; at < region.end - region.start; at++) keepBase(region.start + at);
  for (const inserted of insertedBefore.get(region.end) ?? []) out.keep(ours[inserted]!, inserted);
}

/** What a line is about: its indentation, a list dash and its first word (a key, mostly). */
const lineKey = (line: string) => /^\s*(?:-\s+)?[^\s:#]*:?/.exec(line)![0];

/** Index pairs of a longest common subsequence of two short lists (none when they are long). */
function commonPairs(x: readonly string[], y: readonly string[]): [number, number][] {
  if (x.length * y.length > 250_000) return [];
  const lengths = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) for (let j = y.length - 1; j >= 0; j--) lengths[i]![j] = x[i] === y[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const found: [number, number][] = [];
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) found.push([i++, j++]);
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return found;
}

/** The number of spaces a line starts with. */
const indentOf = (line: string) => /^ */.exec(line)![0].length;

/** One line changed by both sides, merged by words and the spaces between them; the edit wins where both changed the same words. */
function mergeWords(ours: string, base: string, theirs: string): string {
  const words = (line: string) => line.match(/\s+|[^\s]+/g) ?? [];
  const [ourWords, baseWords, theirWords] = [words(ours), words(base), words(theirs)];
  const ids = new Interner();
  const [a, o, b] = [ids.of(ourWords), ids.of(baseWords), ids.of(theirWords)];
  let result = '';
  let position = 0;
  let ourShift = 0;
  let theirShift = 0;
  const keep = (from: number, to: number) => (result += ourWords.slice(from, to).join(''));
  for (const region of regions(hunks(o, a), hunks(o, b), false, 0)) {
    keep(position + ourShift, region.start + ourShift);
    const ourStart = region.start + ourShift;
    const ourEnd = region.end + ourShift + growth(region.ours);
    const theirStart = region.start + theirShift;
    const theirEnd = region.end + theirShift + growth(region.theirs);
    if (region.theirs.length === 0) keep(ourStart, ourEnd);
    else result += theirWords.slice(theirStart, theirEnd).join('');
    ourShift += growth(region.ours);
    theirShift += growth(region.theirs);
    position = region.end;
  }
  keep(position + ourShift, baseWords.length + ourShift);
  return result;
}
