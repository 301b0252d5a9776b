/**
 * @sunlit/core/spreadsheet: reading XLSX and CSV bytes into sheets of text cells, and writing
 * XLSX. No `node:` imports; exceljs and csv-parse expect a `Buffer` global, which Node has and a
 * browser bundle provides with a polyfill (see docs/embedding.md).
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Sheet } from './import/convert.js';

/** Why bytes could not be read as a spreadsheet. */
export class SpreadsheetError extends Error {
  constructor(
    readonly reason: 'not-a-spreadsheet' | 'old-excel' | 'unreadable',
    detail = '',
  ) {
    super(detail === '' ? reason : `${reason}: ${detail}`);
    this.name = 'SpreadsheetError';
  }
}

/** What was read: the sheets, and for CSV the encoding the text was decoded from. */
export interface SpreadsheetContent {
  readonly kind: 'xlsx' | 'csv';
  readonly sheets: Sheet[];
  readonly encoding?: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);

/**
 * Decodes CSV bytes: a byte-order mark decides; else UTF-8 when every byte sequence is valid UTF-8,
 * else GB18030 (a superset of GBK and GB2312, which offices' Excel exports on Chinese Windows use).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: NonNullable<SpreadsheetContent['encoding']> } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Rows of a CSV text; the delimiter (comma, tab or semicolon) is the one the first line uses most. */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n/) === -1 ? text.length : text.search(/\r?\n/));
  const count = (char: string) => firstLine.split(char).length - 1;
  const delimiter = [',', '\t', ';', '，'].reduce((best, char) => (count(char) > count(best) ? char : best), ',');
  const rows = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true }) as string[][];
  return rows.map((row) => row.map((cell) => String(cell)));
}

/** The text a cell shows: formulas by their result, rich text joined, dates as YYYY-MM-DD. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return value.result === undefined || value.result === null ? '' : String(value.result instanceof Date ? value.result.toISOString().slice(0, 10) : value.result);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

/** Reads XLSX workbook bytes: every worksheet; a merged range's value fills every cell of the range. */
export async function readXlsx(bytes: Uint8Array): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new SpreadsheetError('unreadable', error instanceof Error ? error.message : String(error));
  }
  const sheets: Sheet[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: string[][] = [];
    const width = worksheet.columnCount;
    for (let index = 1; index <= worksheet.rowCount; index++) {
      const row = worksheet.getRow(index);
      const cells: string[] = [];
      // A cell inside a merged range reads as the range's top-left cell (exceljs: cell.master).
      for (let column = 1; column <= width; column++) cells.push(cellText(row.getCell(column).master ?? row.getCell(column)));
      rows.push(cells);
    }
    sheets.push({ name: worksheet.name, rows });
  });
  return sheets;
}

/**
 * Reads a spreadsheet's bytes: XLSX (by its zip signature) or CSV (any other text). Old binary
 * Excel files (.xls) and bytes that are not text are refused with a `SpreadsheetError`.
 */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<SpreadsheetContent> {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'xlsx', sheets: await readXlsx(bytes) };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw new SpreadsheetError('old-excel');
  const sample = bytes.subarray(0, 4096);
  const isUtf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!isUtf16 && sample.some((byte) => byte === 0 || (byte < 0x09 && byte !== 0))) throw new SpreadsheetError('not-a-spreadsheet');
  const { text, encoding } = decodeText(bytes);
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    throw new SpreadsheetError('unreadable', error instanceof Error ? error.message : String(error));
  }
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'CSV';
  return { kind: 'csv', sheets: [{ name, rows }], encoding };
}

/** A sheet to write: its name, rows of text, and ranges to merge ("A1:C1"). */
export interface SheetToWrite {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
  readonly merges?: readonly string[];
}

/** Options of writeXlsx. */
export interface XlsxOptions {
  /**
   * The date written as the workbook's creation and modification time and on every file inside the
   * archive. Given a date, the same sheets always give the same bytes (publishing is deterministic).
   */
  readonly date?: Date;
}

/** XLSX bytes of sheets of text (for downloads and fixtures). */
export async function writeXlsx(sheets: readonly SheetToWrite[], options: XlsxOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (options.date !== undefined) {
    workbook.created = options.date;
    workbook.modified = options.date;
  }
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) worksheet.addRow([...row]);
    for (const range of sheet.merges ?? []) worksheet.mergeCells(range);
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return options.date === undefined ? bytes : stampZip(bytes, options.date);
}

/** Sets the DOS date and time of every entry of a ZIP archive (local headers and central directory). */
function stampZip(bytes: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  // The end of central directory record is in the last 64 KiB + 22 bytes.
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 65557); offset--) {
    if (view.getUint32(offset, true) === 0x06054b50) {
      end = offset;
      break;
    }
  }
  if (end < 0) return bytes;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  for (let index = 0; index < entries && view.getUint32(offset, true) === 0x02014b50; index++) {
    view.setUint16(offset + 12, time, true);
    view.setUint16(offset + 14, day, true);
    const local = view.getUint32(offset + 42, true);
    if (view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, time, true);
      view.setUint16(local + 12, day, true);
    }
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return bytes;
}
