/**
 * Catalogues written to format.md by other hands: the format's own example, verbatim, and one in a
 * different style (BOM, CRLF, anchors and aliases, quoted keys, flow style, inline powers with a
 * glob). Both must load without a problem, and mean what they say.
 */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { allStates, toMachine } from '../src/machine.js';
import { loadCatalogueFromPath } from '../src/node.js';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;

describe('catalogues written elsewhere', () => {
  it('loads the example of format.md as written there', async () => {
    const { catalogue, problems } = await loadCatalogueFromPath(fixtures + 'format-md');
    expect(problems).toEqual([]);
    const power = catalogue!.powers[0]!;
    expect(power.clocks[0]).toMatchObject({ id: 'reply', within: 20, unit: 'workday', from: '登记', until: ['答复'], pause: ['征求第三方意见'], extend: { by: 20, on: '延期', times: 1 } });
    expect(catalogue!.calendars[0]).toMatchObject({ id: 'shenyang', extends: 'cn-mainland', holidays: ['2026-09-03'] });
    expect(catalogue!.lint).toEqual({ 'promised-within-statutory': 'error' });
    const review = allStates(power.flow).find((state) => state.id === '审查')!;
    const extension = review.transitions.find((transition) => transition.event === '延期')!;
    expect(extension).toMatchObject({ checkpoint: { kind: 'approval' } });
    expect('target' in extension).toBe(false);
  });

  it('loads a catalogue in another hand, and reads it the same way', async () => {
    const { catalogue, problems } = await loadCatalogueFromPath(fixtures + 'other-hand');
    expect(problems).toEqual([]);
    expect(catalogue).toMatchObject({ id: 'hz-district', edition: '2026', calendar: 'hz', extensions: { 'x-source': expect.any(String) } });
    const [arbitration, reward] = catalogue!.powers;
    expect(arbitration!.clocks[0]!.basis[0]).toMatchObject({ ref: 'labour-mediation 43', text: expect.stringContaining('四十五日内结束') });
    expect(allStates(arbitration!.flow).find((state) => state.path === '审理.开庭')!.transitions[0]).toMatchObject({ target: '审理.合议' });
    expect(arbitration!.layout).toEqual({ direction: 'LR', nodes: { 申请: { x: 0, y: 0 }, '审理.调解': { x: 240, y: 0 } } });
    expect(reward!.source.file).toBe(fixtures + 'other-hand/items/reward.yml');

    const actor = createActor(toMachine(reward!)).start();
    actor.send({ type: '报送' });
    actor.send({ type: '核实完毕' });
    actor.send({ type: '意见反馈' });
    expect(actor.getSnapshot().value).toBe('公示');
    actor.send({ type: '公示无异议' });
    actor.send({ type: '作出决定', guard: '给予奖励' });
    expect(actor.getSnapshot()).toMatchObject({ value: '奖励', status: 'done' });
  });
});
