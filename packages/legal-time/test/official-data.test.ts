import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cnMainlandYears } from '../src/data/cn-mainland.js';

/**
 * Cross-check of the hand-transcribed State Council data against the independent dataset in the
 * `chinese-days` dev dependency (MIT), day by day, plus structural checks of the data itself.
 *
 * chinese-days' answer is computed from its published data file (dist/chinese-days.json) with the
 * same rule as its own isWorkday/getDayDetail: a listed 调休上班 day is a working day, a listed
 * holiday is not, any other day is a working day iff Mon–Fri. Reading the data rather than calling
 * isWorkday() keeps the answer independent of the host time zone (its string parsing is UTC, its
 * formatting local).
 */
interface ChineseDaysData {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
  readonly inLieuDays: Readonly<Record<string, string>>;
}
const chineseDays = createRequire(import.meta.url)(
  'chinese-days/dist/chinese-days.json',
) as ChineseDaysData;

/**
 * Dates where chinese-days disagrees with a notice that was read; the notice wins.
 * date (YYYY-MM-DD) → why. Empty: no disagreement found for 2015–2026.
 */
const knownDifferences: Readonly<Record<string, string>> = {};

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(2015, 0, 1);
const LAST = Date.UTC(2026, 11, 31);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toMs(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}
function toIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
function isWeekend(ms: number): boolean {
  const day = new Date(ms).getUTCDay();
  return day === 0 || day === 6;
}

const ranges = cnMainlandYears.flatMap((y) => y.holidays.map((h) => ({ ...h, year: y.year })));
const workdays = cnMainlandYears.flatMap((y) => y.workdays.map((w) => ({ ...w, year: y.year })));
const workdaySet = new Set(workdays.map((w) => w.date));

function inHoliday(iso: string): boolean {
  // ISO dates compare correctly as strings.
  return ranges.some((r) => r.from <= iso && iso <= r.to);
}
function ourIsWorkday(ms: number): boolean {
  const iso = toIso(ms);
  return workdaySet.has(iso) || (!isWeekend(ms) && !inHoliday(iso));
}
function theirIsWorkday(ms: number): boolean {
  const iso = toIso(ms);
  if (chineseDays.workdays[iso] !== undefined) return true;
  if (chineseDays.holidays[iso] !== undefined) return false;
  return !isWeekend(ms);
}

// chinese-days only knows the years it has data for; a date in a later year would just get the
// weekday rule, so such dates are skipped (none in 2015–2026 with chinese-days@1.5.7, whose data
// ends at 2026-10-10, the last 调休上班 day of the 2026 notice; nothing is arranged after it).
const theirLastYear = Math.max(
  ...[...Object.keys(chineseDays.holidays), ...Object.keys(chineseDays.workdays)].map((d) =>
    Number(d.slice(0, 4)),
  ),
);

describe('cn-mainland official data', () => {
  it('has each year 2015..2026 exactly once, in order', () => {
    expect(cnMainlandYears.map((y) => y.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
  });

  it('cites a notice for every year: title, 文号 form, date not after the year, gov.cn url', () => {
    for (const { year, notice } of cnMainlandYears) {
      expect(notice.title.length, `${year} title`).toBeGreaterThan(0);
      expect(notice.title, `${year} title`).toContain(String(year));
      if (notice.number !== null) expect(notice.number, `${year} 文号`).toMatch(/^国办发明电〔\d{4}〕\d+号$/);
      expect(notice.date, `${year} date`).toMatch(ISO_DATE);
      expect(toIso(toMs(notice.date)), `${year} date is a real date`).toBe(notice.date);
      expect(Number(notice.date.slice(0, 4)), `${year} date`).toBeLessThanOrEqual(year);
      expect(new URL(notice.url).hostname, `${year} url`).toMatch(/(^|\.)gov\.cn$/);
    }
  });

  it('has well-formed ranges: real dates, from <= to, near the notice year, no overlaps', () => {
    for (const r of ranges) {
      expect(r.from, `${r.year} ${r.name}`).toMatch(ISO_DATE);
      expect(r.to, `${r.year} ${r.name}`).toMatch(ISO_DATE);
      expect(toIso(toMs(r.from))).toBe(r.from);
      expect(toIso(toMs(r.to))).toBe(r.to);
      expect(r.from <= r.to, `${r.year} ${r.name}: ${r.from} <= ${r.to}`).toBe(true);
      // A range may start in the previous December (元旦 与周末连休 / 跨年调休), never earlier.
      expect(r.from >= `${r.year - 1}-12-01`, `${r.year} ${r.name} starts ${r.from}`).toBe(true);
      expect(r.to <= `${r.year}-12-31`, `${r.year} ${r.name} ends ${r.to}`).toBe(true);
      expect((toMs(r.to) - toMs(r.from)) / DAY_MS, `${r.year} ${r.name} length`).toBeLessThan(10);
    }
    const sorted = [...ranges].sort((a, b) => (a.from < b.from ? -1 : 1));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cur = sorted[i]!;
      expect(prev.to < cur.from, `${prev.name} ${prev.to} overlaps ${cur.name} ${cur.from}`).toBe(true);
    }
  });

  it('lists only weekend 调休上班 days, each once, tied to a holiday of its year, never inside a holiday', () => {
    expect(workdaySet.size).toBe(workdays.length);
    for (const w of workdays) {
      expect(w.date, `${w.year} workday`).toMatch(ISO_DATE);
      expect(toIso(toMs(w.date))).toBe(w.date);
      expect(isWeekend(toMs(w.date)), `${w.date} (${w.holiday}) is a Saturday or Sunday`).toBe(true);
      expect(inHoliday(w.date), `${w.date} is both a holiday and a workday`).toBe(false);
      const names = cnMainlandYears.find((y) => y.year === w.year)!.holidays.map((h) => h.name);
      expect(names, `${w.date} holiday name`).toContain(w.holiday);
    }
  });

  it('agrees with chinese-days on every date 2015-01-01..2026-12-31 (except knownDifferences)', () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (let t = FIRST; t <= LAST; t += DAY_MS) {
      const iso = toIso(t);
      if (Number(iso.slice(0, 4)) > theirLastYear) continue;
      if (iso in knownDifferences) continue;
      compared++;
      const ours = ourIsWorkday(t);
      const theirs = theirIsWorkday(t);
      if (ours !== theirs) mismatches.push(`${iso}: ours=${ours ? 'work' : 'off'} chinese-days=${theirs ? 'work' : 'off'}`);
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBe((LAST - FIRST) / DAY_MS + 1 - Object.keys(knownDifferences).length);
  });

  it('keeps knownDifferences honest: each listed date really differs', () => {
    for (const iso of Object.keys(knownDifferences)) {
      const t = toMs(iso);
      expect(ourIsWorkday(t), iso).not.toBe(theirIsWorkday(t));
    }
  });

  it('pins the dates the separate State Council notices changed', () => {
    // 国发明电〔2015〕1号: 2015-09-03/04 off, 09-06 (Sun) worked.
    expect(ourIsWorkday(toMs('2015-09-03'))).toBe(false);
    expect(ourIsWorkday(toMs('2015-09-04'))).toBe(false);
    expect(ourIsWorkday(toMs('2015-09-06'))).toBe(true);
    // 国办发明电〔2019〕3号: 劳动节 2019-05-01..04, 04-28 and 05-05 (Sun) worked.
    expect(ourIsWorkday(toMs('2019-05-02'))).toBe(false);
    expect(ourIsWorkday(toMs('2019-04-28'))).toBe(true);
    expect(ourIsWorkday(toMs('2019-05-05'))).toBe(true);
    // 国办发明电〔2020〕1号: 春节 extended to 2020-02-02; 01-31 off and 02-01 (Sat) no longer worked.
    expect(ourIsWorkday(toMs('2020-01-31'))).toBe(false);
    expect(ourIsWorkday(toMs('2020-02-01'))).toBe(false);
    expect(ourIsWorkday(toMs('2020-02-03'))).toBe(true);
    // 2024: 除夕 02-09 only "鼓励…休息", officially a working day.
    expect(ourIsWorkday(toMs('2024-02-09'))).toBe(true);
  });
});
