/**
 * Import on the file system: read a spreadsheet, plan the catalogue's files against what the
 * output folder already holds, write them atomically, and validate the result.
 */
import { lstat, mkdir, readdir, readFile, realpath, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import type { DepartmentDocument, LawDocument } from './documents.js';
import { importSheets, type ImportResult } from './import/convert.js';
import { findHeader, headerKey, importFields, type ImportField } from './import/headers.js';
import { planImport, type WritePlan } from './import/write.js';
import type { LoadResult } from './catalogue.js';
import { loadCatalogueFromPath } from './node.js';
import { readSpreadsheet, SpreadsheetError, type SpreadsheetContent } from './spreadsheet.js';
import type { Locale } from './vocabulary.js';
import { appendAll } from './arrays.js';

/** Why an import could not run at all (exit code 2 in the command). */
export class ImportInputError extends Error {
  constructor(
    readonly reason: 'not-found' | 'too-large' | 'not-a-spreadsheet' | 'old-excel' | 'unreadable' | 'bad-map' | 'bad-out' | 'out-escapes' | 'no-table',
    readonly path: string,
    readonly detail = '',
  ) {
    super(`${reason}: ${path}${detail ? ` (${detail})` : ''}`);
    this.name = 'ImportInputError';
  }
}

/** Spreadsheets larger than this are refused (about 100,000 rows). */
export const spreadsheetSizeLimit = 64 * 1024 * 1024;

export interface ImportFileOptions {
  /** Path of a --map file: YAML or JSON, header text → field (optionally under `columns:`). */
  readonly map?: string;
  readonly locale?: Locale;
}

export interface ImportFileResult {
  readonly content: Pick<SpreadsheetContent, 'kind' | 'encoding'>;
  readonly result: ImportResult;
  readonly plan: WritePlan;
  /** The written catalogue, loaded and validated. */
  readonly load: LoadResult;
  /** Path of import-report.md. */
  readonly reportPath: string;
}

/** Reads a --map file into header text → field. */
export async function readMap(path: string): Promise<Record<string, ImportField>> {
  let value: unknown;
  try {
    value = parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ImportInputError('bad-map', path, error instanceof Error ? error.message : String(error));
  }
  const columns = typeof value === 'object' && value !== null && 'columns' in value ? (value as { columns: unknown }).columns : value;
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) throw new ImportInputError('bad-map', path, 'header: field');
  const map: Record<string, ImportField> = {};
  for (const [header, field] of Object.entries(columns)) {
    const known = importFields.find((candidate) => candidate === field);
    if (known === undefined) throw new ImportInputError('bad-map', path, `${header}: ${String(field)}`);
    map[headerKey(header)] = known;
  }
  return map;
}

/** Every file under a folder, relative, with "/" (links not followed). */
async function listFiles(folder: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  let entries;
  try {
    entries = await readdir(join(folder, prefix), { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) appendAll(found, await listFiles(folder, path));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/** An id for a catalogue from a folder name: ASCII letters and digits, else a default. */
function catalogueId(out: string): string {
  const slug = basename(out).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return /^[a-z0-9]/.test(slug) ? slug.slice(0, 64) : 'imported-catalogue';
}

/** Writes a file atomically: a temporary file beside it, then a rename. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}

/** Imports a spreadsheet file into a catalogue folder (created, or updated when it exists). */
export async function importFile(input: string, out: string, options: ImportFileOptions = {}): Promise<ImportFileResult> {
  let bytes: Uint8Array;
  try {
    const info = await stat(input);
    if (!info.isFile()) throw new ImportInputError('not-a-spreadsheet', input);
    if (info.size > spreadsheetSizeLimit) throw new ImportInputError('too-large', input, String(info.size));
    bytes = await readFile(input);
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    throw new ImportInputError('not-found', input);
  }
  let content: SpreadsheetContent;
  try {
    content = await readSpreadsheet(bytes, input);
  } catch (error) {
    if (error instanceof SpreadsheetError) throw new ImportInputError(error.reason, input, error.message);
    throw error;
  }
  const map = options.map === undefined ? undefined : await readMap(options.map);
  // Nothing is written for a file that holds no power table at all.
  if (!content.sheets.some((sheet) => findHeader(sheet.rows, map) !== undefined)) {
    throw new ImportInputError(content.kind === 'csv' ? 'not-a-spreadsheet' : 'no-table', input);
  }

  // The output folder: created if missing; never a file.
  try {
    const info = await lstat(out);
    if (!info.isDirectory()) throw new ImportInputError(info.isSymbolicLink() ? 'out-escapes' : 'bad-out', out);
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    await mkdir(out, { recursive: true });
  }
  const root = await realpath(out);

  // What the folder already holds.
  let entry: string | undefined;
  try {
    entry = await readFile(join(out, 'catalogue.yaml'), 'utf8');
  } catch {
    entry = undefined;
  }
  const powerFiles: Record<string, string> = {};
  if (entry !== undefined) {
    for (const path of await listFiles(out)) {
      if (path.startsWith('powers/') && /\.ya?ml$/.test(path)) powerFiles[path] = await readFile(join(out, path), 'utf8');
    }
  }
  let departments: DepartmentDocument[] = [];
  let laws: LawDocument[] = [];
  let existingHead: { authority?: string } = {};
  if (entry !== undefined) {
    try {
      const value = parse(entry) as { departments?: DepartmentDocument[]; laws?: LawDocument[]; authority?: string } | null;
      departments = Array.isArray(value?.departments) ? value.departments : [];
      laws = Array.isArray(value?.laws) ? value.laws : [];
      existingHead = value ?? {};
    } catch {
      // A broken entry is reported by validation after the import.
    }
  }
  const source = basename(input);
  const result = importSheets(content.sheets, { source, ...(map && { map }), departments, laws });
  const head = {
    id: catalogueId(out),
    title: result.title ?? basename(input).replace(/\.[^.]*$/, ''),
    authority: existingHead.authority ?? result.departments[0]?.name ?? '未注明',
    edition: '导入稿',
  };
  const plan = planImport(result, { ...(entry !== undefined && { entry }), powerFiles }, head, source);

  for (const [path, text] of plan.files) {
    const target = join(out, ...path.split('/'));
    const folder = dirname(target);
    // A folder inside the catalogue may be a link leading elsewhere: never write (or create folders) through it.
    let existing = folder;
    for (;;) {
      try {
        await lstat(existing);
        break;
      } catch {
        existing = dirname(existing);
      }
    }
    const real = await realpath(existing);
    if (real !== root && !real.startsWith(root + sep)) throw new ImportInputError('out-escapes', relative(process.cwd(), target) || target);
    await mkdir(folder, { recursive: true });
    await writeAtomically(target, text);
  }
  const load = await loadCatalogueFromPath(out, { locale: options.locale ?? 'zh-Hans', keepPowers: false });
  return { content: { kind: content.kind, ...(content.encoding && { encoding: content.encoding }) }, result, plan, load, reportPath: join(out, 'import-report.md') };
}
