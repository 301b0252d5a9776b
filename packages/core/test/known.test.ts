/** Loading a subset of a catalogue (`known`): files the caller answers for are not loaded, and the problems are still those of a full load. */
import { describe, expect, it } from 'vitest';
import { loadCatalogue, memorySource, type KnownPowerFile, type LoadResult } from '../src/index.js';

const entry = `sunlit: 1
id: test
title: 测试目录
authority: 测试市人民政府
edition: "1"
departments: [{ id: office, name: 办公室 }]
laws:
  - id: law
    title: 测试法
    articles: { "1": 第一条。 }
powers:
  - powers/*.yaml
`;

const power = (code: string, name = '测试事项', category = 'other') => `code: ${code}
name: ${name}
category: ${category}
department: office
basis: [law 1]
flow:
  initial: 申请
  states:
    申请: { on: { 提交: 办结 } }
    办结: { type: final, outcome: decided }
`;

const files = (powers: Record<string, string>): Record<string, string> => ({ 'catalogue.yaml': entry, ...Object.fromEntries(Object.entries(powers).map(([name, text]) => [`powers/${name}`, text])) });

/** Loads with `known` answering for the files whose text is the one given. */
function loadKnowing(all: Record<string, string>, known: Record<string, { text: string; code: string; category?: KnownPowerFile['category'] }>): Promise<LoadResult> {
  const asked: string[] = [];
  return loadCatalogue('catalogue.yaml', memorySource(all), {
    known: (file, text) => {
      asked.push(file);
      const hit = known[file];
      return hit !== undefined && hit.text === text ? { code: hit.code, category: hit.category ?? 'other' } : undefined;
    },
  });
}

const comparable = (result: LoadResult) => result.problems.map(({ file, line, column, severity, code, message }) => ({ file, line, column, severity, code, message }));

describe('loadCatalogue with known files', () => {
  it('does not load the files it is told about, and counts them', async () => {
    const all = files({ 'a.yaml': power('T-1'), 'b.yaml': power('T-2', '乙', 'licensing'), 'c.yaml': power('T-3') });
    const result = await loadKnowing(all, { 'powers/a.yaml': { text: all['powers/a.yaml']!, code: 'T-1' }, 'powers/b.yaml': { text: all['powers/b.yaml']!, code: 'T-2', category: 'licensing' } });
    expect(result.problems).toEqual([]);
    expect(result.known).toEqual(['powers/a.yaml', 'powers/b.yaml']);
    expect(result.files).toEqual(['catalogue.yaml', 'powers/a.yaml', 'powers/b.yaml', 'powers/c.yaml']);
    expect(result.catalogue!.powers.map((item) => item.code)).toEqual(['T-3']);
    expect(result.counts).toEqual({ other: 2, licensing: 1 });
  });

  it('reports a changed file with an error exactly as a full load does', async () => {
    const all = files({ 'a.yaml': power('T-1'), 'b.yaml': power('T-2').replace('department: office', 'department: offce') });
    const full = await loadCatalogue('catalogue.yaml', memorySource(all));
    const subset = await loadKnowing(all, { 'powers/a.yaml': { text: all['powers/a.yaml']!, code: 'T-1' } });
    expect(full.problems.some((problem) => problem.severity === 'error')).toBe(true);
    expect(comparable(subset)).toEqual(comparable(full));
  });

  it('catches a code taken by an unchanged file, before or after the changed one, as a full load does', async () => {
    // The changed file comes after the unchanged one that holds its code.
    let all = files({ 'a.yaml': power('T-1'), 'b.yaml': power('T-1', '乙') });
    let full = await loadCatalogue('catalogue.yaml', memorySource(all));
    let subset = await loadKnowing(all, { 'powers/a.yaml': { text: all['powers/a.yaml']!, code: 'T-1' } });
    expect(full.problems.map((problem) => problem.code)).toContain('duplicate-code');
    expect(comparable(subset)).toEqual(comparable(full));

    // The changed file comes first: the unchanged one is loaded after all, to report the duplicate on it.
    all = files({ 'a.yaml': power('T-2', '甲'), 'b.yaml': power('T-2') });
    full = await loadCatalogue('catalogue.yaml', memorySource(all));
    subset = await loadKnowing(all, { 'powers/b.yaml': { text: all['powers/b.yaml']!, code: 'T-2' } });
    expect(full.problems.map((problem) => problem.code)).toContain('duplicate-code');
    expect(comparable(subset)).toEqual(comparable(full));
    expect(subset.known).toEqual([]);
  });
});
