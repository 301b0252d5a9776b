/** Loading from disk: folders and single files, globs, links out of the folder, sizes, encodings. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, loadCatalogueFromPath, resolveEntry } from '../src/node.js';

const entry = `sunlit: 1
id: test
title: 测试目录
authority: 测试市人民政府
edition: "1"
departments: [{ id: office, name: 办公室 }]
laws:
  - id: law
    title: 测试法
    articles: { "1": 第一条。, "2.1": 第二条第一款。 }
powers:
  - powers/**/*.yaml
`;

const power = (code: string) => `code: ${code}
name: 测试事项
category: other
department: office
basis: [law 1, { ref: law 2.1, role: establishing }]
flow:
  initial: 申请
  states:
    申请: { on: { 提交: 办结 } }
    办结: { type: final, outcome: decided }
`;

function folder(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'sunlit-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('loading from disk', () => {
  it('loads a folder through its catalogue.yaml, finding power files in subfolders, in a stable order', async () => {
    const root = folder({ 'catalogue.yaml': entry, 'powers/b/2.yaml': power('B-2'), 'powers/a/1.yaml': power('A-1'), 'powers/notes.txt': 'x' });
    const result = await loadCatalogueFromPath(root);
    expect(result.problems).toEqual([]);
    expect(result.files).toEqual([`${root}/catalogue.yaml`, `${root}/powers/a/1.yaml`, `${root}/powers/b/2.yaml`]);
    expect(result.catalogue!.powers.map((loaded) => loaded.code)).toEqual(['A-1', 'B-2']);
  });

  it('resolves basis shorthands to the law and article they cite', async () => {
    const root = folder({ 'catalogue.yaml': entry, 'powers/1.yaml': power('A-1') });
    const { catalogue } = await loadCatalogueFromPath(root);
    const [first, second] = catalogue!.powers[0]!.basis;
    expect(first).toMatchObject({ ref: 'law 1', article: '1', text: '第一条。', law: { id: 'law', title: '测试法' } });
    expect(second).toMatchObject({ ref: 'law 2.1', article: '2', clause: '1', text: '第二条第一款。', role: 'establishing' });
    expect(second!.source).toEqual({ file: `${root}/powers/1.yaml`, pointer: '/basis/1' });
  });

  it('reports problems with the path as the user gave it', async () => {
    const root = folder({ 'catalogue.yaml': entry, 'powers/1.yaml': power('A-1').replace('category: other', 'category: permit') });
    const result = await loadCatalogueFromPath(root + '/');
    expect(result.problems.map(({ file, line, column, code }) => ({ file, line, column, code }))).toEqual([
      { file: `${root}/powers/1.yaml`, line: 3, column: 11, code: 'unknown-category' },
    ]);
  });

  it('does not follow a link that leads out of the catalogue folder', async () => {
    const outside = folder({ 'secret.yaml': power('SECRET-1') });
    const root = folder({ 'catalogue.yaml': entry, 'powers/1.yaml': power('A-1') });
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'powers/2.yaml'));
    const result = await loadCatalogueFromPath(root);
    expect(result.problems).toMatchObject([{ code: 'file-outside-catalogue', severity: 'warning', file: `${root}/catalogue.yaml` }]);
    expect(result.catalogue!.powers.map((loaded) => loaded.code)).toEqual(['A-1']);
  });

  it('reports a broken link among the power files as a file that cannot be read', async () => {
    const root = folder({ 'catalogue.yaml': entry, 'powers/1.yaml': power('A-1') });
    symlinkSync(join(root, 'powers/gone.yaml'), join(root, 'powers/2.yaml'));
    const result = await loadCatalogueFromPath(root);
    expect(result.problems).toMatchObject([{ code: 'file-unreadable', file: `${root}/powers/2.yaml`, message: '无法读取文件：文件不存在（可能是失效的链接）。' }]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const root = folder({ 'catalogue.yaml': entry, 'powers/1.yaml': power('A-1') + '#' + 'x'.repeat(6 * 1024 * 1024) + '\n' });
    const result = await loadCatalogueFromPath(root);
    expect(result.problems).toMatchObject([{ code: 'file-too-large', line: 1, column: 1 }]);
  });

  it('points at the first byte that is not UTF-8 (a GBK export)', async () => {
    const gbk = new Uint8Array([...new TextEncoder().encode('code: A-1\nname: '), 0xb2, 0xe2, 0xca, 0xd4, 0x0a]);
    const root = folder({ 'catalogue.yaml': entry, 'powers/1.yaml': gbk });
    const result = await loadCatalogueFromPath(root);
    expect(result.problems).toMatchObject([{ code: 'invalid-encoding', line: 2, column: 7 }]);
  });

  it('loads a single-file catalogue with inline powers', async () => {
    const root = folder({
      'one.yaml': entry.replace('  - powers/**/*.yaml\n', power('A-1').replace(/^/gm, '    ').replace(/^ {4}code/, '  - code')),
    });
    const result = await loadCatalogueFromPath(join(root, 'one.yaml'));
    expect(result.problems).toEqual([]);
    expect(result.catalogue!.powers[0]!.source).toEqual({ file: `${root}/one.yaml`, pointer: '/powers/0' });
  });

  it('tells a missing path and a folder without catalogue.yaml apart', async () => {
    await expect(resolveEntry('/nonexistent/sunlit')).rejects.toMatchObject({ reason: 'not-found' });
    const empty = folder({ 'readme.md': '#' });
    await expect(resolveEntry(empty)).rejects.toBeInstanceOf(InputError);
    await expect(resolveEntry(empty)).rejects.toMatchObject({ reason: 'no-entry' });
  });
});
