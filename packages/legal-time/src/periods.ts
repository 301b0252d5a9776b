/**
 * Statutory periods, counted as format.md section 5 says (sources in docs/legal-time.md):
 * the day of the triggering event is not counted (民法典 第201条); working days are those of the
 * calendar (许可法 第82条, 处罚法 第85条 …); a period in calendar days, months or years whose last day
 * is not a working day ends on the next working day (民事诉讼法 第85条, 民法典 第203条); a month or
 * year period ends on the same-numbered day, or the month's last day (民法典 第202条); hours are exact.
 */
import { cnMainland, type Calendar, type CalendarOptions, type DayExplanation } from './calendar.js';
import { addMonths, formatDate, parseDate } from './dates.js';
import { TimeZone } from './time-zone.js';

/** The units periods are written in. */
export const periodUnits = ['workday', 'day', 'month', 'year', 'hour'] as const;
export type PeriodUnit = (typeof periodUnits)[number];

/** A period as the statutes write it: 20 个工作日, 90 日, 3 个月. */
export interface PeriodSpec {
  readonly within: number;
  readonly unit: PeriodUnit;
}

/** A period computed, with what a person checking it needs to see. */
export interface PeriodResult {
  readonly start: string;
  /** The last day of the period (its end, 24:00, is the deadline); a timestamp for `hour`. */
  readonly due: string;
  readonly unit: PeriodUnit;
  readonly within: number;
  readonly calendar: string;
  /** The nominal last day, when it was not a working day and the period moved to `due` (顺延). */
  readonly rolledFrom?: string;
}

export interface PeriodOptions extends CalendarOptions {
  /** For `hour` periods: the zone of timestamps written without an offset; default Asia/Shanghai. */
  readonly timeZone?: TimeZone;
}

function checkWithin(within: number): void {
  if (!Number.isSafeInteger(within) || within < 0) throw new RangeError(`a period is a whole number of units, 0 or more: ${within}`);
}

function dayOf(date: string): number {
  const day = parseDate(date);
  if (day === undefined) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  return day;
}

/**
 * The nominal last day of a day-counted period, before any roll-forward: start day excluded.
 * `workday` periods are already on a working day.
 */
export function nominalDueDay(start: number, within: number, unit: Exclude<PeriodUnit, 'hour'>, calendar: Calendar, options?: CalendarOptions): number {
  switch (unit) {
    case 'workday':
      return calendar.addWorkdays(start, within, options);
    case 'day':
      return start + within;
    case 'month':
      return addMonths(start, within);
    case 'year':
      return addMonths(start, within * 12);
  }
}

/**
 * The last day of a period that starts on day `start` (a day number), rolled forward to a working
 * day where the rules say so. The fast path for bulk computations; `addPeriod` takes dates.
 */
export function dueDay(start: number, within: number, unit: Exclude<PeriodUnit, 'hour'>, calendar: Calendar, options?: CalendarOptions): number {
  const nominal = nominalDueDay(start, within, unit, calendar, options);
  return unit === 'workday' || within === 0 ? nominal : calendar.nextWorkday(nominal, options);
}

/**
 * Computes a period and says how: the start, the due date, and the nominal last day when it was
 * moved to the next working day. For `hour`, `start` is a timestamp (or a date, meaning 00:00) and
 * `due` is the timestamp `within` hours later.
 *
 * @throws CalendarRangeError when a needed year has no data (unless `weekendsOnly`).
 * @throws RangeError for a date that is not one, or a negative or fractional `within`.
 */
export function computePeriod(start: string, period: PeriodSpec, calendar: Calendar = cnMainland, options: PeriodOptions = {}): PeriodResult {
  checkWithin(period.within);
  const base = { start, unit: period.unit, within: period.within, calendar: calendar.id };
  if (period.unit === 'hour') {
    const zone = options.timeZone ?? new TimeZone();
    const moment = zone.parse(start);
    if (moment === undefined) throw new RangeError(`not a timestamp: ${start}`);
    return { ...base, due: zone.formatMoment(zone.momentAt(moment.epochMs + period.within * 3_600_000)) };
  }
  if (!(periodUnits as readonly string[]).includes(period.unit)) throw new RangeError(`not a period unit: ${String(period.unit)}`);
  const startDay = dayOf(start);
  const nominal = nominalDueDay(startDay, period.within, period.unit, calendar, options);
  const due = dueDay(startDay, period.within, period.unit, calendar, options);
  return { ...base, due: formatDate(due), ...(due !== nominal && { rolledFrom: formatDate(nominal) }) };
}

/**
 * The due date of a period starting on `start` (the start day is not counted).
 *
 * @example
 * addPeriod('2025-09-26', { within: 20, unit: 'workday' }); // '2025-10-30'
 * addPeriod('2025-08-02', { within: 60, unit: 'day' });     // '2025-10-09' (10-01 is 国庆节)
 */
export function addPeriod(start: string, period: PeriodSpec, calendar: Calendar = cnMainland, options: PeriodOptions = {}): string {
  if (period.unit === 'hour') return computePeriod(start, period, calendar, options).due;
  checkWithin(period.within);
  if (!(periodUnits as readonly string[]).includes(period.unit)) throw new RangeError(`not a period unit: ${String(period.unit)}`);
  return formatDate(dueDay(dayOf(start), period.within, period.unit, calendar, options));
}

/** Working days after `from` up to and including `to`: how many working days have elapsed. */
export function workdaysBetween(from: string, to: string, calendar: Calendar = cnMainland, options?: CalendarOptions): number {
  return calendar.workdaysBetween(dayOf(from), dayOf(to), options);
}

/** Whether a date is a working day. */
export function isWorkday(date: string, calendar: Calendar = cnMainland, options?: CalendarOptions): boolean {
  return calendar.isWorkday(dayOf(date), options);
}

/** Whether a date is a working day, and why: the holiday's name, 调休, a local day, or the weekday. */
export function explainDay(date: string, calendar: Calendar = cnMainland, options?: CalendarOptions): DayExplanation {
  return calendar.explain(dayOf(date), options);
}
