/** The shape of one language's case-replay texts: violation messages, clock names, units. */
import type { ClockStatus, PeriodUnit } from '@sunlit/legal-time';

/** Every violation a replay reports (format.md section 6, plus what a log can get wrong). */
export const violationCodes = [
  'unexpected-event',
  'out-of-order',
  'unknown-event',
  'overdue',
  'late-extension',
  'extension-exceeded',
  'calendar-range',
  'invalid-timestamp',
  'unknown-power',
  'flow-loop',
] as const;

export type ViolationCode = (typeof violationCodes)[number];

export interface ReplayDictionary {
  readonly violations: {
    readonly 'unexpected-event': string;
    /** An event after the case reached a final state. */
    readonly 'after-final': string;
    readonly 'out-of-order': string;
    readonly 'unknown-event': string;
    /** A clock stopped after its due date. */
    readonly overdue: string;
    /** A clock still running past its due date at the evaluation time. */
    readonly 'overdue-now': string;
    readonly 'late-extension': string;
    readonly 'extension-exceeded': string;
    readonly 'calendar-range': string;
    readonly 'invalid-timestamp': string;
    readonly 'unknown-power': string;
    /** An event whose step never settles: done events re-complete a state for ever. */
    readonly 'flow-loop': string;
  };
  /** Name of a state's own time limit: {state} is the state's name. */
  readonly deadlineClock: string;
  readonly units: Readonly<Record<PeriodUnit, string>>;
  readonly statuses: Readonly<Record<ClockStatus, string>>;
  /** Joins the names of active states. */
  readonly listSeparator: string;
  readonly quote: readonly [string, string];
}
