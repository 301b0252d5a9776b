/** `sunlit deadline` and `sunlit simulate` as a legal-affairs office runs them. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/main.js';

const repository = new URL('../../../', import.meta.url).pathname;
const examples = join(repository, 'examples/shenyang');

async function sunlit(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, {});
  return { code, stdout, stderr };
}

/** Deadlines counted by hand from the notices and the statutes' rules, each with how it was counted. */
const byHand = readFileSync(join(repository, 'packages/legal-time/test/fixtures/deadlines-by-hand.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .map(([start, within, unit, due, why]) => ({ start: start!, within: within!, unit: unit!, due: due!, why: why! }));

describe('sunlit deadline', () => {
  it('has at least 60 hand-counted deadlines to check, around every holiday of 2024–2026', () => {
    expect(byHand.length).toBeGreaterThanOrEqual(60);
    for (const holiday of ['元旦', '春节', '清明', '劳动', '端午', '中秋', '国庆']) {
      for (const year of ['2024', '2025', '2026']) {
        expect(byHand.some((row) => row.why.includes(holiday) && (row.start.startsWith(year) || row.due.startsWith(year))), `${holiday} ${year}`).toBe(true);
      }
    }
  });

  it.each(byHand)('$start + $within $unit → $due', async ({ start, within, unit, due }) => {
    const result = await sunlit('deadline', start, within, unit, '--format', 'json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ start, due, unit, within: Number(within), calendar: 'cn-mainland' });
  });

  it('says in Chinese why a period moved past a holiday, citing the notice', async () => {
    const result = await sunlit('deadline', '2025-08-02', '60', 'day');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      '2025-08-02 起 60 日，届满日为 2025-10-09（星期四）。日历：中国大陆（国务院办公厅节假日安排）。\n' +
        '按期间算出的最后一日 2025-10-01 是国庆节、中秋节假期（国办发明电〔2024〕12号），依法顺延至其后第一个工作日。\n',
    );
  });

  it('exits 1 with calendar-range naming the year past the data, unless weekends only is accepted', async () => {
    const text = await sunlit('deadline', '2026-12-20', '20', 'workday');
    expect(text).toMatchObject({ code: 1, stdout: '' });
    expect(text.stderr).toContain('calendar-range  计算需要 2027 年的节假日安排');
    const json = await sunlit('deadline', '2026-12-20', '20', 'workday', '--format', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, code: 'calendar-range', year: 2027 });
    const accepted = await sunlit('deadline', '2026-12-20', '20', 'workday', '--weekends-only', '--format', 'json');
    expect(JSON.parse(accepted.stdout)).toMatchObject({ due: '2027-01-15' });
  });

  it('uses a catalogue’s local calendar when asked', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sunlit-calendar-'));
    writeFileSync(
      join(root, 'catalogue.yaml'),
      'sunlit: 1\nid: t\ntitle: 测试\nauthority: 测试市人民政府\nedition: "1"\ncalendars:\n  local: { extends: cn-mainland, holidays: ["2026-09-03"] }\ndepartments: [{ id: d, name: 办公室 }]\nlaws: []\npowers: []\n',
    );
    const local = await sunlit('deadline', '2026-09-02', '1', 'workday', '--catalogue', root, '--calendar', 'local', '--format', 'json');
    expect(JSON.parse(local.stdout)).toEqual({ start: '2026-09-02', due: '2026-09-04', unit: 'workday', within: 1, calendar: 'local' });
    const unknown = await sunlit('deadline', '2026-09-02', '1', 'workday', '--calendar', 'nowhere');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('没有日历“nowhere”');
  });

  it('refuses what is not a date, a number or a unit, with exit 2', async () => {
    for (const args of [['2025-02-30', '1', 'day'], ['2025-02-01', '-1', 'day'], ['2025-02-01', '1', 'weeks'], ['2025-02-01', '1']]) {
      const result = await sunlit('deadline', ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^sunlit：/);
    }
  });

  it('runs as a real process', () => {
    const result = spawnSync(process.execPath, [join(repository, 'packages/cli/dist/bin.js'), 'deadline', '2026-04-30', '5', 'workday', '--format', 'json'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).due).toBe('2026-05-11');
  });
});

describe('sunlit simulate', () => {
  it('replays one case and prints where it stands, its clocks and no violations (exit 0)', async () => {
    const result = await sunlit('simulate', examples, '--case', join(examples, 'cases/ogi-2026-0042.yaml'), '--at', '2026-11-20');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('办件 2026-ogi-0042（SY-QT-0001 政府信息公开申请办理）：已办结（予以公开）');
    expect(result.stdout).toContain('  答复期限：2026-10-12 起 20 个工作日，届满日 2026-11-09，按期完成，2026-11-05 停止计时');
    expect(result.stdout).toContain('✓ 评估时间 2026-11-20：没有发现违规。');
  });

  it('gives the contract JSON and exits 1 for a case with violations', async () => {
    const result = await sunlit('simulate', examples, '--case', join(examples, 'cases/penalty-2025-0107.yaml'), '--at', '2025-09-30', '--format', 'json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['case', 'power', 'states', 'final', 'clocks', 'violations']);
    expect(report).toMatchObject({ case: '2025-cf-0107', power: 'SY-CF-0001', states: ['执行'], final: false });
    expect(report.clocks[0]).toMatchObject({ id: 'decision', name: '处罚决定期限', start: '2025-06-03', due: '2025-09-01', status: 'missed' });
    expect(report.violations.map((violation: { code: string; clock: string }) => [violation.code, violation.clock])).toEqual([
      ['overdue', 'decision'],
      ['overdue', 'deadline:送达'],
    ]);
  });

  it('streams a CSV log: each case, then a summary per power', async () => {
    const result = await sunlit('simulate', examples, '--case', join(examples, 'cases/log.csv'), '--at', '2026-11-20', '--format', 'json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.cases.map((outcome: { case: string; final: boolean }) => [outcome.case, outcome.final])).toEqual([
      ['2026-ogi-0101', true],
      ['2026-xk-0201', true],
      ['2026-ogi-0102', false],
    ]);
    expect(report.summary).toEqual([
      { power: 'SY-QT-0001', name: '政府信息公开申请办理', cases: 2, finished: 1, met: 1, missed: 0, overdueNow: 1, violations: { overdue: 1 } },
      { power: 'SY-XK-0001', name: '占用、挖掘城市道路审批（联合办理）', cases: 1, finished: 1, met: 1, missed: 0, overdueNow: 0, violations: {} },
    ]);
  });

  it('reads a CSV whose columns come in another order, with a BOM and quoted notes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sunlit-log-'));
    const log = join(root, 'log.csv');
    writeFileSync(log, '\uFEFFevent,at,power,case,note\r\n提交申请,2026-09-28T10:12:00+08:00,SY-QT-0001,A,"来信，附件三份"\r\n盖章,2026-09-28T11:00:00+08:00,SY-QT-0001,A,\r\n');
    const result = await sunlit('simulate', examples, '--case', log, '--at', '2026-09-29', '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('unknown-event  Event "盖章" is not an event of this power\'s flow');
    const bad = join(root, 'bad.csv');
    writeFileSync(bad, 'id,when,what\n1,2,3\n');
    const refused = await sunlit('simulate', examples, '--case', bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('缺少 case, power, at, event 列');
  });

  it('reports problems of the case file at file:line:column, and a missing case file with exit 2', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sunlit-case-'));
    const file = join(root, 'case.yaml');
    writeFileSync(file, 'case: c1\npower: SY-QT-0001\nevents:\n  - { at: "2026-13-01T10:00", event: 提交申请 }\n');
    const result = await sunlit('simulate', examples, '--case', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/case\.yaml:4:\d+ {2}错误 {2}invalid-timestamp/);
    const missing = await sunlit('simulate', examples, '--case', join(root, 'nowhere.yaml'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到路径');
    const noCase = await sunlit('simulate', examples);
    expect(noCase.code).toBe(2);
  });
});

describe('the docs show what the commands print', () => {
  const pages = ['README.md', 'docs/cli.md', 'docs/legal-time.md'];
  const shown: { page: string; args: string[]; expected: string }[] = [];
  for (const page of pages) {
    const text = readFileSync(join(repository, page), 'utf8');
    for (const block of text.matchAll(/```console\n([\s\S]*?)```/g)) {
      const lines = block[1]!.split('\n');
      for (let index = 0; index < lines.length; index++) {
        const command = /^\$ pnpm -s sunlit ((?:deadline|simulate) .*)$/.exec(lines[index]!);
        if (command === null) continue;
        const output: string[] = [];
        while (index + 1 < lines.length && !lines[index + 1]!.startsWith('$ ')) output.push(lines[++index]!);
        shown.push({ page, args: command[1]!.split(' '), expected: output.join('\n').trimEnd() });
      }
    }
  }

  it('has examples to check', () => expect(shown.length).toBeGreaterThanOrEqual(5));

  it.each(shown)('$page: sunlit $args', async ({ args, expected }) => {
    const result = await sunlit(...args.map((arg) => (arg.startsWith('examples/') ? join(repository, arg) : arg)));
    const printed = (result.stdout + result.stderr).trimEnd().replaceAll(repository, '');
    if (expected.endsWith('……')) expect(printed.startsWith(expected.slice(0, -2))).toBe(true);
    else expect(printed).toBe(expected);
  });
});
