/**
 * Fuzzing (here, in the cli project, because it needs both @sunlit/core and @sunlit/render): the example catalogues, mutated at random (keys deleted, values of the wrong type,
 * truncation, random bytes, deep nesting, huge strings, odd Unicode, BOMs, CRLF, tabs), go
 * through load, validate, lint, replay of the example cases and render. Whatever the input:
 * nothing throws, nothing hangs, and every problem has a file, a line and column ≥ 1 and a
 * known message id.
 *
 * The seed is fixed, so a failure in CI is a failure on every machine. FUZZ_RUNS=2000 (and
 * FUZZ_SEED=<n> for a new sequence) runs longer: `FUZZ_RUNS=2000 pnpm vitest run --project cli fuzz`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderFlow } from '@sunlit/render';
import { loadCatalogue, loadCaseText, locales, messageIds, replay, replayContext, type CatalogueSource, type Locale, type Problem } from '@sunlit/core';

export const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 30);
export const fuzzSeed = Number(process.env.FUZZ_SEED ?? 20_260_801);
/** Per input (load + lint + replay + render): catches a hang; generous because CI machines are loaded. */
const timeBox = 10_000;
const testTimeout = Math.max(60_000, fuzzRuns * timeBox);

const root = new URL('../../../examples/', import.meta.url).pathname;
/** The Shenyang catalogue as files under "shenyang/", and minimal.yaml alone. */
const shenyang: Record<string, string> = { 'shenyang/catalogue.yaml': readFileSync(join(root, 'shenyang/catalogue.yaml'), 'utf8') };
for (const file of readdirSync(join(root, 'shenyang/powers'))) shenyang[`shenyang/powers/${file}`] = readFileSync(join(root, 'shenyang/powers', file), 'utf8');
const minimal = readFileSync(join(root, 'minimal.yaml'), 'utf8');
const cases = readdirSync(join(root, 'shenyang/cases'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => [`shenyang/cases/${file}`, readFileSync(join(root, 'shenyang/cases', file), 'utf8')] as const);

const known = new Set<string>(messageIds);

/** Text a person, a broken tool or an attacker might leave in a file. */
const oddText = [
  '\u202e', '\u202d', '\u2066', '\u200f', '\ud800', '\udfff', '\u0000', '\ufeff', '\u200b', '\u2028', '\u2029', '\u0085',
  '\u000b', '\u000c', '\u001b[31m', '\t', '\r', '\r\n', '𝕏', 'é', '\u0301\u0301\u0301', '\uffff', '#', '&a', '*a', '!!binary',
  '!<tag:x>', '%YAML 1.1\n---\n', '---\n', '...\n', '<<: *a', '? ', '- ', ': ', '"', "'", '|', '>', '{', '[', '}', ']', '__proto__',
];
const wrongValues = ['[1, 2]', '{}', '{a: {b: c}}', '123', '-1', '1e400', '0x1f', 'true', 'null', '~', '""', '.nan', '2026-02-30', '"<script>alert(1)</script>"', '!!str', '*missing'];

/** A change to a text, chosen at random. Each picks its position from `at` in [0, 1). */
type Mutation = (text: string) => string;
const lineOf = (text: string, at: number) => {
  const lines = text.split('\n');
  return { lines, index: Math.floor(at * lines.length) };
};
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // A key deleted: its line goes.
  fc.double({ min: 0, max: 0.999, noNaN: true }).map((at) => (text: string) => {
    const { lines, index } = lineOf(text, at);
    lines.splice(index, 1);
    return lines.join('\n');
  }),
  // A value of the wrong type.
  fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.constantFrom(...wrongValues)).map(([at, value]) => (text: string) => {
    const { lines, index } = lineOf(text, at);
    lines[index] = lines[index]!.replace(/:\s.*$/, `: ${value}`);
    return lines.join('\n');
  }),
  // Truncated.
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => (text: string) => text.slice(0, Math.floor(at * text.length))),
  // Odd characters or YAML syntax inserted anywhere.
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...oddText), fc.integer({ min: 1, max: 3 })).map(
    ([at, odd, times]) =>
      (text: string) => {
        const index = Math.floor(at * text.length);
        return text.slice(0, index) + odd.repeat(times) + text.slice(index);
      },
  ),
  // Random characters, any code unit.
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ unit: 'binary', maxLength: 40 })).map(([at, noise]) => (text: string) => {
    const index = Math.floor(at * text.length);
    return text.slice(0, index) + noise + text.slice(index);
  }),
  // Deep nesting, flow or block.
  fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.integer({ min: 10, max: 5_000 }), fc.boolean()).map(([at, depth, flow]) => (text: string) => {
    const { lines, index } = lineOf(text, at);
    const nested = flow ? `deep: ${'['.repeat(depth)}${']'.repeat(depth)}` : Array.from({ length: Math.min(depth, 300) }, (_, level) => ' '.repeat(level) + 'k:').join('\n');
    lines.splice(index, 0, nested);
    return lines.join('\n');
  }),
  // A huge string value.
  fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.integer({ min: 1_000, max: 300_000 })).map(([at, length]) => (text: string) => {
    const { lines, index } = lineOf(text, at);
    lines[index] = lines[index]!.replace(/:\s.*$/, `: ${'长'.repeat(length)}`);
    return lines.join('\n');
  }),
  fc.constant((text: string) => '\ufeff' + text),
  fc.constant((text: string) => text.replace(/\n/g, '\r\n')),
  fc.constant((text: string) => text.replace(/\n/g, '\r')),
  // Tabs for indentation, in one line or all.
  fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.boolean()).map(([at, all]) => (text: string) => {
    if (all) return text.replace(/^( {2})+/gm, (spaces) => '\t'.repeat(spaces.length / 2));
    const { lines, index } = lineOf(text, at);
    lines[index] = lines[index]!.replace(/^ +/, '\t');
    return lines.join('\n');
  }),
  // A line repeated: duplicate keys.
  fc.double({ min: 0, max: 0.999, noNaN: true }).map((at) => (text: string) => {
    const { lines, index } = lineOf(text, at);
    lines.splice(index, 0, lines[index]!);
    return lines.join('\n');
  }),
);
const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

/** A source of texts, and of raw bytes where a file was damaged below the level of characters. */
function source(files: Readonly<Record<string, string | Uint8Array>>): CatalogueSource {
  return {
    read: async (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`no such file: ${path}`), { code: 'ENOENT' });
      return content;
    },
    list: async (folder) => {
      const prefix = folder === '.' ? '' : folder + '/';
      return Object.keys(files)
        .filter((path) => path.startsWith(prefix))
        .map((path) => path.slice(prefix.length));
    },
  };
}

/** Random bytes spliced into a file's UTF-8: invalid sequences, NULs, half a character. */
const byteDamage = fc.option(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 16 })), { nil: undefined });
function damage(text: string, bytes: readonly [number, Uint8Array] | undefined): string | Uint8Array {
  if (bytes === undefined) return text;
  const encoded = new TextEncoder().encode(text);
  const index = Math.floor(bytes[0] * encoded.length);
  return new Uint8Array([...encoded.subarray(0, index), ...bytes[1], ...encoded.subarray(index)]);
}

export function expectWellFormed(problems: readonly Problem[], files: readonly string[]): void {
  for (const problem of problems) {
    expect(files, JSON.stringify(problem)).toContain(problem.file);
    expect(Number.isInteger(problem.line) && problem.line >= 1, JSON.stringify(problem)).toBe(true);
    expect(Number.isInteger(problem.column) && problem.column >= 1, JSON.stringify(problem)).toBe(true);
    expect(known.has(problem.code), problem.code).toBe(true);
    expect(['error', 'warning']).toContain(problem.severity);
    expect(typeof problem.message === 'string' && problem.message.length > 0, JSON.stringify(problem)).toBe(true);
  }
}

/** Loads (validate + lint), replays the example cases on what loaded, renders the changed power. */
async function exercise(files: Readonly<Record<string, string | Uint8Array>>, entry: string, changed: string, locale: Locale): Promise<void> {
  const started = performance.now();
  const result = await loadCatalogue(entry, source(files), { lint: true, locale });
  expectWellFormed(result.problems, Object.keys(files));
  expectWellFormed(result.lint ?? [], Object.keys(files));
  const catalogue = result.catalogue;
  if (catalogue !== undefined) {
    const context = replayContext(catalogue, { weekendsOnly: true });
    for (const [file, text] of cases) {
      const loaded = loadCaseText(text, file, { locale });
      const power = catalogue.powers.find((candidate) => candidate.code === loaded.case?.power);
      if (loaded.case && power) replay(power, loaded.case, { context, at: new Date('2027-06-01T00:00:00Z'), locale });
    }
    // Rendering lays the chart out (elk): the changed power only, to keep a run short.
    for (const power of catalogue.powers.filter((candidate) => candidate.source.file === changed)) {
      const { svg, steps } = await renderFlow(power, { locale });
      expect(svg.startsWith('<svg')).toBe(true);
      expect(typeof steps).toBe('string');
    }
  }
  expect(performance.now() - started).toBeLessThan(timeBox);
}

describe(`fuzzing (seed ${fuzzSeed}, ${fuzzRuns} runs; FUZZ_RUNS for more)`, () => {
  it('a mutated file of the Shenyang catalogue', { timeout: testTimeout }, async () => {
    const names = Object.keys(shenyang);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), mutations, byteDamage, fc.constantFrom(...locales), async (name, changes, bytes, locale) => {
        const text = changes.reduce((current, change) => change(current), shenyang[name]!);
        await exercise({ ...shenyang, [name]: damage(text, bytes) }, 'shenyang/catalogue.yaml', name, locale);
      }),
      { seed: fuzzSeed, numRuns: fuzzRuns },
    );
  });

  it('a mutated single-file catalogue (minimal.yaml)', { timeout: testTimeout }, async () => {
    await fc.assert(
      fc.asyncProperty(mutations, byteDamage, fc.constantFrom(...locales), async (changes, bytes, locale) => {
        const text = changes.reduce((current, change) => change(current), minimal);
        await exercise({ 'minimal.yaml': damage(text, bytes) }, 'minimal.yaml', 'minimal.yaml', locale);
      }),
      { seed: fuzzSeed, numRuns: fuzzRuns },
    );
  });

  it('random bytes and random text as a catalogue', { timeout: testTimeout }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2_000 }), fc.string({ unit: 'binary', maxLength: 2_000 })), async (content) => {
        await exercise({ 'c.yaml': content }, 'c.yaml', 'c.yaml', 'en');
      }),
      { seed: fuzzSeed, numRuns: fuzzRuns * 3 },
    );
  });

  it('mutated cases replayed on the Shenyang catalogue', { timeout: testTimeout }, async () => {
    const loaded = await loadCatalogue('shenyang/catalogue.yaml', source(shenyang));
    const catalogue = loaded.catalogue!;
    const context = replayContext(catalogue, { weekendsOnly: true });
    await fc.assert(
      fc.property(fc.constantFrom(...cases), mutations, fc.constantFrom(...locales), ([file, text], changes, locale) => {
        const started = performance.now();
        const checked = loadCaseText(changes.reduce((current, change) => change(current), text), file, { locale });
        expectWellFormed(checked.problems, [file]);
        const power = catalogue.powers.find((candidate) => candidate.code === checked.case?.power);
        if (checked.case && power) {
          const result = replay(power, checked.case, { context, at: new Date('2027-06-01T00:00:00Z'), locale });
          for (const violation of result.violations) expect(typeof violation.message).toBe('string');
        }
        expect(performance.now() - started).toBeLessThan(timeBox);
      }),
      { seed: fuzzSeed, numRuns: fuzzRuns * 2 },
    );
  });
});

/** A stack frame as Node prints it: "    at f (file:1:2)" or "    at file:1:2". */
const stackFrame = /^\s+at .*:\d+:\d+\)?$/m;
const bin = new URL('../dist/bin.js', import.meta.url).pathname;

describe('the sunlit command on mutated catalogues, as a real process', () => {
  // A process each: three samples in the suite (3 commands each), more with FUZZ_RUNS.
  const samples = fc.sample(fc.tuple(fc.constantFrom(...Object.keys(shenyang)), mutations, byteDamage), { seed: fuzzSeed, numRuns: Math.max(3, Math.round(fuzzRuns / 10)) });
  it.each(samples.map((sample, index) => [index, sample] as const))('sample %i: exit 0, 1 or 2 and never a stack trace', { timeout: 120_000 }, (_, [name, changes, bytes]) => {
    const folder = mkdtempSync(join(tmpdir(), 'sunlit-fuzz-'));
    for (const [file, text] of Object.entries(shenyang)) {
      const content = file === name ? damage(changes.reduce((current, change) => change(current), text), bytes) : text;
      mkdirSync(dirname(join(folder, file)), { recursive: true });
      writeFileSync(join(folder, file), content);
    }
    const catalogue = join(folder, 'shenyang');
    for (const args of [['validate', catalogue], ['lint', catalogue, '--format', 'json', '--lang', 'en'], ['publish', catalogue, '--out', join(folder, 'site')]]) {
      const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, SUNLIT_DEBUG: '' } });
      expect(result.signal, args[0]).toBeNull();
      expect([0, 1, 2], `${args[0]}: ${result.stderr}`).toContain(result.status);
      expect(result.stdout + result.stderr).not.toMatch(stackFrame);
      if (args.includes('json')) {
        const report = JSON.parse(result.stdout) as { ok: boolean; problems: { file: string; line: number; column: number; code: string }[] };
        expect(report.ok).toBe(result.status === 0);
        for (const problem of report.problems) {
          expect(problem.line >= 1 && problem.column >= 1 && known.has(problem.code), JSON.stringify(problem)).toBe(true);
        }
      }
    }
  });
});
