/**
 * TimeZone.parse reads timestamps by character codes; it must accept and refuse exactly what the
 * regular expression and Date check it replaced did, and give the same moments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, MS_PER_DAY } from '../src/dates.js';
import { TimeZone, type Moment } from '../src/time-zone.js';

/** The parser as it was (regular expression, then a Date to validate the date). */
function regexParse(zone: TimeZone, text: string): Moment | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/.exec(text);
  if (match === null) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', offset] = match;
  const [year, month, date, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const day = dayNumber(year, month, date);
  const check = new Date(day * MS_PER_DAY);
  if (check.getUTCMonth() + 1 !== month || check.getUTCDate() !== date || hour > 23 || minute > 59 || second > 59) return undefined;
  const localMs = day * MS_PER_DAY + hour * 3_600_000 + minute * 60_000 + second * 1000 + Number((fraction + '000').slice(0, 3));
  if (offset === undefined) {
    let epochMs = localMs - zone.offsetAt(localMs);
    epochMs = localMs - zone.offsetAt(epochMs);
    return { epochMs, day };
  }
  let offsetMs = 0;
  if (offset !== 'Z') {
    const hours = Number(offset.slice(1, 3));
    const minutes = offset.length > 3 ? Number(offset.slice(-2)) : 0;
    if (hours > 23 || minutes > 59) return undefined;
    offsetMs = (offset.startsWith('-') ? -1 : 1) * (hours * 3_600_000 + minutes * 60_000);
  }
  return zone.momentAt(localMs - offsetMs);
}

const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
const digitsText = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
/** Timestamps of the grammar, with out-of-range fields, and then mutated a character or two. */
const timestamp = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')), digitsText(3, 5)),
    two,
    two,
    fc.option(fc.tuple(fc.constantFrom('T', ' ', 't', '_'), two, two, fc.option(fc.tuple(two, fc.option(digitsText(0, 11)))), fc.option(fc.oneof(fc.constant('Z'), fc.constant('z'), fc.tuple(fc.constantFrom('+', '-'), two, fc.constantFrom('', ':', ';'), fc.oneof(two, digitsText(0, 3))).map((parts) => parts.join('')))))),
  )
  .map(([year, month, day, time]) => {
    let text = `${year}-${month}-${day}`;
    if (time !== null) {
      const [separator, hour, minute, seconds, offset] = time;
      text += `${separator}${hour}:${minute}`;
      if (seconds !== null) text += `:${seconds[0]}` + (seconds[1] === null ? '' : `.${seconds[1]}`);
      if (offset !== null) text += offset;
    }
    return text;
  });
const mutated = fc.tuple(timestamp, fc.nat(), fc.constantFrom('', '0', '9', ':', '-', 'T', ' ', 'Z', '+', '.', '１', 'x')).map(([text, at, insert]) => {
  const index = at % (text.length + 1);
  return at % 3 === 0 ? text.slice(0, index) + insert + text.slice(index) : at % 3 === 1 ? text.slice(0, index) + insert + text.slice(index + 1) : text;
});

describe('TimeZone.parse', () => {
  for (const id of ['Asia/Shanghai', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Apia']) {
    it(`reads what the regular expression read, to the millisecond (${id})`, () => {
      const zone = new TimeZone(id);
      const reference = new TimeZone(id);
      fc.assert(
        fc.property(fc.oneof(timestamp, mutated, fc.string({ maxLength: 30 })), (text) => {
          expect(zone.parse(text), text).toEqual(regexParse(reference, text));
        }),
        { seed: 20261122, numRuns: 20_000 },
      );
    });
  }

  it('knows the forms a log writes', () => {
    const zone = new TimeZone();
    expect(zone.parse('2026-09-28T10:12:00+08:00')).toEqual({ epochMs: Date.parse('2026-09-28T02:12:00Z'), day: dayNumber(2026, 9, 28) });
    expect(zone.parse('2026-09-28 10:12')).toEqual(zone.parse('2026-09-28T10:12:00.000+0800'));
    expect(zone.parse('2026-09-27T23:30:00Z')!.day).toBe(dayNumber(2026, 9, 28));
    expect(zone.parse('2026-09-28T10:12:00.123456789Z')!.epochMs).toBe(Date.parse('2026-09-28T10:12:00.123Z'));
    for (const bad of ['2026-02-29', '2026-09-28T24:00', '2026-09-28T10:60', '2026-09-28T10:12:00+24:00', '2026-09-28T10:12:00.', '2026-09-28T10:12:00+08:', '2026-9-28', '']) {
      expect(zone.parse(bad), bad).toBeUndefined();
    }
  });
});
