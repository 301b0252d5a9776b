/**
 * Legal clocks (format.md section 5): one run of a clock from its start to its stop, with the
 * pauses and extensions on the way, and its status at any evaluation time. Runs are plain data
 * (JSON-serialisable), so a replay can be saved and resumed. What starts, pauses, extends and stops
 * a clock is the case engine's business (@sunlit/core); this module only counts.
 */
import type { Calendar, CalendarOptions } from './calendar.js';
import { addMonths, formatDate, MS_PER_DAY } from './dates.js';
import { nominalDueDay, type PeriodUnit } from './periods.js';
import type { Moment, TimeZone } from './time-zone.js';

/** What a clock counts: its period, extension and warning, on a calendar. */
export interface ClockRule {
  readonly within: number;
  readonly unit: PeriodUnit;
  /** Each extension adds `by` units, at most `times` times. */
  readonly extend?: { readonly by: number; readonly unit: PeriodUnit; readonly times: number };
  /** "Due soon" when this many units or fewer remain. */
  readonly warn?: number;
  readonly calendar: Calendar;
  /** Accept weekends only for years the calendar has no data for. */
  readonly weekendsOnly?: boolean;
}

/** A clock's status at an evaluation time. */
export type ClockStatus = 'running' | 'due-soon' | 'paused' | 'overdue' | 'met' | 'missed';

/** One run of a clock, from its start (or restart). Plain data. */
export interface ClockRun {
  readonly start: Moment;
  /** Finished pauses: each excludes the days after its first day up to and including its last. */
  readonly pauses: readonly (readonly [Moment, Moment])[];
  /** The start of a pause not yet over. */
  readonly pausedSince?: Moment;
  /** Extensions granted. */
  readonly extensions: number;
  readonly stopped?: Moment;
}

/** Starts a clock at a moment. */
export function startRun(at: Moment): ClockRun {
  return { start: at, pauses: [], extensions: 0 };
}

/** The clock stops counting (a no-op when already paused or stopped). */
export function pauseRun(run: ClockRun, at: Moment): ClockRun {
  if (run.pausedSince !== undefined || run.stopped !== undefined) return run;
  return { ...run, pausedSince: at };
}

/** The clock counts again. */
export function resumeRun(run: ClockRun, at: Moment): ClockRun {
  if (run.pausedSince === undefined) return run;
  const { pausedSince, ...rest } = run;
  return { ...rest, pauses: [...run.pauses, [pausedSince, at]] };
}

/** The clock stops for good; an open pause ends at the same moment. */
export function stopRun(run: ClockRun, at: Moment): ClockRun {
  if (run.stopped !== undefined) return run;
  return { ...resumeRun(run, at), stopped: at };
}

/**
 * Asks for an extension. It is granted unless the rule has none, every one allowed is used
 * (`exceeded`) or the clock is already past its due date (`late`); a refused extension changes nothing.
 */
export function extendRun(run: ClockRun, rule: ClockRule, at: Moment): { run: ClockRun; outcome: 'extended' | 'late' | 'exceeded' } {
  if (rule.extend === undefined || run.extensions >= rule.extend.times) return { run, outcome: 'exceeded' };
  if (isPast(run, rule, at)) return { run, outcome: 'late' };
  return { run: { ...run, extensions: run.extensions + 1 }, outcome: 'extended' };
}

/** A pause as the excluded interval (from, to]: days for day-counted units, milliseconds for hours. */
type Interval = readonly [number, number];

const noIntervals: readonly Interval[] = [];

function pauseIntervals(run: ClockRun, asOf: Moment | undefined, hours: boolean): readonly Interval[] {
  // Most runs never paused: nothing to build (every event of a replay evaluates a run it stops).
  if (run.pauses.length === 0 && (run.pausedSince === undefined || asOf === undefined)) return noIntervals;
  const pauses: [Moment, Moment][] = run.pauses.map(([from, to]) => [from, to]);
  if (run.pausedSince !== undefined && asOf !== undefined) pauses.push([run.pausedSince, asOf]);
  const intervals = pauses
    .map(([from, to]): Interval => (hours ? [from.epochMs, to.epochMs] : [from.day, to.day]))
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  // Merge overlaps (parallel pause states), so no day is excluded twice.
  const merged: [number, number][] = [];
  for (const [from, to] of intervals) {
    const last = merged[merged.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * Units that count are all days (or ms) except those excluded. Working days are counted on the
 * calendar; other units linearly. (No callbacks: a replay computes a due for every clock it stops.)
 */
function countAround(start: number, within: number, excluded: readonly Interval[], calendar: Calendar | undefined, options: CalendarOptions): number {
  let position = start;
  let remaining = within;
  for (const [from, to] of excluded) {
    if (to <= position) continue;
    const segmentEnd = Math.max(position, from);
    const available = calendar === undefined ? segmentEnd - position : calendar.workdaysBetween(position, segmentEnd, options);
    if (available >= remaining) return calendar === undefined ? position + remaining : calendar.addWorkdays(position, remaining, options);
    remaining -= available;
    position = Math.max(position, to);
  }
  return calendar === undefined ? position + remaining : calendar.addWorkdays(position, remaining, options);
}

const strict: CalendarOptions = Object.freeze({ weekendsOnly: false });
const weekendsOnly: CalendarOptions = Object.freeze({ weekendsOnly: true });

/** Calendar days of the excluded intervals that fall in (start, until]. */
function excludedDays(excluded: readonly Interval[], start: number, until: number): number {
  let total = 0;
  for (const [from, to] of excluded) total += Math.max(0, Math.min(to, until) - Math.max(from, start));
  return total;
}

/**
 * The due of a run: a day number (the deadline is the end of that day), or an instant in ms for
 * `hour` clocks. An open pause counts as lasting until `asOf`.
 */
export function dueOf(run: ClockRun, rule: ClockRule, asOf?: Moment): number {
  const options = rule.weekendsOnly === true ? weekendsOnly : strict;
  const { calendar } = rule;
  const sameUnitExtension = rule.extend !== undefined && rule.extend.unit === rule.unit ? run.extensions * rule.extend.by : 0;
  const within = rule.within + sameUnitExtension;
  const excluded = pauseIntervals(run, asOf, rule.unit === 'hour');
  let due: number;
  let rolls = false;
  switch (rule.unit) {
    case 'hour':
      return countAround(run.start.epochMs, within * 3_600_000, excluded, undefined, options) + otherUnitExtensionMs(run, rule);
    case 'workday':
      due = countAround(run.start.day, within, excluded, calendar, options);
      break;
    case 'day':
      due = countAround(run.start.day, within, excluded, undefined, options);
      rolls = within > 0;
      break;
    case 'month':
    case 'year': {
      const nominal = addMonths(run.start.day, rule.unit === 'year' ? within * 12 : within);
      // Paused days push the end out; more of the pause may then fall before it, so repeat until stable.
      due = nominal;
      for (let shifted = nominal + excludedDays(excluded, run.start.day, due); shifted !== due; shifted = nominal + excludedDays(excluded, run.start.day, due)) due = shifted;
      rolls = within > 0;
      break;
    }
  }
  if (rule.extend !== undefined && rule.extend.unit !== rule.unit && run.extensions > 0) {
    const extension = rule.extend.unit === 'hour' ? Math.ceil((run.extensions * rule.extend.by) / 24) : run.extensions * rule.extend.by;
    const unit = rule.extend.unit === 'hour' ? 'day' : rule.extend.unit;
    due = nominalDueDay(due, extension, unit, calendar, options);
    rolls = unit !== 'workday';
  }
  return rolls ? calendar.nextWorkday(due, options) : due;
}

/** Hours-clock extensions written in another unit count as that many days of 24 hours. */
function otherUnitExtensionMs(run: ClockRun, rule: ClockRule): number {
  if (rule.extend === undefined || rule.extend.unit === 'hour' || run.extensions === 0) return 0;
  return run.extensions * rule.extend.by * MS_PER_DAY;
}

/** Whether the moment is past the run's deadline (after the end of the due day, or the due instant). */
function isPast(run: ClockRun, rule: ClockRule, at: Moment): boolean {
  const due = dueOf(run, rule, at);
  return rule.unit === 'hour' ? at.epochMs > due : at.day > due;
}

/** A run evaluated at a moment. */
export interface ClockEvaluation {
  readonly status: ClockStatus;
  /** The due, as a date (or a timestamp for `hour` clocks), given pauses up to the evaluation. */
  readonly due: string;
  /** How far past the due a missed or overdue clock is, in the clock's unit (days for month and year). */
  readonly late?: number;
}

/**
 * The status of a run at a moment: `met`/`missed` once stopped; `paused` in a pause that began on
 * time; `overdue` past the due; `due-soon` within `warn` units of it; otherwise `running`.
 */
export function evaluateRun(run: ClockRun, rule: ClockRule, at: Moment, zone: TimeZone): ClockEvaluation {
  const end = run.stopped ?? at;
  const due = dueOf(run, rule, end);
  const formatted = rule.unit === 'hour' ? zone.formatMoment(zone.momentAt(due)) : formatDate(due);
  const late = lateness(due, end, rule);
  if (run.stopped !== undefined) return late > 0 ? { status: 'missed', due: formatted, late } : { status: 'met', due: formatted };
  if (run.pausedSince !== undefined) {
    // Paused on time, the clock waits; paused when already late, it stays overdue.
    const { pausedSince, ...beforePause } = run;
    if (!isPast(beforePause, rule, pausedSince)) return { status: 'paused', due: formatted };
  }
  if (late > 0) return { status: 'overdue', due: formatted, late };
  return { status: dueSoon(due, at, rule) ? 'due-soon' : 'running', due: formatted };
}

/**
 * Whether a stopped run stopped after its due: `evaluateRun(run, …).status === 'missed'`, without
 * formatting the due (a replay asks this of every clock it stops; only a missed one is worded).
 */
export function isMissed(run: ClockRun, rule: ClockRule): boolean {
  if (run.stopped === undefined) return false;
  return lateness(dueOf(run, rule, run.stopped), run.stopped, rule) > 0;
}

/** Units past the due at a moment; 0 when on time. */
function lateness(due: number, at: Moment, rule: ClockRule): number {
  const options = rule.weekendsOnly === true ? weekendsOnly : strict;
  if (rule.unit === 'hour') return at.epochMs > due ? Math.ceil((at.epochMs - due) / 3_600_000) : 0;
  if (at.day <= due) return 0;
  return rule.unit === 'workday' ? Math.max(1, rule.calendar.workdaysBetween(due, at.day, options)) : at.day - due;
}

function dueSoon(due: number, at: Moment, rule: ClockRule): boolean {
  if (rule.warn === undefined) return false;
  switch (rule.unit) {
    case 'hour':
      return due - at.epochMs <= rule.warn * 3_600_000;
    case 'workday':
      return rule.calendar.workdaysBetween(at.day, due, { weekendsOnly: rule.weekendsOnly === true }) <= rule.warn;
    case 'day':
      return due - at.day <= rule.warn;
    case 'month':
    case 'year':
      return at.day >= addMonths(due, -(rule.unit === 'year' ? rule.warn * 12 : rule.warn));
  }
}
