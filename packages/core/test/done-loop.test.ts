/**
 * `ondone-loop`: flows whose onDone would re-complete the same state for ever. For each flow below
 * the validator's verdict is held against what XState does with the same flow: a flow flagged here
 * never settles in XState on the listed events (it spins until the worker it runs in is stopped),
 * and a flow not flagged settles.
 */
import { Worker } from 'node:worker_threads';
import type { MachineConfig } from 'xstate';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, memorySource } from '../src/catalogue.js';

const entry = `sunlit: 1
id: test
title: 测试目录
authority: 测试市人民政府
edition: "1"
departments:
  - { id: office, name: 办公室 }
laws:
  - { id: law, title: 测试法, articles: { "1": 第一条。 } }
powers:
  - powers/*.yaml
`;

interface Flow {
  readonly name: string;
  /** The flow's YAML, indented under `flow:`. */
  readonly yaml: string;
  /** The same flow for XState, to show what it does with it. */
  readonly machine: MachineConfig<object, { type: string }>;
  readonly events: readonly string[];
  /** Guard labels the machine tests (each passes only for an event that names it). */
  readonly guards?: readonly string[];
  readonly loops: boolean;
}

const flows: readonly Flow[] = [
  {
    name: 'a compound state whose initial child is final, onDone to itself',
    yaml: `  initial: 申请\n  states:\n    申请:\n      on: { 提交: 审查 }\n    审查:\n      initial: 完成\n      states:\n        完成: { type: final }\n      onDone: 审查\n    办结: { type: final }\n`,
    machine: { initial: '申请', states: { 申请: { on: { 提交: '审查' } }, 审查: { initial: '完成', states: { 完成: { type: 'final' } }, onDone: '审查' }, 办结: { type: 'final' } } },
    events: ['提交'],
    loops: true,
  },
  {
    name: 'onDone to its own final child, reached by an event',
    yaml: `  initial: 审查\n  states:\n    审查:\n      initial: 核对\n      states:\n        核对:\n          on: { 核对完毕: 完成 }\n        完成: { type: final }\n      onDone: 审查.完成\n    办结: { type: final }\n`,
    machine: { initial: '审查', states: { 审查: { initial: '核对', states: { 核对: { on: { 核对完毕: '完成' } }, 完成: { type: 'final' } }, onDone: '.完成' }, 办结: { type: 'final' } } },
    events: ['核对完毕'],
    loops: true,
  },
  {
    name: 'a parallel state whose every region starts final, onDone to its parent, whose initial leads back in',
    yaml: `  initial: 审查\n  states:\n    审查:\n      initial: 会审\n      states:\n        会审:\n          type: parallel\n          states:\n            甲: { initial: 好, states: { 好: { type: final } } }\n            乙: { initial: 好, states: { 好: { type: final } } }\n          onDone: 审查\n      on: { 撤回: 办结 }\n    办结: { type: final }\n`,
    machine: {
      initial: '审查',
      states: {
        审查: {
          initial: '会审',
          states: { 会审: { type: 'parallel', states: { 甲: { initial: '好', states: { 好: { type: 'final' } } }, 乙: { initial: '好', states: { 好: { type: 'final' } } } }, onDone: '#审查' } },
          id: '审查',
          on: { 撤回: '办结' },
        },
        办结: { type: 'final' },
      },
    },
    events: [],
    loops: true,
  },
  {
    name: 'two states done on entry, each with its onDone to the other',
    yaml: `  initial: 申请\n  states:\n    申请:\n      on: { 提交: 甲 }\n    甲:\n      initial: 完成\n      states:\n        完成: { type: final }\n      onDone: 乙\n    乙:\n      initial: 完成\n      states:\n        完成: { type: final }\n      onDone: 甲\n    办结: { type: final }\n`,
    machine: {
      initial: '申请',
      states: {
        申请: { on: { 提交: '甲' } },
        甲: { initial: '完成', states: { 完成: { type: 'final' } }, onDone: '乙' },
        乙: { initial: '完成', states: { 完成: { type: 'final' } }, onDone: '甲' },
        办结: { type: 'final' },
      },
    },
    events: ['提交'],
    loops: true,
  },
  {
    name: 'done on entry, onDone to the next state',
    yaml: `  initial: 申请\n  states:\n    申请:\n      on: { 提交: 审查 }\n    审查:\n      initial: 完成\n      states:\n        完成: { type: final }\n      onDone: 办结\n    办结: { type: final }\n`,
    machine: { initial: '申请', states: { 申请: { on: { 提交: '审查' } }, 审查: { initial: '完成', states: { 完成: { type: 'final' } }, onDone: '办结' }, 办结: { type: 'final' } } },
    events: ['提交'],
    loops: false,
  },
  {
    name: 'onDone to itself, but its first child waits for an event',
    yaml: `  initial: 审查\n  states:\n    审查:\n      initial: 核对\n      states:\n        核对:\n          on: { 核对完毕: 完成, 退出: "#退出" }\n        完成: { type: final }\n      onDone: 审查\n    退出: { type: final }\n`,
    machine: { initial: '审查', states: { 审查: { initial: '核对', states: { 核对: { on: { 核对完毕: '完成' } }, 完成: { type: 'final' } }, onDone: '审查' }, 退出: { type: 'final' } } },
    events: ['核对完毕', '核对完毕'],
    loops: false,
  },
  {
    name: 'onDone to its parent, whose initial is another state',
    yaml: `  initial: 外\n  states:\n    外:\n      initial: 登记\n      states:\n        登记:\n          on: { 送审: 审查 }\n        审查:\n          initial: 完成\n          states:\n            完成: { type: final }\n          onDone: 外\n      on: { 结束: 办结 }\n    办结: { type: final }\n`,
    machine: {
      initial: '外',
      id: 'root',
      states: {
        外: { id: '外', initial: '登记', states: { 登记: { on: { 送审: '审查' } }, 审查: { initial: '完成', states: { 完成: { type: 'final' } }, onDone: '#外' } }, on: { 结束: '办结' } },
        办结: { type: 'final' },
      },
    },
    events: ['送审'],
    loops: false,
  },
  {
    name: 'a parallel state, onDone into one of its regions: the other regions are entered again, final',
    yaml: `  initial: 会审\n  states:\n    会审:\n      type: parallel\n      states:\n        甲: { initial: 核对, states: { 核对: { on: { 核对完毕: 好 } }, 好: { type: final } } }\n        乙: { initial: 好, states: { 好: { type: final } } }\n      onDone: 会审.甲.好\n    办结: { type: final }\n`,
    machine: {
      initial: '会审',
      states: {
        会审: {
          type: 'parallel',
          states: { 甲: { initial: '核对', states: { 核对: { on: { 核对完毕: '好' } }, 好: { type: 'final' } } }, 乙: { initial: '好', states: { 好: { type: 'final' } } } },
          onDone: '.甲.好',
        },
        办结: { type: 'final' },
      },
    },
    events: ['核对完毕'],
    loops: true,
  },
  {
    name: 'a parallel state, onDone into one of its regions: another region starts again where it waits',
    yaml: `  initial: 会审\n  states:\n    会审:\n      type: parallel\n      states:\n        甲: { initial: 核对, states: { 核对: { on: { 核对完毕: 好 } }, 好: { type: final } } }\n        乙: { initial: 等待, states: { 等待: { on: { 同意: 好 } }, 好: { type: final } } }\n      onDone: 会审.甲.好\n      on: { 撤回: 办结 }\n    办结: { type: final }\n`,
    machine: {
      initial: '会审',
      states: {
        会审: {
          type: 'parallel',
          states: {
            甲: { initial: '核对', states: { 核对: { on: { 核对完毕: '好' } }, 好: { type: 'final' } } },
            乙: { initial: '等待', states: { 等待: { on: { 同意: '好' } }, 好: { type: 'final' } } },
          },
          onDone: '.甲.好',
          on: { 撤回: '办结' },
        },
        办结: { type: 'final' },
      },
    },
    events: ['核对完毕', '同意'],
    loops: false,
  },
  {
    name: 'a region done on entry inside a parallel state entered from outside, onDone back to the parallel state',
    yaml: `  initial: 申请\n  states:\n    申请:\n      on: { 提交: 会审 }\n    会审:\n      type: parallel\n      states:\n        甲: { initial: 好, states: { 好: { type: final } } }\n        乙:\n          initial: 内\n          states:\n            内:\n              initial: 好\n              states: { 好: { type: final } }\n              onDone: 乙.完\n            完: { type: final }\n      onDone: 会审\n    办结: { type: final }\n`,
    machine: {
      initial: '申请',
      states: {
        申请: { on: { 提交: '会审' } },
        会审: {
          id: '会审',
          type: 'parallel',
          states: {
            甲: { initial: '好', states: { 好: { type: 'final' } } },
            乙: { id: '乙', initial: '内', states: { 内: { initial: '好', states: { 好: { type: 'final' } }, onDone: '#乙.完' }, 完: { type: 'final' } } },
          },
          onDone: '会审',
        },
        办结: { type: 'final' },
      },
    },
    events: ['提交'],
    loops: true,
  },
  {
    name: 'onDone to itself under a guard, else to the next state: a done event names no guard, so the second branch is taken',
    yaml: `  initial: 审查\n  states:\n    审查:\n      initial: 完成\n      states:\n        完成: { type: final }\n      onDone:\n        - { target: 审查, guard: 重新审查 }\n        - { target: 办结 }\n    办结: { type: final }\n`,
    machine: { initial: '审查', states: { 审查: { initial: '完成', states: { 完成: { type: 'final' } }, onDone: [{ target: '审查', guard: '重新审查' }, { target: '办结' }] }, 办结: { type: 'final' } } },
    events: [],
    guards: ['重新审查'],
    loops: false,
  },
];

async function problemsOf(flow: Flow) {
  const power = `code: T-1\nname: 测试事项\ncategory: other\ndepartment: office\nbasis: [law 1]\nflow:\n${flow.yaml}`;
  const result = await loadCatalogue('catalogue.yaml', memorySource({ 'catalogue.yaml': entry, 'powers/a.yaml': power }));
  return result.problems;
}

/** Whether XState settles on the flow and its events: run in a worker with a memory limit, since a loop may spin for ever. */
function xstateSettles(flow: Flow): Promise<boolean> {
  return new Promise((settle) => {
    const worker = new Worker(new URL('./support/xstate-settles.mjs', import.meta.url), {
      workerData: { machine: flow.machine, events: flow.events, guards: flow.guards ?? [] },
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
    });
    // The clock starts once XState is loaded, so that a slow start on a busy machine is not taken for a loop.
    let timer: NodeJS.Timeout | undefined;
    worker.on('message', (message: { started?: true; settled?: boolean }) => {
      if (message.started) timer = setTimeout(() => void worker.terminate().then(() => settle(false)), 2_000);
      else {
        clearTimeout(timer);
        void worker.terminate().then(() => settle(message.settled === true));
      }
    });
    worker.once('error', () => {
      clearTimeout(timer);
      settle(false);
    });
  });
}

describe('ondone-loop', () => {
  it.each(flows.map((flow) => [flow.name, flow] as const))('%s', async (_, flow) => {
    expect(await xstateSettles(flow)).toBe(!flow.loops);
    const loops = (await problemsOf(flow)).filter((problem) => problem.code === 'ondone-loop');
    expect(loops.length > 0).toBe(flow.loops);
    for (const problem of loops) {
      expect(problem.severity).toBe('error');
      expect(problem.file).toBe('powers/a.yaml');
      expect(problem.message).toMatch(/无休止地循环/);
    }
  });
});
