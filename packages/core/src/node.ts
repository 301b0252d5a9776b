/**
 * @sunlit/core/node: loading catalogues from the file system.
 */
import { readFileSync, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { loadCatalogue, type CatalogueSource, type LoadOptions, type LoadResult } from './catalogue.js';

export * from './index.js';

/** The name of a catalogue folder's entry file. */
export const entryFileName = 'catalogue.yaml';

/** A path that cannot be loaded at all (missing, or a folder without catalogue.yaml). */
export class InputError extends Error {
  constructor(
    readonly reason: 'not-found' | 'no-entry' | 'not-a-file',
    readonly path: string,
  ) {
    super(`${reason}: ${path}`);
    this.name = 'InputError';
  }
}

/** Folders never searched for power files. */
const skippedFolders = new Set(['node_modules', '.git']);

/** Reads catalogue files from disk. Symbolic links are not followed when listing folders. */
export function nodeSource(): CatalogueSource {
  // Links met while listing, relative to the listed folder: only they need checking for where they lead.
  const links = new Set<string>();
  const relativeTo = (folder: string, path: string) => relative(folder, path).split(sep).join('/');
  return {
    // Files are read one after another, so synchronous reads are faster than the thread pool's
    // round trips (the benchmark measured it); each is small and bounded by the size limit.
    read: async (path, limit) => {
      const { size } = statSync(path);
      if (size > limit) throw Object.assign(new Error(`${path} is larger than ${limit} bytes`), { code: 'EFBIG', size });
      // Node decodes UTF-8 natively (its fastest read); the bytes are read again only when the text
      // holds U+FFFD, which may mark a byte that is not UTF-8 and is then found exactly.
      const text = readFileSync(path, 'utf8');
      return text.includes('\ufffd') ? readFileSync(path) : text;
    },
    list: async (folder) => {
      const found: string[] = [];
      const walk = async (directory: string) => {
        for (const entry of await readdir(directory, { withFileTypes: true })) {
          const path = join(directory, entry.name);
          if (entry.isDirectory()) {
            if (!skippedFolders.has(entry.name) && !entry.name.startsWith('.')) await walk(path);
          } else if (entry.isFile() || entry.isSymbolicLink()) {
            const relativePath = relativeTo(folder, path);
            found.push(relativePath);
            if (entry.isSymbolicLink()) links.add(relativePath);
          }
        }
      };
      await walk(folder);
      return found;
    },
    isInside: async (root, path) => {
      if (links.size === 0 || !links.has(relativeTo(root, path))) return true;
      try {
        const [realRoot, realPath] = await Promise.all([realpath(root), realpath(path)]);
        return realPath.startsWith(realRoot + sep);
      } catch {
        // A broken link leads nowhere; reading it then reports the file as unreadable.
        return true;
      }
    },
  };
}

/** The entry file of a path: the path itself if it is a file, or the catalogue.yaml of a folder. */
export async function resolveEntry(path: string): Promise<string> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError('not-found', path);
  }
  const normalised = path.split(sep).join('/').replace(/\/+$/, '') || '/';
  if (info.isFile()) return normalised;
  if (!info.isDirectory()) throw new InputError('not-a-file', path);
  const entry = `${normalised}/${entryFileName}`;
  try {
    if ((await stat(entry)).isFile()) return entry;
  } catch {
    // Reported below.
  }
  throw new InputError('no-entry', path);
}

/**
 * Loads the catalogue at a path: a folder holding catalogue.yaml, or a single-file catalogue.
 * Throws `InputError` when the path cannot be a catalogue at all; everything else is a problem.
 */
export async function loadCatalogueFromPath(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  return loadCatalogue(await resolveEntry(path), nodeSource(), options);
}
export { ImportInputError, importFile, readMap, spreadsheetSizeLimit, type ImportFileOptions, type ImportFileResult } from './import-node.js';
export { decodeText, parseCsv, readSpreadsheet, readXlsx, SpreadsheetError, writeXlsx, type SheetToWrite, type SpreadsheetContent, type XlsxOptions } from './spreadsheet.js';
