/**
 * `sunlit publish` (the public site of a catalogue, written to a temporary folder and renamed into
 * place only when complete) and `sunlit diff` (what changed between two editions, field by field).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { diffRecords, powerRecord, printable, type Catalogue, type CatalogueDiff, type Locale, type PowerRecord } from '@sunlit/core';
import { InputError, resolveEntry } from '@sunlit/core/node';
import { buildSite, recordsOfPublished, type SourceFile } from '@sunlit/portal';
import type { ChartLayout, LayoutCache } from '@sunlit/render';
import type { PublishDictionary } from './messages/publish-dictionary.js';
import { publishEn } from './messages/publish-en.js';
import { publishZhHans } from './messages/publish-zh-Hans.js';
import { publishZhHant } from './messages/publish-zh-Hant.js';
import { fill, loadCatalogueOrReport, UsageError, type Format, type Output } from './report.js';

const dictionaries: Record<Locale, PublishDictionary> = { 'zh-Hans': publishZhHans, 'zh-Hant': publishZhHant, en: publishEn };

/** The file that marks a folder as a site Sunlit published, and keeps its chart layouts for the next run. */
export const siteMarker = '.sunlit-site.json';

/** What publish and diff read from the command line. */
export interface PublishOptions {
  readonly format: Format;
  readonly locale: Locale;
  readonly out?: string;
  readonly previous?: string;
}

/** Loads a catalogue; its problems end the command (exit 1). */
function loadChecked(path: string, options: PublishOptions, output: Output): Promise<Catalogue | number> {
  return loadCatalogueOrReport(path, options.format, options.locale, output, dictionaries[options.locale].catalogueErrors);
}

/** An edition to compare: a published site's records, or a catalogue's. */
interface Edition {
  readonly title: string;
  readonly edition: string;
  readonly records: readonly PowerRecord[];
}

/** Reads an edition from a folder published by Sunlit or from a catalogue; undefined when neither. */
async function readEdition(path: string, options: PublishOptions, output: Output): Promise<Edition | number | undefined> {
  const json = join(path, 'downloads', 'catalogue.json');
  if (existsSync(json)) {
    try {
      const parsed: unknown = JSON.parse(await readFile(json, 'utf8'));
      const published = recordsOfPublished(parsed);
      const title = (parsed as { title?: unknown }).title;
      if (published !== undefined) return { title: typeof title === 'string' ? title : path, edition: published.edition, records: published.records };
    } catch {
      return undefined;
    }
    return undefined;
  }
  try {
    const catalogue = await loadChecked(path, options, output);
    if (typeof catalogue === 'number') return catalogue;
    return { title: catalogue.title, edition: catalogue.edition, records: catalogue.powers.map(powerRecord) };
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/** The YAML sources of a catalogue: its entry file and every power file, relative to the entry's folder. */
async function sourcesOf(catalogue: Catalogue, entry: string): Promise<{ sources: SourceFile[]; powerSources: Map<string, string> }> {
  const folder = dirname(resolve(entry));
  const relativeOf = (file: string) => {
    const path = relative(folder, resolve(file));
    return path.startsWith('..') || path === '' ? undefined : path.split(sep).join('/');
  };
  const files = new Map<string, string>();
  const add = async (file: string) => {
    const path = relativeOf(file);
    if (path !== undefined && !files.has(path)) files.set(path, await readFile(resolve(file), 'utf8'));
    return path;
  };
  const powerSources = new Map<string, string>();
  await add(catalogue.source.file);
  for (const power of catalogue.powers) {
    const path = await add(power.source.file);
    // A power written in its own file is offered alone; one written in the entry file is not.
    if (path !== undefined && resolve(power.source.file) !== resolve(catalogue.source.file)) powerSources.set(power.code, path);
  }
  return { sources: [...files].map(([path, text]) => ({ path, text })), powerSources };
}

/** A layout cache kept in the site's marker file; only the layouts used by this run are written back. */
class FileLayoutCache implements LayoutCache {
  laid = 0;
  cached = 0;
  readonly used = new Map<string, ChartLayout>();
  constructor(private readonly previous: ReadonlyMap<string, ChartLayout>) {}
  get(key: string): ChartLayout | undefined {
    const layout = this.used.get(key) ?? this.previous.get(key);
    if (layout !== undefined) {
      if (!this.used.has(key)) this.cached++;
      this.used.set(key, layout);
    }
    return layout;
  }
  set(key: string, layout: ChartLayout): void {
    this.laid++;
    this.used.set(key, layout);
  }
}

async function readMarker(out: string): Promise<Map<string, ChartLayout> | undefined> {
  try {
    const parsed = JSON.parse(await readFile(join(out, siteMarker), 'utf8')) as { generator?: unknown; layouts?: Record<string, ChartLayout> };
    if (parsed.generator !== 'sunlit') return undefined;
    return new Map(Object.entries(parsed.layouts ?? {}));
  } catch {
    return undefined;
  }
}

/** `sunlit publish <catalogue> --out <dir> [--previous <dir>]`. */
export async function publish(paths: readonly string[], options: PublishOptions, output: Output): Promise<number> {
  const text = dictionaries[options.locale];
  if (paths.length !== 1) throw new UsageError(text.publishUsage);
  if (options.out === undefined || options.out === '') throw new UsageError(text.outMissing);
  const started = performance.now();
  const out = resolve(options.out);
  const input = paths[0]!;
  const entry = await resolveEntry(input);

  // An existing folder is replaced only when it is a site Sunlit published (or empty).
  let previousLayouts = new Map<string, ChartLayout>();
  if (existsSync(out)) {
    const isFolder = (await stat(out)).isDirectory();
    const marker = isFolder ? await readMarker(out) : undefined;
    if (marker === undefined && (!isFolder || (await readdir(out)).length > 0)) {
      output.stderr(fill(text.outNotSite, { value: printable(options.out, Infinity) }) + '\n');
      return 2;
    }
    previousLayouts = marker ?? previousLayouts;
  }

  const catalogue = await loadChecked(input, options, output);
  if (typeof catalogue === 'number') return catalogue;

  let changes: { diff: CatalogueDiff; edition: string } | undefined;
  if (options.previous !== undefined) {
    const previous = await readEdition(options.previous, { ...options, format: options.format }, output);
    if (typeof previous === 'number') return previous;
    if (previous === undefined) {
      output.stderr(fill(text.previousUnreadable, { value: printable(options.previous, Infinity) }) + '\n');
      return 2;
    }
    changes = { diff: diffRecords(previous.records, catalogue.powers.map(powerRecord)), edition: previous.edition };
  }

  const cache = new FileLayoutCache(previousLayouts);
  const { sources, powerSources } = await sourcesOf(catalogue, entry);
  const files = await buildSite(catalogue, { sources, powerSources, cache, ...(changes && { changes }) });
  const layouts = Object.fromEntries([...cache.used].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  files.push({ path: siteMarker, content: JSON.stringify({ generator: 'sunlit', layouts }) + '\n' });

  // Write everything to a sibling temporary folder, then swap it in with renames.
  const temporary = `${out}.publishing-${process.pid}`;
  const old = `${out}.old-${process.pid}`;
  await rm(temporary, { recursive: true, force: true });
  try {
    for (const file of files) {
      const target = join(temporary, ...file.path.split('/'));
      if (!resolve(target).startsWith(resolve(temporary) + sep)) throw new Error(`unsafe path in site: ${file.path}`);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
    if (existsSync(out)) await rename(out, old);
    await rename(temporary, out);
    await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    if (!existsSync(out) && existsSync(old)) await rename(old, out);
    throw error;
  }

  const pages = files.filter((file) => file.path.endsWith('.html')).length;
  const index = join(options.out, 'index.html');
  if (options.format === 'json') {
    const summary = {
      ok: true,
      out: options.out,
      index,
      powers: catalogue.powers.length,
      pages,
      files: files.length,
      laid: cache.laid,
      cached: cache.cached,
      ...(changes && { changes: changes.diff }),
    };
    output.stdout(JSON.stringify(summary, null, 2) + '\n');
    return 0;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  output.stdout(
    fill(text.published, {
      title: printable(catalogue.title),
      edition: printable(catalogue.edition),
      powers: catalogue.powers.length,
      pages,
      files: files.length,
      out: printable(options.out, Infinity),
      seconds,
      laid: cache.laid,
      cached: cache.cached,
    }) + '\n',
  );
  if (changes) {
    const { diff, edition } = changes;
    output.stdout(fill(text.changes, { edition: printable(edition), added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, page: printable(join(options.out, 'changes', 'index.html'), Infinity) }) + '\n');
  }
  output.stdout(fill(text.open, { index: printable(index, Infinity) }) + '\n');
  return 0;
}

/** `sunlit diff <old> <new>`: powers added, removed and changed field by field. */
export async function diff(paths: readonly string[], options: PublishOptions, output: Output): Promise<number> {
  const text = dictionaries[options.locale];
  if (paths.length !== 2) throw new UsageError(text.diffUsage);
  const editions: Edition[] = [];
  for (const path of paths) {
    const edition = await readEdition(path, options, output);
    if (typeof edition === 'number') return edition;
    if (edition === undefined) throw new InputError('not-found', path);
    editions.push(edition);
  }
  const [before, after] = editions as [Edition, Edition];
  const result = diffRecords(before.records, after.records);
  if (options.format === 'json') {
    output.stdout(JSON.stringify({ old: { title: before.title, edition: before.edition }, new: { title: after.title, edition: after.edition }, ...result }, null, 2) + '\n');
    return 0;
  }
  const lines: string[] = [fill(text.diffHeader, { old: printable(before.title), oldEdition: printable(before.edition), new: printable(after.title), newEdition: printable(after.edition) })];
  const mention = (item: { code: string; name: string }) => `  ${printable(item.code)} ${printable(item.name)}`;
  if (result.added.length > 0) lines.push(fill(text.added, { n: result.added.length }), ...result.added.map(mention));
  if (result.removed.length > 0) lines.push(fill(text.removed, { n: result.removed.length }), ...result.removed.map(mention));
  if (result.changed.length > 0) {
    lines.push(fill(text.changed, { n: result.changed.length }));
    for (const change of result.changed) {
      lines.push(mention(change));
      for (const field of change.fields) {
        const shown = (value: string) => (value === '' ? text.empty : printable(value.replace(/\n/g, ' / '), 60));
        lines.push('    ' + fill(text.fieldChanged, { field: field.field, before: shown(field.before), after: shown(field.after) }));
      }
    }
  }
  lines.push(result.added.length + result.removed.length + result.changed.length === 0 ? text.nothing : fill(text.unchanged, { n: result.unchanged }));
  output.stdout(lines.join('\n') + '\n');
  return 0;
}
