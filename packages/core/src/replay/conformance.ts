/**
 * Conformance over a log of many cases (电子监察): rows `case,power,at,event[,guard][,by][,note]`
 * arrive one at a time, each case is replayed as its rows come, a case's result is given as soon as it
 * reaches a final state, and a summary per power is kept. Only open cases are held, so a log of any
 * length is checked in the memory of the cases open at once.
 */
import type { Power } from '../model.js';
import { ClosedCases } from './closed-cases.js';
import { ownString } from '../text.js';
import type { Locale } from '../vocabulary.js';
import { CaseReplay, compile, formatViolation, replayContext, type CompiledPower, type ReplayContext, type ReplayResult, type ViolationCode } from './replay.js';

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
  /** Open cases: a small map, looked up first by every row. */
  private readonly open = new Map<string, CaseReplay>();
  /**
   * Cases already reported, each with the index of how it ended (its power's entry in `closedEntries`,
   * its leaf states in `closedStates`): a closed case costs its id's characters and a few integers
   * (see ClosedCases). Exact: a row for a closed case is always reported as such.
   */
  private readonly closed = new ClosedCases();
  private readonly closedEntries: PowerEntry[] = [];
  /** The flow table's own lists of leaf states, shared by every case that ended there. */
  private readonly closedStates: (readonly string[])[] = [];
  /**
   * What the report knows of each power code met: the power (asked of `options.powers` once per
   * code), its summary, its compiled flow, and the closed-case record of each configuration. One
   * lookup per new case instead of one per question.
   */
  private readonly entries = new Map<string, PowerEntry>();
  private readonly context: ReplayContext;
  private readonly at: string | Date;
  private readonly locale: Locale;

  constructor(private readonly options: ConformanceOptions) {
    this.context = options.context ?? replayContext();
    this.at = options.at ?? new Date();
    this.locale = options.locale ?? 'zh-Hans';
  }

  private entry(code: string): PowerEntry {
    let entry = this.entries.get(code);
    if (entry === undefined) {
      const power = this.options.powers(code);
      // A copy of the code: the cell may be a slice of a whole chunk of the log, which a summary kept
      // to the end would keep alive (one chunk per power first met, most of the heap's growth before).
      const key = ownString(code);
      const summary: PowerSummary = { power: key, ...(power !== undefined && { name: power.name }), cases: 0, finished: 0, met: 0, missed: 0, overdueNow: 0, violations: {} };
      entry = { code: key, power, summary, compiled: undefined, kinds: [], unknownKind: -1 };
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Takes one row. Returns the results of the cases it closed (none, or this row's case). */
  add(row: LogRow): CaseOutcome[] {
    const outcome = this.addEvent(row.case, row.power, row.at, row.event, row.guard);
    return outcome === undefined ? [] : [outcome];
  }

  /**
   * `add` without a row object, for readers that have the cells at hand (`by` and `note` are not
   * read by the check): the result of the case this event closed, if it did.
   *
   * @param caseId the row's `case`; @param power its `power` (read only for the first row of a case);
   * @param at its timestamp; @param event its event; @param guard its guard label, if any.
   */
  addEvent(caseId: string, power: string, at: string, event: string, guard?: string): CaseOutcome | undefined {
    let replaying = this.open.get(caseId);
    if (replaying === undefined) {
      const closed = this.closed.get(caseId);
      if (closed !== undefined) return this.afterClose(caseId, at, event, this.closedEntries[closed]!, this.closedStates[closed]!);
      const entry = this.entry(power);
      entry.summary.cases++;
      const id = ownString(caseId);
      if (entry.power === undefined) {
        const outcome = this.unknownPower(caseId, power);
        this.count(entry.summary, outcome);
        if (entry.unknownKind < 0) entry.unknownKind = this.closedKind(entry, []);
        this.closed.set(id, entry.unknownKind);
        return outcome;
      }
      entry.compiled ??= compile(entry.power, this.context);
      replaying = new CaseReplay(id, entry.power, { context: this.context, compiled: entry.compiled });
      replaying.tag = entry;
      this.open.set(id, replaying);
    }
    replaying.take(at, event, guard);
    if (!replaying.final) return undefined;
    return this.close(replaying);
  }

  /** Ends the log: the results of the cases still open, and the summary of every power, by code. */
  finish(): { cases: CaseOutcome[]; summary: PowerSummary[] } {
    const cases: CaseOutcome[] = [];
    for (const replaying of this.open.values()) cases.push(this.close(replaying));
    const summary = [...this.entries.values()].map((entry) => entry.summary).sort((a, b) => (a.power < b.power ? -1 : a.power > b.power ? 1 : 0));
    return { cases, summary };
  }

  private close(replaying: CaseReplay): CaseOutcome {
    this.open.delete(replaying.caseId);
    const outcome = replaying.outcome(this.at, this.locale);
    const entry = replaying.tag as PowerEntry;
    // Counted under the power's own code (the code the log wrote, unless a lookup maps codes).
    const counted = outcome.power === entry.code ? entry : this.entry(outcome.power);
    // Cases of a power that end in the same configuration share their record.
    const configuration = replaying.configuration;
    let kind = entry.kinds[configuration];
    if (kind === undefined) entry.kinds[configuration] = kind = this.closedKind(counted, replaying.leaves);
    this.closed.set(replaying.caseId, kind);
    this.count(counted.summary, outcome);
    return outcome;
  }

  private closedKind(entry: PowerEntry, states: readonly string[]): number {
    this.closedEntries.push(entry);
    this.closedStates.push(states);
    return this.closedEntries.length - 1;
  }

  private count(summary: PowerSummary, outcome: CaseOutcome): void {
    if (outcome.final) summary.finished++;
    let missed = false;
    let allMet = true;
    let overdue = false;
    for (const clock of outcome.clocks) {
      if (clock.status === 'missed') missed = true;
      else if (clock.status === 'overdue') overdue = true;
      if (clock.status !== 'met') allMet = false;
    }
    if (missed) summary.missed++;
    else if (outcome.final && allMet) summary.met++;
    if (!outcome.final && overdue) summary.overdueNow++;
    for (const violation of outcome.violations) summary.violations[violation.code] = (summary.violations[violation.code] ?? 0) + 1;
  }

  /** A row for a case already reported: the event came after the case was closed. */
  private afterClose(caseId: string, at: string, event: string, entry: PowerEntry, states: readonly string[]): CaseOutcome {
    if (entry.power === undefined) return this.unknownPower(caseId, entry.code);
    const message = formatViolation(
      { code: 'unexpected-event', template: 'after-final', at, event, values: { event, states: states.join('\u0000') } },
      this.locale,
    );
    const summary = entry.summary;
    summary.violations['unexpected-event'] = (summary.violations['unexpected-event'] ?? 0) + 1;
    return { case: caseId, power: entry.code, states: [...states], final: true, clocks: [], violations: [message] };
  }

  private unknownPower(caseId: string, power: string): CaseOutcome {
    const message = formatViolation({ code: 'unknown-power', template: 'unknown-power', values: { power } }, this.locale);
    return { case: caseId, power, states: [], final: false, clocks: [], violations: [message] };
  }
}

/** A power code as the report knows it. */
interface PowerEntry {
  readonly code: string;
  readonly power: Power | undefined;
  readonly summary: PowerSummary;
  compiled: CompiledPower | undefined;
  /** Index in `closedEntries` of the record of cases that closed in a configuration, by configuration id. */
  readonly kinds: number[];
  /** The record of cases of an unknown power (-1: none yet). */
  unknownKind: number;
}
