/**
 * Every operation of @sunlit/core/edit on every power of the examples and fixtures: the text still
 * loads with the same problems (or only those the edit must cause), the model changed as intended,
 * and the rest of the file is byte for byte what it was, comments included.
 */
import { describe, expect, it } from 'vitest';
import type { Power } from '../src/index.js';
import { allStates } from '../src/machine.js';
import {
  addState,
  addTransition,
  deleteState,
  deleteTransition,
  renameEvent,
  renameState,
  setPositions,
  setPowerField,
  setStateField,
  setTransition,
} from '../src/edit/index.js';
import { catalogues, commentLines, flowShape, lineDiff, load, problemCodes, trailingComments, type MemoryCatalogue } from './edit-support.js';

interface Case {
  readonly catalogue: MemoryCatalogue;
  readonly power: Power;
  readonly baseline: string[];
  /** Validation problems only (no lint). */
  readonly validation: string[];
}

const cases: Case[] = [];
for (const whole of catalogues()) {
  for (const power of (await load(whole)).catalogue?.powers ?? []) {
    // Each power is checked in its catalogue with only its own file (loading is then quick).
    const catalogue = { ...whole, files: { [whole.entry]: whole.files[whole.entry]!, [power.source.file]: whole.files[power.source.file]! } };
    const result = await load(catalogue);
    cases.push({ catalogue, power, baseline: problemCodes(result), validation: problemCodes({ ...result, lint: [] }) });
  }
}

/** The file of a case with its text replaced, loaded; and the power again (by code). */
async function reload(item: Case, text: string) {
  const result = await load(item.catalogue, { ...item.catalogue.files, [item.power.source.file]: text });
  return { result, codes: problemCodes(result), power: result.catalogue?.powers.find((power) => power.code === item.power.code) };
}

const textOf = (item: Case) => item.catalogue.files[item.power.source.file]!;
const pointer = (item: Case) => item.power.source.pointer;
const name = (item: Case) => `${item.catalogue.name} ${item.power.code}`;

/** Checks that every comment of the original is still in the edited text (trailing ones too, unless their line may be gone). */
function expectCommentsKept(before: string, after: string, trailing = true): void {
  const remaining = [...commentLines(after), ...trailingComments(after)];
  for (const comment of [...commentLines(before), ...(trailing ? trailingComments(before) : [])]) expect(remaining, comment).toContain(comment);
}

/** Changed lines name what changed: each removed or added line mentions one of these texts. */
function expectOnlyLinesWith(before: string, after: string, texts: readonly string[]): void {
  const { removed, added } = lineDiff(before, after);
  for (const line of [...removed, ...added]) expect(texts.some((text) => line.includes(text)), line).toBe(true);
}

describe.each(cases.map((item) => [name(item), item] as const))('%s', (_, item) => {
  const text = textOf(item);
  const states = allStates(item.power.flow);
  // Renaming and deleting are tried on every state with children and on a spread of the others.
  const step = Math.ceil(states.length / 8);
  const sample = states.filter((state, index) => state.states.length > 0 || index % step === 0);

  it('renames states with all their references', async () => {
    for (const state of sample) {
      const newId = `${state.id}改`;
      const renamedPath = [...state.path.split('.').slice(0, -1), newId].join('.');
      const moved = (path: string) => (path === state.path ? renamedPath : path.startsWith(state.path + '.') ? renamedPath + path.slice(state.path.length) : path);
      const edited = renameState(text, pointer(item), state.path.split('.'), newId);
      const { codes, power } = await reload(item, edited);
      expect(codes, state.path).toEqual(item.baseline);
      expect(flowShape(power!), state.path).toEqual(flowShape(item.power, moved));
      expect(power!.flow.initial).toBe(moved(item.power.flow.initial));
      expect(power!.clocks.map((clock) => [clock.from, clock.until, clock.pause])).toEqual(item.power.clocks.map((clock) => [moved(clock.from), clock.until.map(moved), clock.pause.map(moved)]));
      expect(Object.keys(power!.layout?.nodes ?? {})).toEqual(Object.keys(item.power.layout?.nodes ?? {}).map(moved));
      expectCommentsKept(text, edited);
      expectOnlyLinesWith(text, edited, [state.id]);
    }
  });

  it('deletes states, the transitions into them and their layout', async () => {
    // Only problems a deletion must cause: a clock that started or stopped only there, an
    // extension event no transition has any more, a parent or flow left without states.
    const allowed = ['error unknown-clock-state', 'error unknown-clock-event', 'error empty-states', 'error parallel-without-regions', 'warning ondone-on-atomic'];
    for (const state of sample) {
      const edited = deleteState(text, pointer(item), state.path.split('.'));
      const { result, power } = await reload(item, edited);
      const gone = (path: string) => path === state.path || path.startsWith(state.path + '.');
      const validation = problemCodes({ ...result, lint: [] });
      expect(validation.filter((code) => !item.validation.includes(code) && !allowed.includes(code)), state.path).toEqual([]);
      if (power === undefined) continue; // the power no longer loads as a model (e.g. a clock lost its start)
      const remaining = allStates(power.flow);
      expect(remaining.some((other) => gone(other.path))).toBe(false);
      expect(remaining.flatMap((other) => [...other.transitions, ...other.onDone]).some((transition) => transition.target !== undefined && gone(transition.target))).toBe(false);
      expect(Object.keys(power.layout?.nodes ?? {}).some(gone)).toBe(false);
      expect(remaining.length).toBe(states.filter((other) => !gone(other.path)).length);
    }
  });

  it('adds a state and a transition to it, and positions every state', async () => {
    const initial = item.power.flow.initial;
    let edited = addState(text, pointer(item), [], '新环节', { step: 'review', actor: '科员' });
    edited = addTransition(edited, pointer(item), [initial], '转入新环节', '新环节');
    edited = addTransition(edited, pointer(item), ['新环节'], '退回', initial);
    const positions = Object.fromEntries([...states, { path: '新环节' }].map((state, index) => [state.path, { x: index * 10.2, y: index * -3 }]));
    edited = setPositions(edited, pointer(item), positions);
    const { codes, power } = await reload(item, edited);
    // A reachable step with no way to a final state may add lint warnings; nothing else changes.
    expect(codes.filter((code) => code.startsWith('error'))).toEqual(item.baseline.filter((code) => code.startsWith('error')));
    const added = power!.flow.states.find((state) => state.id === '新环节')!;
    expect(added).toMatchObject({ step: 'review', actor: '科员' });
    expect(added.transitions.map((transition) => [transition.event, transition.target])).toEqual([['退回', initial]]);
    expect(power!.flow.states.find((state) => state.id === initial)!.transitions.at(-1)).toMatchObject({ event: '转入新环节', target: '新环节' });
    expect(power!.layout!.nodes['新环节']).toEqual({ x: Math.round(states.length * 10.2), y: -3 * states.length });
    for (const [path, position] of Object.entries(positions)) expect(power!.layout!.nodes[path]).toEqual({ x: Math.round(position.x), y: Math.round(position.y) || 0 });
    expectCommentsKept(text, edited);
    // Lines that changed: the initial state's transitions and positions already in the layout.
    // (A last line without a newline gets one.)
    const last = text.split('\n').pop();
    for (const line of lineDiff(text, edited).removed) expect(line === last || line.includes(initial) || /^\s+[^\s:]+:\s*\{\s*x:/.test(line) || /^\s*(on|nodes|layout):/.test(line), line).toBe(true);
    // Removing the positions again leaves no layout the file did not have.
    const cleared = setPositions(edited, pointer(item), Object.fromEntries(Object.keys(positions).map((path) => [path, undefined])));
    const { power: clearedPower } = await reload(item, cleared);
    expect(Object.keys(clearedPower!.layout?.nodes ?? {})).toEqual(Object.keys(item.power.layout?.nodes ?? {}).filter((path) => !(path in positions)));
  });

  it('sets state and power fields, and edits transitions', async () => {
    const first = states[0]!;
    let edited = setStateField(text, pointer(item), first.path.split('.'), 'actor', '新岗位');
    edited = setStateField(edited, pointer(item), first.path.split('.'), 'deadline', { within: 3, unit: 'workday' });
    edited = setPowerField(edited, pointer(item), ['name'], `${item.power.name}（改）`);
    const promised = { within: item.power.limits.statutory?.within ?? 1, unit: item.power.limits.statutory?.unit ?? 'workday' };
    edited = setPowerField(edited, pointer(item), ['limits', 'promised'], promised);
    const { codes, power } = await reload(item, edited);
    expect(codes.filter((code) => code.startsWith('error'))).toEqual(item.baseline.filter((code) => code.startsWith('error')));
    expect(power!.name).toBe(`${item.power.name}（改）`);
    expect(power!.limits.promised).toMatchObject(promised);
    const state = allStates(power!.flow).find((candidate) => candidate.path === first.path)!;
    expect(state).toMatchObject({ actor: '新岗位', deadline: { within: 3, unit: 'workday' } });
    expectCommentsKept(text, edited);
    expect(lineDiff(text, edited).removed.length).toBeLessThanOrEqual(4);

    const source = states.find((candidate) => candidate.transitions.length > 0)!;
    const transition = source.transitions[0]!;
    const sourcePath = source.path.split('.');
    const sameEvent = source.transitions.filter((other) => other.event === transition.event);
    const index = sameEvent.length > 1 ? 0 : undefined;
    const guarded = setTransition(text, pointer(item), sourcePath, transition.event, index, { guard: '测试条件', description: '说明' });
    const renamed = renameEvent(text, pointer(item), sourcePath, transition.event, `${transition.event}改`);
    const deleted = deleteTransition(text, pointer(item), sourcePath, transition.event);
    for (const [what, result] of [['guarded', guarded], ['renamed', renamed], ['deleted', deleted]] as const) {
      const { power: after, codes, result: loaded } = await reload(item, result);
      if (what === 'deleted') {
        // Without the transition, states may be unreachable (lint says so), and a clock's extension event unknown.
        expect(problemCodes({ ...loaded, lint: [] }).filter((code) => code !== 'error unknown-clock-event'), what).toEqual(item.validation);
      } else {
        expect(codes, what).toEqual(item.baseline);
      }
      expectCommentsKept(text, result, what !== 'deleted');
      const target = transition.target?.split('.').pop() ?? '';
      // (A state left without events is written `id: {}`.)
      for (const line of lineDiff(text, result).removed) expect(line.includes(transition.event) || (target !== '' && line.includes(target)) || line.includes(source.id) || /^\s*(on|- )/.test(line), `${what}: ${line}`).toBe(true);
      if (after === undefined) continue;
      const edited = allStates(after.flow).find((candidate) => candidate.path === source.path)!;
      if (what === 'guarded') expect(edited.transitions.find((other) => other.event === transition.event)).toMatchObject({ guard: '测试条件', description: '说明', target: transition.target });
      if (what === 'renamed') expect(edited.transitions.filter((other) => other.event === `${transition.event}改`)).toHaveLength(sameEvent.length);
      if (what === 'deleted') expect(edited.transitions.some((other) => other.event === transition.event)).toBe(false);
    }
  });
});
