/**
 * Mistakes people new to YAML and to the format make, each reported on the line where it was made
 * and in words a lawyer understands (found by trying the validator as a lawyer would).
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue, memorySource } from '../src/catalogue.js';

const entry = `sunlit: 1
id: test
title: 测试目录
authority: 测试市人民政府
edition: "1"
departments: [{ id: office, name: 办公室 }]
laws: [{ id: law, title: 测试法 }]
powers:
  - powers/*.yaml
`;

/** A power whose lines 1–5 are the head; `body` starts at line 6. */
const power = (body: string) => `code: T-1
name: 测试事项
category: other
department: office
basis: [law 1]
${body}`;

const flow = `flow:
  initial: 申请
  states:
    申请: { on: { 提交: 办结 } }
    办结: { type: final }
`;

async function problems(powerText: string, entryText = entry, locale: 'zh-Hans' | 'en' = 'zh-Hans') {
  const result = await loadCatalogue('catalogue.yaml', memorySource({ 'catalogue.yaml': entryText, 'powers/a.yaml': powerText }), { locale });
  return result.problems.map(({ line, column, code, message }) => ({ line, column, code, message }));
}

describe('YAML mistakes, reported where they were made', () => {
  it('text with ": " inside, unquoted', async () => {
    expect(await problems(power(`remarks: 注意: 补正后答复期限重新起算\n${flow}`))).toEqual([
      expect.objectContaining({ line: 6, column: 12, code: 'yaml-syntax', message: expect.stringContaining('请给整段文字加引号') }),
    ]);
  });

  it('no space after the colon, or a full-width colon', async () => {
    expect(await problems(power(`unit:政务公开科\n${flow}`))).toEqual([
      expect.objectContaining({ line: 6, column: 5, code: 'yaml-syntax', message: 'YAML 语法错误：冒号后面要有一个空格（写作“键: 值”）。' }),
    ]);
    expect(await problems(power(`unit：政务公开科\n${flow}`))).toEqual([
      expect.objectContaining({ line: 6, column: 5, message: expect.stringContaining('全角冒号') }),
    ]);
  });

  it('an unclosed quote or bracket, and a stray bracket', async () => {
    expect(await problems(power(`remarks: "未闭合\n${flow}`))).toEqual([expect.objectContaining({ line: 6, column: 10, message: expect.stringContaining('引号没有闭合') })]);
    expect(await problems(power(`materials: [申请表, 身份证明\n${flow}`))).toEqual([expect.objectContaining({ line: 6, column: 12, message: expect.stringContaining('括号') })]);
    expect(await problems(power(`publicity: [门户网站]]\n${flow}`))).toEqual([expect.objectContaining({ line: 6, column: 18, message: expect.stringContaining('多了一个右括号') })]);
  });

  it('a tag, shown as written', async () => {
    expect(await problems(power(`remarks: !zh 备注\n${flow}`))).toEqual([expect.objectContaining({ code: 'yaml-unknown-tag', message: expect.stringContaining('“!zh”') })]);
  });
});

describe('values that are not what was meant', () => {
  it('an empty value is reported at its key, never at column 0', async () => {
    expect(await problems(power(`unit:\n${flow}`))).toEqual([
      expect.objectContaining({ line: 6, column: 1, code: 'wrong-type', message: 'unit（承办机构）应为文字，实际是空值。如果要写的是文字，请加引号，如 "0001"。' }),
    ]);
  });

  it('an empty state is one wrong thing, not also a missing target', async () => {
    const found = await problems(power(`flow:\n  initial: 申请\n  states:\n    申请: { on: { 放弃: 视为放弃 } }\n    视为放弃:\n`));
    expect(found.map(({ line, column, code }) => ({ line, column, code }))).toEqual([{ line: 10, column: 5, code: 'wrong-type' }]);
  });

  it('a code of digits read as a number: says to quote it', async () => {
    const found = await problems(power(flow).replace('code: T-1', 'code: 0001'));
    expect(found).toEqual([expect.objectContaining({ line: 1, column: 7, code: 'wrong-type', message: expect.stringContaining('请加引号') })]);
  });

  it('sunlit: "1" is the right version written as text', async () => {
    const found = await problems(power(flow), entry.replace('sunlit: 1', 'sunlit: "1"'));
    expect(found).toEqual([expect.objectContaining({ code: 'wrong-type', message: 'sunlit（格式版本）应为整数，实际是文字。' })]);
  });

  it('numbers are shown as numbers, and limits in words', async () => {
    const found = await problems(power(`limits:\n  statutory: { within: -1, unit: day }\n${flow}`));
    expect(found).toEqual([expect.objectContaining({ message: 'limits（办理时限）的 statutory（法定时限）的 within（期限）的值 -1 超出范围，应不小于 0。' })]);
  });

  it('the role of a basis lists its values with their Chinese names', async () => {
    const found = await problems(power(flow).replace('basis: [law 1]', 'basis: [{ ref: law 1, role: 设定依据 }]'));
    expect(found[0]!.message).toContain('establishing（设定依据）、implementing（实施依据）');
  });

  it('sets Chinese and Latin words apart, but never inside what the user wrote', async () => {
    const found = await problems(power(flow), entry.replace('departments: [{ id: office, name: 办公室 }]', 'departments: [{ id: office, name: 办公室 }, { id: office, name: 另一个 }]'));
    expect(found[0]!.message).toBe('第 2 个部门：标识“office”重复，同一目录中的 departments（部门）标识必须唯一。');
  });
});

describe('states named the way authors name them', () => {
  it('a compound state may send a case to its own child by name', async () => {
    const found = await problems(power(`flow:\n  initial: 审查\n  states:\n    审查:\n      initial: 初审\n      states:\n        初审: { on: { 通过: 复审 } }\n        复审: { on: { 通过: 办结 } }\n      on: { 重新审查: 初审 }\n    办结: { type: final }\n`));
    expect(found).toEqual([]);
  });

  it('a dotted path is found from the siblings outwards, like a name', async () => {
    const found = await problems(power(`flow:\n  initial: 审查\n  states:\n    审查:\n      type: parallel\n      states:\n        市政:\n          initial: 书面\n          states:\n            书面: { on: { 核查: 市政.现场 } }\n            现场: { type: final }\n        交管:\n          initial: 审\n          states: { 审: { on: { 完: 好 } }, 好: { type: final } }\n      onDone: 办结\n    办结: { type: final }\n`));
    expect(found).toEqual([]);
  });

  it('a clock naming a nested state by its last name is told the full path', async () => {
    const found = await problems(power(`clocks:\n  c: { within: 1, unit: day, from: 审查, pause: [复审] }\nflow:\n  initial: 审查\n  states:\n    审查:\n      initial: 初审\n      states: { 初审: { on: { 通过: 复审 } }, 复审: { type: final } }\n      onDone: 办结\n    办结: { type: final }\n`));
    expect(found).toEqual([expect.objectContaining({ line: 7, column: 48, code: 'unknown-clock-state', message: expect.stringContaining('是否想写“审查.复审”？') })]);
  });

  it('a malformed target is reported once, not also as missing', async () => {
    const found = await problems(power(`flow:\n  initial: 申请\n  states:\n    申请: { on: { 提交: "#办结" } }\n    办结: { type: final }\n`));
    expect(found.map((problem) => problem.code)).toEqual(['invalid-target']);
  });

  it('flow itself is named when its initial state is missing', async () => {
    const found = await problems(power(flow.replace('initial: 申请', 'initial: 受理')), entry, 'en');
    expect(found[0]!.message).toMatch(/^Flow has the initial state "受理"/);
  });
});

describe('citations', () => {
  it('an unknown law is found in every place a basis may be written', async () => {
    const everywhere = `code: T-1
name: 测试事项
category: other
department: office
basis: [nolaw 1]
limits:
  statutory: { within: 20, unit: workday, basis: [nolaw 2] }
  promised: { within: 10, unit: workday, basis: [nolaw 3] }
fees: [{ item: 工本费, standard: 10元, basis: [nolaw 4] }]
rights: [{ kind: litigation, within: { within: 6, unit: month, basis: [nolaw 5] }, basis: [nolaw 6] }]
accountability: [{ text: 不依法履职, basis: [{ ref: nolaw 7 }] }]
discretion: [{ circumstance: 初次, range: 警告, basis: [nolaw 8] }]
clocks:
  c: { within: 1, unit: day, from: 申请, basis: [nolaw 9] }
flow:
  initial: 申请
  states:
    申请:
      basis: [nolaw 10]
      deadline: { within: 1, unit: day, basis: [nolaw 11] }
      checkpoint: { kind: record, basis: [nolaw 12] }
      on:
        提交: { target: 审查, basis: [nolaw 13], checkpoint: { kind: approval, basis: [nolaw 14] } }
    审查:
      initial: 初审
      states: { 初审: { type: final } }
      onDone: [{ target: 办结, basis: [nolaw 15] }]
    办结: { type: final }
`;
    const found = await problems(everywhere);
    expect(found.filter((problem) => problem.code === 'unknown-law')).toHaveLength(15);
    expect(found.filter((problem) => problem.code !== 'unknown-law')).toEqual([]);
  });
});
