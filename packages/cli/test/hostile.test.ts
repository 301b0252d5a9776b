/**
 * Hostile YAML through the whole loader (validate and lint), through `@sunlit/core/edit`'s editYaml
 * and through the `sunlit` command: each is refused with a clear problem, within a second, in
 * bounded memory, and leaves no prototype polluted. The parser's own limits are unit-tested in
 * packages/core/test/yaml.test.ts; here each input runs in a fresh process, so that time and memory
 * are those of that input alone (peak RSS, which a test in this process could not isolate).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = new URL('..', import.meta.url).pathname;
const bin = join(cli, 'dist/bin.js');
const folder = mkdtempSync(join(tmpdir(), 'sunlit-hostile-'));

const head = 'sunlit: 1\nid: hostile\ntitle: t\nauthority: a\nedition: "1"\ndepartments: [{ id: d, name: n }]\n';
/** Nine levels of nine aliases: 9^9 strings if expanded. */
const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
for (let level = 1; level < 9; level++) laughs.push(`${'abcdefghi'[level]}: &${'abcdefghi'[level]} [${Array(9).fill('*' + 'abcdefghi'[level - 1]).join(',')}]`);
/** Merge keys that double at every level (2^12 copies), then a thousand of the last. */
const merges = ['m0: &m0 { x: 1, y: 2 }'];
for (let level = 1; level < 12; level++) merges.push(`m${level}: &m${level} { <<: [*m${level - 1}, *m${level - 1}], z${level}: 1 }`);
merges.push(`m: { <<: [${Array(1000).fill('*m11').join(',')}] }`);

const hostile = {
  'alias-bomb.yaml': { text: head + laughs.join('\n') + '\n', code: 'yaml-alias-limit' },
  'merge-bomb.yaml': { text: head + merges.join('\n') + '\n', code: 'yaml-alias-limit' },
  'deep-flow.yaml': { text: head + 'x: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n', code: 'yaml-too-deep' },
  'deep-block.yaml': { text: head + 'x:\n' + '- '.repeat(10_000) + 'x\n', code: 'yaml-too-deep' },
  'deep-mapping.yaml': { text: head + 'x: ' + '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000) + '\n', code: 'yaml-too-deep' },
  // 50 MB of Chinese text in one value: refused by its size, before it is read.
  'huge.yaml': { text: head + 'description: ' + '长'.repeat(17 * 1024 * 1024) + '\n', code: 'file-too-large' },
  // 20,000 wrong list items (valid YAML): the first thousand problems listed, the rest counted in one
  // (ajv as it comes took about 2 s, quadratic in the errors; 190,000 took four minutes).
  'many-wrong-items.yaml': { text: head + 'laws:\n' + '  - 1\n'.repeat(20_000) + 'powers: []\n', code: 'too-many-problems' },
  // Accepted as YAML (they are plain keys), refused by the schema as unknown fields.
  'proto.yaml': {
    text: head + '__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\nprototype: { polluted: yes }\npowers:\n  - { __proto__: { polluted: yes }, constructor: { prototype: { polluted: yes } } }\n',
    code: 'unknown-field',
  },
} as const;
for (const [name, { text }] of Object.entries(hostile)) writeFileSync(join(folder, name), text);

/**
 * Runs in a fresh process: warms the loader up on a clean catalogue (schemas compiled, code
 * loaded), then measures one load (or one edit) of the file: milliseconds, growth of peak RSS,
 * the problems, and whether Object.prototype was polluted.
 */
const child = `
import { readFileSync } from 'node:fs';
import { resourceUsage } from 'node:process';
import { loadCatalogueFromPath, memorySource, loadCatalogue } from '@sunlit/core/node';
import { editYaml } from '@sunlit/core/edit';
const [mode, file] = process.argv.slice(1);
const clean = ${JSON.stringify(head + 'powers: []\n')};
await loadCatalogue('c.yaml', memorySource({ 'c.yaml': clean }), { lint: true });
editYaml(clean, (doc) => doc.set('title', 'u'));
const text = mode === 'edit' ? readFileSync(file, 'utf8') : undefined;
const rss = resourceUsage().maxRSS;
const started = performance.now();
let codes;
if (mode === 'edit') {
  try { editYaml(text, (doc) => doc.set('title', 'u')); codes = []; } catch (error) { codes = [error.id]; }
} else {
  const result = await loadCatalogueFromPath(file, { lint: mode === 'lint', keepPowers: false });
  codes = [...result.problems, ...(result.lint ?? [])].map((p) => ({ code: p.code, line: p.line, column: p.column, message: p.message }));
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, rssMb: (resourceUsage().maxRSS - rss) / 1024, codes, polluted: ({}).polluted ?? Object.prototype.polluted ?? null }));
`;

interface Measured {
  ms: number;
  rssMb: number;
  codes: (string | { code: string; line: number; column: number; message: string })[];
  polluted: unknown;
}
function measure(mode: 'validate' | 'lint' | 'edit', file: string): Measured {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', child, mode, file], { cwd: cli, encoding: 'utf8', timeout: 60_000 });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Measured;
}

/** Limits per input: one second, and 64 MB of peak memory beyond what a clean load used. */
const second = 1_000;
const memoryMb = 64;

describe('hostile YAML, each in a fresh process', () => {
  it.each(Object.entries(hostile))('%s: validate and lint give a clear problem within a second, in bounded memory', { timeout: 120_000 }, (name, { code }) => {
    for (const mode of ['validate', 'lint'] as const) {
      const { ms, rssMb, codes, polluted } = measure(mode, join(folder, name));
      expect(codes.map((found) => (typeof found === 'string' ? found : found.code))).toContain(code);
      for (const found of codes) {
        if (typeof found === 'string') continue;
        expect(found.line >= 1 && found.column >= 1 && found.message.length > 0, JSON.stringify(found)).toBe(true);
      }
      expect(ms, `${mode} ${name}`).toBeLessThan(second);
      expect(rssMb, `${mode} ${name}`).toBeLessThan(memoryMb);
      expect(polluted).toBeNull();
    }
  });

  it.each(Object.keys(hostile).filter((name) => name !== 'proto.yaml' && name !== 'many-wrong-items.yaml'))('%s: editYaml refuses it within a second, in bounded memory', { timeout: 60_000 }, (name) => {
    const { ms, rssMb, codes } = measure('edit', join(folder, name));
    expect(codes).toEqual([name === 'huge.yaml' ? 'file-too-large' : 'yaml-invalid']);
    expect(ms).toBeLessThan(second);
    expect(rssMb).toBeLessThan(memoryMb);
  });

  it('proto.yaml: editYaml edits it as plain keys and pollutes nothing', { timeout: 60_000 }, () => {
    const { codes, polluted } = measure('edit', join(folder, 'proto.yaml'));
    expect(codes).toEqual([]);
    expect(polluted).toBeNull();
  });
});

describe('hostile YAML through the sunlit command', () => {
  it.each(Object.entries(hostile))('%s: exit 1, the problem in the output, no stack trace', { timeout: 120_000 }, (name, { code }) => {
    for (const args of [['validate', join(folder, name)], ['lint', join(folder, name), '--format', 'json']]) {
      const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
      expect(result.status, result.stderr).toBe(1);
      expect(result.stdout).toContain(code);
      expect(result.stdout + result.stderr).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
    }
  });
});
