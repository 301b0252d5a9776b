/**
 * Compiled machines are exactly their flows: XState's own graph utilities reach every state of
 * every example, the machine's states and transitions are the flow's, and a developer can run it.
 */
import { createActor } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, memorySource } from '../src/catalogue.js';
import { allStates, flowEvents, toMachine } from '../src/machine.js';
import type { Catalogue, Power } from '../src/model.js';
import { loadCatalogueFromPath } from '../src/node.js';

const examples = new URL('../../../examples/', import.meta.url).pathname;
let catalogues: Catalogue[] = [];

beforeAll(async () => {
  catalogues = [];
  for (const path of ['shenyang', 'minimal.yaml']) {
    const result = await loadCatalogueFromPath(examples + path);
    expect(result.problems).toEqual([]);
    catalogues.push(result.catalogue!);
  }
});

const allPowers = () => catalogues.flatMap((catalogue) => catalogue.powers);

/** The state paths active in a snapshot value, ancestors included: { a: { b: 'c' } } → a, a.b, a.b.c. */
function activePaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  const paths: string[] = [];
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    paths.push(prefix + key, ...activePaths(child, `${prefix}${key}.`));
  }
  return paths;
}

describe('every example power', () => {
  it('has examples to check', () => {
    expect(allPowers().length).toBeGreaterThanOrEqual(10);
  });

  it('reaches every state of its flow through XState\'s graph traversal', () => {
    for (const power of allPowers()) {
      const machine = toMachine(power);
      const paths = getShortestPaths(machine, { events: flowEvents(power.flow) });
      const reached = new Set(paths.flatMap((path) => activePaths(path.state.value)));
      const unreached = allStates(power.flow)
        .map((state) => state.path)
        .filter((path) => !reached.has(path));
      expect(unreached, power.code).toEqual([]);
    }
  });

  it('compiles to the states and transitions its flow says', () => {
    for (const power of allPowers()) {
      const machine = toMachine(power);
      const nodes = new Map(getStateNodes(machine.root).map((node) => [node.path.join('.'), node]));
      expect([...nodes.keys()].sort(), power.code).toEqual(allStates(power.flow).map((state) => state.path).sort());
      for (const state of allStates(power.flow)) {
        const node = nodes.get(state.path)!;
        expect(node.type, state.path).toBe(state.kind);
        expect(node.meta, state.path).toMatchObject({ path: state.path, name: state.name, ...(state.step && { step: state.step }) });
        for (const transition of state.transitions) {
          const compiled = node.on[transition.event] ?? [];
          const targets = compiled.map((definition) => (definition.target ?? []).map((target) => target.path.join('.')).join());
          expect(targets, `${state.path} --${transition.event}-->`).toContain(transition.target ?? '');
        }
      }
    }
  });
});

const catalogue = (power: string) =>
  memorySource({
    'c.yaml': `sunlit: 1
id: t
title: 测试
authority: 测试
edition: "1"
departments: [{ id: office, name: 办公室 }]
laws: [{ id: law, title: 测试法, articles: { "33": 第三十三条。 } }]
powers:
${power}`,
  });

async function onlyPower(power: string): Promise<Power> {
  const result = await loadCatalogue('c.yaml', catalogue(power));
  expect(result.problems).toEqual([]);
  return result.catalogue!.powers[0]!;
}

describe('running a compiled flow', () => {
  it('moves through the 依申请公开 example as a case would', () => {
    const power = catalogues[0]!.powers.find((candidate) => candidate.code === 'SY-QT-0001')!;
    const actor = createActor(toMachine(power)).start();
    expect(actor.getSnapshot().value).toBe(power.flow.initial);
    actor.send({ type: '提交申请' });
    expect(actor.getSnapshot().value).toBe('登记');
    expect(actor.getSnapshot().getMeta()[`${power.code}.登记`]).toMatchObject({ step: 'receive' });
  });

  it('runs parallel regions, waits for both, then follows onDone; guards pick branches', async () => {
    const power = await onlyPower(`  - code: SY.XK.1
    name: 并联审批
    category: licensing
    department: office
    basis: [law 33]
    flow:
      initial: 受理
      states:
        受理: { on: { 分送: 联合审查 } }
        联合审查:
          type: parallel
          states:
            市政:
              initial: 审查
              states: { 审查: { on: { 市政同意: 完成, 退回: 受理 } }, 完成: { type: final } }
            交管:
              initial: 审查
              states: { 审查: { on: { 交管同意: 完成 } }, 完成: { type: final } }
          onDone: 决定
        决定:
          on:
            作出决定:
              - { target: 准予, guard: 准予 }
              - { target: 不予, guard: 不予 }
            延期: { checkpoint: { kind: approval } }
        准予: { type: final, outcome: granted }
        不予: { type: final, outcome: refused, remedies: true }
`);
    const actor = createActor(toMachine(power)).start();
    actor.send({ type: '分送' });
    expect(actor.getSnapshot().value).toEqual({ 联合审查: { 市政: '审查', 交管: '审查' } });
    actor.send({ type: '市政同意' });
    expect(actor.getSnapshot().value).toEqual({ 联合审查: { 市政: '完成', 交管: '审查' } });
    actor.send({ type: '交管同意' });
    expect(actor.getSnapshot().value).toBe('决定');
    actor.send({ type: '延期' });
    expect(actor.getSnapshot().value).toBe('决定');
    actor.send({ type: '作出决定', guard: '不予' });
    expect(actor.getSnapshot().value).toBe('不予');
    expect(actor.getSnapshot().status).toBe('done');
    expect(toMachine(power).id).toBe('SY.XK.1');
  });

  it('resolves a bare target from the siblings outwards, and a dotted target from the top', async () => {
    const power = await onlyPower(`  - code: T-1
    name: 嵌套
    category: other
    department: office
    basis: [law 33]
    flow:
      initial: 审查
      states:
        审查:
          initial: 初审
          states:
            初审: { on: { 通过: 复审, 退回: 申请, 跳转: 审查.复审 } }
            复审: { on: { 通过: 办结 } }
        申请: { on: { 提交: 审查 } }
        办结: { type: final }
`);
    const first = allStates(power.flow).find((state) => state.path === '审查.初审')!;
    expect(first.transitions.map((transition) => [transition.event, transition.target])).toEqual([
      ['通过', '审查.复审'],
      ['退回', '申请'],
      ['跳转', '审查.复审'],
    ]);
    const actor = createActor(toMachine(power)).start();
    actor.send({ type: '退回' });
    expect(actor.getSnapshot().value).toBe('申请');
    actor.send({ type: '提交' });
    actor.send({ type: '通过' });
    actor.send({ type: '通过' });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('offers each event once per guard label', async () => {
    const power = catalogues[0]!.powers.find((candidate) => candidate.category === 'licensing')!;
    const events = flowEvents(power.flow);
    expect(events).toContainEqual({ type: '作出决定', guard: '准予' });
    expect(events).toContainEqual({ type: '作出决定', guard: '不予' });
    expect(new Set(events.map((event) => `${event.type}/${event.guard}`)).size).toBe(events.length);
  });
});
