/**
 * What `sunlit publish` keeps in a site for the next publish of the same catalogue: per power file,
 * the digest the pages and files that list many powers need of its power (`PowerDigest`), keyed by
 * the file's content hash. An unchanged file is then neither loaded nor validated again. The whole
 * cache is keyed by the generator's code and the entry file: a new Sunlit build or a changed entry
 * file (departments, laws) leaves it unused. A missing, unreadable or foreign cache is ignored.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PowerDigest } from '@sunlit/portal';

/** The cache's file in the site folder (beside `.sunlit-site.json`). */
export const cacheFile = '.sunlit-cache.json';

/** The shape of the cache and the meaning of its digests; a new one leaves older caches unused. */
const cacheFormat = 2;

/** A power file as the cache keeps it: the hash of its path and text, and its power's digest. */
export interface CachedFile {
  readonly hash: string;
  readonly digest: PowerDigest;
}

/** The hash of a file: its path (relative to the entry file's folder) and its text. */
export function fileHash(path: string, text: string): string {
  return createHash('sha256').update(path).update('\u0000').update(text).digest('hex');
}

/** The key of a whole cache: its format, the generator's fingerprint, the entry file's path and text. */
export function cacheKey(generator: string, entryPath: string, entryText: string): string {
  return createHash('sha256').update(`sunlit-cache ${cacheFormat}\u0000${generator}\u0000${entryPath}\u0000`).update(entryText).digest('hex');
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Whether a value read back has the shape of a digest (a cache edited by hand is not trusted blindly). */
function isDigest(value: unknown): value is PowerDigest {
  if (value === null || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  const record = d.record;
  return (
    typeof d.code === 'string' &&
    typeof d.name === 'string' &&
    typeof d.category === 'string' &&
    typeof d.department === 'string' &&
    isStrings(d.level) &&
    isStrings(d.laws) &&
    typeof d.search === 'string' &&
    (d.row === undefined || isStrings(d.row)) &&
    record !== null &&
    typeof record === 'object' &&
    Object.values(record as object).every((item) => typeof item === 'string') &&
    typeof d.states === 'number' &&
    typeof d.checkpoint === 'boolean' &&
    isStrings(d.risks) &&
    isStrings(d.zhHant) &&
    typeof d.zhHantOf === 'string'
  );
}

/** The cache of the site in `out` when it was made under `key`; undefined when there is none that fits. */
export async function readCache(out: string, key: string): Promise<Map<string, CachedFile> | undefined> {
  try {
    const parsed = JSON.parse(await readFile(join(out, cacheFile), 'utf8')) as { key?: unknown; files?: unknown };
    if (parsed.key !== key || parsed.files === null || typeof parsed.files !== 'object') return undefined;
    const files = new Map<string, CachedFile>();
    for (const [path, item] of Object.entries(parsed.files as Record<string, unknown>)) {
      const { hash, digest } = (item ?? {}) as { hash?: unknown; digest?: unknown };
      if (typeof hash !== 'string' || !isDigest(digest)) return undefined;
      files.set(path, { hash, digest });
    }
    return files;
  } catch {
    return undefined;
  }
}

/** The text of a cache made under `key`. */
export function cacheText(key: string, files: ReadonlyMap<string, CachedFile>): string {
  return JSON.stringify({ key, files: Object.fromEntries(files) }) + '\n';
}
