/**
 * Every problem code has a fixture here. In a fixture, ⟦ marks the character where the problem
 * must be reported; the test removes the mark, loads the files and expects that code at that
 * file:line:column. A code without a fixture fails the last test.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue, memorySource, type CatalogueSource } from '../src/catalogue.js';
import { loadCaseText } from '../src/case.js';
import { validationIds, type MessageId } from '../src/messages/index.js';

const MARK = '⟦';

const entry = (extra = '', powers = '  - powers/*.yaml') => `sunlit: 1
id: test
title: 测试目录
authority: 测试市人民政府
edition: "1"
departments:
  - { id: office, name: 办公室 }
laws:
  - { id: law, title: 测试法, articles: { "1": 第一条。 } }
${extra}powers:
${powers}
`;

const power = (flow = defaultFlow, extra = '', head = defaultHead) => `${head}${extra}flow:
${flow}`;

const defaultHead = `code: T-1
name: 测试事项
category: other
department: office
basis: [law 1]
`;

const defaultFlow = `  initial: 申请
  states:
    申请:
      on: { 提交: 办结 }
    办结: { type: final, outcome: decided }
`;

interface Fixture {
  readonly code: MessageId;
  readonly files: Readonly<Record<string, string | Uint8Array>>;
  /** Entry file; default catalogue.yaml. */
  readonly entry?: string;
  readonly severity?: 'error' | 'warning';
  /** For codes not placed in any file's text (read failures): the expected file, at 1:1. */
  readonly at?: string;
  readonly source?: (files: Record<string, string | Uint8Array>) => CatalogueSource;
}

const withPower = (code: MessageId, text: string, extra: Partial<Fixture> = {}): Fixture => ({
  code,
  files: { 'catalogue.yaml': entry(), 'powers/a.yaml': text },
  ...extra,
});
const withEntry = (code: MessageId, text: string, extra: Partial<Fixture> = {}): Fixture => ({
  code,
  files: { 'catalogue.yaml': text, 'powers/a.yaml': power() },
  ...extra,
});

/** A source over bytes or text, which can also pretend sizes or fail reads. */
function bytesSource(files: Record<string, string | Uint8Array>, options: { size?: number; failRead?: string } = {}): CatalogueSource {
  const memory = memorySource(Object.fromEntries(Object.keys(files).map((path) => [path, ''])));
  return {
    list: memory.list,
    read: async (path, limit) => {
      if (path === options.failRead) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      if (options.size !== undefined && options.size > limit && path.startsWith('powers/')) throw Object.assign(new Error('too large'), { code: 'EFBIG', size: options.size });
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return content;
    },
  };
}

const gbk = (text: string) => new Uint8Array([...new TextEncoder().encode(text), 0xb2, 0xe2, 0xca, 0xd4, 0x0a]);

const fixtures: Fixture[] = [
  {
    code: 'file-unreadable',
    files: { 'catalogue.yaml': entry(), 'powers/a.yaml': power() },
    at: 'powers/a.yaml',
    source: (files) => bytesSource(files, { failRead: 'powers/a.yaml' }),
  },
  {
    code: 'file-too-large',
    files: { 'catalogue.yaml': entry(), 'powers/a.yaml': power() },
    at: 'powers/a.yaml',
    source: (files) => bytesSource(files, { size: 6 * 1024 * 1024 }),
  },
  {
    code: 'invalid-encoding',
    files: { 'catalogue.yaml': entry(), 'powers/a.yaml': gbk(`code: T-1\nname: ${MARK}`) },
    source: (files) => bytesSource(files),
  },
  { code: 'not-a-catalogue', files: { 'catalogue.yaml': `${MARK}${power()}` } },
  withPower('yaml-syntax', `code: T-1\nname: ${MARK}[测试, 事项\ncategory: other\n`),
  withPower('yaml-duplicate-key', `code: T-1\nname: 测试\n${MARK}name: 又一个\n`),
  withPower('yaml-too-deep', `code: T-1\nname: ${'['.repeat(63)}${MARK}${'['.repeat(10)}${']'.repeat(73)}\n`),
  withPower(
    'yaml-alias-limit',
    `code: T-1\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [${MARK}*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n`,
  ),
  withPower('yaml-unknown-tag', `code: T-1\nname: ${MARK}!foo 测试\n`),
  withPower('yaml-empty', `${MARK}`),
  withPower('yaml-multiple-documents', `code: T-1\n${MARK}---\ncode: T-2\n`),
  withPower('missing-field', power(`  initial: 申请\n  states:\n    申请:\n      on: { 提交: 办结 }\n    办结: { type: final }\n`, '', `${MARK}code: T-1\ncategory: other\ndepartment: office\nbasis: [law 1]\n`)),
  withPower('unknown-field', power(`  initial: 申请\n  states:\n    申请:\n      ${MARK}acter: 申请人\n      on: { 提交: 办结 }\n    办结: { type: final }\n`)),
  withPower('wrong-type', power(defaultFlow, `materials: ${MARK}身份证明\n`)),
  withEntry('invalid-value', entry(`locale: ${MARK}fr\n`)),
  withPower('unknown-category', power(defaultFlow, '', `code: T-1\nname: 测试事项\ncategory: ${MARK}licence-ish\ndepartment: office\nbasis: [law 1]\n`)),
  withPower('unknown-step', power(`  initial: 申请\n  states:\n    申请:\n      step: ${MARK}aply\n      on: { 提交: 办结 }\n    办结: { type: final }\n`)),
  withPower('unknown-outcome', power(`  initial: 申请\n  states:\n    申请:\n      on: { 提交: 办结 }\n    办结: { type: final, outcome: ${MARK}approved }\n`)),
  withPower('unknown-checkpoint-kind', power(`  initial: 申请\n  states:\n    申请:\n      checkpoint: { kind: ${MARK}review }\n      on: { 提交: 办结 }\n    办结: { type: final }\n`)),
  withPower('unknown-risk-level', power(`  initial: 申请\n  states:\n    申请:\n      risk: { level: ${MARK}severe, text: 刁难 }\n      on: { 提交: 办结 }\n    办结: { type: final }\n`)),
  withPower('unknown-right-kind', power(defaultFlow, `rights:\n  - { kind: ${MARK}appeal }\n`)),
  withPower('unknown-unit', power(defaultFlow, `limits:\n  statutory: { within: 20, unit: ${MARK}weeks }\n`)),
  withPower('unknown-level', power(defaultFlow, `level: [city, ${MARK}district]\n`)),
  withPower('unknown-party', power(defaultFlow, `targets: [${MARK}company]\n`)),
  withPower('invalid-code', power(defaultFlow, '', `code: ${MARK}../etc/passwd\nname: 测试事项\ncategory: other\ndepartment: office\nbasis: [law 1]\n`)),
  withEntry('invalid-id', entry().replace('- { id: office', `- { id: ${MARK}Office`)),
  withPower('invalid-state-name', power(`  initial: 申请\n  states:\n    申请:\n      on: { 提交: 办结 }\n    办结: { type: final }\n    ${MARK}$补正: { type: final }\n`)),
  withPower('invalid-event-name', power(`  initial: 申请\n  states:\n    申请:\n      on: { 提交: 办结, ${MARK}补正#1: 办结 }\n    办结: { type: final }\n`)),
  withPower('invalid-target', power(`  initial: 申请\n  states:\n    申请:\n      on: { 提交: ${MARK}"办结..x" }\n    办结: { type: final }\n`)),
  withPower('reserved-name', power(`  initial: 申请\n  states:\n    申请:\n      on: { 提交: 办结 }\n    办结: { type: final }\n    ${MARK}__proto__: { type: final }\n`)),
  withPower('invalid-basis-ref', power(defaultFlow, '', `code: T-1\nname: 测试事项\ncategory: other\ndepartment: office\nbasis: [${MARK}第一条]\n`)),
  withEntry('invalid-date', entry(`effective: ${MARK}2026-02-30\n`)),
  withEntry('invalid-article-number', entry().replace('articles: { "1"', `articles: { ${MARK}"第一条"`)),
  withEntry('invalid-date-range', entry(`calendars:\n  local:\n    holidays: [${MARK}2026-10-07..2026-10-01]\n`)),
  withPower('out-of-range', power(defaultFlow, `limits:\n  statutory: { within: ${MARK}-1, unit: day }\n`)),
  withPower('empty-value', power(defaultFlow, '', `code: T-1\nname: ${MARK}""\ncategory: other\ndepartment: office\nbasis: [law 1]\n`)),
  withPower('too-few-items', power(defaultFlow, '', `code: T-1\nname: 测试事项\ncategory: other\ndepartment: office\nbasis: ${MARK}[]\n`)),
  withPower('duplicate-item', power(defaultFlow, `level: ${MARK}[city, city]\n`)),
  withEntry('unsupported-version', entry().replace('sunlit: 1', `sunlit: ${MARK}2`)),
  withPower('empty-states', power(`  initial: 申请\n  states: ${MARK}{}\n`)),
  withEntry('invalid-glob', entry('', `  - ${MARK}../other/*.yaml`)),
  { code: 'glob-no-match', severity: 'warning', files: { 'catalogue.yaml': entry('', `  - powers/*.yaml\n  - ${MARK}rules/*.yaml`), 'powers/a.yaml': power() } },
  withPower('unknown-department', power(defaultFlow, '', `code: T-1\nname: 测试事项\ncategory: other\ndepartment: ${MARK}ofice\nbasis: [law 1]\n`)),
  withPower('unknown-law', power(defaultFlow, '', `code: T-1\nname: 测试事项\ncategory: other\ndepartment: office\nbasis: [law 1, { ref: ${MARK}lwa 2 }]\n`)),
  withPower('unknown-target', power(`  initial: 申请\n  states:\n    申请:\n      on:\n        提交: ${MARK}办接\n    办结: { type: final }\n`)),
  withPower('unknown-initial', power(`  initial: ${MARK}受理\n  states:\n    申请:\n      on: { 提交: 办结 }\n    办结: { type: final }\n`)),
  withPower('missing-initial', power(`  initial: 申请\n  states:\n    申请:\n      on: { 提交: 审查 }\n    ${MARK}审查:\n      states:\n        初审: { on: { 通过: 办结 } }\n    办结: { type: final }\n`)),
  withPower('parallel-with-initial', power(`  initial: 申请\n  states:\n    申请:\n      on: { 提交: 审查 }\n    审查:\n      type: parallel\n      ${MARK}initial: 甲\n      states:\n        甲: { initial: 审, states: { 审: { on: { 通过: 完 } }, 完: { type: final } } }\n      onDone: 办结\n    办结: { type: final }\n`)),
  withPower('parallel-without-regions', power(`  initial: 申请\n  states:\n    申请:\n      on: { 提交: 审查 }\n    ${MARK}审查:\n      type: parallel\n      on: { 通过: 办结 }\n    办结: { type: final }\n`)),
  withPower('final-state-has-exits', power(`  initial: 申请\n  states:\n    申请:\n      on: { 提交: 办结 }\n    办结:\n      type: final\n      ${MARK}on: { 重来: 申请 }\n`)),
  withPower('final-state-has-states', power(`  initial: 申请\n  states:\n    申请:\n      on: { 提交: 办结 }\n    办结:\n      type: final\n      initial: 甲\n      ${MARK}states: { 甲: {} }\n`)),
  { ...withPower('ondone-on-atomic', power(`  initial: 申请\n  states:\n    申请:\n      on: { 提交: 办结 }\n      ${MARK}onDone: 办结\n    办结: { type: final }\n`)), severity: 'warning' },
  withPower('ondone-loop', power(`  initial: 申请\n  states:\n    申请:\n      on: { 提交: 联合审查 }\n    联合审查:\n      initial: 完成\n      states:\n        完成: { type: final }\n      onDone: ${MARK}联合审查\n    办结: { type: final }\n`)),
  withPower('unknown-clock-state', power(defaultFlow, `clocks:\n  reply: { within: 20, unit: workday, from: 申请, until: [${MARK}答复], basis: [law 1] }\n`)),
  withPower('unknown-clock-event', power(defaultFlow, `clocks:\n  reply:\n    within: 20\n    unit: workday\n    from: 申请\n    extend: { by: 20, on: ${MARK}延期 }\n`)),
  {
    code: 'too-many-problems',
    files: { 'catalogue.yaml': entry().replace('departments:\n  - { id: office, name: 办公室 }\n', `departments:\n${'  - 1\n'.repeat(1000)}  - ${MARK}1\n  - 1\n`) },
  },
  withEntry('unknown-calendar', entry(`calendar: ${MARK}shenyang\n`)),
  withEntry('unknown-timezone', entry(`timezone: ${MARK}Asia/Shenyang\n`)),
  {
    code: 'duplicate-code',
    files: { 'catalogue.yaml': entry(), 'powers/a.yaml': power(), 'powers/b.yaml': power(defaultFlow, '', defaultHead.replace('code: T-1', `code: ${MARK}T-1`)) },
  },
  withEntry('duplicate-id', entry().replace('- { id: office, name: 办公室 }\n', `- { id: office, name: 办公室 }\n  - { id: ${MARK}office, name: 另一个办公室 }\n`)),
  { ...withPower('unknown-layout-state', power(defaultFlow, `layout:\n  nodes:\n    申请: { x: 0, y: 0 }\n    ${MARK}审核: { x: 0, y: 100 }\n`)), severity: 'warning' },
  { ...withEntry('unknown-rule', entry(`lint:\n  ${MARK}no-dead-ends: error\n`)), severity: 'warning' },
];

/** Removes the mark from each text file and says where it was. */
function unmark(files: Readonly<Record<string, string | Uint8Array>>) {
  const clean: Record<string, string | Uint8Array> = {};
  let expected: { file: string; line: number; column: number } | undefined;
  for (const [file, content] of Object.entries(files)) {
    if (typeof content !== 'string') {
      const text = new TextDecoder().decode(content);
      const index = text.indexOf(MARK);
      if (index !== -1) {
        const before = text.slice(0, index).split('\n');
        expected = { file, line: before.length, column: before[before.length - 1]!.length + 1 };
        const markBytes = new TextEncoder().encode(MARK);
        const start = new TextEncoder().encode(text.slice(0, index)).length;
        clean[file] = new Uint8Array([...content.slice(0, start), ...content.slice(start + markBytes.length)]);
      } else clean[file] = content;
      continue;
    }
    const index = content.indexOf(MARK);
    if (index !== -1) {
      const before = content.slice(0, index).split('\n');
      expected = { file, line: before.length, column: before[before.length - 1]!.length + 1 };
    }
    clean[file] = content.replace(MARK, '');
  }
  return { clean, expected };
}

describe('every problem code, at its line and column', () => {
  it.each(fixtures.map((fixture) => [fixture.code, fixture] as const))('%s', async (_, fixture) => {
    const { clean, expected } = unmark(fixture.files);
    const source = fixture.source ? fixture.source(clean) : memorySource(clean as Record<string, string>);
    const result = await loadCatalogue(fixture.entry ?? 'catalogue.yaml', source);
    const place = expected ?? { file: fixture.at!, line: 1, column: 1 };
    const match = result.problems.find((problem) => problem.code === fixture.code);
    expect(match, JSON.stringify(result.problems, null, 1)).toBeDefined();
    expect({ file: match!.file, line: match!.line, column: match!.column, severity: match!.severity }).toEqual({
      ...place,
      severity: fixture.severity ?? 'error',
    });
    expect(match!.message).not.toMatch(/\{\w+\}|undefined/);
  });

  it('invalid-timestamp, in a case file', () => {
    const text = `case: 2026-0042\npower: T-1\nevents:\n  - { at: "2026-09-28T10:12:00+08:00", event: 提交 }\n  - { at: ${MARK}"2026-09-31T09:00", event: 补正 }\n`;
    const { clean, expected } = unmark({ 'case.yaml': text });
    const { problems } = loadCaseText(clean['case.yaml'] as string, 'case.yaml');
    expect(problems.map(({ code, file, line, column }) => ({ code, file, line, column }))).toEqual([{ code: 'invalid-timestamp', ...expected }]);
  });

  // The lint rules' codes have theirs in lint.test.ts.
  it('has a fixture for every validation code', () => {
    const covered = new Set<string>([...fixtures.map((fixture) => fixture.code), 'invalid-timestamp', 'file-outside-catalogue']);
    expect(validationIds.filter((code) => !covered.has(code))).toEqual([]);
  });
});
