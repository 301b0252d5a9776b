/**
 * @sunlit/legal-time: official working-day calendars, statutory periods counted as the statutes
 * say, and legal clocks with pause, restart and extension. Runs in browsers and Node; no
 * dependencies. See docs/legal-time.md.
 */
export {
  Calendar,
  CalendarRangeError,
  cnMainland,
  createCalendar,
  officialCalendar,
  type CalendarOptions,
  type DayExplanation,
  type DayReason,
  type LocalCalendarDefinition,
  type SpecialDay,
} from './calendar.js';
export {
  dueOf,
  evaluateRun,
  isMissed,
  extendRun,
  pauseRun,
  resumeRun,
  startRun,
  stopRun,
  type ClockEvaluation,
  type ClockRule,
  type ClockRun,
  type ClockStatus,
} from './clocks.js';
export { cnMainlandYears } from './data/cn-mainland.js';
export type { AdjustedWorkday, Notice, OfficialHoliday, OfficialYear } from './data/official.js';
export { dayNumber, formatDate, parseDate, weekdayOf } from './dates.js';
export {
  addPeriod,
  computePeriod,
  dueDay,
  explainDay,
  isWorkday,
  nominalDueDay,
  periodUnits,
  workdaysBetween,
  type PeriodOptions,
  type PeriodResult,
  type PeriodSpec,
  type PeriodUnit,
} from './periods.js';
export { isTimeZone, TimeZone, type Moment } from './time-zone.js';
