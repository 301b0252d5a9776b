/**
 * The replay as it was before flow tables: XState's `transition()` drives each case (steps memoised
 * per snapshot), clocks follow the entered and exited state paths. Kept unchanged as the reference
 * the table-driven replay (src/replay/replay.ts) is checked against in flow-table.test.ts.
 */
import {
  CalendarRangeError,
  cnMainland,
  createCalendar,
  evaluateRun,
  extendRun,
  formatDate,
  pauseRun,
  resumeRun,
  startRun,
  stopRun,
  TimeZone,
  type Calendar,
  type ClockRule,
  type ClockRun,
  type ClockStatus,
  type Moment,
  type PeriodUnit,
} from '@sunlit/legal-time';
import { initialTransition, transition, type SnapshotFrom, type StateValue } from 'xstate';
import { allStates, toMachine, type PowerMachine } from '../../src/machine.js';
import { printable } from '../../src/messages/index.js';
import type { Catalogue, Power } from '../../src/model.js';
import type { Locale } from '../../src/vocabulary.js';
import type { ReplayDictionary, ViolationCode } from '../../src/replay/messages/dictionary.js';
import { en } from '../../src/replay/messages/en.js';
import { zhHans } from '../../src/replay/messages/zh-Hans.js';
import { zhHant } from '../../src/replay/messages/zh-Hant.js';

export { violationCodes, type ViolationCode } from '../../src/replay/messages/dictionary.js';

const replayDictionaries: Readonly<Record<Locale, ReplayDictionary>> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

/** One event of a case as a replay takes it. */
export interface ReplayEvent {
  /** A timestamp; without an offset it is local time in the catalogue's time zone. */
  readonly at: string;
  readonly event: string;
  /** The guard label that picks a branch (决定 + 准予). */
  readonly guard?: string;
}

/** A clock at the evaluation time. */
export interface ClockReport {
  /** The clock's key in `clocks`, or `deadline:<state path>` for a state's own time limit. */
  readonly id: string;
  readonly name: string;
  /** The local date it (last) started; a timestamp for `hour` clocks. */
  readonly start: string;
  /** The last day (or, for `hour` clocks, the instant) of the period, pauses and extensions included. */
  readonly due: string;
  readonly status: ClockStatus;
  readonly within: number;
  readonly unit: PeriodUnit;
  readonly extensions: number;
  /** When it stopped, for `met` and `missed`. */
  readonly stopped?: string;
}

/** Something in the case that the law or the flow does not allow. */
export interface Violation {
  readonly code: ViolationCode;
  /** The time of the event concerned, as written, or the evaluation time for a clock still overdue. */
  readonly at?: string;
  readonly event?: string;
  /** The clock concerned. */
  readonly clock?: string;
  readonly message: string;
}

/** The outcome of a replay at an evaluation time. */
export interface ReplayResult {
  readonly case: string;
  readonly power: string;
  /** The active states: leaf paths, in document order. */
  readonly states: readonly string[];
  /** Whether the case reached a final state. */
  readonly final: boolean;
  readonly clocks: readonly ClockReport[];
  readonly violations: readonly Violation[];
  /** The state to resume from with later events (JSON-serialisable). */
  readonly state: ReplayState;
}

/** A violation as recorded, its message made when reported (in the language then asked for). */
export interface ViolationRecord {
  readonly code: ViolationCode;
  readonly template: keyof ReplayDictionary['violations'];
  readonly at?: string;
  readonly event?: string;
  readonly clock?: string;
  readonly values: Readonly<Record<string, string | number>>;
}

/** Everything a replay has learnt, as plain data: save it as JSON and pass it back to resume. */
export interface ReplayState {
  readonly version: 1;
  readonly case: string;
  readonly power: string;
  /** The XState persisted snapshot of the flow's machine. */
  readonly snapshot: unknown;
  /** The latest run of each clock that has started. */
  readonly clocks: Readonly<Record<string, ClockRun>>;
  /** The last event's moment and text, for the order check. */
  readonly last?: { readonly moment: Moment; readonly at: string };
  readonly violations: readonly ViolationRecord[];
  /** Events taken (applied or refused). */
  readonly events: number;
}

/** The settings a replay takes from its catalogue. */
export interface ReplayContext {
  readonly timeZone: TimeZone;
  /** Calendars by id: cn-mainland and the catalogue's own. */
  readonly calendars: ReadonlyMap<string, Calendar>;
  /** The catalogue's default calendar. */
  readonly calendar: string;
  /** Count years without official data as weekends only instead of reporting `calendar-range`. */
  readonly weekendsOnly: boolean;
}

/**
 * The time zone and calendars of a catalogue, built once for many replays.
 *
 * @param catalogue its `timezone`, `calendar` and `calendars`; defaults Asia/Shanghai and cn-mainland.
 */
export function replayContext(catalogue?: Pick<Catalogue, 'timezone' | 'calendar' | 'calendars'>, options: { weekendsOnly?: boolean } = {}): ReplayContext {
  const calendars = new Map<string, Calendar>([['cn-mainland', cnMainland]]);
  const definitions = new Map((catalogue?.calendars ?? []).map((definition) => [definition.id, definition]));
  // Local calendars may extend each other; build each after the one it extends.
  const build = (id: string, seen: Set<string>): Calendar | undefined => {
    const known = calendars.get(id);
    if (known !== undefined) return known;
    const definition = definitions.get(id);
    if (definition === undefined || seen.has(id)) return undefined;
    seen.add(id);
    const base = definition.extends === undefined ? undefined : build(definition.extends, seen);
    const calendar = createCalendar({
      id,
      ...(definition.name !== undefined && { name: definition.name }),
      ...(base !== undefined && { extends: base }),
      holidays: definition.holidays,
      workdays: definition.workdays,
    });
    calendars.set(id, calendar);
    return calendar;
  };
  for (const id of definitions.keys()) build(id, new Set());
  return {
    timeZone: new TimeZone(catalogue?.timezone ?? 'Asia/Shanghai'),
    calendars,
    calendar: catalogue?.calendar ?? 'cn-mainland',
    weekendsOnly: options.weekendsOnly === true,
  };
}

/** A clock of a power as the replay runs it. */
interface ClockDefinition {
  readonly id: string;
  /** The clock's name, or the state whose deadline it is. */
  readonly name: string;
  readonly stateName?: string;
  readonly rule: ClockRule;
  readonly from: string;
  /** Stops when one of these is entered; empty: when the flow is done. */
  readonly until: readonly string[];
  /** A state's own deadline stops when the state is left. */
  readonly untilLeft: boolean;
  readonly pause: readonly string[];
  readonly extendOn?: string;
}

/** What one event does in one configuration, computed once per power by XState and remembered. */
interface Step {
  readonly enabled: boolean;
  readonly next: MachineSnapshot;
  readonly entered: readonly string[];
  readonly exited: readonly string[];
}

type MachineSnapshot = SnapshotFrom<PowerMachine>;

/** A power compiled for replays: its machine, events, clocks, and the steps seen so far. */
interface CompiledPower {
  readonly power: Power;
  readonly machine: PowerMachine;
  readonly events: ReadonlySet<string>;
  readonly clocks: readonly ClockDefinition[];
  /** Document order of state paths, to list active states as written. */
  readonly order: ReadonlyMap<string, number>;
  readonly steps: Map<string, Step>;
  readonly initial: { readonly snapshot: MachineSnapshot; readonly entered: readonly string[] };
}

const compiled = new WeakMap<Power, WeakMap<ReplayContext, CompiledPower>>();

function compile(power: Power, context: ReplayContext): CompiledPower {
  let byContext = compiled.get(power);
  if (byContext === undefined) compiled.set(power, (byContext = new WeakMap()));
  const known = byContext.get(context);
  if (known !== undefined) return known;
  const machine = boundedMachine(power);
  const states = allStates(power.flow);
  const calendarOf = (id: string | undefined): Calendar => context.calendars.get(id ?? context.calendar) ?? cnMainland;
  const clocks: ClockDefinition[] = power.clocks.map((clock) => ({
    id: clock.id,
    name: clock.name,
    rule: {
      within: clock.within,
      unit: clock.unit,
      ...(clock.extend !== undefined && { extend: { by: clock.extend.by, unit: clock.extend.unit, times: clock.extend.times } }),
      ...(clock.warn !== undefined && { warn: clock.warn }),
      calendar: calendarOf(clock.calendar),
      weekendsOnly: context.weekendsOnly,
    },
    from: clock.from,
    until: clock.until,
    untilLeft: false,
    pause: clock.pause,
    ...(clock.extend !== undefined && { extendOn: clock.extend.on }),
  }));
  for (const state of states) {
    if (state.deadline === undefined) continue;
    clocks.push({
      id: `deadline:${state.path}`,
      name: state.name,
      stateName: state.name,
      rule: {
        within: state.deadline.within,
        unit: state.deadline.unit,
        ...(state.deadline.warn !== undefined && { warn: state.deadline.warn }),
        calendar: calendarOf(state.deadline.calendar),
        weekendsOnly: context.weekendsOnly,
      },
      from: state.path,
      until: [],
      untilLeft: true,
      pause: [],
    });
  }
  const events = new Set<string>();
  for (const state of states) for (const item of state.transitions) events.add(item.event);
  const [snapshot] = initialTransition(machine);
  const result: CompiledPower = {
    power,
    machine,
    events,
    clocks,
    order: new Map(states.map((state, index) => [state.path, index])),
    steps: new Map(),
    initial: { snapshot, entered: activePaths(snapshot.value) },
  };
  byContext.set(context, result);
  return result;
}

/**
 * The power's machine, made to throw instead of looping for ever on done events (a generated flow
 * may do that): the one change to the reference, which only tests use.
 */
export function boundedMachine(power: Pick<Power, 'code' | 'flow'>): PowerMachine {
  const machine = toMachine(power);
  (machine.options as { maxIterations?: number }).maxIterations = 20_000;
  return machine;
}

/** Every active state path of a state value, ancestors included: { A: { B: 'C' } } → A, A.B, A.B.C. */
function activePaths(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  const paths: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    paths.push(prefix + key);
    if (child !== undefined) paths.push(...activePaths(child, `${prefix}${key}.`));
  }
  return paths;
}

/** Configuration keys of snapshots: the memoised steps hand out the same snapshot objects again. */
const configurationKeys = new WeakMap<MachineSnapshot, string>();

/** Active state paths of snapshots, for the same reason. */
const activeSets = new WeakMap<MachineSnapshot, ReadonlySet<string>>();

function activeSet(snapshot: MachineSnapshot): ReadonlySet<string> {
  let active = activeSets.get(snapshot);
  if (active === undefined) activeSets.set(snapshot, (active = new Set(activePaths(snapshot.value))));
  return active;
}

function stepOf(power: CompiledPower, snapshot: MachineSnapshot, event: ReplayEvent): Step {
  let configuration = configurationKeys.get(snapshot);
  if (configuration === undefined) configurationKeys.set(snapshot, (configuration = JSON.stringify(snapshot.value)));
  const key = `${configuration}\u0000${event.event}\u0000${event.guard ?? ''}`;
  let step = power.steps.get(key);
  if (step === undefined) {
    const flowEvent = event.guard === undefined ? { type: event.event } : { type: event.event, guard: event.guard };
    // Not snapshot.can(): XState counts a transition without target or actions as forbidden, while
    // in a flow it is an allowed event that leaves the case where it is (延期).
    const enabled = snapshot.status === 'active' && power.machine.getTransitionData(snapshot, flowEvent).length > 0;
    const [next] = enabled ? transition(power.machine, snapshot, flowEvent) : [snapshot];
    const before = activeSet(snapshot);
    const after = activeSet(next);
    step = {
      enabled,
      next,
      entered: [...after].filter((path) => !before.has(path)),
      exited: [...before].filter((path) => !after.has(path)),
    };
    power.steps.set(key, step);
  }
  return step;
}

/** Options of a replay. */
export interface ReplayOptions {
  /** The catalogue's time zone and calendars (see `replayContext`); default Asia/Shanghai, cn-mainland. */
  readonly context?: ReplayContext;
  /**
   * The evaluation time: clocks are evaluated then, and events after it are not taken (the case as
   * it stood then). A timestamp, or a Date; default now.
   */
  readonly at?: string | Date;
  /** Continue from a saved state instead of the case's start. */
  readonly resume?: ReplayState;
  /** Language of the messages; default zh-Hans. */
  readonly locale?: Locale;
}

/** Words for clock units and statuses in a language, for reports that show clocks. */
export function clockTerms(locale: Locale): Pick<ReplayDictionary, 'units' | 'statuses'> {
  const { units, statuses } = replayDictionaries[locale];
  return { units, statuses };
}

let defaultContext: ReplayContext | undefined;

/** The moment of an evaluation time; a date alone means the end of that day (the case as it stood that day). */
function evaluationMoment(at: string | Date, zone: TimeZone): Moment {
  if (typeof at !== 'string') return zone.momentAt(at.getTime());
  const moment = zone.parse(at);
  if (moment === undefined) throw new RangeError(`not a timestamp: ${at}`);
  return at.length === 10 ? zone.parse(`${at}T23:59:59.999`)! : moment;
}

/**
 * A replay in progress: take events one by one, then ask for the result at any time. This is what
 * `replay` and the conformance report use; keep one per open case.
 */
export class CaseReplay {
  private readonly compiled: CompiledPower;
  private readonly context: ReplayContext;
  private snapshot: MachineSnapshot;
  private readonly runs: Map<string, ClockRun>;
  private last: { moment: Moment; at: string } | undefined;
  private readonly violations: ViolationRecord[];
  private events: number;

  constructor(
    readonly caseId: string,
    readonly power: Power,
    options: { context?: ReplayContext; resume?: ReplayState; opened?: string } = {},
  ) {
    this.context = options.context ?? (defaultContext ??= replayContext());
    this.compiled = compile(power, this.context);
    const resume = options.resume;
    if (resume !== undefined) {
      this.snapshot = this.compiled.machine.resolveState(resume.snapshot as Parameters<PowerMachine['resolveState']>[0]);
      this.runs = new Map(Object.entries(resume.clocks));
      this.last = resume.last === undefined ? undefined : { ...resume.last };
      this.violations = [...resume.violations];
      this.events = resume.events;
    } else {
      this.snapshot = this.compiled.initial.snapshot;
      this.runs = new Map();
      this.violations = [];
      this.events = 0;
      if (options.opened !== undefined) this.open(options.opened);
    }
  }

  /** Whether the case has entered its initial state (at `opened` or its first event). */
  private get opened(): boolean {
    return this.last !== undefined;
  }

  /** The case enters the flow's initial state at this time. */
  private open(at: string): void {
    const moment = this.context.timeZone.parse(at);
    if (moment === undefined) {
      this.record({ code: 'invalid-timestamp', template: 'invalid-timestamp', at, values: { at } });
      return;
    }
    this.last = { moment, at };
    this.enter(this.compiled.initial.entered, moment, at, undefined);
  }

  /** Takes one event. Refused events are recorded as violations and change nothing else. */
  apply(event: ReplayEvent): void {
    this.events++;
    let moment = this.context.timeZone.parse(event.at);
    if (moment === undefined) {
      this.record({ code: 'invalid-timestamp', template: 'invalid-timestamp', at: event.at, event: event.event, values: { at: event.at } });
      return;
    }
    if (!this.opened) this.open(event.at);
    const last = this.last!;
    if (moment.epochMs < last.moment.epochMs) {
      this.record({ code: 'out-of-order', template: 'out-of-order', at: event.at, event: event.event, values: { event: event.event, at: event.at, previous: last.at } });
      moment = last.moment;
    } else {
      this.last = { moment, at: event.at };
    }
    if (!this.compiled.events.has(event.event)) {
      this.record({ code: 'unknown-event', template: 'unknown-event', at: event.at, event: event.event, values: { event: event.event } });
      return;
    }
    const step = stepOf(this.compiled, this.snapshot, event);
    if (!step.enabled) {
      const closed = this.snapshot.status === 'done';
      this.record({
        code: 'unexpected-event',
        template: closed ? 'after-final' : 'unexpected-event',
        at: event.at,
        event: event.event,
        values: { event: event.event, states: this.states().join('\u0000') },
      });
      return;
    }
    this.extend(event, moment);
    this.snapshot = step.next;
    this.leave(step.exited, moment, event);
    this.enter(step.entered, moment, event.at, event.event);
    if (this.snapshot.status === 'done') {
      for (const clock of this.compiled.clocks) this.stop(clock, moment, event.at, event.event);
    }
  }

  private extend(event: ReplayEvent, moment: Moment): void {
    for (const clock of this.compiled.clocks) {
      if (clock.extendOn !== event.event) continue;
      const run = this.runs.get(clock.id);
      if (run === undefined || run.stopped !== undefined) continue;
      const outcome = this.counting(clock, event.at, () => extendRun(run, clock.rule, moment));
      if (outcome === undefined) continue;
      this.runs.set(clock.id, outcome.run);
      if (outcome.outcome === 'late') {
        const due = this.counting(clock, event.at, () => evaluateRun(run, clock.rule, moment, this.context.timeZone).due);
        this.record({ code: 'late-extension', template: 'late-extension', at: event.at, event: event.event, clock: clock.id, values: { clock: clock.id, due: due ?? '', at: event.at } });
      } else if (outcome.outcome === 'exceeded') {
        this.record({ code: 'extension-exceeded', template: 'extension-exceeded', at: event.at, event: event.event, clock: clock.id, values: { clock: clock.id, times: clock.rule.extend?.times ?? 0 } });
      }
    }
  }

  private leave(exited: readonly string[], moment: Moment, event: ReplayEvent): void {
    if (exited.length === 0) return;
    const left = new Set(exited);
    for (const clock of this.compiled.clocks) {
      const run = this.runs.get(clock.id);
      if (run === undefined || run.stopped !== undefined) continue;
      if (clock.untilLeft && left.has(clock.from)) {
        this.stop(clock, moment, event.at, event.event);
      } else if (run.pausedSince !== undefined && clock.pause.some((path) => left.has(path)) && !this.inPause(clock)) {
        this.runs.set(clock.id, resumeRun(run, moment));
      }
    }
  }

  private enter(entered: readonly string[], moment: Moment, at: string, event: string | undefined): void {
    if (entered.length === 0) return;
    const arrived = new Set(entered);
    for (const clock of this.compiled.clocks) {
      if (clock.until.some((path) => arrived.has(path))) this.stop(clock, moment, at, event);
      if (arrived.has(clock.from)) {
        // Entering `from` again starts the clock from zero (format.md section 5, rule 7).
        const run = startRun(moment);
        this.runs.set(clock.id, this.inPause(clock) ? pauseRun(run, moment) : run);
        continue;
      }
      const run = this.runs.get(clock.id);
      if (run !== undefined && run.stopped === undefined && clock.pause.some((path) => arrived.has(path))) this.runs.set(clock.id, pauseRun(run, moment));
    }
  }

  private inPause(clock: ClockDefinition): boolean {
    if (clock.pause.length === 0) return false;
    const active = activeSet(this.snapshot);
    return clock.pause.some((path) => active.has(path));
  }

  /** Stops a running clock; stopping late is an `overdue` violation. */
  private stop(clock: ClockDefinition, moment: Moment, at: string, event: string | undefined): void {
    const run = this.runs.get(clock.id);
    if (run === undefined || run.stopped !== undefined) return;
    const stopped = stopRun(run, moment);
    this.runs.set(clock.id, stopped);
    const evaluation = this.counting(clock, at, () => evaluateRun(stopped, clock.rule, moment, this.context.timeZone));
    if (evaluation?.status === 'missed') {
      this.record({
        code: 'overdue',
        template: 'overdue',
        at,
        ...(event !== undefined && { event }),
        clock: clock.id,
        values: { clock: clock.id, due: evaluation.due, at, late: evaluation.late ?? 0, unit: lateUnit(clock.rule.unit) },
      });
    }
  }

  /** Runs a computation that may need a year the calendar lacks; that becomes a `calendar-range` violation. */
  private counting<T>(clock: ClockDefinition, at: string | undefined, compute: () => T): T | undefined {
    try {
      return compute();
    } catch (error) {
      if (!(error instanceof CalendarRangeError)) throw error;
      const covered = error.covered === undefined ? '' : `${error.covered.first}–${error.covered.last}`;
      const already = this.violations.some((item) => item.code === 'calendar-range' && item.clock === clock.id && item.values.year === error.year);
      if (!already) {
        this.record({ code: 'calendar-range', template: 'calendar-range', ...(at !== undefined && { at }), clock: clock.id, values: { clock: clock.id, year: error.year, calendar: error.calendar, covered } });
      }
      return undefined;
    }
  }

  private record(violation: ViolationRecord): void {
    this.violations.push(violation);
  }

  /** The active leaf states, in document order. */
  states(): string[] {
    const paths = [...activeSet(this.snapshot)];
    const leaves = paths.filter((path) => !paths.some((other) => other.startsWith(path + '.')));
    return leaves.sort((a, b) => (this.compiled.order.get(a) ?? 0) - (this.compiled.order.get(b) ?? 0));
  }

  /** The replay's state, to save and resume from. */
  save(): ReplayState {
    return {
      version: 1,
      case: this.caseId,
      power: this.power.code,
      snapshot: this.compiled.machine.getPersistedSnapshot(this.snapshot),
      clocks: Object.fromEntries(this.runs),
      ...(this.last !== undefined && { last: { ...this.last } }),
      violations: [...this.violations],
      events: this.events,
    };
  }

  /** Where the case stands at an evaluation time (default: now), with every clock and violation. */
  result(at: string | Date = new Date(), locale: Locale = 'zh-Hans'): ReplayResult {
    return { ...this.outcome(at, locale), state: this.save() };
  }

  /** The result without the state to resume from (what a report of closed cases needs). */
  outcome(at: string | Date = new Date(), locale: Locale = 'zh-Hans'): Omit<ReplayResult, 'state'> {
    const dictionary = replayDictionaries[locale];
    const evaluation = evaluationMoment(at, this.context.timeZone);
    const atText = typeof at === 'string' ? at : this.context.timeZone.formatMoment(evaluation);
    const clocks: ClockReport[] = [];
    const extra: ViolationRecord[] = [];
    for (const clock of this.compiled.clocks) {
      const run = this.runs.get(clock.id);
      if (run === undefined) continue;
      let result: ReturnType<typeof evaluateRun> | undefined;
      try {
        result = evaluateRun(run, clock.rule, evaluation, this.context.timeZone);
      } catch (error) {
        if (!(error instanceof CalendarRangeError)) throw error;
        const covered = error.covered === undefined ? '' : `${error.covered.first}–${error.covered.last}`;
        if (!this.violations.some((item) => item.code === 'calendar-range' && item.clock === clock.id)) {
          extra.push({ code: 'calendar-range', template: 'calendar-range', at: atText, clock: clock.id, values: { clock: clock.id, year: error.year, calendar: error.calendar, covered } });
        }
        continue;
      }
      const hours = clock.rule.unit === 'hour';
      const show = (moment: Moment) => (hours ? this.context.timeZone.formatMoment(moment) : formatDate(moment.day));
      clocks.push({
        id: clock.id,
        name: this.clockName(clock, dictionary),
        start: show(run.start),
        due: result.due,
        status: result.status,
        within: clock.rule.within,
        unit: clock.rule.unit,
        extensions: run.extensions,
        ...(run.stopped !== undefined && { stopped: show(run.stopped) }),
      });
      if (result.status === 'overdue') {
        extra.push({ code: 'overdue', template: 'overdue-now', at: atText, clock: clock.id, values: { clock: clock.id, due: result.due, at: atText, late: result.late ?? 0, unit: lateUnit(clock.rule.unit) } });
      }
    }
    return {
      case: this.caseId,
      power: this.power.code,
      states: this.states(),
      final: this.snapshot.status === 'done',
      clocks,
      violations: [...this.violations, ...extra].map((record) =>
        formatViolation(record, locale, (id) => {
          const clock = this.compiled.clocks.find((item) => item.id === id);
          return clock === undefined ? undefined : this.clockName(clock, dictionary);
        }),
      ),
    };
  }

  private clockName(clock: ClockDefinition, dictionary: ReplayDictionary): string {
    return clock.stateName === undefined ? clock.name : dictionary.deadlineClock.replace('{state}', clock.stateName);
  }

  /** Whether the case has reached a final state. */
  get final(): boolean {
    return this.snapshot.status === 'done';
  }
}

/**
 * A recorded violation in words, in a language. `clockName` names a clock by its id.
 * @internal Shared with the conformance report.
 */
export function formatViolation(record: ViolationRecord, locale: Locale, clockName: (id: string) => string | undefined = () => undefined): Violation {
  const dictionary = replayDictionaries[locale];
  const quote = (text: string) => dictionary.quote[0] + printable(text) + dictionary.quote[1];
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(record.values)) {
    if (key === 'event' || key === 'power' || key === 'calendar') values[key] = quote(String(value));
    else if (key === 'clock') values[key] = quote(clockName(String(value)) ?? String(value));
    else if (key === 'states') values[key] = String(value).split('\u0000').map(quote).join(dictionary.listSeparator);
    else if (key === 'unit') values[key] = dictionary.units[value as PeriodUnit];
    else if (key === 'at' && record.code === 'invalid-timestamp') values[key] = quote(String(value));
    else values[key] = printable(String(value));
  }
  const message = dictionary.violations[record.template].replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  return {
    code: record.code,
    ...(record.at !== undefined && { at: record.at }),
    ...(record.event !== undefined && { event: record.event }),
    ...(record.clock !== undefined && { clock: record.clock }),
    message,
  };
}

/** Lateness of day-counted periods in months or years is told in days. */
function lateUnit(unit: PeriodUnit): PeriodUnit {
  return unit === 'month' || unit === 'year' ? 'day' : unit;
}

/**
 * Replays a case against its power: the compiled machine takes the events in time order (as
 * written); clocks start, pause, extend and stop as the power says; the result is evaluated at
 * `options.at` (default now), and events after that time are not taken.
 *
 * @example
 * const result = replay(power, { id: '2026-ogi-0042', events: [{ at: '2026-09-28T10:12:00+08:00', event: '提交申请' }] }, { at: '2026-10-01' });
 * result.states; // ['登记']
 */
export function replay(
  power: Power,
  caseData: { readonly id: string; readonly opened?: string; readonly events: readonly ReplayEvent[] },
  options: ReplayOptions = {},
): ReplayResult {
  const context = options.context ?? replayContext();
  const at = options.at ?? new Date();
  const cutoff = evaluationMoment(at, context.timeZone);
  const replaying = new CaseReplay(caseData.id, power, {
    context,
    ...(options.resume !== undefined && { resume: options.resume }),
    ...(options.resume === undefined && caseData.opened !== undefined && { opened: caseData.opened }),
  });
  for (const event of caseData.events) {
    const moment = context.timeZone.parse(event.at);
    if (moment !== undefined && moment.epochMs > cutoff.epochMs) continue;
    replaying.apply(event);
  }
  return replaying.result(at, options.locale);
}
