/** The `sunlit` command as users run it: output, languages and the 0/1/2 exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/main.js';
import type { Problem } from '@sunlit/core';

const repository = new URL('../../../', import.meta.url).pathname;
const bin = join(repository, 'packages/cli/dist/bin.js');

async function sunlit(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, {});
  return { code, stdout, stderr };
}

function catalogue(powerText: string): string {
  const root = mkdtempSync(join(tmpdir(), 'sunlit-cli-'));
  mkdirSync(join(root, 'powers'));
  writeFileSync(
    join(root, 'catalogue.yaml'),
    'sunlit: 1\nid: t\ntitle: 测试目录\nauthority: 测试市人民政府\nedition: "1"\ndepartments: [{ id: ogi-office, name: 办公室 }]\nlaws: [{ id: ogi-reg, title: 政府信息公开条例 }]\npowers:\n  - powers/*.yaml\n',
  );
  writeFileSync(join(root, 'powers/ogi.yaml'), powerText);
  return root;
}

const brokenPower = `code: SY-QT-0001
name: 政府信息公开申请办理
category: licence-ish
department: ogi-office
basis: [ogi-reg 33]
flow:
  initial: 申请
  states:
    申请: { on: { 提交申请: 登记 } }
    办结: { type: final }
`;

describe('sunlit validate', () => {
  it('passes the examples, and says what they hold', async () => {
    const result = await sunlit('validate', join(repository, 'examples/shenyang'), join(repository, 'examples/minimal.yaml'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^✓ .*examples\/shenyang：沈阳市市级行政职权目录.*9 项职权.*没有发现问题。$/m);
    expect(result.stdout).toMatch(/^✓ .*examples\/minimal\.yaml：/m);
  });

  it('gives { ok: true, problems: [] } in JSON for a clean catalogue', async () => {
    const result = await sunlit('validate', join(repository, 'examples/shenyang'), '--format', 'json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, problems: [] });
  });

  it('prints file:line:column, severity, code and a Chinese message for each problem, and exits 1', async () => {
    const root = catalogue(brokenPower);
    const result = await sunlit('validate', root);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines).toContain(
      `${root}/powers/ogi.yaml:3:11  错误  unknown-category  职权类别“licence-ish”无效，应为以下之一：licensing（行政许可）、penalty（行政处罚）、coercion（行政强制）、levy（行政征收）、payment（行政给付）、inspection（行政检查）、confirmation（行政确认）、reward（行政奖励）、adjudication（行政裁决）、other（其他行政权力）。`,
    );
    expect(lines.find((line) => line.includes('unknown-target'))).toMatch(/^.*powers\/ogi\.yaml:9:23  错误  unknown-target  状态“申请”的事件“提交申请”的去向“登记”不存在/);
    expect(lines[lines.length - 2]).toBe(`✗ ${root}：2 个错误。`);
  });

  it('reports in JSON exactly the fields of the contract', async () => {
    const result = await sunlit('validate', catalogue(brokenPower), '--format', 'json', '--lang', 'en');
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(2);
    for (const problem of report.problems) expect(Object.keys(problem).sort()).toEqual(['code', 'column', 'file', 'line', 'message', 'severity']);
    expect(report.problems[0]).toMatchObject({ line: 3, column: 11, severity: 'error', code: 'unknown-category', message: expect.stringMatching(/^Invalid category "licence-ish"/) });
  });

  it('speaks zh-Hant and English when asked', async () => {
    const root = catalogue(brokenPower);
    expect((await sunlit('validate', root, '--lang', 'zh-Hant')).stdout).toContain('  錯誤  unknown-category  職權類別“licence-ish”無效');
    expect((await sunlit('validate', root, '--lang', 'en')).stdout).toContain('  error  unknown-category  Invalid category');
  });

  it('exits 2 for usage mistakes and paths it cannot read, saying why on stderr', async () => {
    for (const args of [[], ['frobnicate'], ['validate'], ['validate', '--frobnicate', 'x'], ['validate', 'x', '--format', 'xml'], ['validate', 'x', '--lang', 'fr']]) {
      const result = await sunlit(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).not.toBe('');
      expect(result.stdout, args.join(' ')).toBe('');
    }
    expect(await sunlit('validate', '/nonexistent/catalogue')).toMatchObject({ code: 2, stderr: 'sunlit：找不到路径“/nonexistent/catalogue”。\n' });
    const empty = mkdtempSync(join(tmpdir(), 'sunlit-empty-'));
    expect((await sunlit('validate', empty)).stderr).toContain('没有 catalogue.yaml');
  });

  it('checks a case file as a case, not as a catalogue', async () => {
    const root = catalogue(brokenPower);
    writeFileSync(join(root, 'case.yaml'), 'case: 2026-0042\npower: SY-QT-0001\nevents:\n  - { at: "2026-09-28T10:12:00+08:00", event: 提交申请 }\n');
    expect(await sunlit('validate', join(root, 'case.yaml'))).toMatchObject({ code: 0, stdout: `✓ ${root}/case.yaml：办件 2026-0042（职权事项 SY-QT-0001），1 个事件；没有发现问题。\n` });
    writeFileSync(join(root, 'bad-case.yaml'), 'case: 1\npower: SY-QT-0001\nevents:\n  - { at: "2026-13-01", event: 提交申请 }\n');
    expect((await sunlit('validate', join(root, 'bad-case.yaml'))).stdout).toContain(':4:11  错误  invalid-timestamp');
  });

  it('says "no errors, N warnings" rather than "no problems" when there are warnings', async () => {
    const root = catalogue(brokenPower.replace('category: licence-ish', 'category: other').replace('申请: { on: { 提交申请: 登记 } }', '申请: { on: { 提交申请: 办结 } }'));
    writeFileSync(join(root, 'catalogue.yaml'), readFileSync(join(root, 'catalogue.yaml'), 'utf8') + '  - rules/*.yaml\n');
    const result = await sunlit('validate', root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/；没有错误，1 个警告。\n$/);
  });

  it('answers --help and --version with exit 0', async () => {
    expect(await sunlit('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('用法：sunlit <命令>') });
    expect(await sunlit('--version', '--lang', 'en')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
  });
});

describe('the sunlit program', () => {
  it('prints paths relative to where it runs, and exits with the code of the result', () => {
    const root = catalogue(brokenPower);
    const result = spawnSync(process.execPath, [bin, 'validate', '.'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^powers\/ogi\.yaml:3:11  错误  unknown-category  /m);
  });

  it('stops quietly when its reader closes the pipe early', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" --help | head -c 1 > /dev/null`], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('meets hostile files with problems, never a stack trace or a hang', { timeout: 60_000 }, () => {
    const bomb = ['code: X-1', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 9; level++) bomb.push(`l${level}: &l${level} [${Array(10).fill(level === 1 ? '*a' : `*l${level - 1}`).join(', ')}]`);
    const root = catalogue(bomb.join('\n') + '\n');
    writeFileSync(join(root, 'powers/deep.yaml'), 'code: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n');
    writeFileSync(join(root, 'powers/binary.yaml'), new Uint8Array([0, 159, 146, 150, 255, 1, 2, 3]));
    const result = spawnSync(process.execPath, [bin, 'validate', root, '--format', 'json'], { encoding: 'utf8', timeout: 45_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const codes = JSON.parse(result.stdout).problems.map((problem: { code: string }) => problem.code);
    expect(codes).toEqual(expect.arrayContaining(['yaml-alias-limit', 'yaml-too-deep', 'invalid-encoding']));
    expect(result.stdout).not.toMatch(/\n\s+at /);
  });
});

describe('sunlit lint', () => {
  const ogi = (within: number, extra = '') => `code: SY-QT-0001
name: 政府信息公开申请办理
category: other
department: ogi-office
basis: [ogi-reg 33]
clocks:
  reply: { name: 答复期限, within: ${within}, unit: workday, from: 登记, until: [答复], basis: [ogi-reg 33] }
flow:
  initial: 登记
  states:
    登记: { step: receive, on: { 登记完成: 审查 } }
    审查: { step: review, on: { 答复: 答复 } }
    答复: { type: final, step: decide, outcome: decided, remedies: true, basis: [ogi-reg 36] }
${extra}`;

  it('passes the examples with no problems', async () => {
    const result = await sunlit('lint', join(repository, 'examples/shenyang'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^✓ .*examples\/shenyang：.*9 项职权.*没有发现问题。\n$/);
  });

  it('reports a rule at file:line:column with the rule id as code, and exits 1 on an error', async () => {
    const root = catalogue(ogi(15));
    const result = await sunlit('lint', root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${root}/powers/ogi.yaml:7:3  错误  ogi-reply-period  计时器“reply”引用了政府信息公开条例第三十三条`);
    expect(result.stdout).toContain('说明见 docs/rules/ogi-reply-period.md。');
    expect(result.stdout).toMatch(/✗ .*：1 个错误。\n$/);
    // validate does not run the rules.
    expect((await sunlit('validate', root)).code).toBe(0);
  });

  it('puts validation problems first, then rule problems; JSON has the contract fields only', async () => {
    const root = catalogue(ogi(15, 'remarks: [不是文字]\n'));
    writeFileSync(join(root, 'catalogue.yaml'), readFileSync(join(root, 'catalogue.yaml'), 'utf8') + 'lint: { no-such-rule: off }\n');
    const result = await sunlit('lint', root, '--format', 'json', '--lang', 'en');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(false);
    expect(report.problems.map((problem: { code: string }) => problem.code)).toEqual(['unknown-rule', 'wrong-type']);
    // A power with validation errors is not linted; a clean one is, after the validation problems.
    writeFileSync(join(root, 'powers/ogi.yaml'), ogi(15));
    const again = JSON.parse((await sunlit('lint', root, '--format', 'json', '--lang', 'en')).stdout);
    expect(again.problems.map((problem: { code: string }) => problem.code)).toEqual(['unknown-rule', 'ogi-reply-period']);
    expect(Object.keys(again.problems[1]).sort()).toEqual(['code', 'column', 'file', 'line', 'message', 'severity']);
    expect(again.problems[1].message).toContain('See docs/rules/ogi-reply-period.md.');
  });

  it('exits 0 with warnings only', async () => {
    const root = catalogue(ogi(15));
    writeFileSync(join(root, 'catalogue.yaml'), readFileSync(join(root, 'catalogue.yaml'), 'utf8') + 'lint: { ogi-reply-period: warn }\n');
    const result = await sunlit('lint', root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  警告  ogi-reply-period  ');
    expect(result.stdout).toMatch(/没有错误，1 个警告。\n$/);
  });

  it('asks for a path', async () => {
    expect(await sunlit('lint')).toMatchObject({ code: 2, stderr: expect.stringContaining('sunlit lint examples/shenyang') });
  });
});

describe('JSON output of problems', () => {
  it('is written in batches exactly as JSON.stringify(…, null, 2) writes it whole', async () => {
    const { writeProblemsJson, publicProblem } = await import('../src/report.js');
    const fc = (await import('fast-check')).default;
    const problem = fc.record({
      file: fc.string(),
      line: fc.nat(),
      column: fc.nat(),
      severity: fc.constantFrom('error' as const, 'warning' as const),
      code: fc.constantFrom<Problem['code']>('wrong-type', 'unknown-field', 'no-dead-end'),
      message: fc.string({ unit: 'binary' }),
      pointer: fc.string(),
    });
    fc.assert(
      fc.property(fc.oneof(fc.array(problem, { maxLength: 5 }), fc.array(problem, { minLength: 499, maxLength: 1002 })), fc.boolean(), (problems, ok) => {
        let written = '';
        writeProblemsJson((text) => (written += text), ok, problems);
        expect(written).toBe(JSON.stringify({ ok, problems: problems.map(publicProblem) }, null, 2) + '\n');
      }),
      { numRuns: 40 },
    );
  });
});
