/**
 * The lint view (buildLintView, what `loadCatalogue(…, { lint: true, keepPowers: false })` lints)
 * holds what the model holds in every field the rules read, and the rules find the same problems
 * in either: on the examples, the fixtures, and a generated catalogue of random flows.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalogueHead, buildLintView, buildPower, checkPower, citationSpace, parseCitation } from '../src/build.js';
import type { LintPeriod, LintPower, LintRef, LintState, LintTransition } from '../src/lint/view.js';
import { loadCatalogueFromPath } from '../src/node.js';
import { parseYaml } from '../src/yaml.js';

const repository = new URL('../../../', import.meta.url).pathname;
const generated = mkdtempSync(join(tmpdir(), 'sunlit-lint-view-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));

// Every field of ./view.ts, read the same way from the model and from the view.
const ref = (cited: LintRef) => ({ law: cited.law.title, article: cited.article });
const period = (written: LintPeriod | undefined) => written && { within: written.within, unit: written.unit, basis: written.basis.map(ref), source: written.source };
const transition = (written: LintTransition) => ({ target: written.target, basis: written.basis.map(ref), checkpoint: written.checkpoint && { kind: written.checkpoint.kind } });
const state = (written: LintState): unknown => ({
  id: written.id,
  path: written.path,
  kind: written.kind,
  step: written.step,
  actor: written.actor,
  basis: written.basis.map(ref),
  deadline: period(written.deadline),
  checkpoint: written.checkpoint && { kind: written.checkpoint.kind },
  risk: written.risk && { level: written.risk.level, controls: written.risk.controls, owner: written.risk.owner, source: written.risk.source },
  outcome: written.outcome,
  remedies: written.remedies,
  initial: written.initial,
  states: written.states.map(state),
  transitions: written.transitions.map(transition),
  onDone: written.onDone.map(transition),
  source: written.source,
});
const project = (power: LintPower) => ({
  category: power.category,
  basis: power.basis.map(ref),
  limits: { statutory: period(power.limits.statutory), promised: period(power.limits.promised) },
  clocks: power.clocks.map((clock) => ({ ...period(clock), from: clock.from, until: clock.until, pause: clock.pause, extend: clock.extend })),
  rights: power.rights.map((right) => ({ kind: right.kind, within: period(right.within), basis: right.basis.map(ref) })),
  discretion: power.discretion.map((item) => ({ circumstance: item.circumstance, range: item.range, source: item.source })),
  flow: { initial: power.flow.initial, states: power.flow.states.map(state), source: power.flow.source },
  source: power.source,
});

/** The power files of a catalogue folder (every YAML file but the entry that holds a power). */
function powerFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml') && name !== 'catalogue.yaml')
    .map((name) => join(folder, name))
    .sort();
}

/** Compares view and model for every power of a catalogue that checks clean; returns how many. */
function compare(entry: string, files: readonly string[]): number {
  const parsedEntry = parseYaml(readFileSync(entry, 'utf8'));
  if (!parsedEntry.ok) throw new Error(`${entry} does not parse`);
  const head = buildCatalogueHead(parsedEntry.value, entry);
  const documents: { value: unknown; file: string; base: (string | number)[] }[] = [];
  const inline = (parsedEntry.value as { powers?: unknown[] }).powers ?? [];
  inline.forEach((value, index) => typeof value === 'object' && value !== null && documents.push({ value, file: entry, base: ['powers', index] }));
  for (const file of files) {
    const parsed = parseYaml(readFileSync(file, 'utf8'));
    if (parsed.ok && typeof parsed.value === 'object' && parsed.value !== null && 'flow' in parsed.value) documents.push({ value: parsed.value, file, base: [] });
  }
  let compared = 0;
  for (const { value, file, base } of documents) {
    if (checkPower(value, file, base, head.context).some((found) => found.severity === 'error')) continue;
    const model = buildPower(value, file, base, head.context);
    checkPower(value, file, base, head.context);
    expect(project(buildLintView(value, file, base, head.context)), `${file} ${base.join('/')}`).toEqual(project(model));
    compared++;
  }
  return compared;
}

describe('the lint view', () => {
  it('holds what the model holds, on the examples and fixtures', () => {
    let compared = 0;
    compared += compare(join(repository, 'examples/shenyang/catalogue.yaml'), powerFiles(join(repository, 'examples/shenyang')));
    compared += compare(join(repository, 'examples/minimal.yaml'), []);
    for (const fixture of ['format-md', 'other-hand', 'planted']) {
      const folder = join(repository, 'packages/core/test/fixtures', fixture);
      compared += compare(join(folder, 'catalogue.yaml'), powerFiles(folder));
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('holds what the model holds, and lints the same, on a generated catalogue', { timeout: 60_000 }, async () => {
    const run = spawnSync(process.execPath, ['bench/generate.mjs', '--powers', '150', '--out', generated], { cwd: repository, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(compare(join(generated, 'catalogue.yaml'), powerFiles(generated))).toBe(150);
    const viewed = await loadCatalogueFromPath(generated, { lint: true, keepPowers: false });
    const modelled = await loadCatalogueFromPath(generated, { lint: true, keepPowers: false, onPower: () => {} });
    expect(viewed.lint!.length).toBeGreaterThan(100);
    expect(viewed.lint).toEqual(modelled.lint);
  });
});

describe('citationSpace', () => {
  it('accepts what the citation pattern accepts, and finds the same law id', () => {
    const cases = ['admin-licensing 30', 'admin-licensing 30.1', 'a 1.2.3', 'a 1.2.3.4', 'a 1.', 'a .1', 'a1', ' a 1', 'a  1', 'A 1', '-a 1', 'a- 1', 'a 1 ', 'a 1\n', 'a 1a', '', 'a ', '0 0'];
    const same = (ref: string) => expect(citationSpace(ref), ref).toBe(parseCitation(ref)?.lawId.length ?? -1);
    cases.forEach(same);
    const refs = fc.string({ unit: fc.constantFrom('a', 'z', '0', '9', '-', ' ', '.', 'A', '\n', '中'), maxLength: 14 });
    fc.assert(
      fc.property(refs, (ref) => {
        same(ref);
      }),
      { numRuns: 3000 },
    );
  });
});
