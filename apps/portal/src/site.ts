/**
 * The public site of a catalogue as a list of files: pages in zh-Hans (at the root), zh-Hant (converted
 * by OpenCC) and English (interface words in English), the stylesheet and script, search indexes and
 * downloads. Pure apart from reading the two asset files; writing is the caller's job (sunlit publish
 * writes to a temporary folder and renames it into place). The same input gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import {
  categories,
  exportHeader,
  exportRow,
  formatPeriod,
  labelOf,
  levels,
  powerRecord,
  toCsv,
  type Catalogue,
  type CatalogueDiff,
  type Category,
  type LawRef,
  type Locale,
  type Period,
  type Power,
  type PowerRecord,
} from '@sunlit/core';
import { writeXlsx } from '@sunlit/core/spreadsheet';
import { citation, contentHash, escapeAttribute, escapeText, renderFlow, safeUrl, urlSegment, type LayoutCache } from '@sunlit/render';
import * as OpenCC from 'opencc-js';
import { en, zhHans, type PortalWords } from './words.js';
import { writeTableXlsx } from './xlsx.js';

/** A file of the site: its path (with / separators) and its content. */
export interface SiteFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/** A source file of the catalogue, offered for download as written. */
export interface SourceFile {
  /** Path relative to the catalogue's folder, with / separators. */
  readonly path: string;
  readonly text: string;
  /** A hash of the text the caller already has (any hash that changes whenever the text does); default: one is made. */
  readonly hash?: string;
}

/** What buildSite needs besides the catalogue. */
export interface SiteOptions {
  /** The YAML sources (entry file and power files). */
  readonly sources?: readonly SourceFile[];
  /** The source path of each power's own file, by power code, when it has one. */
  readonly powerSources?: ReadonlyMap<string, string>;
  /** Changes since the previous edition, for the change page. */
  readonly changes?: { readonly diff: CatalogueDiff; readonly edition: string };
  /** Keeps layouts between runs. */
  readonly cache?: LayoutCache;
  /** Keeps zh-Hant conversions of the lines of pages that list many powers, and of search texts (default: a Map for this run). */
  readonly conversions?: ConversionCache;
  /** Languages to build; default all three. */
  readonly locales?: readonly Locale[];
  /**
   * What the inputs are, as keys that change whenever they do: `catalogue` for everything but the
   * powers (the entry file, the generator), `power(code)` for each power's own file. With them every
   * entry gets a key, so that a publisher can reuse what it made before.
   */
  readonly keys?: { readonly catalogue: string; power(code: string): string };
  /**
   * Every power of the catalogue, in its order, as the digests the pages and files that list many
   * powers are made from (default: the digests of `catalogue.powers`). With them `catalogue.powers`
   * may hold only some powers (those whose files changed): the files of a power that is not there
   * are listed with their keys, and asking for their content throws `PowerNotLoaded` (a publisher
   * reuses them from the previous site).
   */
  readonly digests?: readonly PowerDigest[];
}

/**
 * What the files that list many powers (lists, law pages, statistics, search indexes, whole-catalogue
 * downloads) need of one power. Made from its model by `powerDigest`, and plain JSON, so that a
 * publisher can keep it between runs instead of loading an unchanged power again.
 */
export interface PowerDigest {
  readonly code: string;
  readonly name: string;
  readonly category: Category;
  /** The id of its department (实施主体). */
  readonly department: string;
  readonly level: readonly string[];
  /** The ids of the laws it cites (its basis and its steps'), each once, in order of first citation. */
  readonly laws: readonly string[];
  /** What search looks in (see `searchText`). */
  readonly search: string;
  /** Its record in the official columns (`powerRecord`): its row of the official table is the record's values in the order of `exportHeader`. */
  readonly record: PowerRecord;
  /** Its row of the official table (`exportRow`) when it is not what `record` gives (never, as `powerRecord` is made); absent otherwise. */
  readonly row?: readonly string[];
  /** How many states its flow has, nested ones included. */
  readonly states: number;
  /** Whether a state of its flow is a checkpoint (监督制约环节). */
  readonly checkpoint: boolean;
  /** The risk level of each of its states that has a risk point, in order. */
  readonly risks: readonly string[];
  /**
   * The zh-Hant conversions of its lines in the zh-Hans pages that list many powers (its row, its
   * line on a law's page) and of its search text, kept with the digest so that the zh-Hant lists and
   * search index of a republish convert only what changed; `zhHantOf` is a hash of the zh-Hans
   * lines they were converted from (see `digestLines`), which must match for them to be used.
   */
  readonly zhHant: readonly string[];
  readonly zhHantOf: string;
}

/** A digest's row of the official table. */
function rowOf(digest: PowerDigest): readonly string[] {
  return digest.row ?? exportHeader.map((column) => digest.record[column] ?? '');
}

/** The zh-Hans lines of a power that `PowerDigest.zhHant` holds converted: its row in the lists, its line on a law's page, its search text. */
function digestLines(power: Pick<PowerDigest, 'code' | 'name' | 'category' | 'department' | 'level' | 'search'>, departmentName: string): string[] {
  return [powerRow(power, departmentName, 'zh-Hans', zhHans), citingLine(power), power.search];
}

/** The digest of a power: what the files listing many powers need of it; `conversions` keeps zh-Hant conversions (default: none kept). */
export function powerDigest(power: Power, conversions?: ConversionCache): PowerDigest {
  const states = allStatesOf(power.flow.states);
  const search = searchText(power);
  const lines = digestLines({ ...power, department: power.department.id, search }, power.department.name);
  const row = exportRow(power);
  const record = powerRecord(power);
  const rowFromRecord = exportHeader.map((column) => record[column] ?? '');
  const laws = new Set<string>();
  for (const ref of power.basis) laws.add(ref.law.id);
  for (const state of states) for (const ref of state.basis) laws.add(ref.law.id);
  return {
    code: power.code,
    name: power.name,
    category: power.category,
    department: power.department.id,
    level: [...power.level],
    laws: [...laws],
    search,
    record,
    ...(row.length !== rowFromRecord.length || row.some((cell, index) => cell !== rowFromRecord[index]) ? { row } : {}),
    states: states.length,
    checkpoint: states.some((state) => state.checkpoint !== undefined),
    risks: states.flatMap((state) => (state.risk ? [state.risk.level] : [])),
    zhHant: lines.map((line) => (conversions === undefined ? toZhHant(line) : toZhHantCached(line, conversions))),
    zhHantOf: contentHash(lines.join('\n')),
  };
}

/** A power's row in the lists of powers (one line of their HTML; links are placeholders). */
function powerRow(power: Pick<PowerDigest, 'code' | 'name' | 'category' | 'department' | 'level'>, departmentName: string, labels: 'zh-Hans' | 'en', words: PortalWords): string {
  return `<tr data-code="${a(power.code)}" data-department="${a(power.department)}" data-category="${a(power.category)}" data-level="${a(power.level.join(' '))}"><td>${e(power.code)}</td><td><a href="${HERE}${a(powerPath(power.code))}">${e(power.name)}</a></td><td>${e(labelOf('category', power.category, labels))}</td><td>${e(departmentName)}</td><td>${e(power.level.map((level) => labelOf('level', level, labels)).join(words.list))}</td></tr>`;
}

/** A power's line in the list of a law's citing powers. */
function citingLine(power: Pick<PowerDigest, 'code' | 'name'>): string {
  return `<li><a href="${HERE}${a(powerPath(power.code))}">${e(power.name)}</a> <span class="meta">${e(power.code)}</span></li>`;
}

/** Thrown when the content of a file of a power that was not loaded (see `SiteOptions.digests`) is asked for. */
export class PowerNotLoaded extends Error {
  constructor(readonly code: string) {
    super(`power not loaded: ${code}`);
    this.name = 'PowerNotLoaded';
  }
}

/** Where each language's pages live. */
const languageRoots: Readonly<Record<Locale, string>> = { 'zh-Hans': '', 'zh-Hant': 'zh-Hant/', en: 'en/' };
const languageNames: Readonly<Record<Locale, string>> = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

/** The Content-Security-Policy of every page: no inline script or style, nothing from elsewhere. */
export const contentSecurityPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'";

const assetsFolder = new URL('../assets/', import.meta.url);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Converts a zh-Hans page to zh-Hant with OpenCC (Taiwan characters, no phrase substitution, as the messages are). */
export function toZhHant(text: string): string {
  return toTraditional(text);
}

/** Where converted texts are kept between publishes (any object with get and set; a Map works). */
export interface ConversionCache {
  get(text: string): string | undefined;
  set(text: string, converted: string): unknown;
}

/**
 * zh-Hant of text converted line by line through a cache. The rows of the lists recur on several
 * pages (all powers, category, department, level, law) and in the search index; OpenCC's phrases
 * never span a line, so this gives what converting the whole text gives.
 */
function toZhHantCached(text: string, cache: ConversionCache): string {
  let out = '';
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    const known = cache.get(line);
    const converted: string = known ?? toZhHant(line);
    if (known === undefined) cache.set(line, converted);
    out += start === 0 ? converted : '\n' + converted;
    start = end + 1;
  }
  return out;
}

/** The site's pages of one language, by path relative to the language's root. */
interface Page {
  readonly path: string;
  readonly title: string;
  readonly body: string;
  /** Which menu item is current. */
  readonly section?: 'home' | 'powers' | 'laws' | 'stats' | 'about' | 'changes';
}

const e = escapeText;
/** Placeholders for the relative paths to the site root and the language root, filled in per page. Escaped text can never hold U+0000. */
const ROOT = '\u0000root\u0000';
const HERE = '\u0000here\u0000';
const a = escapeAttribute;

function fillWords(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** The path of a power's page, relative to a language root. */
export function powerPath(code: string): string {
  return `powers/${urlSegment(code)}/`;
}

/** The path of a law's page, relative to a language root. */
export function lawPath(id: string): string {
  return `laws/${urlSegment(id)}/`;
}

/** A page with the placeholders of its links replaced by the relative paths to the site root and to its language root. */
function links(html: string, file: string, locale: Locale): string {
  const root = upFrom(file);
  return html.split(ROOT).join(escapeAttribute(root)).split(HERE).join(escapeAttribute(root + languageRoots[locale]));
}

/** Relative prefix from a file to the site root ("../../"). */
function upFrom(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}

/** The official table rows, the CSV and the JSON of a set of powers. */
function tableOf(powers: readonly Power[]): string[][] {
  return [[...exportHeader], ...powers.map(exportRow)];
}

function powerJson(power: Power): unknown {
  return { code: power.code, name: power.name, category: power.category, department: power.department.id, record: powerRecord(power) };
}

/** A power in the whole catalogue's JSON: what `powerJson` gives, from its digest. */
function digestJson(digest: PowerDigest): unknown {
  return { code: digest.code, name: digest.name, category: digest.category, department: digest.department, record: digest.record };
}

/**
 * A file of the site whose content is made only when asked. `key` sums up everything the content
 * depends on (absent when the caller gave no input keys): a publisher that still has the file made
 * under the same key can reuse it instead of calling `content`.
 */
export interface SiteEntry {
  readonly path: string;
  readonly key: string | undefined;
  content(): Promise<string | Uint8Array> | string | Uint8Array;
}

/** Builds every file of the site (in memory; `siteEntries` makes them one at a time). */
export async function buildSite(catalogue: Catalogue, options: SiteOptions = {}): Promise<SiteFile[]> {
  const files: SiteFile[] = [];
  for (const entry of siteEntries(catalogue, options)) files.push({ path: entry.path, content: await entry.content() });
  return files.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

const keyOf = (...parts: readonly (string | undefined)[]): string | undefined => (parts.some((part) => part === undefined) ? undefined : contentHash(parts.join('\u0000')));

/**
 * Every file of the site, in an order that keeps one power's files together (its chart is drawn once
 * for its pages and dropped after them), each made only when its content is asked for.
 */
export function siteEntries(catalogue: Catalogue, options: SiteOptions = {}): SiteEntry[] {
  const entries: SiteEntry[] = [];
  const locales = options.locales ?? ['zh-Hans', 'zh-Hant', 'en'];
  const date = new Date(`${catalogue.effective ?? '2000-01-01'}T00:00:00Z`);
  const xlsxDate = Number.isNaN(date.getTime()) ? new Date(Date.UTC(2000, 0, 1)) : date;
  const keys = options.keys;
  const site = keys === undefined ? undefined : keyOf(keys.catalogue, locales.join(','), options.changes === undefined ? '' : 'changes');
  const conversions = options.conversions ?? new Map<string, string>();
  const digests = options.digests ?? catalogue.powers.map((power) => powerDigest(power, conversions));
  const models = new Map(catalogue.powers.map((power) => [power.code, power]));
  const modelOf = (code: string) => {
    const power = models.get(code);
    if (power === undefined) throw new PowerNotLoaded(code);
    return power;
  };
  const powerKeys = new Map<string, string | undefined>();
  const powerKey = (power: PowerDigest) => {
    if (!powerKeys.has(power.code)) powerKeys.set(power.code, keys === undefined ? undefined : keyOf(site, keys.power(power.code)));
    return powerKeys.get(power.code);
  };
  const powersKey = (powers: readonly PowerDigest[]) => keyOf(site, ...powers.map(powerKey));
  const all = powersKey(digests);
  const add = (path: string, key: string | undefined, content: SiteEntry['content']) => entries.push({ path, key, content });
  const constant = (path: string, content: string) => add(path, contentHash(content), () => content);

  // Charts: drawn for the first file of a power that needs them, kept until the next power's.
  let charted: { code: string; charts: Map<Locale, { svg: string; steps: string }> } | undefined;
  const chartsOf = async (power: Power) => {
    if (charted?.code !== power.code) {
      const charts = new Map<Locale, { svg: string; steps: string }>();
      for (const locale of locales) {
        // zh-Hant pages are converted from zh-Hans ones, so they share their chart (and its layout).
        const rendered = locale === 'zh-Hant' && charts.has('zh-Hans') ? charts.get('zh-Hans')! : await renderFlow(power, { locale: locale === 'zh-Hant' ? 'zh-Hans' : locale, ...(options.cache && { cache: options.cache }) });
        charts.set(locale, { svg: rendered.svg, steps: rendered.steps });
      }
      charted = { code: power.code, charts };
    }
    return charted.charts;
  };

  // Which powers cite each law, once for all languages (pages per law would otherwise scan every power).
  const citing = new Map<string, PowerDigest[]>();
  for (const power of digests) {
    for (const law of power.laws) {
      const list = citing.get(law);
      if (list === undefined) citing.set(law, [power]);
      else list.push(power);
    }
  }

  // The official table of all powers, made once for the CSV and the XLSX.
  let table: string[][] | undefined;
  const wholeTable = () => (table ??= [[...exportHeader], ...digests.map((power) => [...rowOf(power)])]);
  // The digests' own lines are converted already.
  const departmentNames = new Map(catalogue.departments.map((department) => [department.id, department.name]));
  for (const digest of digests) {
    const lines = digestLines(digest, departmentNames.get(digest.department) ?? digest.department);
    if (digest.zhHant.length !== lines.length || contentHash(lines.join('\n')) !== digest.zhHantOf) continue;
    lines.forEach((line, index) => {
      if (conversions.get(line) === undefined) conversions.set(line, digest.zhHant[index]!);
    });
  }
  add('downloads/catalogue.csv', all, () => toCsv(wholeTable()));
  add('downloads/catalogue.xlsx', all, () => writeTableXlsx('权力清单', wholeTable(), xlsxDate));
  add('downloads/catalogue.json', all, () => JSON.stringify(catalogueJson(catalogue, digests), null, 2) + '\n');
  const sourceHashes = new Map<string, string>();
  const hashOf = (source: SourceFile) => {
    let hash = sourceHashes.get(source.path);
    if (hash === undefined) sourceHashes.set(source.path, (hash = source.hash === undefined ? contentHash(source.text) : contentHash(`${source.path}\u0000${source.hash}`)));
    return hash;
  };
  const sourceByPath = new Map((options.sources ?? []).map((source) => [source.path, source]));
  for (const source of options.sources ?? []) add(`downloads/source/${source.path.split('/').map(urlSegment).join('/')}`, hashOf(source), () => source.text);
  constant('assets/site.css', readFileSync(new URL('site.css', assetsFolder), 'utf8'));
  constant('assets/site.js', readFileSync(new URL('site.js', assetsFolder), 'utf8'));
  constant('_headers', `/*\n  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'self'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: same-origin\n`);

  const writers = new Map<Locale, SiteWriter>();
  for (const locale of locales) writers.set(locale, new SiteWriter(catalogue, digests, locale, locale === 'en' ? en : zhHans, options, chartsOf, citing));
  /** A page; `many`: it lists many powers, so its zh-Hant lines go through the conversion cache. */
  const page = (locale: Locale, path: string, key: string | undefined, build: () => Page | Promise<Page>, many = true) => {
    const file = languageRoots[locale] + path + 'index.html';
    add(file, key, async () => {
      const html = writers.get(locale)!.layout(await build(), file);
      // Converted before the links are filled in (they are ASCII), so that rows convert once for all pages.
      return links(locale !== 'zh-Hant' ? html : many ? toZhHantCached(html, conversions) : toZhHant(html), file, locale);
    });
  };
  for (const locale of locales) {
    const writer = writers.get(locale)!;
    for (const { path, powers, build } of writer.lists()) page(locale, path, powers === undefined ? all : powersKey(powers), build);
    page(locale, '', keyOf(site, writer.homeCounts()), () => writer.home());
    page(locale, 'laws/', site, () => writer.lawList());
    for (const law of catalogue.laws) page(locale, lawPath(law.id), powersKey(citing.get(law.id) ?? []), () => writer.lawPage(law));
    page(locale, 'stats/', all, () => writer.stats());
    page(locale, 'about/', site, () => writer.about());
    if (options.changes !== undefined) {
      const changes = options.changes;
      page(locale, 'changes/', keyOf(all, JSON.stringify(changes)), () => writer.changes(changes.diff, changes.edition));
    }
    add(`${languageRoots[locale]}search-index.json`, all, () => {
      const index = digests.map((power) => {
        const text = power.search;
        return { c: power.code, t: locale === 'zh-Hant' ? `${text} ${toZhHantCached(text, conversions)}` : text };
      });
      return JSON.stringify(index) + '\n';
    });
  }

  for (const digest of digests) {
    const { code } = digest;
    const key = powerKey(digest);
    for (const locale of locales) page(locale, powerPath(code), key, async () => writers.get(locale)!.powerPage(modelOf(code)), false);
    const base = `${powerPath(code)}${urlSegment(code)}`;
    add(`${base}.csv`, key, () => toCsv(tableOf([modelOf(code)])));
    add(`${base}.xlsx`, key, () => writeXlsx([{ name: '权力清单', rows: tableOf([modelOf(code)]) }], { date: xlsxDate }));
    add(`${base}.json`, key, () => JSON.stringify(powerJson(modelOf(code)), null, 2) + '\n');
    const source = options.powerSources?.get(code);
    const file = source !== undefined ? sourceByPath.get(source) : undefined;
    if (file !== undefined) add(`${base}.yaml`, hashOf(file), () => file.text);
    add(`${powerPath(code)}flow.svg`, key, async () => (await chartsOf(modelOf(code))).get(locales[0]!)!.svg + '\n');
  }
  return entries;
}

/** What search looks in: name, code, department, category and the titles and texts of the legal basis. */
function searchText(power: Power): string {
  const basis = power.basis.map((ref) => `${ref.law.title} ${citation(ref)} ${ref.text ?? ''}`);
  return [power.code, power.name, power.department.name, categories.labels[power.category].zh, power.unit ?? '', ...basis].join(' ').toLowerCase().replace(/\s+/g, ' ');
}

/** The catalogue as JSON: its facts and each power's record in the official columns (what `--previous` and `sunlit diff` read back). */
function catalogueJson(catalogue: Catalogue, digests: readonly PowerDigest[]): unknown {
  return {
    sunlit: 1,
    id: catalogue.id,
    title: catalogue.title,
    authority: catalogue.authority,
    edition: catalogue.edition,
    effective: catalogue.effective ?? null,
    departments: catalogue.departments.map((department) => ({ id: department.id, name: department.name, phone: department.phone ?? null })),
    laws: catalogue.laws.map((law) => ({ id: law.id, title: law.title, issuer: law.issuer ?? null, version: law.version ?? null, articles: law.articles })),
    columns: [...exportHeader, '流程'],
    powers: digests.map(digestJson),
  };
}

/** Reads the power records of a published site's catalogue.json (for `--previous` and `sunlit diff`). */
export function recordsOfPublished(json: unknown): { edition: string; records: PowerRecord[] } | undefined {
  if (json === null || typeof json !== 'object') return undefined;
  const value = json as { edition?: unknown; powers?: unknown };
  if (!Array.isArray(value.powers)) return undefined;
  const records: PowerRecord[] = [];
  for (const power of value.powers as unknown[]) {
    const record = (power as { record?: unknown } | null)?.record;
    if (record === null || typeof record !== 'object') return undefined;
    records.push(Object.fromEntries(Object.entries(record as Record<string, unknown>).map(([key, item]) => [key, String(item)])));
  }
  return { edition: typeof value.edition === 'string' ? value.edition : '', records };
}

class SiteWriter {
  private readonly departmentsInUse: Catalogue['departments'];
  private readonly departmentNames: ReadonlyMap<string, string>;
  constructor(
    private readonly catalogue: Catalogue,
    private readonly powers: readonly PowerDigest[],
    private readonly locale: Locale,
    private readonly words: PortalWords,
    private readonly options: SiteOptions,
    private readonly chartsOf: (power: Power) => Promise<ReadonlyMap<Locale, { svg: string; steps: string }>>,
    private readonly citing: ReadonlyMap<string, readonly PowerDigest[]>,
  ) {
    const used = new Set(powers.map((power) => power.department));
    this.departmentsInUse = catalogue.departments.filter((department) => used.has(department.id));
    this.departmentNames = new Map(catalogue.departments.map((department) => [department.id, department.name]));
  }

  private label(vocabulary: 'category' | 'level' | 'target' | 'rightKind' | 'riskLevel', value: string): string {
    return labelOf(vocabulary, value, this.locale === 'en' ? 'en' : 'zh-Hans');
  }

  /** The lists of powers: all, then by category, department and level; `powers` is what each lists (undefined: all). */
  *lists(): Generator<{ path: string; powers: readonly PowerDigest[] | undefined; build: () => Page }> {
    yield { path: 'powers/', powers: undefined, build: () => this.powerList('powers/', this.words.allPowers, this.powers, true) };
    for (const category of categories.values) {
      const powers = this.powers.filter((power) => power.category === category);
      const path = `filters/category/${category}/`;
      if (powers.length > 0) yield { path, powers, build: () => this.powerList(path, this.label('category', category), powers, false) };
    }
    for (const department of this.departmentsInUse) {
      const powers = this.powers.filter((power) => power.department === department.id);
      const path = `filters/department/${urlSegment(department.id)}/`;
      yield { path, powers, build: () => this.powerList(path, department.name, powers, false) };
    }
    for (const level of levels.values) {
      const powers = this.powers.filter((power) => power.level.includes(level));
      const path = `filters/level/${level}/`;
      if (powers.length > 0) yield { path, powers, build: () => this.powerList(path, this.label('level', level), powers, false) };
    }
  }

  /** What the home page shows of the powers: their counts by category and department. */
  homeCounts(): string {
    const powers = this.powers;
    return JSON.stringify([categories.values.map((category) => powers.filter((power) => power.category === category).length), this.departmentsInUse.map((department) => [department.id, powers.filter((power) => power.department === department.id).length])]);
  }

  /**
   * The whole HTML document of a page; `file` is its path from the site root. Links in the body are
   * still placeholders (see `links`), so that a row of a list is the same text on every page.
   */
  layout(page: Page, file: string): string {
    const w = this.words;
    const root = upFrom(file);
    const here = root + languageRoots[this.locale];
    const menu: [Page['section'], string, string][] = [
      ['home', '', w.home],
      ['powers', 'powers/', w.powers],
      ['laws', 'laws/', w.laws],
      ['stats', 'stats/', w.stats],
      ['about', 'about/', w.about],
      ...(this.options.changes ? ([['changes', 'changes/', w.changes]] as [Page['section'], string, string][]) : []),
    ];
    const nav = menu.map(([section, path, text]) => `<li><a href="${a(here + path)}"${page.section === section ? ' aria-current="page"' : ''}>${e(text)}</a></li>`).join('');
    const langs = (Object.keys(languageRoots) as Locale[])
      .filter((locale) => (this.options.locales ?? ['zh-Hans', 'zh-Hant', 'en']).includes(locale))
      .map((locale) => `<li><a href="${a(root + languageRoots[locale] + page.path)}" hreflang="${a(locale)}" lang="${a(locale)}"${locale === this.locale ? ' aria-current="true"' : ''}>${e(languageNames[locale])}</a></li>`)
      .join('');
    const title = page.path === '' ? this.catalogue.title : `${page.title} - ${this.catalogue.title}`;
    return `<!DOCTYPE html>
<html lang="${a(this.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${a(contentSecurityPolicy)}">
<meta name="referrer" content="same-origin">
<title>${e(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${a(root)}assets/site.css">
<script src="${a(root)}assets/site.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${e(w.skip)}</a>
<header class="site">
<a class="brand" href="${a(here)}">${e(this.catalogue.title)}</a>
<nav class="main" aria-label="${a(w.home)}"><ul>${nav}</ul></nav>
<nav class="langs" aria-label="${a(w.languages)}"><ul>${langs}</ul></nav>
</header>
<main id="main">
${page.body}
</main>
<footer class="site"><p>${e(this.catalogue.authority)} · ${e(w.edition)}${e(w.colon)}${e(this.catalogue.edition)} · ${e(w.generatedBy)}</p></footer>
</body>
</html>
`;
  }

  home(): Page {
    const w = this.words;
    const c = this.catalogue;
    const byCategory = categories.values
      .map((category) => [category, this.powers.filter((power) => power.category === category).length] as const)
      .filter(([, n]) => n > 0)
      .map(([category, n]) => `<li><a href="${HERE}filters/category/${category}/">${e(this.label('category', category))}</a> ${n}</li>`)
      .join('');
    const byDepartment = this.departmentsInUse
      .map((department) => `<li><a href="${HERE}filters/department/${a(urlSegment(department.id))}/">${e(department.name)}</a> ${this.powers.filter((power) => power.department === department.id).length}</li>`)
      .join('');
    const body = `<h1>${e(c.title)}</h1>
<dl class="meta"><dt>${e(w.authority)}</dt><dd>${e(c.authority)}</dd><dt>${e(w.edition)}</dt><dd>${e(c.edition)}</dd>${c.effective ? `<dt>${e(w.effective)}</dt><dd>${e(c.effective)}</dd>` : ''}</dl>
${c.description ? `<p>${e(c.description)}</p>` : ''}
<form class="search-home" action="${HERE}powers/" method="get" role="search"><label for="home-q">${e(w.search)}</label><input id="home-q" name="q" type="search" placeholder="${a(w.searchHint)}"><button type="submit">${e(w.search)}</button></form>
<p><a href="${HERE}powers/">${e(fillWords(w.powerCount, { n: this.powers.length }))}</a></p>
<h2>${e(w.byCategory)}</h2><ul class="counts">${byCategory}</ul>
<h2>${e(w.byDepartment)}</h2><ul class="counts">${byDepartment}</ul>
${this.downloads()}`;
    return { path: '', title: c.title, body, section: 'home' };
  }

  private downloads(power?: Power): string {
    const w = this.words;
    const whole = `<li><a href="${ROOT}downloads/catalogue.xlsx">XLSX</a></li><li><a href="${ROOT}downloads/catalogue.csv">CSV</a></li><li><a href="${ROOT}downloads/catalogue.json">JSON</a></li>${(this.options.sources ?? []).length > 0 ? `<li><a href="${ROOT}downloads/source/${a((this.options.sources ?? [])[0]!.path.split('/').map(urlSegment).join('/'))}">${e(w.yamlSources)}</a></li>` : ''}`;
    let out = `<section class="downloads"><h2>${e(w.downloads)}</h2>`;
    if (power !== undefined) {
      const base = `${ROOT}${powerPath(power.code)}${a(urlSegment(power.code))}`;
      const yaml = this.options.powerSources?.has(power.code) ? `<li><a href="${base}.yaml">YAML</a></li>` : '';
      out += `<p>${e(w.thisPower)}</p><ul><li><a href="${base}.xlsx">XLSX</a></li><li><a href="${base}.csv">CSV</a></li><li><a href="${base}.json">JSON</a></li>${yaml}<li><a href="${ROOT}${powerPath(power.code)}flow.svg">SVG</a></li></ul><p>${e(w.wholeCatalogue)}</p>`;
    }
    return out + `<ul>${whole}</ul></section>`;
  }

  private powerRows(powers: readonly PowerDigest[]): string {
    return powers
      .map(
        (power) =>
          powerRow(power, this.departmentNames.get(power.department) ?? power.department, this.locale === 'en' ? 'en' : 'zh-Hans', this.words),
      )
      .join('\n');
  }

  private powerList(path: string, title: string, powers: readonly PowerDigest[], withFilter: boolean): Page {
    const w = this.words;
    const option = (value: string, text: string) => `<option value="${a(value)}">${e(text)}</option>`;
    const filter = withFilter
      ? `<form id="power-filter" class="filter" role="search" hidden data-index="${HERE}search-index.json" data-shown="${a(w.shown)}">
<div><label for="f-q">${e(w.search)}</label><input id="f-q" name="q" type="search" placeholder="${a(w.searchHint)}"></div>
<div><label for="f-department">${e(w.department)}</label><select id="f-department" name="department">${option('', w.any)}${this.departmentsInUse.map((department) => option(department.id, department.name)).join('')}</select></div>
<div><label for="f-category">${e(w.category)}</label><select id="f-category" name="category">${option('', w.any)}${categories.values.filter((category) => powers.some((power) => power.category === category)).map((category) => option(category, this.label('category', category))).join('')}</select></div>
<div><label for="f-level">${e(w.level)}</label><select id="f-level" name="level">${option('', w.any)}${levels.values.filter((level) => powers.some((power) => power.level.includes(level))).map((level) => option(level, this.label('level', level))).join('')}</select></div>
</form>
<p id="power-count" aria-live="polite">${e(fillWords(w.shown, { n: powers.length, total: powers.length }))}</p>
<p id="power-empty" hidden>${e(w.noMatch)}</p>`
      : '';
    const browse = (label: string, items: readonly [string, string][]) => `<h3>${e(label)}</h3><ul class="counts">${items.map(([href, text]) => `<li><a href="${HERE}${a(href)}">${e(text)}</a></li>`).join('')}</ul>`;
    const nav = withFilter
      ? `<nav aria-label="${a(w.filterPages)}"><h2>${e(w.filterPages)}</h2>${browse(
          w.byCategory,
          categories.values.filter((category) => powers.some((power) => power.category === category)).map((category) => [`filters/category/${category}/`, this.label('category', category)]),
        )}${browse(w.byDepartment, this.departmentsInUse.map((department) => [`filters/department/${urlSegment(department.id)}/`, department.name]))}${browse(
          w.byLevel,
          levels.values.filter((level) => powers.some((power) => power.level.includes(level))).map((level) => [`filters/level/${level}/`, this.label('level', level)]),
        )}</nav>`
      : `<p><a href="${HERE}powers/">${e(w.allPowers)}</a></p>`;
    const body = `<h1>${e(title)}</h1>
${filter}
<table id="power-list" class="list"><thead><tr><th scope="col">${e(w.code)}</th><th scope="col">${e(w.name)}</th><th scope="col">${e(w.category)}</th><th scope="col">${e(w.department)}</th><th scope="col">${e(w.level)}</th></tr></thead>
<tbody>
${this.powerRows(powers)}
</tbody></table>
${nav}`;
    return { path, title, body, section: 'powers' };
  }

  private refs(refs: readonly LawRef[]): string {
    if (refs.length === 0) return e(this.words.none);
    return `<ul class="plain">${refs
      .map((ref) => {
        const note = ref.note ? `（${e(ref.note)}）` : '';
        const text = ref.text ? `<blockquote>${e(ref.text)}</blockquote>` : '';
        return `<li><a href="${HERE}${a(lawPath(ref.law.id))}">${e(citation(ref, this.locale === 'en' ? 'en' : 'zh-Hans'))}</a>${note}${text}</li>`;
      })
      .join('')}</ul>`;
  }

  private period(period: Period | undefined, category: Power['category']): string {
    if (period === undefined) return e(this.words.none);
    const basis = period.basis.length > 0 ? `<br><span class="label">${e(this.words.basis)}${e(this.words.colon)}</span>${e(period.basis.map((ref) => citation(ref)).join(this.words.list))}` : '';
    return `${e(formatPeriod(period, category))}${period.note ? `（${e(period.note)}）` : ''}${basis}`;
  }

  async powerPage(power: Power): Promise<Page> {
    const w = this.words;
    const states = allStatesOf(power.flow.states);
    const list = (items: readonly string[]) => (items.length === 0 ? e(w.none) : `<ul class="plain">${items.map((item) => `<li>${item}</li>`).join('')}</ul>`);
    const cite = (refs: readonly LawRef[]) => (refs.length > 0 ? `（${e(refs.map((ref) => citation(ref)).join(w.list))}）` : '');
    const department = power.department;
    const departmentLine = [department.name, department.phone ? `${w.phone}${w.colon}${department.phone}` : undefined, department.address].filter((part) => part !== undefined).join(' · ');
    const website = department.website !== undefined ? safeUrl(department.website) : undefined;
    const rows: [string, string][] = [
      [w.code, e(power.code)],
      [w.name, e(power.name)],
      [w.category, e(this.label('category', power.category))],
      [w.department, e(departmentLine) + (website ? ` <a href="${a(website)}" rel="external">${e(department.website!)}</a>` : '')],
      [w.unit, e(power.unit ?? w.none)],
      [w.level, e(power.level.map((level) => this.label('level', level)).join(w.list) || w.none)],
      [w.targets, e(power.targets.map((target) => this.label('target', target)).join(w.list) || w.none)],
      [w.establishing, this.refs(power.basis.filter((ref) => ref.role === 'establishing'))],
      [w.implementing, this.refs(power.basis.filter((ref) => ref.role !== 'establishing'))],
      [w.conditions, e(power.conditions ?? w.none)],
      [w.materials, list(power.materials.map(e))],
      [w.statutory, this.period(power.limits.statutory, power.category)],
      [w.promised, this.period(power.limits.promised, power.category) + (power.limits.note ? `<br>${e(power.limits.note)}` : '')],
      [w.fees, power.fees.length === 0 ? e(w.noFee) : list(power.fees.map((fee) => `${e(fee.item)}${e(w.colon)}${e(fee.standard)}${cite(fee.basis)}`))],
      [
        w.rights,
        list(
          power.rights.map((right) => {
            const within = right.within ? `${e(w.colon)}${e(formatPeriod(right.within, 'other'))}${right.within.note ? `（${e(right.within.note)}）` : ''}` : '';
            return `${e(this.label('rightKind', right.kind))}${within}${right.text ? ` — ${e(right.text)}` : ''}${cite(right.basis)}`;
          }),
        ),
      ],
      [w.duties, list(states.flatMap((state) => state.duties.map((duty) => `<span class="label">${e(state.name)}${e(w.colon)}</span>${e(duty)}`)))],
      [w.accountability, list(power.accountability.map((item) => `${e(item.text)}${cite(item.basis)}`))],
      [
        w.risks,
        list(
          states.flatMap((state) =>
            state.risk
              ? [
                  `<span class="label">${e(state.name)}${e(w.colon)}</span><span class="badge risk-${a(state.risk.level)}">${e(fillWords(this.locale === 'en' ? '{level} risk' : '{level}风险', { level: this.label('riskLevel', state.risk.level) }))}</span> ${e(state.risk.text)}<br>${e(w.controls)}${e(w.colon)}${e(state.risk.controls.join('；'))}${state.risk.owner ? `<br>${e(w.owner)}${e(w.colon)}${e(state.risk.owner)}` : ''}`,
                ]
              : [],
          ),
        ),
      ],
      [w.discretion, list(power.discretion.map((item) => `${e(item.circumstance)}${e(w.colon)}${e(item.range)}${cite(item.basis)}`))],
      [
        w.supervision,
        power.supervision
          ? list(
              [
                power.supervision.phone !== undefined ? `${e(w.phone)}${e(w.colon)}${e(power.supervision.phone)}` : undefined,
                power.supervision.email !== undefined ? `${e(w.email)}${e(w.colon)}${e(power.supervision.email)}` : undefined,
                power.supervision.address !== undefined ? `${e(w.address)}${e(w.colon)}${e(power.supervision.address)}` : undefined,
                power.supervision.channels.length > 0 ? `${e(w.channels)}${e(w.colon)}${e(power.supervision.channels.join(w.list))}` : undefined,
                power.supervision.text !== undefined ? e(power.supervision.text) : undefined,
              ].filter((item): item is string => item !== undefined),
            )
          : e(w.none),
      ],
      [w.publicity, e(power.publicity.join(w.list) || w.none)],
      [w.clocks, list(power.clocks.map((clock) => `${e(clock.name)}${e(w.colon)}${e(formatPeriod(clock, power.category))}${clock.note ? `（${e(clock.note)}）` : ''}`))],
      [w.remarks, e(power.remarks || w.none)],
    ];
    const chart = (await this.chartsOf(power)).get(this.locale)!;
    const body = `<article class="power">
<h1>${e(power.name)}</h1>
<p class="meta">${e(power.code)} · ${e(this.label('category', power.category))} · ${e(department.name)}</p>
<table class="fields"><tbody>
${rows.map(([label, value]) => `<tr><th scope="row">${e(label)}</th><td>${value}</td></tr>`).join('\n')}
</tbody></table>
<h2 id="flow">${e(w.flow)}</h2>
<figure class="chart">${chart.svg}<figcaption>${e(power.flow.description ?? '')}</figcaption></figure>
<h2 id="steps">${e(w.flowSteps)}</h2>
${chart.steps}
</article>
${this.downloads(power)}`;
    return { path: powerPath(power.code), title: power.name, body, section: 'powers' };
  }

  lawList(): Page {
    const w = this.words;
    const items = this.catalogue.laws.map((law) => `<li><a href="${HERE}${a(lawPath(law.id))}">${e(law.title)}</a>${law.issuer ? ` <span class="meta">${e(law.issuer)}</span>` : ''}</li>`).join('');
    return { path: 'laws/', title: w.laws, body: `<h1>${e(w.laws)}</h1><ul>${items}</ul>`, section: 'laws' };
  }

  lawPage(law: Catalogue['laws'][number]): Page {
    const w = this.words;
    const citing = this.citing.get(law.id) ?? [];
    const url = law.url !== undefined ? safeUrl(law.url) : undefined;
    const articles = Object.entries(law.articles)
      .sort(([x], [y]) => x.localeCompare(y, 'en', { numeric: true }))
      .map(([number, text]) => `<dt id="art-${a(number.replace(/[^0-9A-Za-z.-]/g, '_'))}">${e(this.locale === 'en' ? `Art. ${number}` : `第${number}条`)}</dt><dd><blockquote>${e(text)}</blockquote></dd>`)
      .join('');
    const body = `<h1>${e(law.title)}</h1>
<dl class="meta">${law.issuer ? `<dt>${e(w.issuer)}</dt><dd>${e(law.issuer)}</dd>` : ''}${law.version ? `<dt>${e(w.version)}</dt><dd>${e(law.version)}</dd>` : ''}${law.effective ? `<dt>${e(w.effective)}</dt><dd>${e(law.effective)}</dd>` : ''}${url ? `<dt>${e(w.source)}</dt><dd><a href="${a(url)}" rel="external">${e(law.url!)}</a></dd>` : ''}</dl>
<h2>${e(w.citedBy)}</h2>
${citing.length === 0 ? `<p>${e(w.none)}</p>` : `<ul>\n${citing.map(citingLine).join('\n')}\n</ul>`}
${articles ? `<h2>${e(w.articles)}</h2><dl>${articles}</dl>` : ''}`;
    return { path: lawPath(law.id), title: law.title, body, section: 'laws' };
  }

  stats(): Page {
    const w = this.words;
    const powers = this.powers;
    const table = (label: string, rows: readonly [string, number][]) =>
      `<h2>${e(label)}</h2><table class="list"><thead><tr><th scope="col">${e(label)}</th><th scope="col">${e(w.count)}</th></tr></thead><tbody>${rows.map(([name, n]) => `<tr><td>${e(name)}</td><td>${n}</td></tr>`).join('')}</tbody></table>`;
    const states = powers.reduce((sum, power) => sum + power.states, 0);
    const risks = powers.flatMap((power) => power.risks);
    const body = `<h1>${e(w.statsTitle)}</h1>
<ul class="counts"><li>${e(fillWords(w.powerCount, { n: powers.length }))}</li><li>${e(w.withCheckpoint)}${e(w.colon)}${powers.filter((power) => power.checkpoint).length}</li><li>${e(w.riskPoints)}${e(w.colon)}${risks.length}（${e(w.highRisk)} ${risks.filter((level) => level === 'high').length}）</li><li>${e(w.stepsTotal)}${e(w.colon)}${states}</li></ul>
${table(w.byCategory, categories.values.map((category) => [this.label('category', category), powers.filter((power) => power.category === category).length] as [string, number]).filter(([, n]) => n > 0))}
${table(w.byDepartment, this.departmentsInUse.map((department) => [department.name, powers.filter((power) => power.department === department.id).length] as [string, number]))}
${table(w.byLevel, levels.values.map((level) => [this.label('level', level), powers.filter((power) => power.level.includes(level)).length] as [string, number]).filter(([, n]) => n > 0))}`;
    return { path: 'stats/', title: w.statsTitle, body, section: 'stats' };
  }

  about(): Page {
    const w = this.words;
    const body = `<h1>${e(w.aboutTitle)}</h1><p>${e(w.aboutText)}</p><p>${e(w.aboutData)}</p><p>${e(w.aboutLanguages)}</p>${this.catalogue.description ? `<p>${e(this.catalogue.description)}</p>` : ''}${this.downloads()}`;
    return { path: 'about/', title: w.aboutTitle, body, section: 'about' };
  }

  changes(diff: CatalogueDiff, edition: string): Page {
    const w = this.words;
    const mention = (item: { code: string; name: string }, link: boolean) =>
      `<li>${link ? `<a href="${HERE}${a(powerPath(item.code))}">${e(item.name)}</a>` : e(item.name)} <span class="meta">${e(item.code)}</span></li>`;
    const changed = diff.changed
      .map(
        (change) =>
          `<h3><a href="${HERE}${a(powerPath(change.code))}">${e(change.name)}</a> <span class="meta">${e(change.code)}</span></h3><table class="change"><thead><tr><th scope="col">${e(w.field)}</th><th scope="col">${e(w.before)}</th><th scope="col">${e(w.after)}</th></tr></thead><tbody>${change.fields
            .map((field) => `<tr><th scope="row">${e(field.field)}</th><td><del>${e(field.before || w.none)}</del></td><td><ins>${e(field.after || w.none)}</ins></td></tr>`)
            .join('')}</tbody></table>`,
      )
      .join('');
    const empty = diff.added.length + diff.removed.length + diff.changed.length === 0;
    const body = `<h1>${e(w.changesTitle)}</h1>
<p>${e(fillWords(w.comparedWith, { edition }))}。${e(w.revise)}</p>
${empty ? `<p>${e(w.noChanges)}</p>` : ''}
<h2>${e(w.added)}（${diff.added.length}）</h2><ul>${diff.added.map((item) => mention(item, true)).join('')}</ul>
<h2>${e(w.removed)}（${diff.removed.length}）</h2><ul>${diff.removed.map((item) => mention(item, false)).join('')}</ul>
<h2>${e(w.changed)}（${diff.changed.length}）</h2>${changed}
<p class="meta">${e(fillWords(w.unchanged, { n: diff.unchanged }))}</p>`;
    return { path: 'changes/', title: w.changesTitle, body, section: 'changes' };
  }
}

function allStatesOf(states: readonly Power['flow']['states'][number][]): Power['flow']['states'][number][] {
  return states.flatMap((state) => [state, ...allStatesOf(state.states)]);
}
