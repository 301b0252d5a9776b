/**
 * Replaying a case (办件) against its power: the compiled XState machine takes the case's events
 * in order, and the power's clocks and every state's own deadline run alongside, counted by
 * @sunlit/legal-time (format.md sections 5 and 6). The replay reports where the case is, each clock's
 * due date and status at an evaluation time, and every violation. Its state is plain data, so a
 * replay can be saved and resumed with later events.
 */
import {
  CalendarRangeError,
  cnMainland,
  createCalendar,
  evaluateRun,
  extendRun,
  formatDate,
  isMissed,
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
import { allStates } from '../machine.js';
import { printable } from '../messages/index.js';
import type { Catalogue, Power, State, Transition } from '../model.js';
import { ownString } from '../text.js';
import type { Locale } from '../vocabulary.js';
import { ClockOp, FlowTable, LOOPS, UNKNOWN_EVENT, type ClockTrigger } from './flow-table.js';
import type { ReplayDictionary, ViolationCode } from './messages/dictionary.js';
import { en } from './messages/en.js';
import { zhHans } from './messages/zh-Hans.js';
import { zhHant } from './messages/zh-Hant.js';

export { violationCodes, type ViolationCode } from './messages/dictionary.js';

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
  /**
   * Whether powers whose flows and clocks are the same (as a template makes them) share one
   * compiled flow table and the steps learnt in it; default true. Results are the same either way.
   */
  readonly shareFlows?: boolean;
}

/**
 * The time zone and calendars of a catalogue, built once for many replays.
 *
 * @param catalogue its `timezone`, `calendar` and `calendars`; defaults Asia/Shanghai and cn-mainland.
 */
export function replayContext(catalogue?: Pick<Catalogue, 'timezone' | 'calendar' | 'calendars'>, options: { weekendsOnly?: boolean; shareFlows?: boolean } = {}): ReplayContext {
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
    shareFlows: options.shareFlows !== false,
  };
}

/** A clock of a power as the replay runs it. */
interface ClockDefinition extends ClockTrigger {
  readonly id: string;
  /** The clock's name, or the state whose deadline it is. */
  readonly name: string;
  readonly stateName?: string;
  readonly rule: ClockRule;
}

/**
 * A power compiled for replays: its flow table (with the memoised steps) and its clocks.
 * @internal Opaque outside this module (the conformance report keeps one per power code).
 */
export interface CompiledPower {
  readonly power: Power;
  readonly table: FlowTable;
  readonly clocks: readonly ClockDefinition[];
  /** Clock index by id. */
  readonly clockIndex: ReadonlyMap<string, number>;
  /** The run slot of each clock: the index of the first clock with its id (runs are kept by id). */
  readonly slots: Int32Array;
}

const compiled = new WeakMap<Power, WeakMap<ReplayContext, CompiledPower>>();

/**
 * A power compiled for a context: once per power and context, like the context's calendars (a fresh
 * context, one CLI run, compiles every power again; a long-lived one keeps the steps learnt).
 * @internal For the conformance report, which asks once per power code rather than once per case.
 */
export function compile(power: Power, context: ReplayContext): CompiledPower {
  let byContext = compiled.get(power);
  if (byContext === undefined) compiled.set(power, (byContext = new WeakMap()));
  const known = byContext.get(context);
  if (known !== undefined) return known;
  const hash = context.shareFlows === false ? undefined : shapeHash(power);
  if (hash !== undefined) {
    let shapes = sharedShapes.get(context);
    if (shapes === undefined) sharedShapes.set(context, (shapes = new Map()));
    const candidates = shapes.get(hash);
    // The first power of a shape lists its parts only once another has its hash (a template's flow), not every power's.
    const same = candidates?.find((candidate) => sameShape((candidate.parts ??= shapeParts(candidate.compiled.power)), power));
    if (same !== undefined) {
      const result: CompiledPower = { ...same.compiled, power };
      byContext.set(context, result);
      return result;
    }
    const result = compileAlone(power, context);
    if (candidates === undefined) shapes.set(hash, [{ compiled: result, parts: undefined }]);
    else candidates.push({ compiled: result, parts: shapeParts(power) });
    byContext.set(context, result);
    return result;
  }
  const result = compileAlone(power, context);
  byContext.set(context, result);
  return result;
}

type ShapePart = string | number | undefined;

/** Compiled powers by the hash of their shape (see forEachShapePart), per context: the ones others share. */
const sharedShapes = new WeakMap<ReplayContext, Map<number, { readonly compiled: CompiledPower; parts: ShapePart[] | undefined }[]>>();

/**
 * Gives, in order, everything of a power that its compiled form depends on, so that powers made
 * from one template share one flow table: states (ids, paths, names, kinds, initial states,
 * deadlines, transitions, onDone) and clocks, but not the code, the descriptions or where they were
 * written. Counts come before the lists they count, so two powers give the same parts only if their
 * shapes are the same. Returns false for a flow whose behaviour may depend on its code: XState names
 * the done events of a machine after its id (the power's code), which an event starting with
 * `xstate.` or a partial wildcard (`….*`) could match.
 */
function forEachShapePart(power: Power, emit: (part: ShapePart) => void): boolean {
  let codeDependent = false;
  const transition = (item: Transition) => {
    if (item.event.startsWith('xstate') || item.event.endsWith('.*')) codeDependent = true;
    emit(item.event);
    emit(item.target);
    emit(item.guard);
  };
  const visit = (state: State) => {
    emit(state.id);
    emit(state.path);
    emit(state.name);
    emit(state.kind);
    emit(state.initial);
    emit(state.states.length);
    const deadline = state.deadline;
    if (deadline === undefined) emit(undefined);
    else {
      emit(deadline.within);
      emit(deadline.unit);
      emit(deadline.warn);
      emit(deadline.calendar);
    }
    emit(state.transitions.length);
    for (const item of state.transitions) transition(item);
    emit(state.onDone.length);
    for (const item of state.onDone) transition(item);
    for (const child of state.states) visit(child);
  };
  emit(power.flow.initial);
  emit(power.flow.states.length);
  for (const state of power.flow.states) visit(state);
  emit(power.clocks.length);
  for (const clock of power.clocks) {
    emit(clock.id);
    emit(clock.name);
    emit(clock.within);
    emit(clock.unit);
    emit(clock.from);
    emit(clock.until.length);
    for (const state of clock.until) emit(state);
    emit(clock.pause.length);
    for (const state of clock.pause) emit(state);
    emit(clock.warn);
    emit(clock.calendar);
    const extend = clock.extend;
    if (extend === undefined) emit(undefined);
    else {
      emit(extend.by);
      emit(extend.unit);
      emit(extend.on);
      emit(extend.times);
    }
  }
  return !codeDependent;
}

/** FNV-1a over a power's shape parts (tagged by type), or undefined when its flow depends on its code. */
function shapeHash(power: Power): number | undefined {
  let hash = 0x811c9dc5;
  const shared = forEachShapePart(power, (part) => {
    if (typeof part === 'string') {
      for (let index = 0; index < part.length; index++) hash = Math.imul(hash ^ part.charCodeAt(index), 0x01000193);
      hash = Math.imul(hash ^ 0x10000, 0x01000193);
    } else if (typeof part === 'number') hash = Math.imul(Math.imul(hash ^ 0x20000, 0x01000193) ^ (part * 1000), 0x01000193);
    else hash = Math.imul(hash ^ 0x30000, 0x01000193);
  });
  return shared ? hash >>> 0 : undefined;
}

function shapeParts(power: Power): ShapePart[] {
  const parts: ShapePart[] = [];
  forEachShapePart(power, (part) => parts.push(part));
  return parts;
}

function sameShape(parts: readonly ShapePart[], power: Power): boolean {
  let index = 0;
  let same = true;
  forEachShapePart(power, (part) => {
    if (same && parts[index++] !== part) same = false;
  });
  return same && index === parts.length;
}

function compileAlone(power: Power, context: ReplayContext): CompiledPower {
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
  const clockIndex = new Map<string, number>();
  clocks.forEach((clock, index) => {
    if (!clockIndex.has(clock.id)) clockIndex.set(clock.id, index);
  });
  const slots = Int32Array.from(clocks, (clock) => clockIndex.get(clock.id)!);
  return { power, table: new FlowTable(power, clocks), clocks, clockIndex, slots };
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

/** The violations of a replay that has none yet (never written to: `record` replaces it). */
const noRecords: ViolationRecord[] = [];

/** A violation whose texts are copies (see ownString): a record lives as long as its open case. */
function ownStrings(record: ViolationRecord): ViolationRecord {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(record.values)) values[key] = typeof value === 'string' ? ownString(value) : value;
  return {
    ...record,
    ...(record.at !== undefined && { at: ownString(record.at) }),
    ...(record.event !== undefined && { event: ownString(record.event) }),
    values,
  };
}

/** The moment of an evaluation time; a date alone means the end of that day (the case as it stood that day). */
function evaluationMoment(at: string | Date, zone: TimeZone): Moment {
  if (typeof at !== 'string') return zone.momentAt(at.getTime());
  // A conformance report evaluates every case at the same time: read it once.
  if (at === lastEvaluation.at && zone === lastEvaluation.zone) return lastEvaluation.moment;
  const moment = zone.parse(at);
  if (moment === undefined) throw new RangeError(`not a timestamp: ${at}`);
  const evaluation = at.length === 10 ? zone.parse(`${at}T23:59:59.999`)! : moment;
  lastEvaluation = { at, zone, moment: evaluation };
  return evaluation;
}

let lastEvaluation: { readonly at: string; readonly zone: TimeZone | undefined; readonly moment: Moment } = { at: '', zone: undefined, moment: { epochMs: 0, day: 0 } };

/**
 * A replay in progress: take events one by one, then ask for the result at any time. This is what
 * `replay` and the conformance report use; keep one per open case.
 */
export class CaseReplay {
  private readonly compiled: CompiledPower;
  private readonly context: ReplayContext;
  private readonly table: FlowTable;
  private readonly zone: TimeZone;
  /** The configuration's id in the flow table, and whether it is done (read by every row). */
  private configurationId: number;
  private done: boolean;
  /** The latest run of each clock, by the clock's index in `compiled.clocks`. */
  private readonly runs: (ClockRun | undefined)[];
  /** Clock ids in the order their runs were first recorded (as a saved state lists them). */
  private readonly runOrder: string[];
  /** Runs of a resumed state for clocks the power no longer has: kept, and saved again. */
  private readonly otherRuns: Map<string, ClockRun> | undefined;
  /** The last event's moment (NaN before the case opens), as numbers in the object itself: no object to fetch per row. */
  private lastMs: number;
  private lastDay: number;
  private lastAt: string;
  private violations: ViolationRecord[];
  private events: number;
  /**
   * Whatever the owner of many replays keeps with this one (the conformance report: its power's entry).
   * @internal
   */
  tag: unknown = undefined;

  constructor(
    readonly caseId: string,
    readonly power: Power,
    options: {
      context?: ReplayContext;
      resume?: ReplayState;
      opened?: string;
      /** @internal `compile(power, context)`, when the caller has it at hand. */
      compiled?: CompiledPower;
    } = {},
  ) {
    this.context = options.context ?? (defaultContext ??= replayContext());
    this.compiled = options.compiled ?? compile(power, this.context);
    this.runs = new Array<ClockRun | undefined>(this.compiled.clocks.length).fill(undefined);
    this.runOrder = [];
    this.table = this.compiled.table;
    this.zone = this.context.timeZone;
    this.lastMs = NaN;
    this.lastDay = 0;
    this.lastAt = '';
    const resume = options.resume;
    if (resume !== undefined) {
      this.configurationId = this.table.resolve(resume.snapshot).id;
      this.done = this.table.isDone(this.configurationId);
      for (const [id, run] of Object.entries(resume.clocks)) {
        const index = this.compiled.clockIndex.get(id);
        if (index === undefined) (this.otherRuns ??= new Map()).set(id, run);
        else this.runs[index] = run;
        this.runOrder.push(id);
      }
      if (resume.last !== undefined) {
        this.lastMs = resume.last.moment.epochMs;
        this.lastDay = resume.last.moment.day;
        this.lastAt = resume.last.at;
      }
      this.violations = [...resume.violations];
      this.events = resume.events;
    } else {
      this.configurationId = this.table.initial.id;
      this.done = this.table.isDone(this.configurationId);
      // Most cases have none: the list is made at the first (see record).
      this.violations = noRecords;
      this.events = 0;
      if (options.opened !== undefined) this.open(options.opened, this.zone.parse(options.opened));
    }
  }

  /** The case enters the flow's initial state at this time. */
  private open(at: string, moment: Moment | undefined): void {
    if (moment === undefined) {
      this.record({ code: 'invalid-timestamp', template: 'invalid-timestamp', at, values: { at } });
      return;
    }
    this.lastMs = moment.epochMs;
    this.lastDay = moment.day;
    this.lastAt = ownString(at);
    this.runClocks(this.table.openClocks, 0, moment, at, undefined);
  }

  /** Takes one event. Refused events are recorded as violations and change nothing else. */
  apply(event: ReplayEvent): void {
    this.take(event.at, event.event, event.guard);
  }

  /**
   * `apply` without an event object, for callers that read rows (the conformance report).
   * @internal
   */
  take(at: string, event: string, guard: string | undefined): void {
    this.events++;
    // The time as numbers: a Moment object only for a step that runs clocks (most do not).
    const zone = this.zone;
    if (!zone.read(at)) {
      this.record({ code: 'invalid-timestamp', template: 'invalid-timestamp', at, event, values: { at } });
      return;
    }
    let epochMs = zone.readMs;
    let day = zone.readDay;
    // Whether the case has entered its initial state (at `opened` or its first event).
    if (Number.isNaN(this.lastMs)) this.open(at, { epochMs, day });
    if (epochMs < this.lastMs) {
      this.record({ code: 'out-of-order', template: 'out-of-order', at, event, values: { event, at, previous: this.lastAt } });
      epochMs = this.lastMs;
      day = this.lastDay;
    } else {
      this.lastMs = epochMs;
      this.lastDay = day;
      // Kept while the case is open, which may be long: a copy, not a view of the log's chunk.
      this.lastAt = ownString(at);
    }
    const table = this.table;
    const symbol = table.symbol(event, guard);
    if (symbol === UNKNOWN_EVENT) {
      this.record({ code: 'unknown-event', template: 'unknown-event', at, event, values: { event } });
      return;
    }
    const from = this.configurationId;
    // A flow whose start never settles applies no event.
    const next = table.startLoops ? LOOPS : table.next(from, symbol);
    if (next === LOOPS) {
      this.record({ code: 'flow-loop', template: 'flow-loop', at, event, values: { event, states: table.configurationOf(from).leaves.join('\u0000') } });
      return;
    }
    if (next < 0) {
      const closed = this.done;
      this.record({
        code: 'unexpected-event',
        template: closed ? 'after-final' : 'unexpected-event',
        at,
        event,
        values: { event, states: table.configurationOf(from).leaves.join('\u0000') },
      });
      return;
    }
    this.configurationId = next;
    this.done = table.isDone(next);
    const ops = table.clockOpsAt(from, symbol);
    if (ops !== 0) this.runClocks(table.clockOps, ops, { epochMs, day }, at, event);
  }

  /** Applies a step's clock operations (see ClockOp) from `ops[start]` (their count) on, each checking the run as it stands. */
  private runClocks(ops: Int32Array, start: number, moment: Moment, at: string, event: string | undefined): void {
    const end = start + 1 + ops[start]!;
    for (let index = start + 1; index < end; index++) {
      const op = ops[index]!;
      const clockIndex = op >> 3;
      const slot = this.compiled.slots[clockIndex]!;
      const run = this.runs[slot];
      switch (op & 7) {
        case ClockOp.Stop:
          if (run !== undefined && run.stopped === undefined) this.stop(this.compiled.clocks[clockIndex]!, slot, moment, at, event);
          break;
        case ClockOp.Resume:
          if (run !== undefined && run.stopped === undefined && run.pausedSince !== undefined) this.setRun(slot, resumeRun(run, moment));
          break;
        case ClockOp.Start:
          // Entering `from` again starts the clock from zero (format.md section 5, rule 7).
          this.setRun(slot, startRun(moment));
          break;
        case ClockOp.StartPaused:
          this.setRun(slot, pauseRun(startRun(moment), moment));
          break;
        case ClockOp.Pause:
          if (run !== undefined && run.stopped === undefined) this.setRun(slot, pauseRun(run, moment));
          break;
        case ClockOp.Extend:
          if (run !== undefined && run.stopped === undefined) this.extend(this.compiled.clocks[clockIndex]!, slot, run, moment, at, event!);
          break;
      }
    }
  }

  private setRun(slot: number, run: ClockRun): void {
    if (this.runs[slot] === undefined) this.runOrder.push(this.compiled.clocks[slot]!.id);
    this.runs[slot] = run;
  }

  private extend(clock: ClockDefinition, slot: number, run: ClockRun, moment: Moment, at: string, event: string): void {
    const outcome = this.counting(clock, at, () => extendRun(run, clock.rule, moment));
    if (outcome === undefined) return;
    this.setRun(slot, outcome.run);
    if (outcome.outcome === 'late') {
      const due = this.counting(clock, at, () => evaluateRun(run, clock.rule, moment, this.context.timeZone).due);
      this.record({ code: 'late-extension', template: 'late-extension', at, event, clock: clock.id, values: { clock: clock.id, due: due ?? '', at } });
    } else if (outcome.outcome === 'exceeded') {
      this.record({ code: 'extension-exceeded', template: 'extension-exceeded', at, event, clock: clock.id, values: { clock: clock.id, times: clock.rule.extend?.times ?? 0 } });
    }
  }

  /** Stops a running clock; stopping late is an `overdue` violation. */
  private stop(clock: ClockDefinition, slot: number, moment: Moment, at: string, event: string | undefined): void {
    const run = this.runs[slot];
    if (run === undefined || run.stopped !== undefined) return;
    const stopped = stopRun(run, moment);
    this.setRun(slot, stopped);
    // Most clocks stop on time: word the due only for one that did not.
    let missed: boolean;
    try {
      missed = isMissed(stopped, clock.rule);
    } catch (error) {
      this.outOfRange(clock, at, error);
      return;
    }
    if (!missed) return;
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
      this.outOfRange(clock, at, error);
      return undefined;
    }
  }

  /** A `calendar-range` violation for an error of the calendar (once per clock and year); any other error is thrown again. */
  private outOfRange(clock: ClockDefinition, at: string | undefined, error: unknown): void {
    if (!(error instanceof CalendarRangeError)) throw error;
    const covered = error.covered === undefined ? '' : `${error.covered.first}–${error.covered.last}`;
    const already = this.violations.some((item) => item.code === 'calendar-range' && item.clock === clock.id && item.values.year === error.year);
    if (!already) {
      this.record({ code: 'calendar-range', template: 'calendar-range', ...(at !== undefined && { at }), clock: clock.id, values: { clock: clock.id, year: error.year, calendar: error.calendar, covered } });
    }
  }

  private record(violation: ViolationRecord): void {
    const kept = ownStrings(violation);
    if (this.violations === noRecords) this.violations = [kept];
    else this.violations.push(kept);
  }

  /** The active leaf states, in document order. */
  states(): string[] {
    return [...this.leaves];
  }

  /**
   * The active leaf states as the flow table keeps them: one list shared by every case in this
   * configuration, not to be changed.
   * @internal
   */
  get leaves(): readonly string[] {
    return this.table.configurationOf(this.configurationId).leaves;
  }

  /** The replay's state, to save and resume from. */
  save(): ReplayState {
    const clocks: Record<string, ClockRun> = {};
    for (const id of this.runOrder) {
      const index = this.compiled.clockIndex.get(id);
      const run = index === undefined ? this.otherRuns?.get(id) : this.runs[index];
      if (run !== undefined) clocks[id] = run;
    }
    return {
      version: 1,
      case: this.caseId,
      power: this.power.code,
      snapshot: this.persistedSnapshot(),
      clocks,
      ...(!Number.isNaN(this.lastMs) && { last: { moment: { epochMs: this.lastMs, day: this.lastDay }, at: this.lastAt } }),
      violations: [...this.violations],
      events: this.events,
    };
  }

  /** The flow's state as XState's `getPersistedSnapshot` writes it, so that saved states stay XState's. */
  private persistedSnapshot(): unknown {
    return {
      status: this.table.configurationOf(this.configurationId).status,
      output: undefined,
      error: undefined,
      value: structuredClone(this.table.valueOf(this.table.configurationOf(this.configurationId))),
      historyValue: {},
      context: {},
      children: {},
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
    const { clocks: definitions, slots } = this.compiled;
    for (let index = 0; index < definitions.length; index++) {
      const clock = definitions[index]!;
      const run = this.runs[slots[index]!];
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
      final: this.done,
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

  /**
   * An object that stands for the power and the configuration the case is in: two replays with the
   * same one have the same `power` and `states` (the conformance report shares its closed-case record).
   * @internal
   */
  get where(): object {
    return this.table.configurationOf(this.configurationId);
  }

  /**
   * The configuration's id in the power's flow table: with the compiled power, what `where` stands for.
   * @internal
   */
  get configuration(): number {
    return this.configurationId;
  }

  /** Whether the case has reached a final state. */
  get final(): boolean {
    return this.done;
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
