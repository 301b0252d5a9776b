/**
 * The table-driven replay against XState, its reference: for random event sequences over every
 * example power and over generated flows (nested, parallel, final states in regions, onDone,
 * guards, targetless transitions, `*` wildcards, integer-like state ids), every step the table
 * takes is the step XState takes, and a whole replay (active states, final, clocks, violations,
 * the saved state) equals the XState-driven replay the library had before (test/support).
 */
import fc from 'fast-check';
import { initialTransition, transition, type AnyMachineSnapshot, type StateValue } from 'xstate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { allStates, flowEvents, type FlowEvent } from '../src/machine.js';
import type { Catalogue, Clock, Power, State, Transition } from '../src/model.js';
import { loadCatalogueFromPath } from '../src/node.js';
import { loadCatalogue, memorySource } from '../src/catalogue.js';
import { resolveTarget } from '../src/build.js';
import { stringify } from 'yaml';
import { Conformance } from '../src/replay/conformance.js';
import { FlowTable, UNKNOWN_EVENT, type Configuration, type Step } from '../src/replay/flow-table.js';
import { replay, type ReplayEvent } from '../src/replay/replay.js';
import { TimeZone } from '@sunlit/legal-time';
import { Conformance as XStateConformance } from './support/xstate-conformance.js';
import { boundedMachine, replay as xstateReplay } from './support/xstate-replay.js';

const examples = new URL('../../../examples/', import.meta.url).pathname;
let catalogue: Catalogue;

// A state named `*` makes XState's done event of its parent a `prefix.*` pattern, which its
// development build warns about on every match; the rule is still XState's, and checked here.
const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
afterAll(() => warn.mockRestore());

beforeAll(async () => {
  const loaded = await loadCatalogueFromPath(examples + 'shenyang');
  expect(loaded.problems).toEqual([]);
  catalogue = loaded.catalogue!;
});

/** A small seeded generator (mulberry32), so that a failing seed can be replayed. */
function random(seed: number): { next: () => number; int: (n: number) => number; pick: <T>(items: readonly T[]) => T; chance: (p: number) => boolean } {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)]!, chance: (p) => next() < p };
}

const stateIds = ['受理', '审查', '决定', '送达', '1', '2', '10', '*', 'a', 'b'];
const eventNames = ['提交', '审查', '退回', '延期', '*', 'e1', 'e2'];
const guardLabels = ['准予', '不予'];
const units = ['workday', 'day', 'month', 'year', 'hour'] as const;

interface DraftState {
  id: string;
  path: string;
  kind: State['kind'];
  states: DraftState[];
  initial?: string;
  transitions: Transition[];
  onDone: Transition[];
  deadline?: State['deadline'];
}

/** A random flow of 2–20 states, up to three levels deep, with random clocks: model objects as the loader makes them. */
function generatedPower(seed: number): Power {
  const rng = random(seed);
  const all: DraftState[] = [];
  const build = (level: number, prefix: string, count: number): DraftState[] => {
    const ids = [...stateIds].sort(() => rng.next() - 0.5).slice(0, count);
    return ids.map((id) => {
      const path = prefix === '' ? id : `${prefix}.${id}`;
      const roll = rng.next();
      const kind: State['kind'] = level >= 2 ? (roll < 0.75 ? 'atomic' : 'final') : roll < 0.45 ? 'atomic' : roll < 0.65 ? 'compound' : roll < 0.8 ? 'parallel' : 'final';
      const state: DraftState = { id, path, kind, states: [], transitions: [], onDone: [] };
      all.push(state);
      if (kind === 'compound' || kind === 'parallel') {
        state.states = build(level + 1, path, 1 + rng.int(3));
        if (kind === 'compound') state.initial = rng.pick(state.states).id;
      }
      return state;
    });
  };
  const top = build(0, '', 2 + rng.int(4));
  const paths = all.map((state) => state.path);
  const edge = (from: string, event: string, withTarget: boolean): Transition =>
    ({
      event,
      from,
      ...(withTarget && { target: rng.pick(paths) }),
      ...(rng.chance(0.3) && { guard: rng.pick(guardLabels) }),
      basis: [],
      extensions: {},
    }) as unknown as Transition;
  for (const state of all) {
    const count = rng.int(4);
    for (let index = 0; index < count; index++) state.transitions.push(edge(state.path, rng.pick(eventNames), !rng.chance(0.15)));
    if ((state.kind === 'compound' || state.kind === 'parallel') && rng.chance(0.6)) {
      const done = 1 + rng.int(2);
      for (let index = 0; index < done; index++) state.onDone.push(edge(state.path, `xstate.done.state.${state.path}`, true));
    }
    if (rng.chance(0.25)) state.deadline = { within: 1 + rng.int(15), unit: rng.pick(units), ...(rng.chance(0.3) && { warn: 1 + rng.int(3) }) } as State['deadline'];
  }
  const sample = (max: number) => [...new Set(Array.from({ length: rng.int(max + 1) }, () => rng.pick(paths)))];
  const clocks = Array.from({ length: rng.int(4) }, (_, index) => ({
    id: `c${index}`,
    name: `时限${index}`,
    within: 1 + rng.int(20),
    unit: rng.pick(units),
    from: rng.pick(paths),
    until: sample(2),
    pause: sample(2),
    ...(rng.chance(0.4) && { extend: { by: 1 + rng.int(10), unit: rng.pick(units), on: rng.pick(eventNames), times: 1 + rng.int(2) } }),
    ...(rng.chance(0.3) && { warn: 1 + rng.int(3) }),
    basis: [],
  })) as unknown as Clock[];
  const toState = (draft: DraftState): State =>
    ({
      id: draft.id,
      path: draft.path,
      name: draft.id,
      kind: draft.kind,
      ...(draft.initial !== undefined && { initial: draft.initial }),
      ...(draft.deadline !== undefined && { deadline: draft.deadline }),
      states: draft.states.map(toState),
      transitions: draft.transitions,
      onDone: draft.onDone,
      basis: [],
      duties: [],
      documents: [],
      extensions: {},
    }) as unknown as State;
  return { code: `GEN-${seed}`, name: `生成 ${seed}`, clocks, flow: { initial: top[0]!.id, states: top.map(toState), extensions: {} } } as unknown as Power;
}

/** Every active state path of an XState value, ancestors included. */
function activePaths(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  return Object.entries(value).flatMap(([key, child]) => [prefix + key, ...(child === undefined ? [] : activePaths(child, `${prefix}${key}.`))]);
}

/**
 * The events to try on a flow: each (event, guard) it names and a guard it does not know. Not an
 * event named `*`: XState's development build (the one tests load) throws for it when taken.
 */
function eventOptions(power: Power): FlowEvent[] {
  return [...flowEvents(power.flow).filter((event) => event.type !== '*'), { type: eventNames[0]!, guard: 'unknown' }];
}

/** The table's step, or undefined where the flow loops on done events (XState never returns there). */
function tableStep(table: FlowTable, configuration: Configuration, event: FlowEvent): Step | 'unknown' | undefined {
  const symbol = table.symbol(event.type, event.guard);
  if (symbol === UNKNOWN_EVENT) return 'unknown';
  try {
    return table.step(configuration, symbol);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Infinite loop')) return undefined;
    throw error;
  }
}

/** The table of a generated flow, or undefined when its very start loops. */
function tableOf(power: Power): FlowTable | undefined {
  const table = new FlowTable(power);
  return table.startLoops ? undefined : table;
}

function enabledIn(machine: ReturnType<typeof boundedMachine>, snapshot: AnyMachineSnapshot, event: FlowEvent): boolean {
  return snapshot.status === 'active' && machine.getTransitionData(snapshot as never, event).length > 0;
}

/** Walks a flow with XState and the table side by side; every step must agree. */
function compareSteps(power: Power, choices: readonly number[]): void {
  const table = tableOf(power);
  if (table === undefined) return;
  const machine = boundedMachine(power);
  const options = eventOptions(power);
  let [snapshot] = initialTransition(machine) as unknown as [AnyMachineSnapshot];
  let configuration: Configuration = table.initial;
  const same = (where: string) => {
    expect(configuration.status, where).toBe(snapshot.status);
    expect(table.valueOf(configuration), where).toEqual(snapshot.value);
    expect(table.activeStates(configuration).map((index) => table.paths[index]).sort(), where).toEqual(activePaths(snapshot.value as StateValue).sort());
    // A saved snapshot resolves to the same configuration, through XState and through the table.
    expect(table.resolve(machine.getPersistedSnapshot(snapshot as never)), where).toBe(configuration);
    const persisted = { status: configuration.status, value: table.valueOf(configuration), historyValue: {}, context: {}, children: {} };
    expect(machine.resolveState(persisted as never).value, where).toEqual(snapshot.value);
  };
  same(`${power.code} initial`);
  for (const [index, choice] of choices.entries()) {
    const enabled = options.filter((option) => enabledIn(machine, snapshot, option));
    // Mostly events XState takes, so that walks go deep; now and then any event.
    const event = enabled.length > 0 && choice % 4 !== 0 ? enabled[choice % enabled.length]! : options[choice % options.length]!;
    const where = `${power.code} step ${index}: ${event.type}/${event.guard ?? ''}`;
    const step = tableStep(table, configuration, event);
    const known = allStates(power.flow).some((state) => state.transitions.some((item) => item.event === event.type));
    expect(step === 'unknown', where).toBe(!known);
    if (step === 'unknown') continue;
    if (step === undefined) return;
    expect(step.enabled, where).toBe(enabledIn(machine, snapshot, event));
    const before = new Set(table.activeStates(configuration).map((item) => table.paths[item]));
    if (step.enabled) [snapshot] = transition(machine, snapshot as never, event) as unknown as [AnyMachineSnapshot];
    configuration = step.next;
    const after = new Set(table.activeStates(configuration).map((item) => table.paths[item]));
    expect(step.entered.map((item) => table.paths[item]).sort(), where).toEqual([...after].filter((path) => !before.has(path)).sort());
    expect(step.exited.map((item) => table.paths[item]).sort(), where).toEqual([...before].filter((path) => !after.has(path)).sort());
    same(where);
  }
}

/** A case over a power: mostly enabled events, some refused, unknown, out of order, or with bad or odd timestamps. */
function randomCase(power: Power, seed: number): { id: string; opened?: string; events: ReplayEvent[]; at: string } {
  const rng = random(seed);
  const options = eventOptions(power);
  // The walk follows the table (checked against XState above) and avoids the steps where a flow loops.
  const table = tableOf(power);
  let configuration = table?.initial;
  const stepOf = (event: FlowEvent) => (table === undefined || configuration === undefined ? undefined : tableStep(table, configuration, event));
  let time = Date.parse('2025-03-03T01:00:00Z') + rng.int(400) * 86_400_000;
  const local = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19);
  const events: ReplayEvent[] = [];
  const count = rng.int(30);
  for (let index = 0; index < count; index++) {
    time += rng.chance(0.06) ? -rng.int(48) * 3_600_000 : (1 + rng.int(rng.chance(0.2) ? 400 : 60)) * 3_600_000;
    const roll = rng.next();
    let at =
      roll < 0.55 ? `${local(time)}+08:00` : roll < 0.7 ? new Date(time).toISOString() : roll < 0.8 ? local(time) : roll < 0.86 ? local(time).replace('T', ' ').slice(0, 16) : roll < 0.9 ? local(time).slice(0, 10) : `${local(time)}.5+0800`;
    if (rng.chance(0.03)) at = rng.pick(['2025-02-30T10:00:00+08:00', 'yesterday', '2025-03-03T24:00', '2025-03-03T10:00:00+25:00']);
    if (table === undefined) break;
    const enabled = options.filter((option) => {
      const step = stepOf(option);
      return typeof step === 'object' && step.enabled;
    });
    const pickRoll = rng.next();
    const event = enabled.length > 0 && pickRoll < 0.75 ? rng.pick(enabled) : pickRoll < 0.95 ? rng.pick(options) : { type: '未知事件' };
    const step = stepOf(event);
    if (step === undefined) continue;
    events.push({ at, event: event.type, ...(event.guard !== undefined && { guard: event.guard }) });
    // The replay takes the event unless its time is not one.
    if (typeof step === 'object' && !/^(2025-02-30|yesterday|2025-03-03T24|.*\+25:00)/.test(at)) configuration = step.next;
  }
  const atRoll = rng.next();
  const at = atRoll < 0.5 ? '2026-06-30' : atRoll < 0.8 ? `${local(time + rng.int(2000) * 3_600_000)}+08:00` : local(time - rng.int(300) * 3_600_000);
  return { id: `case-${seed}`, ...(rng.chance(0.2) && { opened: `${local(Date.parse('2025-03-01T00:00:00Z'))}+08:00` }), events, at };
}

/**
 * The events `replay` will take (valid times up to the evaluation time, out of order or not) must not
 * reach a step where the flow loops, or the XState-driven replay would never return: drop those.
 */
function withoutLoops(power: Power, events: readonly ReplayEvent[], at: string): ReplayEvent[] {
  const table = tableOf(power);
  if (table === undefined) return [];
  const zone = new TimeZone();
  const cutoff = zone.parse(at.length === 10 ? `${at}T23:59:59.999` : at)!;
  let configuration = table.initial;
  return events.filter((event) => {
    const moment = zone.parse(event.at);
    if (moment === undefined || moment.epochMs > cutoff.epochMs) return true;
    const step = tableStep(table, configuration, { type: event.event, ...(event.guard !== undefined && { guard: event.guard }) });
    if (step === undefined) return false;
    if (step !== 'unknown') configuration = step.next;
    return true;
  }, 120_000);
}

/** The whole replay, and the replay in two halves through a saved state (both ways), equal XState's. */
function compareReplays(power: Power, seed: number, split: number): void {
  // A flow whose very start loops has no replay to compare (the table throws, XState never returns).
  if (tableOf(power) === undefined) return;
  const { at, events, ...rest0 } = randomCase(power, seed);
  const caseData = { ...rest0, events: withoutLoops(power, events, at) };
  const expected = xstateReplay(power, caseData, { at });
  expect(replay(power, caseData, { at }), `${power.code} case ${seed}`).toEqual(expected);
  const cut = split % (caseData.events.length + 1);
  const first = { ...caseData, events: caseData.events.slice(0, cut) };
  const rest = { id: caseData.id, events: caseData.events.slice(cut) };
  const ours = JSON.parse(JSON.stringify(replay(power, first, { at }).state));
  const theirs = JSON.parse(JSON.stringify(xstateReplay(power, first, { at }).state));
  expect(ours, `${power.code} case ${seed}, saved after ${cut}`).toEqual(theirs);
  expect(replay(power, rest, { at, resume: theirs }), `${power.code} case ${seed}, resumed from XState's state`).toEqual(expected);
  expect(xstateReplay(power, rest, { at, resume: ours }), `${power.code} case ${seed}, XState resumed from ours`).toEqual(expected);
}

describe('flow tables take the steps XState takes', () => {
  it('on every example power', () => {
    fc.assert(
      fc.property(fc.nat(catalogue.powers.length - 1), fc.array(fc.nat(1000), { minLength: 1, maxLength: 40 }), (which, choices) => {
        compareSteps(catalogue.powers[which]!, choices);
      }),
      { seed: 20261122, numRuns: 300 },
    );
  }, 120_000);

  it('on generated flows: nesting, parallel regions, onDone, guards, targetless and wildcard transitions', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.nat(1000), { minLength: 1, maxLength: 40 }), (seed, choices) => {
        compareSteps(generatedPower(seed), choices);
      }),
      { seed: 20261122, numRuns: 1000 },
    );
  }, 120_000);
});

describe('a flow that validates never loops in a replay', () => {
  const entry = 'sunlit: 1\nid: test\ntitle: 测试目录\nauthority: 测试市人民政府\nedition: "1"\ndepartments:\n  - { id: office, name: 办公室 }\nlaws:\n  - { id: law, title: 测试法, articles: { "1": 第一条。 } }\npowers:\n  - powers/*.yaml\n';
  /** A generated flow as YAML, or undefined when a target written as its path would resolve to another state. */
  const flowYaml = (power: Power): string | undefined => {
    const paths = new Set(allStates(power.flow).map((state) => state.path));
    let ambiguous = false;
    const branch = (state: State, item: Transition) => {
      if (item.target !== undefined && resolveTarget({ states: paths }, item.target, state.path.split('.')) !== item.target) ambiguous = true;
      return { ...(item.target !== undefined && { target: item.target }), ...(item.guard !== undefined && { guard: item.guard }) };
    };
    const written = (state: State): Record<string, unknown> => {
      const on: Record<string, unknown[]> = {};
      for (const item of state.transitions) (on[item.event] ??= []).push(branch(state, item));
      return {
        ...((state.kind === 'final' || state.kind === 'parallel') && { type: state.kind }),
        ...(state.initial !== undefined && { initial: state.initial }),
        ...(state.states.length > 0 && { states: Object.fromEntries(state.states.map((child) => [child.id, written(child)])) }),
        ...(state.transitions.length > 0 && { on }),
        ...(state.onDone.length > 0 && { onDone: state.onDone.map((item) => branch(state, item)) }),
      };
    };
    const flow = { initial: power.flow.initial, states: Object.fromEntries(power.flow.states.map((state) => [state.id, written(state)])) };
    return ambiguous ? undefined : stringify({ code: 'T-1', name: '测试事项', category: 'other', department: 'office', basis: ['law 1'], flow });
  };
  /** The events of a walk from the start to a step that loops on done events, if the flow has one (every reachable configuration, each event tried). */
  const walkToLoop = (power: Power): FlowEvent[] | undefined => {
    const table = new FlowTable(power);
    const options = eventOptions(power);
    if (table.startLoops) return options.slice(0, 1);
    const walks = new Map<number, FlowEvent[]>([[table.initial.id, []]]);
    const pending = [table.initial];
    while (pending.length > 0 && walks.size < 2000) {
      const configuration = pending.pop()!;
      for (const event of options) {
        const step = tableStep(table, configuration, event);
        if (step === undefined) return [...walks.get(configuration.id)!, event];
        if (step !== 'unknown' && step.enabled && !walks.has(step.next.id)) {
          walks.set(step.next.id, [...walks.get(configuration.id)!, event]);
          pending.push(step.next);
        }
      }
    }
    return undefined;
  };

  it('a flow whose very start never settles (a wildcard catching its own done event) refuses every event with flow-loop', async () => {
    const yaml = 'code: T-1\nname: 测试事项\ncategory: other\ndepartment: office\nbasis: [law 1]\nflow:\n  initial: 审查\n  states:\n    审查:\n      initial: 完\n      states:\n        完: { type: final }\n      on: { "*": 审查, 提交: 办结 }\n    办结: { type: final }\n';
    const { problems, catalogue: loaded } = await loadCatalogue('catalogue.yaml', memorySource({ 'catalogue.yaml': entry, 'powers/a.yaml': yaml }));
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const power = loaded!.powers[0]!;
    expect(new FlowTable(power).startLoops).toBe(true);
    const result = replay(power, { id: 'C-1', events: [{ at: '2026-03-02T09:00:00+08:00', event: '提交' }, { at: '2026-03-02T10:00:00+08:00', event: '提交' }] }, { at: '2026-03-03' });
    expect(result.violations.map((violation) => [violation.code, violation.event])).toEqual([
      ['flow-loop', '提交'],
      ['flow-loop', '提交'],
    ]);
    expect(result.violations[0]!.message).toBe('事件“提交”发生后，流程在当前状态（“审查.完”）之后不断办结又重新进入，无休止地循环，无法得出结果；该事件未予处理。这是流程的错误（完成后去向 onDone 或通配事件“*”又回到已办结的状态），请修改流程。');
    expect(result.final).toBe(false);
  });

  it('on generated flows: a flow without wildcard events that the validator passes settles in every reachable step; a loop through a wildcard is a flow-loop violation, not a crash', async () => {
    let strict = 0;
    let flagged = 0;
    let loopsReplayed = 0;
    for (let seed = 1; seed <= 1500; seed++) {
      const yaml = flowYaml(generatedPower(seed));
      if (yaml === undefined) continue;
      const { problems, catalogue: loaded } = await loadCatalogue('catalogue.yaml', memorySource({ 'catalogue.yaml': entry, 'powers/a.yaml': yaml }));
      if (problems.some((problem) => problem.code === 'ondone-loop')) flagged++;
      if (loaded === undefined || problems.some((problem) => problem.severity === 'error')) continue;
      const power = loaded.powers[0]!;
      const walk = walkToLoop(power);
      const wildcard = allStates(power.flow).some((state) => state.transitions.some((item) => item.event === '*' || item.event.endsWith('.*')));
      if (!wildcard) {
        strict++;
        expect(walk, `seed ${seed}: the validator passed a flow that loops:\n${yaml}`).toBeUndefined();
      }
      if (walk === undefined) continue;
      loopsReplayed++;
      const events = walk.map((item, index) => ({ at: `2026-03-02T09:${String(index % 60).padStart(2, '0')}:00+08:00`, event: item.type, ...(item.guard !== undefined && { guard: item.guard }) }));
      const result = replay(power, { id: `C-${seed}`, events }, { at: '2026-03-03' });
      expect(result.violations.map((violation) => violation.code), `seed ${seed}`).toContain('flow-loop');
      expect(result.violations.find((violation) => violation.code === 'flow-loop')!.event).toBe(walk[walk.length - 1]!.type);
    }
    expect(strict).toBeGreaterThan(100);
    expect(flagged).toBeGreaterThan(0);
    expect(loopsReplayed).toBeGreaterThan(0);
  }, 120_000);
});

describe('the table-driven replay equals the XState-driven one', () => {
  it('on every example power: states, final, clocks, violations, saved state, resumed halves', () => {
    fc.assert(
      fc.property(fc.nat(catalogue.powers.length - 1), fc.nat(), fc.nat(), (which, seed, split) => {
        compareReplays(catalogue.powers[which]!, seed, split);
      }),
      { seed: 20261122, numRuns: 400 },
    );
  }, 120_000);

  it('on generated powers with random clocks and deadlines', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), (powerSeed, seed, split) => {
        compareReplays(generatedPower(powerSeed), seed, split);
      }),
      { seed: 20261122, numRuns: 400 },
    );
  }, 120_000);

  it('over a log of many cases: every outcome and the summary per power', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        const rng = random(seed);
        const generated = Array.from({ length: 4 }, (_, index) => generatedPower(seed + index)).filter((power) => tableOf(power) !== undefined);
        const powers = [...catalogue.powers, ...generated];
        const byCode = new Map(powers.map((power) => [power.code, power]));
        type Row = { case: string; power: string; at: string; event: string; guard?: string };
        const byCase = new Map<string, Row[]>();
        for (let index = 0; index < 14; index++) {
          const power = rng.chance(0.05) ? powers[0]! : rng.pick(powers);
          const unknown = rng.chance(0.05);
          // Example cases may share an id (rows after a case's end, or a second walk going on from the first);
          // generated flows may loop on done events where XState never returns, so theirs stay apart.
          const id = unknown ? `no-${index % 3}` : power.code.startsWith('GEN') ? `gen-${index}` : `ex-${index % 6}`;
          const { events } = randomCase(power, seed * 31 + index);
          const list = byCase.get(id) ?? [];
          for (const event of events) list.push({ case: id, power: unknown ? 'SY-NO-0001' : power.code, ...event });
          byCase.set(id, list);
        }
        // Interleave the cases, each in its own order.
        const lists = [...byCase.values()];
        const rows: Row[] = [];
        while (lists.some((list) => list.length > 0)) {
          const nonEmpty = lists.filter((list) => list.length > 0);
          rows.push(rng.pick(nonEmpty).shift()!);
        }
        const at = '2026-06-30';
        const ours = new Conformance({ powers: (code) => byCode.get(code), at });
        const theirs = new XStateConformance({ powers: (code) => byCode.get(code), at });
        for (const row of rows) expect(ours.add(row)).toEqual(theirs.add(row));
        expect(ours.finish()).toEqual(theirs.finish());
      }),
      { seed: 20261122, numRuns: 60 },
    );
  }, 120_000);
});
