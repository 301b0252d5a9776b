/** The sentences of `sunlit deadline` and `sunlit simulate`. */
export interface TimeDictionary {
  readonly deadlineUsage: string;
  readonly badDate: string;
  readonly badWithin: string;
  readonly badUnit: string;
  readonly unknownCalendar: string;
  /** One period computed. */
  readonly period: string;
  /** The nominal last day was a day off and the period moved. */
  readonly rolled: string;
  readonly reasons: { readonly holiday: string; readonly weekend: string; readonly localHoliday: string };
  readonly calendarRange: string;
  readonly weekdays: readonly [string, string, string, string, string, string, string];
  readonly missingCase: string;
  readonly badAt: string;
  readonly catalogueErrors: string;
  readonly csvHeader: string;
  readonly caseLine: string;
  readonly closedIn: string;
  readonly openIn: string;
  readonly clockLine: string;
  readonly stoppedOn: string;
  readonly extended: string;
  readonly violationLine: string;
  readonly noViolations: string;
  readonly withViolations: string;
  readonly summaryHeader: string;
  readonly summaryLine: string;
  readonly listSeparator: string;
}
