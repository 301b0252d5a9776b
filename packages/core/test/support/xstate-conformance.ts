/** The conformance report as it was before flow tables, over the XState-driven replay: the reference for flow-table.test.ts. */
import type { Power } from '../../src/model.js';
import type { Locale } from '../../src/vocabulary.js';
import { CaseReplay, formatViolation, replayContext, type ReplayContext, type ReplayResult, type ViolationCode } from './xstate-replay.js';

/** One row of a case log. */
export interface LogRow {
  readonly case: string;
  readonly power: string;
  readonly at: string;
  readonly event: string;
  readonly guard?: string;
  readonly by?: string;
  readonly note?: string;
}

/** A case's result in a conformance report: a replay result without the state to resume from. */
export type CaseOutcome = Omit<ReplayResult, 'state'>;

/** What a supervision desk looks at for one power. */
export interface PowerSummary {
  readonly power: string;
  /** The power's name; absent for a code the catalogue does not have. */
  readonly name?: string;
  /** Cases in the log. */
  cases: number;
  /** Cases that reached a final state. */
  finished: number;
  /** Finished cases whose every clock stopped on time. */
  met: number;
  /** Cases with a clock that stopped after its due date. */
  missed: number;
  /** Open cases with a clock past its due date at the evaluation time. */
  overdueNow: number;
  /** Violations by code. */
  violations: Partial<Record<ViolationCode, number>>;
}

export interface ConformanceOptions {
  /** The power of a code, or undefined when the catalogue has none. */
  readonly powers: (code: string) => Power | undefined;
  readonly context?: ReplayContext;
  /** Evaluation time for open cases (see ReplayOptions.at); default now. */
  readonly at?: string | Date;
  readonly locale?: Locale;
}

/**
 * A conformance check in progress: `add` each row as it is read, `finish` at the end of the log.
 *
 * @example
 * const check = new Conformance({ powers: (code) => byCode.get(code), at: '2026-11-20' });
 * for (const row of rows) for (const done of check.add(row)) print(done);
 * const { cases, summary } = check.finish();
 */
export class Conformance {
  private readonly open = new Map<string, CaseReplay>();
  /** Cases already reported: their power and final states, so that later rows are told apart. */
  private readonly closed = new Map<string, { power: string; states: readonly string[] }>();
  private readonly summaries = new Map<string, PowerSummary>();
  private readonly context: ReplayContext;
  private readonly at: string | Date;
  private readonly locale: Locale;

  constructor(private readonly options: ConformanceOptions) {
    this.context = options.context ?? replayContext();
    this.at = options.at ?? new Date();
    this.locale = options.locale ?? 'zh-Hans';
  }

  private summary(code: string, power: Power | undefined): PowerSummary {
    let summary = this.summaries.get(code);
    if (summary === undefined) {
      summary = { power: code, ...(power !== undefined && { name: power.name }), cases: 0, finished: 0, met: 0, missed: 0, overdueNow: 0, violations: {} };
      this.summaries.set(code, summary);
    }
    return summary;
  }

  /** Takes one row. Returns the results of the cases it closed (none, or this row's case). */
  add(row: LogRow): CaseOutcome[] {
    const closed = this.closed.get(row.case);
    if (closed !== undefined) return [this.afterClose(row, closed)];
    let replaying = this.open.get(row.case);
    if (replaying === undefined) {
      const power = this.options.powers(row.power);
      const summary = this.summary(row.power, power);
      summary.cases++;
      if (power === undefined) {
        const outcome = this.unknownPower(row);
        this.count(summary, outcome);
        this.closed.set(row.case, { power: row.power, states: [] });
        return [outcome];
      }
      replaying = new CaseReplay(row.case, power, { context: this.context });
      this.open.set(row.case, replaying);
    }
    replaying.apply(row.guard === undefined || row.guard === '' ? { at: row.at, event: row.event } : { at: row.at, event: row.event, guard: row.guard });
    if (!replaying.final) return [];
    return [this.close(row.case, replaying)];
  }

  /** Ends the log: the results of the cases still open, and the summary of every power, by code. */
  finish(): { cases: CaseOutcome[]; summary: PowerSummary[] } {
    const cases: CaseOutcome[] = [];
    for (const [id, replaying] of this.open) cases.push(this.close(id, replaying));
    const summary = [...this.summaries.values()].sort((a, b) => (a.power < b.power ? -1 : a.power > b.power ? 1 : 0));
    return { cases, summary };
  }

  private close(id: string, replaying: CaseReplay): CaseOutcome {
    this.open.delete(id);
    const outcome = replaying.outcome(this.at, this.locale);
    this.closed.set(id, { power: outcome.power, states: outcome.states });
    this.count(this.summary(outcome.power, replaying.power), outcome);
    return outcome;
  }

  private count(summary: PowerSummary, outcome: CaseOutcome): void {
    if (outcome.final) summary.finished++;
    const missed = outcome.clocks.some((clock) => clock.status === 'missed');
    if (missed) summary.missed++;
    else if (outcome.final && outcome.clocks.every((clock) => clock.status === 'met')) summary.met++;
    if (!outcome.final && outcome.clocks.some((clock) => clock.status === 'overdue')) summary.overdueNow++;
    for (const violation of outcome.violations) summary.violations[violation.code] = (summary.violations[violation.code] ?? 0) + 1;
  }

  /** A row for a case already reported: the event came after the case was closed. */
  private afterClose(row: LogRow, closed: { power: string; states: readonly string[] }): CaseOutcome {
    const power = this.options.powers(closed.power);
    if (power === undefined) return this.unknownPower(row);
    const message = formatViolation(
      { code: 'unexpected-event', template: 'after-final', at: row.at, event: row.event, values: { event: row.event, states: closed.states.join('\u0000') } },
      this.locale,
    );
    const summary = this.summary(closed.power, power);
    summary.violations['unexpected-event'] = (summary.violations['unexpected-event'] ?? 0) + 1;
    return { case: row.case, power: closed.power, states: closed.states, final: true, clocks: [], violations: [message] };
  }

  private unknownPower(row: LogRow): CaseOutcome {
    const message = formatViolation({ code: 'unknown-power', template: 'unknown-power', values: { power: row.power } }, this.locale);
    return { case: row.case, power: row.power, states: [], final: false, clocks: [], violations: [message] };
  }
}
