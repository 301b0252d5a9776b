/**
 * Loading a catalogue: the entry file, then each power file its globs match, one at a time (only
 * the model and the problems are kept, never every file's text). Works on any `CatalogueSource`:
 * the file system in Node (see ./node.js), files in memory in a browser.
 */
import picomatch from 'picomatch/posix.js';
import { buildCatalogueHead, buildLintView, buildPower, checkPower } from './build.js';
import { lintFindings } from './lint/index.js';
import type { Catalogue, Power } from './model.js';
import { parseDocument, placeFindings, type MessageMemo } from './place.js';
import { finding, sortProblems, type Finding, type Problem } from './problems.js';
import { validateSchema, type DocumentKind } from './schema.js';
import type { Category, Locale } from './vocabulary.js';
import { limits, parseYaml, stripBom, YamlLocator } from './yaml.js';
import { appendAll } from './arrays.js';

/** Where a catalogue's files come from. Paths use "/" and are joined from the entry file's folder. */
export interface CatalogueSource {
  /**
   * The bytes (or already decoded text) of a file. Rejects when it cannot be read. A source that
   * knows a file's size before reading it rejects a file over `limit` bytes with an error whose
   * `code` is 'EFBIG' and whose `size` is the size, without reading it.
   */
  read(path: string, limit: number): Promise<Uint8Array | string>;
  /** Every file under a folder, as paths relative to it, so that globs can be matched. */
  list(folder: string): Promise<string[]>;
  /** False when a path leaves `root`, e.g. through a symbolic link. Assumed true when absent. */
  isInside?(root: string, path: string): Promise<boolean>;
}

export interface LoadOptions {
  /** Language of the messages; default zh-Hans. */
  readonly locale?: Locale;
  /**
   * Keep every power in `catalogue.powers` (default true). False checks the catalogue without
   * holding it: validation, and catalogues too large to hold. Without `onPower` too, no model of
   * any power is built at all.
   */
  readonly keepPowers?: boolean;
  /** Receives each power as soon as it has loaded without errors, one at a time. */
  readonly onPower?: (power: Power) => void;
  /**
   * Run the lint rules (docs/rules/) on each power that loads without errors, as it loads and
   * while its file's text is at hand, with the catalogue's `lint:` settings. Their problems are in
   * `LoadResult.lint`. Works with `keepPowers: false` too: each model is then dropped once linted.
   */
  readonly lint?: boolean;
  /**
   * Validates a subset of the catalogue: called with each power file's path and text before it is
   * parsed. A file it answers for (a file known to be valid, e.g. unchanged since a load without
   * errors under the same entry file) is neither parsed nor validated nor built: its code is taken
   * as said, to check that codes stay unique, and its category counted. Its path is then in
   * `LoadResult.known` and no power of it is in the catalogue. When another file already holds its
   * code, the file is loaded as usual, so that the duplicate is reported as a full load reports it.
   * The caller answers only for files whose validity cannot depend on what changed: the entry file
   * (departments, laws) must be the same as when they were validated.
   */
  readonly known?: (file: string, text: string) => KnownPowerFile | undefined;
}

/** What a caller knows of a valid power file it asks the loader not to load again (see `LoadOptions.known`). */
export interface KnownPowerFile {
  readonly code: string;
  readonly category: Category;
}

export interface LoadResult {
  /**
   * The catalogue with every power that loaded without errors (none with `keepPowers: false`);
   * absent when the entry file itself has errors.
   */
  readonly catalogue?: Catalogue;
  /** How many powers of each category loaded without errors (kept or not). */
  readonly counts: Readonly<Partial<Record<Category, number>>>;
  /** Every problem found, sorted by file and position. */
  readonly problems: readonly Problem[];
  /** The files read: the entry first, then each power file. */
  readonly files: readonly string[];
  /**
   * With `lint: true`: the problems the lint rules found (code = rule id), sorted by file and
   * position. Powers with validation errors are not linted.
   */
  readonly lint?: readonly Problem[];
  /** With `known`: the power files it answered for, which were not loaded (in the order of `files`). */
  readonly known?: readonly string[];
}

/** A file's text after decoding, or the finding that stopped it (with the text when it was decoded). */
type FileText = { readonly text: string; readonly problem?: undefined } | { readonly problem: Finding; readonly text?: string };

/** Bytes in a file's content; text is measured in UTF-8 only when it could be over the limit (3 bytes a character at most). */
function sizeOf(content: Uint8Array | string): number {
  if (typeof content !== 'string') return content.byteLength;
  return content.length * 3 > limits.fileSize ? new TextEncoder().encode(content).length : content.length;
}

async function readText(source: CatalogueSource, file: string): Promise<FileText> {
  try {
    const content = await source.read(file, limits.fileSize);
    const bytes = sizeOf(content);
    if (bytes > limits.fileSize) return { problem: finding(file, [], 'file-too-large', { value: bytes, limit: limits.fileSize }) };
    return typeof content === 'string' ? { text: stripBom(content) } : decode(file, content);
  } catch (error) {
    const { code, size } = error as { code?: unknown; size?: unknown };
    if (code === 'EFBIG' && typeof size === 'number') return { problem: finding(file, [], 'file-too-large', { value: size, limit: limits.fileSize }) };
    const reason = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
    return { problem: finding(file, [], 'file-unreadable', { reason }) };
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

function decode(file: string, bytes: Uint8Array): FileText {
  try {
    return { text: stripBom(strictUtf8.decode(bytes)) };
  } catch {
    // Find the first byte that is not UTF-8: the shortest prefix that fails to decode ends with it.
    let low = 1;
    let high = bytes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (decodes(bytes.subarray(0, middle))) low = middle + 1;
      else high = middle;
    }
    const badByte = low - 1;
    const text = stripBom(lenientUtf8.decode(bytes));
    const offset = stripBom(lenientUtf8.decode(bytes.subarray(0, badByte))).length;
    return { problem: { ...finding(file, [], 'invalid-encoding', { limit: badByte + 1 }), offset }, text };
  }
}

/** True when a prefix holds no invalid sequence (an unfinished last character is allowed). */
function decodes(prefix: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(prefix, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash === -1 ? '.' : slash === 0 ? '/' : file.slice(0, slash);
}

function join(folder: string, relative: string): string {
  if (folder === '.' || folder === '') return relative;
  return folder.endsWith('/') ? folder + relative : `${folder}/${relative}`;
}

/** A glob may not leave the catalogue folder: no absolute paths, no "..", no backslashes. */
function isContainedGlob(glob: string): boolean {
  if (glob.startsWith('/') || glob.includes('\\') || /^[A-Za-z]:/.test(glob)) return false;
  return !glob.split('/').some((segment) => segment === '..');
}

/** The problems of a catalogue, gathered file by file while each file's text is at hand. */
class ProblemList {
  private readonly problems: Problem[] = [];
  /** `memo`: for findings whose params are plain data (see MessageMemo), as the lint rules' are. */
  constructor(
    private readonly locale: Locale,
    private readonly memo?: MessageMemo,
  ) {}

  add(findings: readonly Finding[], text: string | undefined): void {
    appendAll(this.problems, placeFindings(findings, text, this.locale, this.memo));
  }

  sorted(): Problem[] {
    return sortProblems(this.problems);
  }
}

/** What a parsed document is, by its top-level keys: a catalogue entry, a power on its own, or a case. */
function kindOf(value: unknown): DocumentKind | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if ('sunlit' in value) return 'catalogue';
  if ('code' in value && 'flow' in value) return 'power';
  if ('events' in value && ('case' in value || 'power' in value)) return 'case';
  return undefined;
}

/** What a YAML or JSON text holds: 'catalogue', 'power' or 'case'; undefined when it cannot tell. */
export function documentKind(text: string): DocumentKind | undefined {
  const parsed = parseYaml(stripBom(text));
  return parsed.ok ? kindOf(parsed.value) : undefined;
}

/**
 * Loads a catalogue from its entry file: reads, parses and validates every file, resolves every
 * reference, and reports all problems of the catalogue in one run.
 */
export async function loadCatalogue(entry: string, source: CatalogueSource, options: LoadOptions = {}): Promise<LoadResult> {
  const problems = new ProblemList(options.locale ?? 'zh-Hans');
  const linted = options.lint ? new ProblemList(options.locale ?? 'zh-Hans', new Map()) : undefined;
  const files = [entry];
  const read = await readText(source, entry);
  if (read.problem) {
    problems.add([read.problem], read.text);
    return { problems: problems.sorted(), files, counts: {} };
  }
  const { text } = read;
  const parsed = parseDocument(entry, text);
  if ('problem' in parsed) {
    problems.add([parsed.problem], text);
    return { problems: problems.sorted(), files, counts: {} };
  }
  if (kindOf(parsed.value) === 'power') {
    problems.add([finding(entry, [], 'not-a-catalogue')], text);
    return { problems: problems.sorted(), files, counts: {} };
  }

  // The entry's own problems, and those of each inline power, are told apart by their path.
  const entryFindings = validateSchema('catalogue', parsed.value, entry);
  const rawPowers = (parsed.value as { powers?: unknown }).powers;
  const powerEntries = Array.isArray(rawPowers) ? rawPowers : [];
  const isInline = (item: unknown) => typeof item === 'object' && item !== null && !Array.isArray(item);
  const inlineIndex = (found: Finding) =>
    found.path[0] === 'powers' && found.path.length > 2 && isInline(powerEntries[Number(found.path[1])]) ? Number(found.path[1]) : -1;
  const inlineFailed = new Set(entryFindings.map(inlineIndex).filter((index) => index !== -1));
  const built = buildCatalogueHead(parsed.value, entry);
  appendAll(entryFindings, built.findings);
  const headFailed = entryFindings.some((found) => found.severity === 'error' && inlineIndex(found) === -1);
  const { context } = built;

  const powers: Power[] = [];
  const counts: Partial<Record<Category, number>> = {};
  const codes = new Map<string, { file: string; path: readonly (string | number)[] }>();
  /** Resolves a power's references, checks its code is unique, and keeps it if all is well. */
  const addPower = async (value: unknown, file: string, base: readonly (string | number)[], schemaValid: boolean, into: Finding[], lintInto: Finding[]) => {
    const code = (value as { code?: unknown }).code;
    const first = typeof code === 'string' ? codes.get(code) : undefined;
    if (typeof code === 'string' && first !== undefined) {
      const line = await lineOf(source, first.file, first.path, first.file === entry ? text : undefined);
      into.push(finding(file, [...base, 'code'], 'duplicate-code', { value: code, file: first.file, line }));
    } else if (typeof code === 'string') {
      codes.set(code, { file, path: [...base, 'code'] });
    }
    const found = checkPower(value, file, base, context);
    appendAll(into, found);
    if (!schemaValid || first !== undefined || found.some((problem) => problem.severity === 'error')) return;
    const category = (value as { category: Category }).category;
    counts[category] = (counts[category] ?? 0) + 1;
    // The model is built only for someone who takes it; lint alone reads a lighter view of the power.
    const modelTaken = options.onPower !== undefined || options.keepPowers !== false;
    if (!modelTaken) {
      if (linted) appendAll(lintInto, lintFindings(buildLintView(value, file, base, context), built.head.lint));
      return;
    }
    const power = buildPower(value, file, base, context);
    if (linted) appendAll(lintInto, lintFindings(power, built.head.lint));
    options.onPower?.(power);
    if (options.keepPowers !== false) powers.push(power);
  };

  const entryLint: Finding[] = [];
  for (const [index, item] of powerEntries.entries()) {
    if (isInline(item)) await addPower(item, entry, ['powers', index], !inlineFailed.has(index), entryFindings, entryLint);
  }

  // Globs: each matched file holds one power.
  const folder = folderOf(entry);
  const matched: string[] = [];
  let listing: string[] | undefined;
  for (const [index, item] of powerEntries.entries()) {
    if (typeof item !== 'string') continue;
    if (!isContainedGlob(item)) {
      entryFindings.push(finding(entry, ['powers', index], 'invalid-glob', { value: item }));
      continue;
    }
    listing ??= await listFiles(source, folder);
    const isMatch = picomatch(item, { dot: false });
    const hits = listing.filter((relative) => isMatch(relative)).map((relative) => join(folder, relative));
    if (hits.length === 0) entryFindings.push(finding(entry, ['powers', index], 'glob-no-match', { value: item }, { severity: 'warning' }));
    appendAll(matched, hits);
  }
  problems.add(entryFindings, text);
  linted?.add(entryLint, text);

  const powerFiles = [...new Set(matched)].filter((file) => file !== entry).sort();
  const knownFiles: string[] = [];
  for (const file of powerFiles) {
    if (source.isInside && !(await source.isInside(folder, file))) {
      problems.add([finding(entry, ['powers'], 'file-outside-catalogue', { value: file }, { severity: 'warning' })], text);
      continue;
    }
    files.push(file);
    const powerText = await readText(source, file);
    if (powerText.problem) {
      problems.add([powerText.problem], powerText.text);
      continue;
    }
    const known = options.known?.(file, powerText.text);
    if (known !== undefined && !codes.has(known.code)) {
      codes.set(known.code, { file, path: ['code'] });
      counts[known.category] = (counts[known.category] ?? 0) + 1;
      knownFiles.push(file);
      continue;
    }
    const powerParsed = parseDocument(file, powerText.text);
    if ('problem' in powerParsed) {
      problems.add([powerParsed.problem], powerText.text);
      continue;
    }
    const findings = validateSchema('power', powerParsed.value, file);
    const lintFound: Finding[] = [];
    await addPower(powerParsed.value, file, [], findings.length === 0, findings, lintFound);
    problems.add(findings, powerText.text);
    linted?.add(lintFound, powerText.text);
  }

  const catalogue = headFailed ? undefined : { ...built.head, powers };
  return { ...(catalogue && { catalogue }), problems: problems.sorted(), files, counts, ...(linted && { lint: linted.sorted() }), ...(options.known && { known: knownFiles }) };
}

async function listFiles(source: CatalogueSource, folder: string): Promise<string[]> {
  try {
    return (await source.list(folder)).sort();
  } catch {
    return [];
  }
}

/** The line of a node in a file read earlier (read again: texts are not kept). */
async function lineOf(source: CatalogueSource, file: string, path: readonly (string | number)[], text?: string): Promise<number> {
  const known = text ?? (await readText(source, file)).text;
  return known === undefined ? 1 : new YamlLocator(known).locate(path).line;
}

/** Files held in memory, keyed by path: for browsers, tests and tools that already have the text. */
export function memorySource(files: Readonly<Record<string, string>>): CatalogueSource {
  return {
    read: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`no such file: ${path}`), { code: 'ENOENT' });
      return text;
    },
    list: async (folder) => {
      const prefix = folder === '.' || folder === '' ? '' : folder.endsWith('/') ? folder : folder + '/';
      return Object.keys(files)
        .filter((path) => path.startsWith(prefix))
        .map((path) => path.slice(prefix.length));
    },
  };
}
