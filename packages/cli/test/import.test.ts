/** sunlit import: the summary, the report, re-import, and the 0/1/2 exit codes. */
import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/main.js';

const fixtures = new URL('../../core/test/fixtures/import/', import.meta.url).pathname;

async function sunlit(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, {});
  return { code, stdout, stderr };
}

const folder = () => mkdtempSync(join(tmpdir(), 'sunlit-import-'));

describe('sunlit import', () => {
  it('writes a catalogue that validates, one file per power, and the report', async () => {
    const out = join(folder(), 'catalogue');
    const result = await sunlit('import', join(fixtures, 'offices.xlsx'), '--out', out);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('4 张工作表，7 项职权（新建 7，更新 0，未变 0），需要核对的单元格 8 个');
    expect(result.stdout).toContain(`导入报告：${out}/import-report.md`);
    expect(readdirSync(join(out, 'powers'), { recursive: true }).filter((path) => String(path).endsWith('.yaml'))).toHaveLength(7);
    const report = readFileSync(join(out, 'import-report.md'), 'utf8');
    expect(report).toContain('| 市场监管局 | 7 | E | 职权类别 | 非行政许可审批 |');
    expect(await sunlit('validate', out)).toMatchObject({ code: 0 });

    // Again: nothing changes.
    const again = await sunlit('import', join(fixtures, 'offices.xlsx'), '--out', out, '--lang', 'en');
    expect(again.stdout).toContain('7 power(s) (0 new, 0 updated, 7 unchanged)');
  });

  it('reports in JSON', async () => {
    const out = join(folder(), 'c');
    const result = await sunlit('import', join(fixtures, 'district-gbk.csv'), '--out', out, '--format', 'json');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ ok: true, powers: 3, created: 3, uncertain: 3, problems: [] });
    expect(summary.cells[0]).toMatchObject({ sheet: 'district-gbk', row: 4, column: 'D' });
  });

  it('reads headers named in a --map file', async () => {
    const root = folder();
    writeFileSync(join(root, 'table.csv'), '权力事项全称,归口部门\n城市道路占用许可,城建局\n');
    writeFileSync(join(root, 'map.yaml'), 'columns:\n  权力事项全称: name\n  归口部门: department\n');
    expect((await sunlit('import', join(root, 'table.csv'), '--out', join(root, 'out'))).code).toBe(2);
    const result = await sunlit('import', join(root, 'table.csv'), '--out', join(root, 'out'), '--map', join(root, 'map.yaml'));
    expect(result.code).toBe(0);
    writeFileSync(join(root, 'bad-map.yaml'), '权力事项全称: title\n');
    expect(await sunlit('import', join(root, 'table.csv'), '--out', join(root, 'out2'), '--map', join(root, 'bad-map.yaml'))).toMatchObject({ code: 2, stderr: expect.stringContaining('表头对照文件') });
  });

  it('exits 1 when the result does not validate', async () => {
    // An existing catalogue with a broken entry: the import writes, validation fails.
    const out = folder();
    writeFileSync(join(out, 'catalogue.yaml'), 'sunlit: 1\nid: Bad Id\ntitle: t\nauthority: a\nedition: "1"\npowers: [powers/**/*.yaml]\n');
    const result = await sunlit('import', join(fixtures, 'district-gbk.csv'), '--out', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('导入后的目录有');
  });

  it('exits 2 on usage and input errors, without a stack trace', async () => {
    const root = folder();
    writeFileSync(join(root, 'picture.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(root, 'old.xls'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    writeFileSync(join(root, 'file'), 'x');
    const cases: [string[], string][] = [
      [['import'], '请给出要导入的表格'],
      [['import', join(fixtures, 'offices.xlsx')], '--out'],
      [['import', join(root, 'missing.xlsx'), '--out', join(root, 'o')], '找不到表格文件'],
      [['import', join(root, 'picture.png'), '--out', join(root, 'o')], '不是表格文件'],
      [['import', join(root, 'old.xls'), '--out', join(root, 'o')], '.xls'],
      [['import', join(fixtures, 'offices.xlsx'), '--out', join(root, 'file')], '是一个文件'],
    ];
    for (const [args, message] of cases) {
      const result = await sunlit(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses to write through a link that leaves the catalogue folder', async () => {
    const root = folder();
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(elsewhere);
    const out = join(root, 'out');
    mkdirSync(out);
    symlinkSync(elsewhere, join(out, 'powers'));
    writeFileSync(join(out, 'catalogue.yaml'), 'sunlit: 1\nid: t\ntitle: t\nauthority: a\nedition: "1"\npowers: [powers/**/*.yaml]\n');
    const result = await sunlit('import', join(fixtures, 'district-gbk.csv'), '--out', out);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('离开目录文件夹') });
    expect(readdirSync(elsewhere)).toEqual([]);
    // --out itself a link.
    const link = join(root, 'link');
    symlinkSync(elsewhere, link);
    expect((await sunlit('import', join(fixtures, 'district-gbk.csv'), '--out', link)).code).toBe(2);
  });
});
