/**
 * A reader for CSV case logs (`case,power,at,event[,guard][,by][,note]`, format.md section 6) that
 * gives the rows papaparse 5.5.3 gives with `delimiter: ','` and `skipEmptyLines: true` — quotes,
 * doubled quotes, commas and line breaks inside quotes, spaces after a closing quote, CRLF or CR
 * line ends (guessed from the first chunk as papaparse guesses them), and its two errors for
 * malformed quotes — without papaparse's per-row result objects and callbacks: a log may have
 * millions of rows, and papaparse took about half of a replay's time budget per row.
 *
 * The algorithm is papaparse's own (its `Parser.parse` for a comma delimiter and a `"` quote), run
 * over the text that has arrived: rows are given as soon as their line is complete, the last
 * unfinished row waits for the next chunk. A byte order mark at the start is removed, as papaparse
 * removes it from a text (from a stream it did not, and `sunlit simulate` removed it from the header).
 *
 * The parsing loop is adapted from Papa Parse 5.5.3 (https://github.com/mholt/PapaParse),
 * Copyright (c) 2015 Matthew Holt, MIT License.
 */

/** A malformed quote, as papaparse reports it, with the row and line it is in. */
export interface CsvLogError {
  readonly type: 'Quotes';
  /** `MissingQuotes`: a quoted field never closed; `InvalidQuotes`: a closing quote followed by other text. */
  readonly code: 'MissingQuotes' | 'InvalidQuotes';
  readonly message: string;
  /** The row's index among all rows of the text, empty ones and the header included (papaparse's `row`). */
  readonly row: number;
  /** The line (1-based) the row starts on: one more than the line breaks before it. */
  readonly line: number;
}

/**
 * Called for each row that is not empty; return `false` to stop reading. `cells` is the same array
 * for every row (no array per row of a log of millions): copy it to keep it.
 */
export type CsvRowHandler = (cells: string[], row: number, line: number) => boolean | void;

const QUOTE = 34;
const COMMA = 44;
const MISSING_QUOTES = 'Quoted field unterminated';
const INVALID_QUOTES = 'Trailing quote on quoted field is malformed';

/**
 * papaparse's guess of the line break from the start of the text: quoted text removed, `\n` unless
 * there is a `\r` first, then `\r\n` when at least half of the `\r` are followed by `\n`, else `\r`.
 */
export function guessLineBreak(text: string): '\n' | '\r\n' | '\r' {
  const head = text.substring(0, 1024 * 1024).replace(/"([^]*?)"/gm, '');
  const r = head.split('\r');
  const n = head.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0]!.length < r[0]!.length)) return '\n';
  let withN = 0;
  for (const piece of r) if (piece[0] === '\n') withN++;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

/**
 * Reads a CSV log pushed in chunks of text: `write` each chunk as it is read, then `end`.
 *
 * @example
 * const reader = new CsvLogReader((cells) => check.addEvent(cells[0], cells[1], cells[2], cells[3]));
 * for await (const chunk of createReadStream(path, 'utf8')) reader.write(chunk);
 * reader.end();
 */
export class CsvLogReader {
  /** The text of the row not finished yet (it continues in the next chunk). */
  private pending = '';
  private newline: string | undefined;
  /** Rows completed so far, empty ones included, and the line the pending text starts on. */
  private rows = 0;
  private line = 1;
  private stopped = false;
  private first = true;
  private readonly errors: CsvLogError[] = [];
  /** The cells of the row being read (see CsvRowHandler). */
  private readonly cells: string[] = [];

  /**
   * @param onRow called with the cells of each row that is not empty (a row of one empty cell).
   * @param onError called with each malformed quote, before the row it is in.
   */
  constructor(
    private readonly onRow: CsvRowHandler,
    private readonly onError?: (error: CsvLogError) => void,
  ) {}

  /** Reads a chunk of the text. */
  write(chunk: string): void {
    if (this.stopped) return;
    if (this.first && chunk !== '') {
      this.first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    const pending = this.pending;
    if (pending === '') return this.parse(chunk, 0, false);
    // The pending row most likely ends at the chunk's first line break: read it on its own, then
    // the chunk where it is (joining a short row to a whole chunk would copy the chunk).
    const newline = this.newline!;
    const head = chunk.indexOf(newline);
    if (head === -1) return this.parse(pending + chunk, 0, false);
    const rest = head + newline.length;
    this.parse(pending + chunk.substring(0, rest), 0, false);
    if (this.stopped) return;
    if (this.pending === '') this.parse(chunk, rest, false);
    else this.parse(this.pending + chunk.substring(rest), 0, false);
  }

  /** The end of the text: the last row, even without a line break after it. */
  end(): void {
    if (this.stopped) return;
    this.parse(this.pending, 0, true);
    this.pending = '';
    this.stopped = true;
  }

  /** Whether a handler asked to stop, or the text ended. */
  get done(): boolean {
    return this.stopped;
  }

  /** The line break guessed from the first chunk (undefined before it). */
  get lineBreak(): string | undefined {
    return this.newline;
  }

  /** Every malformed quote met so far. */
  get problems(): readonly CsvLogError[] {
    return this.errors;
  }

  /**
   * papaparse's Parser.parse over `input` (the pending row and the new chunk). Unless `last`, the
   * row the input ends in is left pending, errors and all, and read again with the next chunk.
   */
  private parse(input: string, start: number, last: boolean): void {
    if (this.newline === undefined) {
      if (input === '' && !last) return;
      this.newline = guessLineBreak(input);
    }
    const newline = this.newline;
    const newlineLength = newline.length;
    const inputLength = input.length;
    // The row being read: its cells, where it started, the line breaks inside its quoted cells, its errors.
    const row = this.cells;
    let width = 0;
    let rowStart = start;
    let rowErrors: { code: 'MissingQuotes' | 'InvalidQuotes'; message: string }[] | undefined;
    let innerBreaks = 0;
    let cursor = start;
    let nextDelim = input.indexOf(',', cursor);
    let nextNewline = input.indexOf(newline, cursor);
    let quoteSearch: number;

    const extraSpaces = (index: number): number => {
      if (index === -1) return 0;
      const between = input.substring(quoteSearch + 1, index);
      return between !== '' && between.trim() === '' ? between.length : 0;
    };
    /** A row is complete: give it (unless empty), and start the next at `next`. Returns false to stop. */
    const saveRow = (next: number): boolean => {
      const index = this.rows++;
      const line = this.line;
      this.line += 1 + innerBreaks;
      innerBreaks = 0;
      cursor = next;
      rowStart = next;
      if (row.length !== width) row.length = width;
      width = 0;
      const errors = rowErrors;
      rowErrors = undefined;
      if (errors !== undefined) for (const error of errors) this.report({ type: 'Quotes', ...error, row: index, line });
      if (row.length === 1 && row[0] === '') return true;
      if (this.onRow(row, index, line) === false) {
        this.stopped = true;
        return false;
      }
      return true;
    };
    /** The input ends inside this row: give it if this is the end of the text, else keep it pending. */
    const finish = (value: string | undefined): void => {
      if (!last) {
        this.pending = input.substring(rowStart);
        return;
      }
      row[width++] = value ?? input.substring(cursor);
      this.pending = '';
      saveRow(inputLength);
    };

    for (;;) {
      if (input.charCodeAt(cursor) === QUOTE) {
        // A quoted field: find its closing quote.
        quoteSearch = cursor;
        cursor++;
        for (;;) {
          quoteSearch = input.indexOf('"', quoteSearch + 1);
          if (quoteSearch === -1) {
            if (last) (rowErrors ??= []).push({ code: 'MissingQuotes', message: MISSING_QUOTES });
            return finish(undefined);
          }
          if (quoteSearch === inputLength - 1) {
            innerBreaks += countOf(input, newline, cursor, quoteSearch);
            return finish(unquote(input.substring(cursor, quoteSearch)));
          }
          if (input.charCodeAt(quoteSearch + 1) === QUOTE) {
            quoteSearch++;
            continue;
          }
          if (nextDelim !== -1 && nextDelim < quoteSearch + 1) nextDelim = input.indexOf(',', quoteSearch + 1);
          if (nextNewline !== -1 && nextNewline < quoteSearch + 1) nextNewline = input.indexOf(newline, quoteSearch + 1);
          const checkUpTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
          const spacesToDelim = extraSpaces(checkUpTo);
          if (input.charCodeAt(quoteSearch + 1 + spacesToDelim) === COMMA) {
            innerBreaks += countOf(input, newline, cursor, quoteSearch);
            row[width++] = unquote(input.substring(cursor, quoteSearch));
            cursor = quoteSearch + 1 + spacesToDelim + 1;
            nextDelim = input.indexOf(',', cursor);
            nextNewline = input.indexOf(newline, cursor);
            break;
          }
          const spacesToNewline = extraSpaces(nextNewline);
          const after = quoteSearch + 1 + spacesToNewline;
          if (input.substring(after, after + newlineLength) === newline) {
            innerBreaks += countOf(input, newline, cursor, quoteSearch);
            row[width++] = unquote(input.substring(cursor, quoteSearch));
            if (!saveRow(after + newlineLength)) return;
            nextDelim = input.indexOf(',', cursor);
            nextNewline = input.indexOf(newline, cursor);
            break;
          }
          (rowErrors ??= []).push({ code: 'InvalidQuotes', message: INVALID_QUOTES });
          quoteSearch++;
        }
        continue;
      }
      if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
        row[width++] = input.substring(cursor, nextDelim);
        cursor = nextDelim + 1;
        nextDelim = input.indexOf(',', cursor);
        continue;
      }
      if (nextNewline !== -1) {
        row[width++] = input.substring(cursor, nextNewline);
        if (!saveRow(nextNewline + newlineLength)) return;
        nextNewline = input.indexOf(newline, cursor);
        continue;
      }
      break;
    }
    finish(undefined);
  }

  private report(error: CsvLogError): void {
    this.errors.push(error);
    this.onError?.(error);
  }
}

/** A quoted field's text with its doubled quotes made single. */
function unquote(text: string): string {
  return text.indexOf('""') === -1 ? text : text.replace(/""/g, '"');
}

/** Occurrences of `needle` in text[from, to). */
function countOf(text: string, needle: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf(needle, from); at !== -1 && at < to; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}
