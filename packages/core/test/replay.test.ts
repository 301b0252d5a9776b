/**
 * Cases of the example powers replayed as a lawyer would check them by hand: the due dates below
 * were counted on the calendar from the notices (2025: 国办发明电〔2024〕12号; 2026: 〔2025〕7号).
 */
import fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkGenerated, convert, dictionarySource } from '../../../test-support/zh-hant.js';
import type { Catalogue, Power, State } from '../src/model.js';
import { loadCatalogueFromPath } from '../src/node.js';
import { zhHans } from '../src/replay/messages/zh-Hans.js';
import { replay, replayContext, type ReplayEvent, type ReplayResult } from '../src/replay/replay.js';
import { allStates, toMachine } from '../src/machine.js';
import { initialTransition, transition } from 'xstate';

const examples = new URL('../../../examples/', import.meta.url).pathname;
let catalogue: Catalogue;
const power = (code: string): Power => catalogue.powers.find((item) => item.code === code)!;

beforeAll(async () => {
  const loaded = await loadCatalogueFromPath(examples + 'shenyang');
  expect(loaded.problems).toEqual([]);
  catalogue = loaded.catalogue!;
});

const events = (...items: [string, string, string?][]): ReplayEvent[] =>
  items.map(([at, event, guard]) => (guard === undefined ? { at, event } : { at, event, guard }));
const clock = (result: ReplayResult, id: string) => result.clocks.find((item) => item.id === id);

describe('依申请公开 (SY-QT-0001)', () => {
  it('补正 restarts the reply clock from the day the corrected application arrives (条例 第30条)', () => {
    const result = replay(
      power('SY-QT-0001'),
      {
        id: '2026-ogi-0042',
        opened: '2026-09-28T10:00:00+08:00',
        events: events(
          ['2026-09-28T10:12:00+08:00', '提交申请'],
          ['2026-09-29T15:00:00+08:00', '需要补正'],
          ['2026-10-12T09:00:00+08:00', '收到补正'],
          ['2026-10-12T11:00:00+08:00', '登记完成'],
          ['2026-11-05T10:00:00+08:00', '拟定答复'],
          ['2026-11-05T16:30:00+08:00', '作出答复', '可以公开'],
        ),
      },
      { at: '2026-11-20' },
    );
    expect(result).toMatchObject({ case: '2026-ogi-0042', power: 'SY-QT-0001', states: ['予以公开'], final: true, violations: [] });
    // 20 working days after 10-12: 10-13 … 11-09 (no holiday in between).
    expect(clock(result, 'reply')).toMatchObject({ name: '答复期限', start: '2026-10-12', due: '2026-11-09', status: 'met', stopped: '2026-11-05' });
    // The 7-working-day 补正 notice clock restarted too and stopped at 审查 the same day.
    expect(clock(result, 'correction-notice')).toMatchObject({ start: '2026-10-12', due: '2026-10-21', status: 'met' });
  });

  it('the first 补正 notice, given within 7 working days across 国庆 and its 调休 Saturday, is on time', () => {
    const result = replay(
      power('SY-QT-0001'),
      { id: 'c', events: events(['2026-09-28T10:12:00+08:00', '提交申请'], ['2026-10-13T17:00:00+08:00', '需要补正']) },
      { at: '2026-10-13T18:00:00+08:00' },
    );
    // 09-29, 09-30, (10-01..07 off), 10-08, 10-09, 10-10 (Sat, 调休), 10-12, 10-13.
    expect(clock(result, 'correction-notice')).toMatchObject({ due: '2026-10-13', status: 'met' });
    expect(clock(result, 'reply')).toMatchObject({ status: 'paused' });
  });

  it('consulting a third party pauses the reply clock; one extension of 20 working days, a second is refused', () => {
    const ogi = power('SY-QT-0001');
    const history = events(
      ['2025-09-01T09:00:00+08:00', '提交申请'],
      ['2025-09-01T10:00:00+08:00', '登记完成'],
      ['2025-09-10T10:00:00+08:00', '需要征求第三方意见'],
      ['2025-09-24T10:00:00+08:00', '收到意见'],
    );
    // Paused 09-11..09-24: 7 working days counted before (09-02..09-10), then 09-25, 09-26,
    // 09-28 (Sun, 调休), 09-29, 09-30, 10-09, 10-10, 10-11 (Sat, 调休), 10-13..10-17.
    const paused = replay(ogi, { id: 'c', events: history }, { at: '2025-09-30' });
    expect(clock(paused, 'reply')).toMatchObject({ start: '2025-09-01', due: '2025-10-17', status: 'running' });
    // The 15-working-day deadline of 征求第三方意见 ran 09-10 → 09-30 and was met on 09-24.
    expect(clock(paused, 'deadline:征求第三方意见')).toMatchObject({ name: '征求第三方意见时限', start: '2025-09-10', due: '2025-09-30', status: 'met' });

    const extended = replay(ogi, { id: 'c', events: [...history, ...events(['2025-10-15T10:00:00+08:00', '延期'])] }, { at: '2025-11-12T12:00:00+08:00' });
    // +20 working days: 10-20 … 11-14; on 11-12 two remain (11-13, 11-14), within `warn: 3`.
    expect(clock(extended, 'reply')).toMatchObject({ due: '2025-11-14', status: 'due-soon', extensions: 1 });
    expect(extended.violations).toEqual([]);

    const twice = replay(
      ogi,
      { id: 'c', events: [...history, ...events(['2025-10-15T10:00:00+08:00', '延期'], ['2025-11-12T09:00:00+08:00', '延期'])] },
      { at: '2025-11-12T12:00:00+08:00' },
    );
    expect(twice.violations).toMatchObject([{ code: 'extension-exceeded', at: '2025-11-12T09:00:00+08:00', event: '延期', clock: 'reply' }]);
    expect(twice.violations[0]!.message).toBe('“答复期限”最多只能延长 1 次，这次延长未予计算。');
    expect(clock(twice, 'reply')).toMatchObject({ due: '2025-11-14', extensions: 1 });
  });

  it('an extension after the due date is late and does not count; the reply is then overdue', () => {
    const result = replay(
      power('SY-QT-0001'),
      {
        id: 'late',
        events: events(['2025-09-01T09:00:00+08:00', '提交申请'], ['2025-09-01T10:00:00+08:00', '登记完成'], ['2025-09-29T10:00:00+08:00', '延期']),
      },
      { at: '2025-10-09T12:00:00+08:00' },
    );
    // 20 working days after 09-01 end on Sunday 09-28, a 调休 working day.
    expect(clock(result, 'reply')).toMatchObject({ due: '2025-09-28', status: 'overdue', extensions: 0 });
    expect(result.violations.map((violation) => violation.code)).toEqual(['late-extension', 'overdue']);
    expect(result.violations[0]!.message).toBe('“答复期限”已于 2025-09-28 届满，2025-09-29T10:00:00+08:00 才延长期限；届满后的延长无效，未予计算。');
    // 09-29, 09-30, 10-09: three working days late by 10-09.
    expect(result.violations[1]!.message).toBe('“答复期限”已于 2025-09-28 届满，到 2025-10-09T12:00:00+08:00 仍未完成，已逾期 3 个工作日。');
  });
});

describe('行政处罚 普通程序 (SY-CF-0001)', () => {
  const start = events(
    ['2025-06-02T09:00:00+08:00', '发现线索'],
    ['2025-06-03T10:00:00+08:00', '符合立案标准'],
    ['2025-06-04T09:00:00+08:00', '开展调查'],
    ['2025-07-01T09:00:00+08:00', '调查终结'],
    ['2025-07-03T09:00:00+08:00', '拟给予处罚'],
  );
  const hearing = events(
    ['2025-07-10T09:00:00+08:00', '要求听证'],
    ['2025-07-20T09:00:00+08:00', '举行听证'],
    ['2025-07-25T17:00:00+08:00', '听证结束'],
  );
  const decide = events(['2025-09-05T09:00:00+08:00', '审核通过'], ['2025-09-10T16:00:00+08:00', '作出决定', '给予处罚']);

  it('a hearing pauses the 90-day decision clock (第60条, with the 程序规定 excluding hearing time)', () => {
    const result = replay(power('SY-CF-0001'), { id: 'p1', events: [...start, ...hearing, ...decide] }, { at: '2025-09-10T18:00:00+08:00' });
    // 90 days from 06-03 end 09-01; the hearing excluded 07-11..07-25 (15 days): 09-16.
    expect(clock(result, 'decision')).toMatchObject({ name: '处罚决定期限', start: '2025-06-03', due: '2025-09-16', status: 'met', stopped: '2025-09-10' });
    expect(result.states).toEqual(['送达']);
    expect(result.violations).toEqual([]);
    // The 5-working-day 事先告知 period ran from 07-03 and ended when the party asked for a hearing on 07-10.
    expect(clock(result, 'deadline:事先告知')).toMatchObject({ start: '2025-07-03', due: '2025-07-10', status: 'met' });
  });

  it('without the hearing the same decision is late, and delivery after 7 working days is overdue', () => {
    const result = replay(
      power('SY-CF-0001'),
      {
        id: 'p2',
        events: [...start, ...events(['2025-07-10T09:00:00+08:00', '放弃或者期满未提出']), ...decide, ...events(['2025-09-22T10:00:00+08:00', '送达完毕'])],
      },
      { at: '2025-09-22T18:00:00+08:00' },
    );
    expect(clock(result, 'decision')).toMatchObject({ due: '2025-09-01', status: 'missed' });
    // 送达 within 7 working days of 09-10: 09-19; delivered Monday 09-22.
    expect(clock(result, 'deadline:送达')).toMatchObject({ start: '2025-09-10', due: '2025-09-19', status: 'missed' });
    expect(result.violations.map((violation) => [violation.code, violation.clock])).toEqual([
      ['overdue', 'decision'],
      ['overdue', 'deadline:送达'],
    ]);
    expect(result.violations[0]!.message).toBe('“处罚决定期限”应于 2025-09-01 届满前完成，实际于 2025-09-10T16:00:00+08:00 完成，逾期 9 日。');
    expect(result.violations[1]!.message).toBe('“送达时限”应于 2025-09-19 届满前完成，实际于 2025-09-22T10:00:00+08:00 完成，逾期 1 个工作日。');
  });
});

describe('行政许可 并联审批 (SY-XK-0001)', () => {
  const history = events(
    ['2026-03-02T09:00:00+08:00', '提交申请'],
    ['2026-03-04T10:00:00+08:00', '受理'],
    ['2026-03-04T15:00:00+08:00', '分送联合审查'],
    ['2026-03-05T09:00:00+08:00', '作出决定', '准予'],
    ['2026-03-10T09:00:00+08:00', '交管审查完毕'],
  );

  it('runs both reviews at once, refusing a decision before they are done', () => {
    const result = replay(power('SY-XK-0001'), { id: 'x', events: history }, { at: '2026-03-10T12:00:00+08:00' });
    expect(result.states).toEqual(['联合审查.市政审查.书面审查', '联合审查.交管审查.交管意见']);
    expect(result.violations).toMatchObject([{ code: 'unexpected-event', event: '作出决定', at: '2026-03-05T09:00:00+08:00' }]);
    expect(result.violations[0]!.message).toBe('事件“作出决定”在当前状态（“联合审查.市政审查.书面审查”、“联合审查.交管审查.交通影响审查”）下不能发生，未予处理。');
    // 45 working days from 03-04, across 清明 (04-04..06) and 劳动节 (05-01..05) with Saturday 05-09 worked.
    expect(clock(result, 'decision')).toMatchObject({ start: '2026-03-04', due: '2026-05-11', status: 'running' });
    expect(clock(result, 'correction-notice')).toMatchObject({ status: 'met' });
  });

  it('goes on to 汇总审查 when both opinions are in, then to a decision and delivery', () => {
    const result = replay(
      power('SY-XK-0001'),
      {
        id: 'x',
        events: [
          ...history,
          ...events(
            ['2026-03-11T09:00:00+08:00', '需要现场核查'],
            ['2026-03-12T09:00:00+08:00', '核查完毕'],
            ['2026-03-16T09:00:00+08:00', '市政审查完毕'],
            ['2026-03-20T09:00:00+08:00', '提请决定'],
            ['2026-03-23T09:00:00+08:00', '作出决定', '准予'],
          ),
        ],
      },
      { at: '2026-03-25' },
    );
    expect(result.states).toEqual(['制证送达']);
    expect(clock(result, 'decision')).toMatchObject({ status: 'met', stopped: '2026-03-23' });
    // 10 working days from 03-23 for the licence: 03-24 … 04-03, then 04-07 after 清明.
    expect(clock(result, 'deadline:制证送达')).toMatchObject({ due: '2026-04-07', status: 'running' });
  });
});

describe('what a log gets wrong', () => {
  it('reports events the flow does not know, time going backwards, and bad timestamps, without stopping', () => {
    const result = replay(
      power('SY-QT-0001'),
      {
        id: 'bad',
        events: events(
          ['2026-09-28T10:12:00+08:00', '提交申请'],
          ['2026-09-28T11:00:00+08:00', '盖章'],
          ['2026-09-27T11:00:00+08:00', '登记完成'],
          ['2026-13-01T11:00:00', '拟定答复'],
        ),
      },
      { at: '2026-09-30' },
    );
    expect(result.violations.map((violation) => violation.code)).toEqual(['unknown-event', 'out-of-order', 'invalid-timestamp']);
    expect(result.states).toEqual(['审查']);
    expect(result.violations[1]!.message).toContain('时间不能倒流');
  });

  it('reads timestamps without an offset in the catalogue time zone, and honours offsets', () => {
    const ogi = power('SY-QT-0001');
    // 2026-09-28T17:00Z is 09-29 01:00 in Shanghai: the clock starts on 09-29.
    const utc = replay(ogi, { id: 'tz', events: events(['2026-09-28T17:00:00Z', '提交申请']) }, { at: '2026-09-30' });
    expect(clock(utc, 'reply')!.start).toBe('2026-09-29');
    const local = replay(ogi, { id: 'tz', events: events(['2026-09-28 23:30', '提交申请']) }, { at: '2026-09-30' });
    expect(clock(local, 'reply')!.start).toBe('2026-09-28');
    const berlin = replayContext({ ...catalogue, timezone: 'Europe/Berlin' });
    const inBerlin = replay(ogi, { id: 'tz', events: events(['2026-09-28T20:00:00+02:00', '提交申请']) }, { at: '2026-09-30', context: berlin });
    expect(clock(inBerlin, 'reply')!.start).toBe('2026-09-28');
  });

  it('a clock that needs a year without data reports calendar-range, naming the year', () => {
    const result = replay(power('SY-QT-0001'), { id: 'y', events: events(['2026-12-20T10:00:00+08:00', '提交申请']) }, { at: '2026-12-21' });
    expect(result.violations.map((violation) => violation.code)).toContain('calendar-range');
    expect(result.violations.find((violation) => violation.code === 'calendar-range')!.message).toContain('2027 年');
    const accepted = replay(power('SY-QT-0001'), { id: 'y', events: events(['2026-12-20T10:00:00+08:00', '提交申请']) }, { at: '2026-12-21', context: replayContext(catalogue, { weekendsOnly: true }) });
    expect(clock(accepted, 'reply')).toMatchObject({ due: '2027-01-15', status: 'running' });
  });

  it('ignores events after the evaluation time: the case as it stood then', () => {
    const history = events(['2026-09-28T10:12:00+08:00', '提交申请'], ['2026-10-12T11:00:00+08:00', '登记完成']);
    expect(replay(power('SY-QT-0001'), { id: 'c', events: history }, { at: '2026-10-09' }).states).toEqual(['登记']);
    expect(replay(power('SY-QT-0001'), { id: 'c', events: history }, { at: '2026-10-12' }).states).toEqual(['审查']);
  });

  it('speaks English and zh-Hant', () => {
    const history = { id: 'c', events: events(['2026-09-28T10:12:00+08:00', '提交申请'], ['2026-09-28T11:00:00+08:00', '盖章']) };
    expect(replay(power('SY-QT-0001'), history, { at: '2026-09-30', locale: 'en' }).violations[0]!.message).toBe(
      'Event "盖章" is not an event of this power\'s flow; it was not applied.',
    );
    expect(replay(power('SY-QT-0001'), history, { at: '2026-09-30', locale: 'zh-Hant' }).violations[0]!.message).toContain('事件“盖章”不是本職權流程中的事件');
  });
});

describe('resuming', () => {
  /** Random walks through a flow, choosing among the events XState says are enabled. */
  const walk = (target: Power, choices: number[], gaps: number[]): ReplayEvent[] => {
    const machine = toMachine(target);
    const options = allStates(target.flow).flatMap((state) =>
      state.transitions.map((item) => (item.guard === undefined ? { type: item.event } : { type: item.event, guard: item.guard })),
    );
    let [snapshot] = initialTransition(machine);
    let time = Date.parse('2025-03-03T09:00:00+08:00');
    const result: ReplayEvent[] = [];
    for (const [index, choice] of choices.entries()) {
      const enabled = snapshot.status === 'active' ? options.filter((option) => machine.getTransitionData(snapshot, option).length > 0) : [];
      if (enabled.length === 0) break;
      const chosen = enabled[choice % enabled.length]!;
      [snapshot] = transition(machine, snapshot, chosen);
      time += (gaps[index] ?? 1) * 3_600_000;
      result.push({ at: new Date(time).toISOString(), event: chosen.type, ...(chosen.guard !== undefined && { guard: chosen.guard }) });
    }
    return result;
  };

  it('replaying in two halves through a saved state equals replaying the whole case', () => {
    const codes = ['SY-QT-0001', 'SY-XK-0001', 'SY-CF-0001'];
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.array(fc.nat(20), { minLength: 1, maxLength: 25 }),
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 25, maxLength: 25 }),
        fc.nat(),
        (code, choices, gaps, split) => {
          const target = power(code);
          const all = walk(target, choices, gaps);
          const cut = split % (all.length + 1);
          const at = '2026-06-30';
          const whole = replay(target, { id: 'w', events: all }, { at });
          const first = replay(target, { id: 'w', events: all.slice(0, cut) }, { at });
          const saved = JSON.parse(JSON.stringify(first.state));
          const second = replay(target, { id: 'w', events: all.slice(cut) }, { at, resume: saved });
          expect(second).toEqual(whole);
        },
      ),
      { seed: 20261122, numRuns: 200 },
    );
  });
});

it('replay messages in zh-Hant are the OpenCC conversion of zh-Hans', () => {
  const source = dictionarySource({ type: 'ReplayDictionary', typeModule: './dictionary.js', name: 'zhHant', value: convert(zhHans) });
  expect(checkGenerated(new URL('../src/replay/messages/zh-Hant.ts', import.meta.url).pathname, source), 'run UPDATE_MESSAGES=1 pnpm test').toBe(true);
});

describe('conformance over a log', () => {
  it('reports each case when it closes, the rest at the end, and a summary per power', async () => {
    const { Conformance } = await import('../src/replay/conformance.js');
    const byCode = new Map(catalogue.powers.map((item) => [item.code, item]));
    const check = new Conformance({ powers: (code) => byCode.get(code), at: '2026-11-20' });
    const rows = [
      { case: 'A', power: 'SY-QT-0001', at: '2026-09-28T10:12:00+08:00', event: '提交申请' },
      { case: 'B', power: 'SY-QT-0001', at: '2026-09-28T11:00:00+08:00', event: '提交申请' },
      { case: 'A', power: 'SY-QT-0001', at: '2026-09-28T15:00:00+08:00', event: '登记完成' },
      { case: 'X', power: 'SY-NO-0001', at: '2026-09-28T15:00:00+08:00', event: '提交申请' },
      { case: 'A', power: 'SY-QT-0001', at: '2026-10-20T10:00:00+08:00', event: '拟定答复' },
      { case: 'A', power: 'SY-QT-0001', at: '2026-10-21T10:00:00+08:00', event: '作出答复', guard: '可以公开' },
      { case: 'A', power: 'SY-QT-0001', at: '2026-10-22T10:00:00+08:00', event: '作出答复', guard: '可以公开' },
    ];
    const reported = rows.flatMap((row) => check.add(row));
    expect(reported.map((outcome) => [outcome.case, outcome.final, outcome.violations.map((violation) => violation.code)])).toEqual([
      ['X', false, ['unknown-power']],
      ['A', true, []],
      ['A', true, ['unexpected-event']],
    ]);
    expect(reported[2]!.violations[0]!.message).toBe('办件已于“予以公开”办结，其后的事件“作出答复”未予处理。');
    const { cases, summary } = check.finish();
    // B was registered on 2026-09-28 and left there: 20 working days (国庆 off, Saturday 10-10 worked)
    // ended 2026-10-30, and the 7-day 补正 notice period on 10-13.
    expect(cases).toMatchObject([
      {
        case: 'B',
        final: false,
        states: ['登记'],
        violations: [
          { code: 'overdue', clock: 'reply', message: '“答复期限”已于 2026-10-30 届满，到 2026-11-20 仍未完成，已逾期 15 个工作日。' },
          { code: 'overdue', clock: 'correction-notice' },
        ],
      },
    ]);
    expect(summary).toEqual([
      { power: 'SY-NO-0001', cases: 1, finished: 0, met: 0, missed: 0, overdueNow: 0, violations: { 'unknown-power': 1 } },
      { power: 'SY-QT-0001', name: '政府信息公开申请办理', cases: 2, finished: 1, met: 1, missed: 0, overdueNow: 1, violations: { 'unexpected-event': 1, overdue: 2 } },
    ]);
  });

  it('keeps no chunk of the log alive for the cases it holds open: memory does not grow with the log', async () => {
    // A reader's cells are views of the chunk they were cut from (V8 slices strings of 13 characters
    // or more). A case left open keeps its last time and its violations to the end of the log; if
    // they were views, every such case would keep a whole chunk, and memory would grow with the log.
    const { Conformance } = await import('../src/replay/conformance.js');
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const byCode = new Map(catalogue.powers.map((item) => [item.code, item]));
    const check = new Conformance({ powers: (code) => byCode.get(code), at: '2026-11-20' });
    const chunks = 64;
    const chunkBytes = 1 << 20;
    collect();
    const before = process.memoryUsage().heapUsed;
    for (let index = 0; index < chunks; index++) {
      // Two rows at the start of a 1 MiB chunk: the case opens, then an unknown event earlier in time
      // (two violations that quote the row), and it stays open.
      const rows = `C${index},SY-QT-0001,2026-09-28T10:12:00+08:00,提交申请\nC${index},SY-QT-0001,2026-09-27T09:00:00+08:00,收到一份格式不明的第三方来函\n`;
      const chunk = (rows + '办'.repeat(chunkBytes / 2)).slice(0, -1);
      let start = 0;
      for (let row = 0; row < 2; row++) {
        const end = chunk.indexOf('\n', start);
        const cells: string[] = [];
        for (let from = start, comma = chunk.indexOf(',', from); from <= end; from = comma + 1, comma = chunk.indexOf(',', from)) {
          cells.push(chunk.slice(from, comma < 0 || comma > end ? end : comma));
          if (comma < 0 || comma > end) break;
        }
        expect(check.addEvent(cells[0]!, cells[1]!, cells[2]!, cells[3]!)).toBeUndefined();
        start = end + 1;
      }
    }
    collect();
    const grown = process.memoryUsage().heapUsed - before;
    // Kept views would hold all 64 MiB; copies hold a few hundred bytes a case.
    expect(grown).toBeLessThan(chunks * chunkBytes * 0.1);
    const { cases } = check.finish();
    expect(cases).toHaveLength(chunks);
    const [outOfOrder, unknown, ...overdue] = cases[0]!.violations;
    expect([outOfOrder, unknown].map((violation) => [violation?.code, violation?.at, violation?.event])).toEqual([
      ['out-of-order', '2026-09-27T09:00:00+08:00', '收到一份格式不明的第三方来函'],
      ['unknown-event', '2026-09-27T09:00:00+08:00', '收到一份格式不明的第三方来函'],
    ]);
    expect(outOfOrder!.message).toContain('2026-09-28T10:12:00+08:00');
    expect(overdue.map((violation) => violation.code)).toEqual(['overdue', 'overdue']);
  });
});

describe('powers made from one template share a compiled flow', () => {
  it('gives every case the result it gets with a flow of its own, under its own code', async () => {
    const { Conformance } = await import('../src/replay/conformance.js');
    const { compile } = await import('../src/replay/replay.js');
    // Each example power twice more under other codes, and once with a clock of another length (not shared).
    const copies = catalogue.powers.flatMap((item) => [
      item,
      { ...item, code: `${item.code}-A` },
      { ...item, code: `${item.code}-B` },
      { ...item, code: `${item.code}-C`, clocks: item.clocks.map((clock, index) => (index === 0 ? { ...clock, within: clock.within + 1 } : clock)) },
    ]);
    const byCode = new Map(copies.map((item) => [item.code, item]));
    const shared = replayContext(catalogue);
    const alone = replayContext(catalogue, { shareFlows: false });
    for (const item of catalogue.powers) {
      expect(compile(byCode.get(`${item.code}-A`)!, shared).table).toBe(compile(item, shared).table);
      expect(compile(byCode.get(`${item.code}-A`)!, alone).table).not.toBe(compile(item, alone).table);
      if (item.clocks.length > 0) expect(compile(byCode.get(`${item.code}-C`)!, shared).table).not.toBe(compile(item, shared).table);
    }
    // A copy that differs in any one part of its flow or clocks gets a table of its own.
    const changeFirst = (item: Power, test: (state: State) => boolean, change: (state: State) => State): Power => {
      let done = false;
      const map = (states: readonly State[]): State[] =>
        states.map((state) => {
          if (!done && test(state)) {
            done = true;
            return change(state);
          }
          return { ...state, states: map(state.states) };
        });
      const changed = { ...item, code: `${item.code}-X`, flow: { ...item.flow, states: map(item.flow.states) } };
      return done ? changed : item;
    };
    const variants: [string, (item: Power) => Power][] = [
      ['a state\'s name', (item) => changeFirst(item, () => true, (state) => ({ ...state, name: state.name + '（一）' }))],
      ['a guard', (item) => changeFirst(item, (state) => state.transitions.length > 0, (state) => ({ ...state, transitions: state.transitions.map((t, i) => (i === 0 ? { ...t, guard: (t.guard ?? '') + '?' } : t)) }))],
      ['a target', (item) => changeFirst(item, (state) => state.transitions.some((t) => t.target !== undefined), (state) => ({ ...state, transitions: state.transitions.map((t) => (t.target !== undefined ? { ...t, target: undefined } : t)) }))],
      ['a deadline\'s warning', (item) => changeFirst(item, (state) => state.deadline !== undefined, (state) => ({ ...state, deadline: { ...state.deadline!, warn: (state.deadline!.warn ?? 0) + 1 } }))],
      ['a clock\'s pause states', (item) => ({ ...item, code: `${item.code}-X`, clocks: item.clocks.map((clock, index) => (index === 0 ? { ...clock, pause: [...clock.pause, clock.from] } : clock)) })],
      ['a clock\'s extensions', (item) => ({ ...item, code: `${item.code}-X`, clocks: item.clocks.map((clock) => (clock.extend ? { ...clock, extend: { ...clock.extend, times: clock.extend.times + 1 } } : clock)) })],
    ];
    let compared = 0;
    for (const item of catalogue.powers) {
      for (const [what, vary] of variants) {
        const variant = vary(item);
        if (variant === item || JSON.stringify(variant.clocks) === JSON.stringify(item.clocks) && variant.flow === item.flow) continue;
        compared++;
        expect(compile(variant, shared).table, `${item.code}: ${what}`).not.toBe(compile(item, shared).table);
      }
    }
    expect(compared).toBeGreaterThan(catalogue.powers.length * 3);
    const eventsOf = (item: Power) => allStates(item.flow).flatMap((state) => state.transitions.map((t) => [t.event, t.guard] as const));
    const row = fc.record({
      case: fc.integer({ min: 0, max: 30 }),
      power: fc.constantFrom(...copies.map((item) => item.code)),
      pick: fc.nat(),
      guess: fc.boolean(),
      hours: fc.integer({ min: 1, max: 96 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 150 }), (rows) => {
        let time = Date.parse('2025-03-03T09:00:00+08:00');
        const log = rows.map((item) => {
          time += item.hours * 3_600_000;
          const events = eventsOf(byCode.get(item.power)!);
          const [event, guard] = events[item.pick % events.length]!;
          const at = new Date(time + 8 * 3_600_000).toISOString().replace('Z', '+08:00').replace('.000', '');
          return { case: `${item.power}/${item.case}`, power: item.power, at, event, ...(guard !== undefined && !item.guess && { guard }) };
        });
        const run = (context: ReturnType<typeof replayContext>) => {
          const check = new Conformance({ powers: (code) => byCode.get(code), context, at: '2026-11-20' });
          const outcomes = log.flatMap((item) => check.add(item));
          const { cases, summary } = check.finish();
          return { outcomes: [...outcomes, ...cases], summary };
        };
        const withShared = run(shared);
        expect(withShared).toEqual(run(alone));
        for (const outcome of withShared.outcomes) expect(outcome.case.startsWith(outcome.power + '/')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
