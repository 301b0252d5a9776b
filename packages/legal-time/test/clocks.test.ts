import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cnMainland, dueOf, evaluateRun, extendRun, formatDate, parseDate, pauseRun, resumeRun, startRun, stopRun, TimeZone, type ClockRule, type ClockRun, type Moment } from '../src/index.js';

const zone = new TimeZone('Asia/Shanghai');
const at = (text: string): Moment => zone.parse(text)!;
const reply: ClockRule = { within: 20, unit: 'workday', extend: { by: 20, unit: 'workday', times: 1 }, warn: 3, calendar: cnMainland };

describe('a clock run', () => {
  it('runs, comes due soon, and is overdue after the end of its due day', () => {
    const run = startRun(at('2025-09-26T09:00'));
    expect(evaluateRun(run, reply, at('2025-10-20T09:00'), zone)).toEqual({ status: 'running', due: '2025-10-30' });
    expect(evaluateRun(run, reply, at('2025-10-27T09:00'), zone)).toEqual({ status: 'due-soon', due: '2025-10-30' });
    expect(evaluateRun(run, reply, at('2025-10-30T23:59'), zone)).toEqual({ status: 'due-soon', due: '2025-10-30' });
    expect(evaluateRun(run, reply, at('2025-10-31T00:00'), zone)).toEqual({ status: 'overdue', due: '2025-10-30', late: 1 });
  });

  it('is met when stopped on its due day and missed the day after', () => {
    const run = startRun(at('2025-09-26T09:00'));
    expect(evaluateRun(stopRun(run, at('2025-10-30T18:00')), reply, at('2025-12-01'), zone)).toEqual({ status: 'met', due: '2025-10-30' });
    expect(evaluateRun(stopRun(run, at('2025-11-03T09:00')), reply, at('2025-12-01'), zone)).toEqual({ status: 'missed', due: '2025-10-30', late: 2 });
  });

  it('does not count the days after a pause began through the day it ended', () => {
    // Paused 2025-10-09 → 2025-10-13: 10-10, 10-11 (Sat, 调休) and 10-13 are not counted.
    const run = resumeRun(pauseRun(startRun(at('2025-09-26T09:00')), at('2025-10-09T10:00')), at('2025-10-13T10:00'));
    expect(evaluateRun(run, reply, at('2025-10-14'), zone).due).toBe('2025-11-04');
    const paused = pauseRun(startRun(at('2025-09-26T09:00')), at('2025-10-09T10:00'));
    expect(evaluateRun(paused, reply, at('2025-10-13T10:00'), zone)).toEqual({ status: 'paused', due: '2025-11-04' });
  });

  it('grants an extension on time, refuses a late one and one too many', () => {
    const run = startRun(at('2025-09-26T09:00'));
    const extended = extendRun(run, reply, at('2025-10-30T10:00'));
    expect(extended.outcome).toBe('extended');
    expect(evaluateRun(extended.run, reply, at('2025-11-01'), zone).due).toBe('2025-11-27');
    expect(extendRun(extended.run, reply, at('2025-11-03')).outcome).toBe('exceeded');
    expect(extendRun(run, reply, at('2025-10-31T08:00')).outcome).toBe('late');
  });

  it('extends a 30-day 查封 period by another 30 days (行政强制法 第25条), rolling past days off', () => {
    const seizure: ClockRule = { within: 30, unit: 'day', extend: { by: 30, unit: 'day', times: 1 }, calendar: cnMainland };
    const run = startRun(at('2025-08-02T10:00'));
    expect(evaluateRun(run, seizure, at('2025-08-03'), zone).due).toBe('2025-09-01');
    // 60 days after 08-02 is 10-01 (国庆): due 10-09.
    expect(evaluateRun(extendRun(run, seizure, at('2025-08-20')).run, seizure, at('2025-08-21'), zone).due).toBe('2025-10-09');
  });
});

describe('invariants (fast-check)', () => {
  const first = parseDate('2015-01-05')!;
  const moment = (day: number): Moment => zone.parse(`${formatDate(day)}T10:00`)!;
  const rules = fc.constantFrom<ClockRule>(
    reply,
    { within: 90, unit: 'day', calendar: cnMainland },
    { within: 3, unit: 'month', calendar: cnMainland },
    { within: 15, unit: 'day', calendar: cnMainland, extend: { by: 5, unit: 'workday', times: 2 } },
  );

  it('pausing never makes a due date earlier, and a longer pause never makes it earlier than a shorter one', () => {
    fc.assert(
      fc.property(rules, fc.integer({ min: first, max: first + 3500 }), fc.nat(60), fc.nat(40), fc.nat(40), (rule, start, offset, length, more) => {
        const begin = start + offset;
        const base = startRun(moment(start));
        const paused = (days: number): ClockRun => resumeRun(pauseRun(base, moment(begin)), moment(begin + days));
        const plain = dueOf(base, rule);
        const short = dueOf(paused(length), rule);
        const long = dueOf(paused(length + more), rule);
        expect(short).toBeGreaterThanOrEqual(plain);
        expect(long).toBeGreaterThanOrEqual(short);
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });
});
