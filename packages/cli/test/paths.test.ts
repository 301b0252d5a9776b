/**
 * Paths that try to leave their folder: power codes, state ids, `powers:` globs, links and `--out`
 * values. Codes and globs are refused with a problem; whatever the catalogue holds, `sunlit
 * publish` and `sunlit import` write only inside `--out` (asserted by listing the parent folder
 * before and after). Links leaving the catalogue folder: packages/core/test/node.test.ts and
 * import.test.ts; the edit server's paths: edit.test.ts.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogue, memorySource } from '@sunlit/core';
import { describe, expect, it } from 'vitest';
import { run } from '../src/main.js';

const repository = new URL('../../../', import.meta.url).pathname;
const minimal = readFileSync(join(repository, 'examples/minimal.yaml'), 'utf8');

async function sunlit(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, {});
  return { code, stdout, stderr };
}

/** Every path under a folder, recursively, sorted: what was written anywhere below it. */
function listing(folder: string): string[] {
  return (readdirSync(folder, { recursive: true }) as string[]).map(String).sort();
}

const escapingCodes = ['../../x', '../x', '..', '.', '/etc/x', 'C:\\x', 'C:x', 'a/b', 'a\\b', 'a\u0000b', '.hidden', 'x/../../y', '%2e%2e%2fx'];

describe('codes, ids and globs that try to leave their folder', () => {
  it.each(escapingCodes)('the power code %j is refused (invalid-code)', async (code) => {
    const text = minimal.replace(/^(\s*(?:- )?)code: .*$/m, `$1code: ${JSON.stringify(code)}`);
    const { problems } = await loadCatalogue('minimal.yaml', memorySource({ 'minimal.yaml': text }));
    expect(problems.map((problem) => problem.code)).toContain('invalid-code');
  });

  it.each(['../*.yaml', '../../etc/*', '/etc/*.yaml', 'C:/x/*.yaml', 'c:x.yaml', 'powers/../../*.yaml', 'powers\\..\\..\\x.yaml', '..'])('the glob %j is refused (invalid-glob)', async (glob) => {
    const entry = `sunlit: 1\nid: x\ntitle: t\nauthority: a\nedition: "1"\ndepartments: [{ id: d, name: n }]\npowers:\n  - ${JSON.stringify(glob)}\n`;
    const { problems } = await loadCatalogue('c/catalogue.yaml', memorySource({ 'c/catalogue.yaml': entry, 'x.yaml': 'code: OUT\n' }));
    expect(problems.map((problem) => problem.code)).toEqual(['invalid-glob']);
  });

  it('department and law ids that are paths are refused (they become folder names of the site)', async () => {
    const text = minimal.replace('{ id: ogi-office,', '{ id: "../../x",').replace('- id: ogi-reg', '- id: "/etc/x"');
    const { problems } = await loadCatalogue('minimal.yaml', memorySource({ 'minimal.yaml': text }));
    expect(problems.filter((problem) => problem.code === 'invalid-id')).toHaveLength(2);
  });
});

describe('sunlit publish writes only inside --out', () => {
  it('a catalogue with escaping codes is refused, and nothing is written beside or above --out', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'sunlit-paths-'));
    const text = minimal.replace(/^(\s*(?:- )?)code: .*$/m, '$1code: "../../x"');
    writeFileSync(join(parent, 'catalogue.yaml'), text);
    const before = listing(parent);
    const result = await sunlit('publish', join(parent, 'catalogue.yaml'), '--out', join(parent, 'site', 'deep'));
    expect(result.code).toBe(1);
    expect(listing(parent)).toEqual(before);
    expect(readdirSync(tmpdir())).not.toContain('x');
  });

  it('state names that look like paths stay text: the site is written, all of it inside --out', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'sunlit-paths-'));
    mkdirSync(join(parent, 'work'));
    // A name with ".." is refused ("." separates nested states); other path-like names are text.
    const dotted = minimal.replace(/登记/g, '登记/../../x');
    expect((await loadCatalogue('m.yaml', memorySource({ 'm.yaml': dotted }))).problems.map((problem) => problem.code)).toContain('invalid-state-name');
    const text = minimal.replace(/登记/g, '/登记/C:\\x\\');
    expect(text).toContain('/登记/C:\\x');
    writeFileSync(join(parent, 'work', 'catalogue.yaml'), text);
    const before = listing(parent);
    const result = await sunlit('publish', join(parent, 'work', 'catalogue.yaml'), '--out', join(parent, 'work', 'site'));
    expect(result.code, result.stderr + result.stdout).toBe(0);
    const written = listing(parent).filter((path) => !before.includes(path));
    expect(written.length).toBeGreaterThan(10);
    for (const path of written) expect(path === join('work', 'site') || path.startsWith(join('work', 'site') + '/'), path).toBe(true);
  });

  it('an --out that is a link, or holds a NUL, is refused with exit 2 and no stack trace', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'sunlit-paths-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'sunlit-elsewhere-'));
    writeFileSync(join(elsewhere, 'keep.txt'), 'mine');
    symlinkSync(elsewhere, join(parent, 'link'));
    const linked = await sunlit('publish', join(repository, 'examples/minimal.yaml'), '--out', join(parent, 'link'));
    // A folder it did not publish (through a link or not) is never replaced.
    expect(linked.code).toBe(2);
    expect(listing(elsewhere)).toEqual(['keep.txt']);
    for (const command of [['publish', join(repository, 'examples/minimal.yaml')], ['import', join(repository, 'packages/core/test/fixtures/import/district-gbk.csv')]]) {
      const result = await sunlit(...command, '--out', join(parent, 'a\u0000b'), '--lang', 'en');
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('NUL');
      expect(result.stderr).not.toMatch(/internal error|^\s+at /m);
    }
    expect(readdirSync(parent)).toEqual(['link']);
  });
});

describe('sunlit import writes only inside --out', () => {
  it('writes the catalogue inside --out and nothing beside it', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'sunlit-paths-'));
    cpSync(join(repository, 'packages/core/test/fixtures/import/offices.xlsx'), join(parent, 'offices.xlsx'));
    const result = await sunlit('import', join(parent, 'offices.xlsx'), '--out', join(parent, 'out'));
    expect([0, 1]).toContain(result.code);
    const written = listing(parent).filter((path) => path !== 'offices.xlsx');
    expect(written.length).toBeGreaterThan(2);
    for (const path of written) expect(path === 'out' || path.startsWith('out/'), path).toBe(true);
  });
});
