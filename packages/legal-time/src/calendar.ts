/**
 * Working-day calendars. A day is a working day when it is Monday to Friday and not a day off, or
 * when it is a weekend day arranged as a working day (调休上班). The built-in `cn-mainland` calendar
 * holds the State Council General Office's arrangement for each year it has data for; a local
 * calendar extends it with its own days off and working days. Outside the years a calendar has data
 * for, every question is an error (`calendar-range`) unless the caller accepts weekends only.
 */
import { cnMainlandYears } from './data/cn-mainland.js';
import type { Notice, OfficialYear } from './data/official.js';
import { dayNumber, formatDate, isWeekend, parseDate, weekdayOf, yearOf } from './dates.js';

/** Why a day is or is not a working day. */
export type DayReason =
  /** Monday to Friday with nothing arranged. */
  | 'weekday'
  /** Saturday or Sunday with nothing arranged. */
  | 'weekend'
  /** A day off of an official holiday (放假). */
  | 'holiday'
  /** A weekend day worked in exchange for a holiday (调休上班). */
  | 'adjusted-workday'
  /** A day off added by a local calendar. */
  | 'local-holiday'
  /** A working day added by a local calendar. */
  | 'local-workday'
  /** No data for this year; the answer assumes weekends only (only when the caller accepts that). */
  | 'weekends-only';

/** The answer to "is this date a working day, and why". */
export interface DayExplanation {
  readonly date: string;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  readonly weekday: number;
  readonly workday: boolean;
  readonly reason: DayReason;
  /** The holiday concerned: its name (春节) for days off and for 调休 days worked in its exchange. */
  readonly holiday?: string;
  /** The official notice that arranged the day. */
  readonly notice?: Notice;
  /** The calendar that answered. */
  readonly calendar: string;
}

/** Options every calendar question takes. */
export interface CalendarOptions {
  /**
   * Treat dates in years without data as Monday–Friday working days instead of failing with
   * `calendar-range`. Only for a caller who knowingly accepts that holidays are then ignored.
   */
  readonly weekendsOnly?: boolean;
}

/** A computation needed a year the calendar has no data for. */
export class CalendarRangeError extends Error {
  readonly code = 'calendar-range';
  constructor(
    /** The year without data. */
    readonly year: number,
    /** The calendar asked. */
    readonly calendar: string,
    /** The years the calendar has data for, if any. */
    readonly covered: { readonly first: number; readonly last: number } | undefined,
  ) {
    super(
      covered === undefined
        ? `calendar-range: calendar "${calendar}" has no data for ${year}`
        : `calendar-range: calendar "${calendar}" has data for ${covered.first}–${covered.last}, not for ${year}`,
    );
    this.name = 'CalendarRangeError';
  }
}

/** A day that differs from the plain weekday rule, and why. */
export interface SpecialDay {
  readonly workday: boolean;
  readonly reason: Exclude<DayReason, 'weekday' | 'weekend' | 'weekends-only'>;
  readonly holiday?: string;
  readonly notice?: Notice;
}

/**
 * A working-day calendar over the years it has data for. Its methods work on day numbers (see
 * `parseDate`), the fast path for bulk computations; the functions of periods.ts take dates.
 */
export class Calendar {
  /** First and last day with data (inclusive), as day numbers. */
  private readonly firstDay: number;
  private readonly lastDay: number;
  /** 1 for a working day, per day of the covered range. */
  private readonly working: Uint8Array;
  /** Working days from the first covered day up to and including each day. */
  private readonly workingUpTo: Int32Array;
  /** The covered working days in order: the k-th working day is `workdays[k - 1]`. */
  private readonly workdays: Int32Array;

  /** @internal Use `cnMainland` or `createCalendar`. */
  constructor(
    readonly id: string,
    readonly name: string,
    /** The years with data, or undefined for a calendar with none. */
    readonly covered: { readonly first: number; readonly last: number } | undefined,
    private readonly special: ReadonlyMap<number, SpecialDay>,
  ) {
    this.firstDay = covered === undefined ? 0 : dayNumber(covered.first, 1, 1);
    this.lastDay = covered === undefined ? -1 : dayNumber(covered.last, 12, 31);
    const length = Math.max(0, this.lastDay - this.firstDay + 1);
    this.working = new Uint8Array(length);
    this.workingUpTo = new Int32Array(length);
    const workdays: number[] = [];
    for (let index = 0; index < length; index++) {
      const day = this.firstDay + index;
      const isWorking = special.get(day)?.workday ?? !isWeekend(day);
      this.working[index] = isWorking ? 1 : 0;
      if (isWorking) workdays.push(day);
      this.workingUpTo[index] = workdays.length;
    }
    this.workdays = Int32Array.from(workdays);
  }

  /** The days that differ from the weekday rule, for calendars that extend this one. */
  get specialDays(): ReadonlyMap<number, SpecialDay> {
    return this.special;
  }

  private covers(day: number): boolean {
    return day >= this.firstDay && day <= this.lastDay;
  }

  private outOfRange(day: number): CalendarRangeError {
    return new CalendarRangeError(yearOf(day), this.id, this.covered);
  }

  /** Whether a day is a working day. Throws CalendarRangeError outside the data unless weekends only is accepted. */
  isWorkday(day: number, options?: CalendarOptions): boolean {
    if (this.covers(day)) return this.working[day - this.firstDay] === 1;
    if (options?.weekendsOnly === true) return !isWeekend(day);
    throw this.outOfRange(day);
  }

  /** Why a day is or is not a working day. */
  explain(day: number, options?: CalendarOptions): DayExplanation {
    const base = { date: formatDate(day), weekday: weekdayOf(day), calendar: this.id };
    if (!this.covers(day)) {
      if (options?.weekendsOnly !== true) throw this.outOfRange(day);
      return { ...base, workday: !isWeekend(day), reason: 'weekends-only' };
    }
    const special = this.special.get(day);
    if (special === undefined) return { ...base, workday: !isWeekend(day), reason: isWeekend(day) ? 'weekend' : 'weekday' };
    return { ...base, ...special };
  }

  /**
   * The working day `count` working days after `start` (start not counted, 开始的当日不计入);
   * `start` itself when count is 0.
   */
  addWorkdays(start: number, count: number, options?: CalendarOptions): number {
    if (count === 0) return start;
    if (start >= this.firstDay - 1 && start < this.lastDay) {
      const before = start >= this.firstDay ? this.workingUpTo[start - this.firstDay]! : 0;
      const target = before + count;
      if (target <= this.workdays.length) return this.workdays[target - 1]!;
    }
    return this.stepWorkdays(start, count, options);
  }

  /** Day-by-day counting where the fast index does not reach: before or beyond the data. */
  private stepWorkdays(start: number, count: number, options?: CalendarOptions): number {
    let day = start;
    let remaining = count;
    while (remaining > 0) {
      day++;
      if (this.isWorkday(day, options)) remaining--;
    }
    return day;
  }

  /** Working days after `from` up to and including `to` (negative when `to` is before `from`). */
  workdaysBetween(from: number, to: number, options?: CalendarOptions): number {
    if (to < from) return -this.workdaysBetween(to, from, options);
    if (from >= this.firstDay && to <= this.lastDay) {
      return this.workingUpTo[to - this.firstDay]! - this.workingUpTo[from - this.firstDay]!;
    }
    let count = 0;
    for (let day = from + 1; day <= to; day++) if (this.isWorkday(day, options)) count++;
    return count;
  }

  /** The day itself when it is a working day, else the first working day after it (顺延). */
  nextWorkday(day: number, options?: CalendarOptions): number {
    if (this.covers(day) && this.working[day - this.firstDay] === 1) return day;
    return this.addWorkdays(day, 1, options);
  }
}

/** Every day of an inclusive range of dates written YYYY-MM-DD. */
function* daysOf(from: string, to: string): Generator<number> {
  const first = parseDate(from);
  const last = parseDate(to);
  if (first === undefined || last === undefined || last < first) throw new RangeError(`not a date range: ${from}..${to}`);
  for (let day = first; day <= last; day++) yield day;
}

/** A calendar made of official years, one notice each. */
export function officialCalendar(id: string, name: string, years: readonly OfficialYear[]): Calendar {
  const special = new Map<number, SpecialDay>();
  for (const year of years) {
    for (const holiday of year.holidays) {
      for (const day of daysOf(holiday.from, holiday.to)) special.set(day, { workday: false, reason: 'holiday', holiday: holiday.name, notice: year.notice });
    }
    for (const workday of year.workdays) {
      special.set(parseDate(workday.date)!, { workday: true, reason: 'adjusted-workday', holiday: workday.holiday, notice: year.notice });
    }
  }
  const numbers = years.map((year) => year.year);
  const covered = numbers.length === 0 ? undefined : { first: Math.min(...numbers), last: Math.max(...numbers) };
  return new Calendar(id, name, covered, special);
}

/**
 * 中国大陆：国务院办公厅每年发布的部分节假日安排 (2015–2026), each year citing its notice.
 * Weekends inside a holiday count as days of that holiday; 调休 weekends are working days.
 */
export const cnMainland: Calendar = officialCalendar('cn-mainland', '中国大陆（国务院办公厅节假日安排）', cnMainlandYears);

/** A local calendar as a catalogue declares it (format.md section 2, `calendars`). */
export interface LocalCalendarDefinition {
  readonly id: string;
  readonly name?: string;
  /** The calendar whose days this one starts from; its years with data are this one's. */
  readonly extends?: Calendar;
  /** Extra days off: dates, or inclusive ranges written `from..to`. */
  readonly holidays?: readonly string[];
  /** Extra working days (e.g. a weekend worked locally). */
  readonly workdays?: readonly string[];
}

/**
 * A local calendar: the days of the calendar it extends, plus its own days off and working days.
 * Without `extends` it has data only for the years its own days fall in.
 *
 * @example
 * const shenyang = createCalendar({ id: 'shenyang', extends: cnMainland, holidays: ['2026-09-03'] });
 */
export function createCalendar(definition: LocalCalendarDefinition): Calendar {
  const special = new Map<number, SpecialDay>(definition.extends?.specialDays ?? []);
  const local = (entry: string): number[] => {
    const [from = '', to = from] = entry.split('..').map((part) => part.trim());
    return [...daysOf(from, to)];
  };
  const own: number[] = [];
  for (const entry of definition.holidays ?? []) for (const day of local(entry)) own.push(day), special.set(day, { workday: false, reason: 'local-holiday' });
  for (const entry of definition.workdays ?? []) for (const day of local(entry)) own.push(day), special.set(day, { workday: true, reason: 'local-workday' });
  let covered = definition.extends?.covered;
  if (definition.extends === undefined && own.length > 0) {
    const years = own.map(yearOf);
    covered = { first: Math.min(...years), last: Math.max(...years) };
  }
  return new Calendar(definition.id, definition.name ?? definition.id, covered, special);
}
