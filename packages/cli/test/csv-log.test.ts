/**
 * The CSV log reader against papaparse 5.5.3 (which `sunlit simulate` used before): the same rows
 * and the same errors, on generated text with quotes, doubled quotes, commas and line breaks inside
 * quotes, spaces after closing quotes, CRLF, CR and LF line ends, a byte order mark, empty lines and
 * malformed quotes, whole and cut into random chunks.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvLogReader, guessLineBreak, type CsvLogError } from '../src/csv-log.js';

interface Read {
  rows: string[][];
  errors: { type: string; code: string; message: string; row: number }[];
  lines: number[];
}

/** Our reader over the text cut at the given places. */
function ours(text: string, cuts: readonly number[] = []): Read & { problems: readonly CsvLogError[]; lineBreak: string | undefined } {
  const rows: string[][] = [];
  const lines: number[] = [];
  const reader = new CsvLogReader((cells, _row, line) => {
    rows.push([...cells]);
    lines.push(line);
  });
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= from || cut >= text.length) continue;
    reader.write(text.slice(from, cut));
    from = cut;
  }
  reader.write(text.slice(from));
  reader.end();
  const problems = reader.problems;
  return { rows, lines, problems, lineBreak: reader.lineBreak, errors: problems.map(({ type, code, message, row }) => ({ type, code, message, row })) };
}

/** papaparse as a whole text, as the reference. */
function theirs(text: string): Omit<Read, 'lines'> {
  const result = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true });
  return { rows: result.data, errors: result.errors.map(({ type, code, message, row }) => ({ type, code, message, row: row! })) };
}

/** papaparse step by step, as `sunlit simulate` called it (rows only: its errors come with each row). */
function theirSteps(text: string): string[][] {
  const rows: string[][] = [];
  Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true, step: (row) => void rows.push(row.data) });
  return rows;
}

// Cells made of the characters that matter: commas, quotes, line breaks, spaces, a BOM, letters, Chinese.
const piece = fc.constantFrom('a', 'b', '受理', '申请', ' ', ',', '"', '""', '\n', '\r\n', '\r', '\uFEFF', '2026-09-28T10:12:00+08:00', 'x y');
const plainCell = fc.array(fc.constantFrom('a', 'b', '受理', ' ', '-', '1', '\uFEFF'), { maxLength: 6 }).map((parts) => parts.join(''));
const anyText = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
/** A well-formed cell, as written and as read: plain, or quoted with its quotes doubled (then anything may be inside). */
const cell = fc.oneof(
  plainCell.map((text) => ({ written: text, value: text })),
  anyText.map((text) => ({ written: `"${text.replace(/"/g, '""')}"`, value: text })),
  anyText.map((text) => ({ written: `"${text.replace(/"/g, '""')}"  `, value: text })),
);
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

/**
 * Well-formed CSV: rows of cells, one line end for the whole text (sometimes another now and then),
 * a BOM or not; with the line each row that is not empty starts on (when the line ends are not mixed).
 */
const wellFormedRows = fc
  .record({
    bom: fc.boolean(),
    end: lineEnd,
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { maxLength: 12 }),
    empties: fc.array(fc.nat(12), { maxLength: 3 }),
    trailing: fc.boolean(),
    mixed: fc.option(fc.tuple(fc.nat(12), lineEnd), { nil: undefined }),
  })
  .map(({ bom, end, rows, empties, trailing, mixed }) => {
    const lines = rows.map((cells) => ({ text: cells.map((item) => item.written).join(','), empty: cells.length === 1 && cells[0]!.value === '' }));
    for (const at of empties) lines.splice(Math.min(at, lines.length), 0, { text: '', empty: true });
    let text = bom ? '\uFEFF' : '';
    const starts: number[] = [];
    lines.forEach((line, index) => {
      if (!line.empty) starts.push(text.length);
      text += line.text + (mixed !== undefined && mixed[0] === index ? mixed[1] : end);
    });
    if (!trailing && text.endsWith(end)) text = text.slice(0, -end.length);
    const lineOf = (offset: number) => text.slice(0, offset).split(end).length;
    // A BOM written as a cell's first character at the start is read as the text's BOM (and removed).
    const comparable = mixed === undefined && !(!bom && text.startsWith('\uFEFF'));
    return { text, end, lines: comparable ? starts.map(lineOf) : undefined };
  });
const wellFormed = wellFormedRows.map(({ text }) => text);

/** Any text of those pieces: unterminated and stray quotes, text after closing quotes, mixed line ends. */
const malformed = fc.array(fc.oneof(piece, fc.constantFrom('"a"b', '"x', 'y"', '" ', ',"', '"\n', '""",')), { maxLength: 40 }).map((parts) => parts.join(''));

const cuts = (text: string) => fc.array(fc.nat(Math.max(0, text.length)), { maxLength: 6 });

describe('CsvLogReader', () => {
  it('reads a log as papaparse does: rows, quotes, CRLF, a BOM', () => {
    const text = '\uFEFFcase,power,at,event,guard,by,note\r\nA,SY-1,2026-09-28T10:12:00+08:00,提交申请,,,"来信，附件三份"\r\n\r\nB,SY-1,2026-09-28T11:00:00+08:00,受理,准予,"王 ""某""","两行\r\n说明"\r\n';
    const read = ours(text);
    expect(read.rows).toEqual(theirs(text).rows);
    expect(read.rows[0]![0]).toBe('case');
    expect(read.rows[2]).toEqual(['B', 'SY-1', '2026-09-28T11:00:00+08:00', '受理', '准予', '王 "某"', '两行\r\n说明']);
    expect(read.lines).toEqual([1, 2, 4]);
    expect(read.errors).toEqual([]);
  });

  it('reports malformed quotes with the row and the line, as papaparse does', () => {
    const text = 'case,power\nA,"x"y",z\nB,C\n"open,\nstill';
    const read = ours(text);
    expect(read.rows).toEqual(theirs(text).rows);
    expect(read.errors).toEqual(theirs(text).errors);
    expect(read.rows[1]).toEqual(['A', 'x"y', 'z']);
    expect(read.problems.map(({ code, row, line }) => [code, row, line])).toEqual([
      ['InvalidQuotes', 1, 2],
      ['MissingQuotes', 3, 4],
    ]);
  });

  it('guesses line ends as papaparse does', () => {
    expect(guessLineBreak('a,b\r\nc,d\r\n')).toBe('\r\n');
    expect(guessLineBreak('a,b\rc,d\r')).toBe('\r');
    expect(guessLineBreak('a,"b\r\n"\nc')).toBe('\n');
    expect(guessLineBreak('a,b')).toBe('\n');
  });

  it('stops when the handler says so', () => {
    const seen: string[] = [];
    const reader = new CsvLogReader((cells) => {
      seen.push(cells[0]!);
      return seen.length < 2;
    });
    reader.write('a\nb\nc\nd\n');
    reader.end();
    expect(seen).toEqual(['a', 'b']);
  });

  it('gives the rows and errors of papaparse on generated well-formed text, in any chunks', () => {
    fc.assert(
      fc.property(wellFormed.chain((text) => fc.tuple(fc.constant(text), cuts(text))), ([text, at]) => {
        const reference = theirs(text);
        const whole = ours(text);
        expect(whole.rows).toEqual(reference.rows);
        expect(whole.errors).toEqual(reference.errors);
        expect(whole.rows).toEqual(theirSteps(text));
        // Chunks change nothing once the line end is guessed the same from the first chunk.
        const chunked = ours(text, at);
        if (chunked.lineBreak === guessLineBreak(text.replace(/^\uFEFF/, ''))) {
          expect(chunked.rows).toEqual(reference.rows);
          expect(chunked.errors).toEqual(reference.errors);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the rows and errors (with rows) of papaparse on malformed text, in any chunks', () => {
    fc.assert(
      fc.property(malformed.chain((text) => fc.tuple(fc.constant(text), cuts(text))), ([text, at]) => {
        const reference = theirs(text);
        const whole = ours(text);
        expect(whole.rows).toEqual(reference.rows);
        expect(whole.errors).toEqual(reference.errors);
        const chunked = ours(text, at);
        if (chunked.lineBreak === guessLineBreak(text.replace(/^\uFEFF/, ''))) {
          expect(chunked.rows).toEqual(reference.rows);
          expect(chunked.errors).toEqual(reference.errors);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('numbers lines by the line breaks before each row, those inside quoted cells included', () => {
    fc.assert(
      fc.property(wellFormedRows, ({ text, end, lines }) => {
        const read = ours(text);
        // Spaces after the closing quote of the last cell of the text make it malformed (papaparse's rule).
        if (lines !== undefined && guessLineBreak(text) === end && read.errors.length === 0) expect(read.lines).toEqual(lines);
      }),
      { numRuns: 1000 },
    );
  });
});
