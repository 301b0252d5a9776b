/**
 * `sunlit publish` (the public site of a catalogue, written to a temporary folder and renamed into
 * place only when complete) and `sunlit diff` (what changed between two editions, field by field).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { diffRecords, powerRecord, printable, type Catalogue, type CatalogueDiff, type Locale, type Power, type PowerRecord } from '@sunlit/core';
import { InputError, loadCatalogueFromPath, resolveEntry } from '@sunlit/core/node';
import { powerDigest, PowerNotLoaded, recordsOfPublished, siteEntries, type PowerDigest, type SourceFile } from '@sunlit/portal';
import { contentHash, type ChartLayout, type LayoutCache } from '@sunlit/render';
import type { PublishDictionary } from './messages/publish-dictionary.js';
import { publishEn } from './messages/publish-en.js';
import { publishZhHans } from './messages/publish-zh-Hans.js';
import { publishZhHant } from './messages/publish-zh-Hant.js';
import { cacheFile, cacheKey, cacheText, fileHash, readCache, type CachedFile } from './publish-cache.js';
import { previousSuffix, SiteTree } from './publish-tree.js';
import { checkedOrReport, fill, loadCatalogueOrReport, UsageError, type Format, type Output } from './report.js';

const dictionaries: Record<Locale, PublishDictionary> = { 'zh-Hans': publishZhHans, 'zh-Hant': publishZhHant, en: publishEn };

/** The file that marks a folder as a site Sunlit published, and keeps what each of its files was made from for the next run. */
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

/** Counts layouts made and layouts found in the content cache (identical flows are laid out once per run). */
class CountingLayoutCache implements LayoutCache {
  laid = 0;
  cached = 0;
  private readonly layouts = new Map<string, ChartLayout>();
  get(key: string): ChartLayout | undefined {
    const layout = this.layouts.get(key);
    if (layout !== undefined) this.cached++;
    return layout;
  }
  set(key: string, layout: ChartLayout): void {
    this.laid++;
    this.layouts.set(key, layout);
  }
}

/** The marker of a site Sunlit published: what each file was made from (a key per path), for the next run. */
interface Marker {
  readonly files: ReadonlyMap<string, string>;
}

async function readMarker(out: string): Promise<Marker | undefined> {
  try {
    const parsed = JSON.parse(await readFile(join(out, siteMarker), 'utf8')) as { generator?: unknown; files?: unknown };
    if (parsed.generator !== 'sunlit') return undefined;
    const files = new Map<string, string>();
    if (parsed.files !== null && typeof parsed.files === 'object') {
      for (const [path, key] of Object.entries(parsed.files as Record<string, unknown>)) if (typeof key === 'string') files.set(path, key);
    }
    return { files };
  } catch {
    return undefined;
  }
}

/** The code that makes the site: a new version of it (even unreleased) makes every file again. */
let generatorFingerprint: string | undefined;
const requireHere = createRequire(import.meta.url);
async function generator(): Promise<string> {
  if (generatorFingerprint !== undefined) return generatorFingerprint;
  const parts: string[] = [];
  for (const specifier of ['@sunlit/portal', '@sunlit/render', '@sunlit/core', '@sunlit/core/spreadsheet']) {
    const folder = dirname(requireHere.resolve(specifier));
    for (const name of (await readdir(folder)).filter((file) => file.endsWith('.js')).sort()) parts.push(name, await readFile(join(folder, name), 'utf8'));
  }
  // This command's own code, and the cache's (every module beside it).
  const here = dirname(fileURLToPath(import.meta.url));
  for (const name of (await readdir(here)).filter((file) => file.endsWith('.js')).sort()) parts.push(name, await readFile(join(here, name), 'utf8'));
  // The converter's dictionaries are data, not code of ours: its version counts too.
  try {
    const main = createRequire(requireHere.resolve('@sunlit/portal')).resolve('opencc-js');
    const folder = main.slice(0, main.lastIndexOf(`${sep}opencc-js${sep}`) + `${sep}opencc-js${sep}`.length);
    parts.push(await readFile(join(folder, 'package.json'), 'utf8'));
  } catch {
    parts.push('opencc-js: unknown');
  }
  generatorFingerprint = contentHash(parts.join('\u0000'));
  return generatorFingerprint;
}

/**
 * What an interrupted publish (killed, power cut) left next to the site: its temporary folder is
 * removed; a site it had moved aside but not yet replaced is put back. Only folders of processes that
 * no longer run are touched.
 */
async function clearInterrupted(out: string): Promise<void> {
  const parent = dirname(out);
  const name = basename(out);
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(publishing|old)-(\\d+)$`);
  let siblings: string[] = [];
  try {
    siblings = await readdir(parent);
  } catch {
    return;
  }
  for (const sibling of siblings.sort()) {
    const match = pattern.exec(sibling);
    if (match === null || Number(match[2]) === process.pid || running(Number(match[2]))) continue;
    const path = join(parent, sibling);
    if (match[1] === 'old' && !existsSync(out)) await rename(path, out);
    else await rm(path, { recursive: true, force: true });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What one publish made: counts for the summary, and the catalogue's title and edition. */
interface PublishRun {
  /** Files of the site, the marker included. */
  readonly files: number;
  readonly pages: number;
  /** Files not made again: kept in the recycled tree, or linked or copied from the previous site. */
  readonly reused: number;
  readonly powers: number;
  /** Powers loaded and validated (the others came from the cache). */
  readonly loaded: number;
  readonly laid: number;
  readonly cached: number;
  readonly title: string;
  readonly edition: string;
  readonly changes?: { readonly diff: CatalogueDiff; readonly edition: string };
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

  await clearInterrupted(out);
  // An existing folder is replaced only when it is a site Sunlit published (or empty).
  let previousFiles: ReadonlyMap<string, string> = new Map();
  if (existsSync(out)) {
    const isFolder = (await stat(out)).isDirectory();
    const marker = isFolder ? await readMarker(out) : undefined;
    if (marker === undefined && (!isFolder || (await readdir(out)).length > 0)) {
      output.stderr(fill(text.outNotSite, { value: printable(options.out, Infinity) }) + '\n');
      return 2;
    }
    previousFiles = marker?.files ?? previousFiles;
  }

  // What everything is made from: the generator and the entry file, then each power file.
  const folder = dirname(resolve(entry));
  const relativeOf = (file: string) => {
    const path = relative(folder, resolve(file));
    return path.startsWith('..') || path === '' ? undefined : path.split(sep).join('/');
  };
  const entryPath = relativeOf(entry) ?? basename(entry);
  const entryText = await readFile(entry, 'utf8').catch(() => '');
  const catalogueKey = cacheKey(await generator(), entryPath, entryText);
  const cached = previousFiles.size > 0 ? await readCache(out, catalogueKey) : undefined;
  const spare = `${out}${previousSuffix}`;

  // A cache that turns out to lack something (a file of an unchanged power gone from the previous
  // sites) is dropped and everything loaded, as in a first publish.
  let result: PublishRun | number;
  try {
    result = await publishWith(cached);
  } catch (error) {
    if (!(error instanceof PowerNotLoaded) || cached === undefined) throw error;
    result = await publishWith(undefined);
  }
  if (typeof result === 'number') return result;
  const { pages, reused, changes } = result;

  /** Loads (the files `cache` does not answer for), makes and writes the site; a number is the exit code of a failure already reported. */
  async function publishWith(cache: ReadonlyMap<string, CachedFile> | undefined): Promise<PublishRun | number> {
    // Power files whose hash is the one cached are not loaded again: their digests stand in for them.
    const texts = new Map<string, string>();
    const hashes = new Map<string, string>();
    const loaded = await loadCatalogueFromPath(input, {
      locale: options.locale,
      known: (file, text) => {
        const path = relativeOf(file);
        if (path === undefined) return undefined;
        texts.set(path, text);
        const hash = fileHash(path, text);
        hashes.set(path, hash);
        if (cache === undefined) return undefined;
        const hit = cache.get(path);
        return hit?.hash === hash ? { code: hit.digest.code, category: hit.digest.category } : undefined;
      },
    });
    const catalogue = checkedOrReport(loaded, input, options.format, options.locale, output, text.catalogueErrors);
    if (typeof catalogue === 'number') return catalogue;

    // Every power in the catalogue's order, as digests: inline powers, then the power files.
    const known = new Set(loaded.known ?? []);
    const fileOf = new Map<string, string>();
    const byFile = new Map<string, Power>();
    const digests: PowerDigest[] = [];
    // zh-Hant conversions of this run, shared by the digests and the pages.
    const conversions = new Map<string, string>();
    const kept = new Map<string, CachedFile>();
    for (const power of catalogue.powers) {
      if (resolve(power.source.file) === resolve(entry)) digests.push(powerDigest(power, conversions));
      else byFile.set(resolve(power.source.file), power);
    }
    const sources: SourceFile[] = [{ path: entryPath, text: entryText }];
    const powerSources = new Map<string, string>();
    for (const file of loaded.files.slice(1)) {
      const path = relativeOf(file);
      const power = byFile.get(resolve(file));
      const hit = path === undefined ? undefined : cache?.get(path);
      const digest = known.has(file) ? hit?.digest : power === undefined ? undefined : powerDigest(power, conversions);
      if (digest === undefined) continue;
      digests.push(digest);
      if (path === undefined) continue;
      const source = texts.get(path) ?? '';
      const hash = hashes.get(path) ?? fileHash(path, source);
      sources.push({ path, text: source, hash });
      powerSources.set(digest.code, path);
      fileOf.set(digest.code, path);
      kept.set(path, { hash, digest });
    }

    let changes: { diff: CatalogueDiff; edition: string } | undefined;
    if (options.previous !== undefined) {
      const previous = await readEdition(options.previous, { ...options, format: options.format }, output);
      if (typeof previous === 'number') return previous;
      if (previous === undefined) {
        output.stderr(fill(text.previousUnreadable, { value: printable(options.previous, Infinity) }) + '\n');
        return 2;
      }
      changes = { diff: diffRecords(previous.records, digests.map((digest) => digest.record)), edition: previous.edition };
    }

    const layouts = new CountingLayoutCache();
    // What each file is made from: the generator and the entry file for all, each power's own file for its files.
    const sourceHash = new Map(sources.map((source) => [source.path, source.hash]));
    const powerKeys = new Map<string, string>();
    const keys = {
      catalogue: contentHash([await generator(), entryPath, entryText].join('\u0000')),
      power: (code: string) => {
        let key = powerKeys.get(code);
        if (key === undefined) {
          const path = fileOf.get(code);
          key = path === undefined ? contentHash(code) : (sourceHash.get(path) ?? contentHash(path));
          powerKeys.set(code, key);
        }
        return key;
      },
    };
    const entries = siteEntries(catalogue, { sources, powerSources, cache: layouts, keys, digests, conversions, ...(changes && { changes }) });

    // Write to a sibling temporary folder, one file at a time, then swap it in with renames. A file
    // whose key is the one it had in the site being replaced is hard-linked from there (copied where
    // links fail), not made again: the previous site itself is never changed.
    // Write to a sibling temporary folder, one file at a time, then swap it in with renames (see
    // SiteTree): the site replaced last time, kept beside this one, is made into the new one where
    // there is such a folder; files unchanged since this site are hard-linked from it. The previous
    // site itself is never changed.
    const temporary = `${out}.publishing-${process.pid}`;
    const old = `${out}.old-${process.pid}`;
    const recycled = previousFiles.size > 0 ? await readMarker(spare) : undefined;
    const tree = SiteTree.start(temporary, out, previousFiles, recycled && { folder: spare, files: recycled.files });
    const manifest: [string, string][] = [];
    let pages = 0;
    try {
      const write = async (path: string, content: () => Promise<string | Uint8Array> | string | Uint8Array, key: string | undefined) => {
        if (path.endsWith('.html')) pages++;
        if (key !== undefined) manifest.push([path, key]);
        await tree.write(path, content, key);
      };
      for (const entry of entries) await write(entry.path, () => entry.content(), entry.key);
      manifest.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
      await write(siteMarker, () => JSON.stringify({ generator: 'sunlit', files: Object.fromEntries(manifest) }) + '\n', undefined);
      await tree.write(cacheFile, () => cacheText(catalogueKey, kept), undefined);
      tree.finish();
      if (existsSync(out)) await rename(out, old);
      await rename(temporary, out);
      // The site just replaced is kept for the next publish to start from (unless something else is in its place).
      if (existsSync(old)) {
        if (existsSync(spare)) await rm(old, { recursive: true, force: true });
        else await rename(old, spare);
      }
    } catch (error) {
      await rm(temporary, { recursive: true, force: true });
      if (!existsSync(out) && existsSync(old)) await rename(old, out);
      throw error;
    }
    const reused = tree.reused;
    return { files: entries.length + 1, pages, reused, powers: digests.length, loaded: catalogue.powers.length, laid: layouts.laid, cached: layouts.cached, title: catalogue.title, edition: catalogue.edition, ...(changes && { changes }) };
  }

  const index = join(options.out, 'index.html');
  if (options.format === 'json') {
    const summary = {
      ok: true,
      out: options.out,
      index,
      powers: result.powers,
      loaded: result.loaded,
      pages,
      files: result.files,
      laid: result.laid,
      cached: result.cached,
      reused,
      ...(changes && { changes: changes.diff }),
    };
    output.stdout(JSON.stringify(summary, null, 2) + '\n');
    return 0;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  output.stdout(
    fill(text.published, {
      title: printable(result.title),
      edition: printable(result.edition),
      powers: result.powers,
      pages,
      files: result.files,
      out: printable(options.out, Infinity),
      seconds,
      laid: result.laid,
      cached: result.cached,
      reused,
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
