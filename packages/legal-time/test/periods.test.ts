import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addPeriod,
  CalendarRangeError,
  cnMainland,
  computePeriod,
  createCalendar,
  explainDay,
  formatDate,
  isWorkday,
  parseDate,
  TimeZone,
  workdaysBetween,
  type PeriodUnit,
} from '../src/index.js';

/** The worked examples of the domain notes (administrative-law.md section 3.2), computed by hand. */
const workedExamples: [string, number, PeriodUnit, string][] = [
  ['2025-09-26', 20, 'workday', '2025-10-30'],
  ['2025-09-26', 30, 'workday', '2025-11-13'],
  ['2026-02-10', 20, 'workday', '2026-03-16'],
  ['2026-02-10', 40, 'workday', '2026-04-14'],
  ['2026-04-30', 5, 'workday', '2026-05-11'],
  ['2025-01-24', 7, 'workday', '2025-02-10'],
  ['2025-08-02', 60, 'day', '2025-10-09'],
  ['2025-09-10', 60, 'day', '2025-11-10'],
];

describe('addPeriod', () => {
  it.each(workedExamples)('%s + %i %s → %s', (start, within, unit, due) => {
    expect(addPeriod(start, { within, unit })).toBe(due);
  });

  it('says when a period was moved past a day off, and from which day', () => {
    expect(computePeriod('2025-08-02', { within: 60, unit: 'day' })).toEqual({
      start: '2025-08-02',
      due: '2025-10-09',
      unit: 'day',
      within: 60,
      calendar: 'cn-mainland',
      rolledFrom: '2025-10-01',
    });
    expect(computePeriod('2025-09-26', { within: 20, unit: 'workday' }).rolledFrom).toBeUndefined();
  });

  it('ends month periods on the same-numbered day, or the last day of a shorter month (民法典 第202条)', () => {
    expect(addPeriod('2025-01-31', { within: 1, unit: 'month' })).toBe('2025-02-28');
    expect(addPeriod('2024-01-31', { within: 1, unit: 'month' })).toBe('2024-02-29');
    expect(addPeriod('2024-02-29', { within: 12, unit: 'month' })).toBe('2025-02-28');
    expect(addPeriod('2024-02-29', { within: 1, unit: 'year' })).toBe('2025-02-28');
    // 2025-05-31 is a Saturday and the first day of 端午节: moved to Tuesday 2025-06-03.
    expect(addPeriod('2025-03-31', { within: 2, unit: 'month' })).toBe('2025-06-03');
    // 6 months (行政诉讼法 第46条) from 2025-04-05 (清明): 2025-10-05, inside 国庆 → 2025-10-09.
    expect(addPeriod('2025-04-05', { within: 6, unit: 'month' })).toBe('2025-10-09');
  });

  it('counts hours exactly, across days off, in the time zone of the start', () => {
    expect(addPeriod('2025-09-30T18:30:00+08:00', { within: 24, unit: 'hour' })).toBe('2025-10-01T18:30:00+08:00');
    expect(addPeriod('2025-09-30T10:30:00Z', { within: 24, unit: 'hour' })).toBe('2025-10-01T18:30:00+08:00');
    expect(addPeriod('2025-09-30T10:30', { within: 2, unit: 'hour' }, cnMainland, { timeZone: new TimeZone('Europe/Berlin') })).toBe('2025-09-30T12:30:00+02:00');
  });

  it('treats 0 as the same day (当场)', () => {
    expect(addPeriod('2025-10-01', { within: 0, unit: 'workday' })).toBe('2025-10-01');
    expect(addPeriod('2025-10-01', { within: 0, unit: 'day' })).toBe('2025-10-01');
  });

  it('refuses a year without official data, naming the year, unless weekends only is accepted', () => {
    expect(() => addPeriod('2026-12-20', { within: 20, unit: 'day' })).toThrow(CalendarRangeError);
    try {
      addPeriod('2026-12-20', { within: 20, unit: 'workday' });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'calendar-range', year: 2027, calendar: 'cn-mainland', covered: { first: 2015, last: 2026 } });
    }
    expect(() => addPeriod('2014-12-01', { within: 5, unit: 'workday' })).toThrow(/2014/);
    // Counting starts the next day, so a start on the last day of 2014 needs no 2014 data.
    // 2015-01-01..03 are 元旦; Sunday 2015-01-04 is worked in exchange (国办发明电〔2014〕28号).
    expect(addPeriod('2014-12-31', { within: 1, unit: 'workday' })).toBe('2015-01-04');
    expect(addPeriod('2026-12-20', { within: 20, unit: 'workday' }, cnMainland, { weekendsOnly: true })).toBe('2027-01-15');
    expect(explainDay('2027-01-01', cnMainland, { weekendsOnly: true })).toMatchObject({ workday: true, reason: 'weekends-only' });
  });

  it('refuses what is not a date or not a whole number of units', () => {
    expect(() => addPeriod('2025-02-29', { within: 1, unit: 'day' })).toThrow(RangeError);
    expect(() => addPeriod('2025-9-1', { within: 1, unit: 'day' })).toThrow(RangeError);
    expect(() => addPeriod('2025-09-01', { within: 1.5, unit: 'day' })).toThrow(RangeError);
    expect(() => addPeriod('2025-09-01', { within: -1, unit: 'day' })).toThrow(RangeError);
    expect(() => addPeriod('2025-09-01', { within: 1, unit: 'fortnight' as PeriodUnit })).toThrow(RangeError);
  });
});

describe('explainDay and workdaysBetween', () => {
  it('names the holiday, the 调休 and its notice', () => {
    expect(explainDay('2025-10-06')).toMatchObject({ workday: false, reason: 'holiday', holiday: expect.stringContaining('国庆'), notice: { number: '国办发明电〔2024〕12号' } });
    expect(explainDay('2025-09-28')).toMatchObject({ workday: true, reason: 'adjusted-workday', weekday: 7, notice: { number: '国办发明电〔2024〕12号' } });
    expect(explainDay('2025-10-10')).toMatchObject({ workday: true, reason: 'weekday', weekday: 5 });
    expect(explainDay('2025-10-12')).toMatchObject({ workday: false, reason: 'weekend' });
    expect(explainDay('2024-12-31')).toEqual({ date: '2024-12-31', weekday: 2, workday: true, reason: 'weekday', calendar: 'cn-mainland' });
  });

  it('counts the working days that have elapsed, start day excluded', () => {
    expect(workdaysBetween('2025-09-26', '2025-10-30')).toBe(20);
    expect(workdaysBetween('2025-10-30', '2025-09-26')).toBe(-20);
    expect(workdaysBetween('2025-10-01', '2025-10-08')).toBe(0);
    expect(isWorkday('2025-10-11')).toBe(true);
  });
});

describe('local calendars', () => {
  const shenyang = createCalendar({ id: 'shenyang', extends: cnMainland, holidays: ['2026-09-03', '2026-07-06..2026-07-07'], workdays: ['2026-07-11'] });

  it('add their own days off and working days to the national ones', () => {
    expect(explainDay('2026-09-03', shenyang)).toMatchObject({ workday: false, reason: 'local-holiday', calendar: 'shenyang' });
    expect(explainDay('2026-07-07', shenyang)).toMatchObject({ workday: false, reason: 'local-holiday' });
    expect(explainDay('2026-07-11', shenyang)).toMatchObject({ workday: true, reason: 'local-workday' });
    expect(explainDay('2026-10-01', shenyang)).toMatchObject({ workday: false, reason: 'holiday', holiday: '国庆节' });
    expect(addPeriod('2026-09-02', { within: 1, unit: 'workday' }, shenyang)).toBe('2026-09-04');
    expect(addPeriod('2026-09-02', { within: 1, unit: 'workday' })).toBe('2026-09-03');
    expect(addPeriod('2026-07-03', { within: 2, unit: 'workday' }, shenyang)).toBe('2026-07-09');
  });

  it('without a base, cover only the years of their own days', () => {
    const own = createCalendar({ id: 'own', holidays: ['2030-01-02'] });
    expect(isWorkday('2030-01-02', own)).toBe(false);
    expect(isWorkday('2030-01-03', own)).toBe(true);
    expect(() => isWorkday('2031-01-03', own)).toThrow(CalendarRangeError);
    expect(() => isWorkday('2030-01-03', createCalendar({ id: 'empty' }))).toThrow(CalendarRangeError);
  });
});

describe('invariants (fast-check)', () => {
  const first = parseDate('2015-01-01')!;
  const last = parseDate('2026-10-31')!;
  const startDay = fc.integer({ min: first - 1, max: last - 120 });
  const dateOf = (day: number) => formatDate(day);
  const within = fc.integer({ min: 0, max: 60 });

  it('a workday due date is a working day, and exactly n working days have elapsed', () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const due = addPeriod(dateOf(start), { within: n, unit: 'workday' });
        expect(isWorkday(due)).toBe(true);
        expect(workdaysBetween(dateOf(start), due)).toBe(n);
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });

  it('adding n then m working days equals adding n + m', () => {
    fc.assert(
      fc.property(startDay, within, within, (start, n, m) => {
        const stepwise = addPeriod(addPeriod(dateOf(start), { within: n, unit: 'workday' }), { within: m, unit: 'workday' });
        // Stepping from a day off first lands on a working day, so the identity holds from n ≥ 1 or a working start.
        if (n > 0 || isWorkday(dateOf(start))) expect(stepwise).toBe(addPeriod(dateOf(start), { within: n + m, unit: 'workday' }));
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });

  it('a calendar-day, month or year period ends on a working day no earlier than its nominal end', () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: 1, max: 90 }), fc.constantFrom<PeriodUnit>('day', 'month'), (start, n, unit) => {
        const within = unit === 'month' ? Math.ceil(n / 30) : n;
        const result = computePeriod(dateOf(start), { within, unit });
        expect(isWorkday(result.due)).toBe(true);
        if (result.rolledFrom !== undefined) {
          expect(isWorkday(result.rolledFrom)).toBe(false);
          expect(result.due > result.rolledFrom).toBe(true);
          expect(workdaysBetween(result.rolledFrom, result.due)).toBe(1);
        }
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });

  it('a longer period never ends earlier', () => {
    fc.assert(
      fc.property(startDay, within, fc.constantFrom<PeriodUnit>('workday', 'day', 'month'), (start, n, unit) => {
        const shorter = addPeriod(dateOf(start), { within: unit === 'month' ? Math.floor(n / 10) : n, unit });
        const longer = addPeriod(dateOf(start), { within: unit === 'month' ? Math.floor(n / 10) + 1 : n + 1, unit });
        expect(longer >= shorter).toBe(true);
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });
});
