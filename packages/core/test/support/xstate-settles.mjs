// Worker for done-loop.test.ts: runs a machine config through XState and posts whether it settled.
// A flow that never settles makes XState spin or run out of memory, so the test runs this in a
// worker with a memory limit and a timeout instead of in its own process.
import { parentPort, workerData } from 'node:worker_threads';
import { createActor, createMachine } from 'xstate';

parentPort.postMessage({ started: true });
// A guard is a label the event names (format.md section 4): a done event names none.
const guards = Object.fromEntries((workerData.guards ?? []).map((label) => [label, ({ event }) => event.guard === label]));
const actor = createActor(createMachine(workerData.machine).provide({ guards }));
let failed = false;
actor.subscribe({ error: () => (failed = true) });
try {
  actor.start();
  for (const type of workerData.events) actor.send({ type });
} catch {
  failed = true;
}
parentPort.postMessage({ settled: !failed && actor.getSnapshot().status !== 'error' });
