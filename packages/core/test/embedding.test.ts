/** docs/embedding.md, followed step by step: what it shows must work as shown. */
import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { expect, it } from 'vitest';
import { labelOf, loadCaseText, loadCatalogue, memorySource, YamlLocator } from '../src/index.js';
import { flowEvents, toMachine } from '../src/machine.js';
import { InputError, loadCatalogueFromPath } from '../src/node.js';

const examples = new URL('../../../examples/', import.meta.url).pathname;

it('loads from disk, with problems, files and the resolved model', async () => {
  const { catalogue, problems, files } = await loadCatalogueFromPath(examples + 'shenyang', { locale: 'zh-Hans' });
  expect(problems).toEqual([]);
  expect(files[0]).toBe(examples + 'shenyang/catalogue.yaml');
  const power = catalogue!.powers.find((candidate) => candidate.code === 'SY-QT-0001')!;
  expect(power.department.name).toBeTruthy();
  const citation = power.basis.find((ref) => ref.text !== undefined)!;
  expect(citation.law.id).toBe(citation.ref.split(' ')[0]);
  await expect(loadCatalogueFromPath('/no/such/place')).rejects.toBeInstanceOf(InputError);
});

it('loads from memory and locates any model object in its file', async () => {
  const entry = readFileSync(examples + 'minimal.yaml', 'utf8');
  const result = await loadCatalogue('catalogue.yaml', memorySource({ 'catalogue.yaml': entry }), { locale: 'en' });
  const power = result.catalogue!.powers[0]!;
  expect(power.source.pointer).toBe('/powers/0');
  const locator = new YamlLocator(entry);
  expect(entry.split('\n')[locator.locatePointer(power.source.pointer).line - 1]).toContain(`code: ${power.code}`);
  const state = power.flow.states[1]!;
  expect(entry.split('\n')[locator.locatePointer(state.source.pointer).line - 1]).toContain(`${state.id}:`);
});

it('runs a flow as the doc shows, with meta and graph utilities', async () => {
  const { catalogue } = await loadCatalogueFromPath(examples + 'shenyang');
  const power = catalogue!.powers.find((candidate) => candidate.code === 'SY-XK-0001')!;
  const machine = toMachine(power);
  const actor = createActor(machine).start();
  expect(actor.getSnapshot().value).toBe('申请');
  actor.send({ type: '提交申请' });
  expect(actor.getSnapshot().getMeta()[`${power.code}.接收`]).toMatchObject({ step: 'receive', basis: expect.any(Array) });
  expect(getShortestPaths(machine, { events: flowEvents(power.flow) }).length).toBeGreaterThan(5);
  expect(labelOf('category', 'licensing', 'zh-Hant')).toBe('行政許可');
});

it('reads a case', () => {
  const { case: run, problems } = loadCaseText('case: 1\npower: SY-QT-0001\nevents:\n  - { at: "2026-09-28T10:12:00+08:00", event: 提交申请 }\n', 'c.yaml');
  expect(problems).toEqual([]);
  expect(run!.events[0]).toMatchObject({ event: '提交申请', source: { file: 'c.yaml', pointer: '/events/0' } });
});

it('validates without building any model, or streams powers one at a time', async () => {
  const checked = await loadCatalogueFromPath(examples + 'shenyang', { keepPowers: false });
  expect(checked.problems).toEqual([]);
  expect(checked.catalogue!.powers).toEqual([]);
  expect(checked.counts).toEqual({ licensing: 1, penalty: 2, coercion: 1, levy: 1, payment: 1, inspection: 1, confirmation: 1, other: 1 });
  const streamed: string[] = [];
  const result = await loadCatalogueFromPath(examples + 'shenyang', { keepPowers: false, onPower: (power) => streamed.push(power.code) });
  expect(result.catalogue!.powers).toEqual([]);
  expect(streamed).toHaveLength(9);
  expect((await loadCatalogueFromPath(examples + 'shenyang')).catalogue!.powers.map((power) => power.code)).toEqual(streamed);
});
