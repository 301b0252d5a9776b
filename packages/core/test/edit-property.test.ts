/**
 * Random sequences of edits (fast-check, fixed seed): after every edit the catalogue still loads
 * with exactly the validation problems it had, and at the end every comment of the original file
 * is still there. Set EDIT_RUNS for a longer run.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Power } from '../src/index.js';
import { allStates } from '../src/machine.js';
import {
  addState,
  addTransition,
  deleteState,
  deleteTransition,
  EditError,
  renameEvent,
  renameState,
  setPositions,
  setPowerField,
  setStateField,
  setTransition,
} from '../src/edit/index.js';
import { catalogues, commentLines, load, problemCodes, trailingComments, type MemoryCatalogue } from './edit-support.js';

interface Subject {
  readonly catalogue: MemoryCatalogue;
  readonly file: string;
  readonly pointer: string;
  readonly code: string;
}

const all = catalogues();
const find = (name: string) => all.find((catalogue) => catalogue.name === name)!;
const subjects: Subject[] = [
  { catalogue: find('edit'), file: 'powers/commented.yaml', pointer: '', code: 'ED-0001' },
  { catalogue: find('edit'), file: 'powers/crlf.yaml', pointer: '', code: 'ED-0002' },
  { catalogue: find('shenyang'), file: 'powers/ogi-application.yaml', pointer: '', code: 'SY-QT-0001' },
  { catalogue: find('minimal'), file: 'catalogue.yaml', pointer: '/powers/0', code: 'MIN-QT-0001' },
  { catalogue: find('format-md'), file: 'powers/ogi.yaml', pointer: '', code: 'SY-QT-0001' },
].map((subject) => ({ ...subject, catalogue: { ...subject.catalogue, files: { [subject.catalogue.entry]: subject.catalogue.files[subject.catalogue.entry]!, [subject.file]: subject.catalogue.files[subject.file]! } } }));

/** Names a person might give, some of them awkward for YAML. */
const names = ['新状态', '复核', 'A b', 'key: value', "it's", '"引号"', '- 列表样', '[方括号]', '{花括号}', '<img src=x onerror=alert(1)>', '审查 ', 'x-扩展', '123', 'true', 'null', '～全角'];

/** One edit, as numbers and names that pick what to edit in the power as it then is. */
type Step = { readonly kind: number; readonly pick: number; readonly other: number; readonly name: string; readonly x: number; readonly y: number };
const step: fc.Arbitrary<Step> = fc.record({
  kind: fc.nat(10),
  pick: fc.nat(1000),
  other: fc.nat(1000),
  name: fc.constantFrom(...names),
  x: fc.double({ min: -5000, max: 5000, noNaN: true }),
  y: fc.integer({ min: -5000, max: 5000 }),
});

/** Applies one step; undefined when the edit was (rightly) refused. */
function apply(text: string, subject: Subject, power: Power, step: Step, serial: number): string | undefined {
  const states = allStates(power.flow);
  const pick = <T>(list: readonly T[], seed = step.pick): T | undefined => (list.length === 0 ? undefined : list[seed % list.length]);
  const state = pick(states)!;
  const path = state.path.split('.');
  const fresh = `${step.name.trim()}${serial}`;
  const ours = (id: string) => id.startsWith('新') || id.startsWith('added');
  try {
    switch (step.kind) {
      case 0: {
        const parent = pick([undefined, ...states.filter((candidate) => candidate.kind !== 'final' && candidate.kind !== 'parallel')]);
        return addState(text, subject.pointer, parent === undefined ? [] : parent.path.split('.'), `新${fresh}`, step.other % 2 === 0 ? { step: 'review' } : undefined);
      }
      case 1:
        return renameState(text, subject.pointer, path, ours(state.id) ? `新${fresh}` : `${state.id}${serial}`);
      case 2: {
        const source = pick(states.filter((candidate) => candidate.kind !== 'final'));
        const target = pick(states, step.other)!;
        return source && addTransition(text, subject.pointer, source.path.split('.'), `新事件${fresh}`, target.path);
      }
      case 3: {
        const field = pick(['actor', 'action', 'duties', 'deadline', 'risk', 'name'] as const, step.other)!;
        const values = { actor: step.name, action: `${step.name}\n第二行`, duties: [step.name, '责任'], deadline: { within: Math.abs(step.y) % 30 + 1, unit: 'workday' }, risk: { level: 'low', text: step.name, controls: [] }, name: step.name.trim() || '名' };
        return setStateField(text, subject.pointer, path, field, values[field]);
      }
      case 4: {
        const chosen = states.filter((_, index) => (index + step.other) % 3 === 0);
        return setPositions(text, subject.pointer, Object.fromEntries(chosen.map((candidate, index) => [candidate.path, index === 0 && step.other % 5 === 0 ? undefined : { x: step.x + index, y: step.y - index }])));
      }
      case 5: {
        const source = pick(states.filter((candidate) => candidate.transitions.length > 0));
        const transition = source && pick(source.transitions, step.other)!;
        if (!source || !transition) return undefined;
        const branches = source.transitions.filter((other) => other.event === transition.event);
        return setTransition(text, subject.pointer, source.path.split('.'), transition.event, branches.length > 1 ? step.other % branches.length : undefined, step.other % 2 === 0 ? { description: step.name } : { guard: step.name.trim() || 'g' });
      }
      case 6: {
        const source = pick(states.filter((candidate) => candidate.transitions.length > 0));
        const transition = source && pick(source.transitions, step.other)!;
        // An event of the original keeps being the original's (its line may carry a comment).
        return source && transition && renameEvent(text, subject.pointer, source.path.split('.'), transition.event, `${ours(transition.event) ? '新' : '改'}事件${fresh}`);
      }
      case 7: {
        // Only what this run added is deleted: the original's deletions are checked elsewhere.
        const source = pick(states.filter((candidate) => candidate.transitions.some((transition) => ours(transition.event))));
        const transition = source && pick(source.transitions.filter((candidate) => ours(candidate.event)), step.other)!;
        return source && transition && deleteTransition(text, subject.pointer, source.path.split('.'), transition.event);
      }
      case 8: {
        const added = pick(states.filter((candidate) => ours(candidate.id) && candidate.states.every((child) => ours(child.id))));
        return added && deleteState(text, subject.pointer, added.path.split('.'));
      }
      case 9:
        return setPowerField(text, subject.pointer, ['remarks'], step.name);
      default:
        return setPowerField(text, subject.pointer, ['limits', 'promised'], step.other % 3 === 0 ? undefined : { within: 1 + (step.other % 10), unit: 'workday' });
    }
  } catch (error) {
    // Refusals are part of the contract (a name already there, a target the new name would hide).
    if (error instanceof EditError && ['state-exists', 'event-exists', 'transition-exists', 'target-ambiguous'].includes(error.id)) return undefined;
    throw error;
  }
}

const runs = Number(process.env.EDIT_RUNS ?? 12);

it('random edits keep the file valid and every comment in it', { timeout: 600_000 }, async () => {
  const baselines = await Promise.all(subjects.map(async (subject) => problemCodes({ ...(await load(subject.catalogue)), lint: [] })));
  await fc.assert(
    fc.asyncProperty(fc.nat(subjects.length - 1), fc.array(step, { minLength: 1, maxLength: 8 }), async (which, steps) => {
      const subject = subjects[which]!;
      const original = subject.catalogue.files[subject.file]!;
      let text = original;
      let power = (await load(subject.catalogue)).catalogue!.powers.find((candidate) => candidate.code === subject.code)!;
      for (const [serial, next] of steps.entries()) {
        const edited = apply(text, subject, power, next, serial);
        if (edited === undefined) continue;
        const result = await load(subject.catalogue, { ...subject.catalogue.files, [subject.file]: edited });
        expect(problemCodes({ ...result, lint: [] }), `step ${serial} ${JSON.stringify(next)}`).toEqual(baselines[which]);
        text = edited;
        power = result.catalogue!.powers.find((candidate) => candidate.code === subject.code)!;
      }
      const remaining = [...commentLines(text), ...trailingComments(text)];
      for (const comment of [...commentLines(original), ...trailingComments(original)]) expect(remaining).toContain(comment);
      expect(text.startsWith('\ufeff')).toBe(original.startsWith('\ufeff'));
      expect(text.includes('\r\n')).toBe(original.includes('\r\n'));
    }),
    { seed: 20261201, numRuns: runs },
  );
});
