#!/usr/bin/env node
/**
 * Generates the data of the case-replay benchmark (bench/legal-time.mjs):
 *
 * - a catalogue of N powers: copies of the example powers of examples/shenyang (the files' texts
 *   with only the `code:` line changed), with examples/shenyang/catalogue.yaml as the entry. In
 *   memory (`replayCatalogueFiles`, for `loadCatalogue` + `memorySource`) and on disk
 *   (`writeReplayCatalogue`, for the CLI), in bench/.data/replay-catalogue-N;
 * - a CSV log of E events (`case,power,at,event,guard,by,note`, the header of
 *   examples/shenyang/cases/log.csv) in bench/.data/replay-log-N-E.csv: cases that walk their power's
 *   flow through enabled events only, interleaved (about 1,000 open at a time), timestamps increasing
 *   through the log, hours to days apart, from 2025-01-02.
 *
 *   node bench/cases.mjs [--powers N] [--events E] [--seed S]
 *
 * Defaults: N = 10000, E = 1000000, S = 20261121. Everything comes from a seeded generator: the
 * same arguments give byte-identical files.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Random } from './generate.mjs';

/**
 * Bumped whenever the output changes, so that stale data is made again; the data is also made
 * again when this file or the example files change.
 */
export const casesVersion = 1;
const sourceHash = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 12);
export const defaultSeed = 20261121;
const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, '..');
export const exampleFolder = join(root, 'examples', 'shenyang');
export const catalogueOut = (powers) => join(benchDir, '.data', `replay-catalogue-${powers}`);
export const logOut = (powers, events) => join(benchDir, '.data', `replay-log-${powers}-${events}.csv`);
const manifestName = '.bench-manifest.json';
export const logHeader = 'case,power,at,event,guard,by,note';
/** The first event of the log is at this local time (Asia/Shanghai). */
export const logStart = '2025-01-02T09:00:00+08:00';
const HOUR = 3_600_000;
const OFFSET = 8 * HOUR;

// ---------------------------------------------------------------------------------------------
// The library, as the CLI resolves it

/** @sunlit/core (with ./node), xstate as @sunlit/core resolves it, papaparse as the CLI resolves it. */
export async function replayModules() {
  const fromCli = createRequire(join(root, 'packages', 'cli', 'package.json'));
  const fromCore = createRequire(join(root, 'packages', 'core', 'package.json'));
  let nodeEntry;
  try {
    nodeEntry = fromCli.resolve('@sunlit/core/node');
  } catch {
    throw new Error('@sunlit/core is not installed; run `pnpm install && pnpm -s build` at the repository root');
  }
  const core = await import(pathToFileURL(nodeEntry).href);
  if (typeof core.Conformance !== 'function') throw new Error('packages/core/dist is missing or stale; run `pnpm -s build`');
  // xstate's "import" condition (dist/xstate.cjs.mjs, what the built library imports) re-exports its
  // CommonJS build, so require() gives the very module instance the library runs.
  const xstate = fromCore('xstate');
  const Papa = fromCli('papaparse');
  const xstateVersion = JSON.parse(readFileSync(fromCore.resolve('xstate/package.json'), 'utf8')).version;
  const papaVersion = JSON.parse(readFileSync(fromCli.resolve('papaparse/package.json'), 'utf8')).version;
  return { core, xstate, Papa, versions: { xstate: xstateVersion, papaparse: papaVersion } };
}

// ---------------------------------------------------------------------------------------------
// The catalogue: copies of the example powers

/** The example power files, sorted by name: { file, text, code }. */
export function examplePowers() {
  const folder = join(exampleFolder, 'powers');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      const match = /^code:[ \t]*(\S+)[ \t]*$/m.exec(text);
      if (match === null) throw new Error(`no top-level code: line in ${name}`);
      return { file: name, text, code: match[1] };
    });
}

/** Power k (0-based) is a copy of example k mod 9, with the code `<example code>-<k + 1, 5 digits>`. */
export function copyCode(example, index) {
  return `${example.code}-${String(index + 1).padStart(5, '0')}`;
}

/**
 * The files of a catalogue of N powers, by path: `catalogue.yaml` (the example's, whose glob
 * `powers/*.yaml` finds the copies) and `powers/<code>.yaml`. Also the codes in order and, per code,
 * the index of the example it copies.
 */
export function replayCatalogueFiles(powers) {
  const examples = examplePowers();
  const files = { 'catalogue.yaml': readFileSync(join(exampleFolder, 'catalogue.yaml'), 'utf8') };
  const codes = [];
  const exampleOf = new Map();
  for (let index = 0; index < powers; index++) {
    const example = examples[index % examples.length];
    const code = copyCode(example, index);
    files[`powers/${code}.yaml`] = example.text.replace(/^code:[ \t]*\S+[ \t]*$/m, `code: ${code}`);
    codes.push(code);
    exampleOf.set(code, index % examples.length);
  }
  return { files, codes, exampleOf, examples };
}

function readManifest(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Writes the catalogue to disk for the CLI (again only when missing or stale); returns its folder. */
export function writeReplayCatalogue(powers, files = replayCatalogueFiles(powers).files) {
  const out = catalogueOut(powers);
  const manifest = readManifest(join(out, manifestName));
  if (manifest?.casesVersion === casesVersion && manifest.powers === powers && sameExamples(manifest.examples)) return out;
  if (existsSync(out)) {
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes(manifestName)) throw new Error(`${out} exists and was not made by cases.mjs`);
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(join(out, 'powers'), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(out, path), text);
  writeFileSync(join(out, manifestName), JSON.stringify({ casesVersion, powers, examples: exampleStamp() }, null, 2) + '\n');
  return out;
}

/** Sizes and modification times of the example files: the copies are made again when they change. */
function exampleStamp() {
  const paths = [join(exampleFolder, 'catalogue.yaml'), ...examplePowers().map((example) => join(exampleFolder, 'powers', example.file))];
  return paths.map((path) => {
    const info = statSync(path);
    return `${path.slice(exampleFolder.length + 1)}:${info.size}:${Math.round(info.mtimeMs)}`;
  });
}

const sameExamples = (stamp) => Array.isArray(stamp) && stamp.join('\n') === exampleStamp().join('\n');

// ---------------------------------------------------------------------------------------------
// Walking a flow

/**
 * The configurations of a power's flow reachable from its initial state, found with XState: per
 * configuration, its snapshot, whether the flow is done, the enabled events (with their guard
 * labels) and where each leads, and the fewest events to a final state.
 */
export function flowGraph(power, core, xstate) {
  const machine = core.toMachine(power);
  const events = core.flowEvents(power.flow);
  const keyOf = (snapshot) => JSON.stringify(snapshot.value);
  const nodes = new Map();
  const [initial] = xstate.initialTransition(machine);
  const queue = [initial];
  nodes.set(keyOf(initial), { key: keyOf(initial), snapshot: initial, done: initial.status === 'done', moves: [], distance: Infinity });
  while (queue.length > 0) {
    const snapshot = queue.shift();
    const node = nodes.get(keyOf(snapshot));
    if (node.done) continue;
    for (const event of events) {
      // Not snapshot.can(): XState rejects a transition without target or actions (延期), which a
      // flow allows. getTransitionData() lists the transitions the event would take.
      if (machine.getTransitionData(snapshot, event).length === 0) continue;
      const [next] = xstate.transition(machine, snapshot, event);
      const key = keyOf(next);
      if (!nodes.has(key)) {
        nodes.set(key, { key, snapshot: next, done: next.status === 'done', moves: [], distance: Infinity });
        queue.push(next);
      }
      node.moves.push({ event, to: key });
    }
  }
  // Fewest events to a final state (Bellman–Ford style relaxation; the graphs are small).
  for (const node of nodes.values()) if (node.done) node.distance = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const node of nodes.values()) {
      for (const move of node.moves) {
        const through = nodes.get(move.to).distance + 1;
        if (through < node.distance) {
          node.distance = through;
          changed = true;
        }
      }
    }
  }
  for (const node of nodes.values()) node.moves = node.moves.map((move) => ({ ...move, next: nodes.get(move.to) }));
  const start = nodes.get(keyOf(initial));
  if (!Number.isFinite(start.distance)) throw new Error(`${power.code}: no final state is reachable`);
  return { code: power.code, start, nodes: nodes.size };
}

/** Minimal binary heap of [time, slot] by time, then slot (deterministic). */
class Heap {
  constructor() {
    this.items = [];
  }
  get size() {
    return this.items.length;
  }
  push(item) {
    const items = this.items;
    items.push(item);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!less(items[index], items[parent])) break;
      [items[index], items[parent]] = [items[parent], items[index]];
      index = parent;
    }
  }
  pop() {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0) {
      items[0] = last;
      let index = 0;
      for (;;) {
        const left = index * 2 + 1;
        const right = left + 1;
        let smallest = index;
        if (left < items.length && less(items[left], items[smallest])) smallest = left;
        if (right < items.length && less(items[right], items[smallest])) smallest = right;
        if (smallest === index) break;
        [items[index], items[smallest]] = [items[smallest], items[index]];
        index = smallest;
      }
    }
    return top;
  }
}
const less = (a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/** Local ISO text (+08:00) of an instant, to the minute. */
function timestamp(epochMs) {
  return new Date(epochMs + OFFSET).toISOString().slice(0, 16) + ':00+08:00';
}

const csvCell = (value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The time to a case's next event: mostly hours, sometimes a day or more. */
function gap(rng) {
  const roll = rng.next();
  if (roll < 0.75) return rng.int(60, 600) * 60_000; // 1–10 hours
  if (roll < 0.97) return rng.int(600, 2160) * 60_000; // 10–36 hours
  return rng.int(48, 96) * HOUR; // 2–4 days
}

/**
 * Writes the log. Cases take turns in time order (a heap of the next event time of each open case);
 * each case walks its power's flow through enabled events: about `length` (8–26) events picked at
 * random among those that do not end the case yet, then the shortest way to a final state. 1 % of
 * the cases stop without reaching a final state (abandoned), and the cases open when the log ends
 * stay open. A closed case's slot opens a new case a few hours later.
 */
export async function generateLog({ powers = 10000, events = 1_000_000, seed = defaultSeed, out = logOut(powers, events), log = () => {} } = {}) {
  const manifestPath = out + '.json';
  const manifest = readManifest(manifestPath);
  if (manifest?.casesVersion === casesVersion && manifest.source === sourceHash && manifest.seed === seed && manifest.events === events && manifest.powers === powers && existsSync(out) && sameExamples(manifest.examples)) return { out, ...manifest, reused: true };
  const started = performance.now();
  const { core, xstate } = await replayModules();
  // The walks need the flows of the examples only: every copy has its example's flow.
  const loaded = await core.loadCatalogueFromPath(exampleFolder, { locale: 'zh-Hans' });
  if (core.hasErrors(loaded.problems) || loaded.catalogue === undefined) throw new Error('examples/shenyang does not load without errors');
  const examples = examplePowers();
  const graphs = examples.map((example) => {
    const power = loaded.catalogue.powers.find((item) => item.code === example.code);
    if (power === undefined) throw new Error(`example ${example.code} not loaded`);
    return flowGraph(power, core, xstate);
  });
  const { codes, exampleOf } = replayCatalogueFiles(powers);
  const rng = new Random(seed);
  // About 1,000 cases open at a time; more for longer logs, so that the log spans about 16 months
  // (2025-01-02 to spring 2026) whatever its length, inside the calendar's data (2015–2026).
  const concurrent = Math.max(1000, Math.ceil(events / 1000));
  mkdirSync(dirname(out), { recursive: true });
  const stream = createWriteStream(out + '.partial');
  let buffer = logHeader + '\n';
  const flush = async () => {
    if (!stream.write(buffer)) await new Promise((resolveDrain) => stream.once('drain', resolveDrain));
    buffer = '';
  };
  let caseNumber = 0;
  const stats = { cases: 0, finished: 0, abandoned: 0, openAtEnd: 0, lengths: [], guarded: 0, targetless: 0 };
  const newCase = () => {
    caseNumber++;
    const code = codes[rng.int(0, codes.length - 1)];
    return { id: `BR-${String(caseNumber).padStart(7, '0')}`, code, node: graphs[exampleOf.get(code)].start, count: 0, length: rng.int(8, 26), abandon: rng.chance(0.01) };
  };
  const slots = [];
  const heap = new Heap();
  const t0 = Date.parse(logStart);
  for (let slot = 0; slot < concurrent; slot++) {
    slots.push(newCase());
    // Staggered starts over the first days.
    heap.push([t0 + rng.int(0, 72 * 60) * 60_000, slot]);
  }
  let written = 0;
  let lastAt = t0;
  while (written < events) {
    const [at, slot] = heap.pop();
    const item = slots[slot];
    const node = item.node;
    const ending = item.count >= item.length;
    let choices;
    if (!ending) {
      choices = node.moves.filter((move) => !move.next.done);
      // Events that leave the case where it is (延期) now and then only.
      const moving = choices.filter((move) => move.next !== node);
      if (moving.length > 0 && !rng.chance(0.05)) choices = moving;
      // Now and then a way back (补正, 退回, 复核), so that cases run longer than the shortest way.
      const back = choices.filter((move) => move.next !== node && move.next.distance >= node.distance);
      if (back.length > 0 && rng.chance(0.4)) choices = back;
      if (choices.length === 0) choices = node.moves;
    } else {
      const best = Math.min(...node.moves.map((move) => move.next.distance));
      choices = node.moves.filter((move) => move.next.distance === best);
    }
    if (choices.length === 0) throw new Error(`${item.code}: a state with no way out that is not final (${node.key})`);
    const move = rng.pick(choices);
    const event = move.event;
    if (event.guard !== undefined) stats.guarded++;
    if (move.next === node) stats.targetless++;
    buffer += `${item.id},${item.code},${timestamp(at)},${csvCell(event.type)},${event.guard === undefined ? '' : csvCell(event.guard)},,\n`;
    if (buffer.length > 1 << 16) await flush();
    written++;
    lastAt = at;
    item.count++;
    item.node = move.next;
    const closes = move.next.done || (ending && item.abandon);
    if (closes) {
      stats.cases++;
      stats.lengths.push(item.count);
      if (move.next.done) stats.finished++;
      else stats.abandoned++;
      slots[slot] = newCase();
      heap.push([at + rng.int(10, 360) * 60_000, slot]);
    } else {
      heap.push([at + gap(rng), slot]);
    }
    if (written % 200_000 === 0) log(`  ${written.toLocaleString('en-US')} / ${events.toLocaleString('en-US')} events`);
  }
  // Cases still open at the end of the log (started, not closed).
  for (const item of slots) {
    if (item.count > 0) {
      stats.cases++;
      stats.openAtEnd++;
      stats.lengths.push(item.count);
    }
  }
  await flush();
  await new Promise((resolveEnd, reject) => stream.end((error) => (error ? reject(error) : resolveEnd())));
  const { renameSync } = await import('node:fs');
  renameSync(out + '.partial', out);
  const lengths = stats.lengths.sort((a, b) => a - b);
  const summary = {
    casesVersion,
    source: sourceHash,
    seed,
    powers,
    events,
    bytes: statSync(out).size,
    concurrent,
    first: logStart,
    last: timestamp(lastAt),
    cases: stats.cases,
    finished: stats.finished,
    abandoned: stats.abandoned,
    openAtEnd: stats.openAtEnd,
    caseLength: { min: lengths[0], median: lengths[lengths.length >> 1], mean: Math.round((events / lengths.length) * 10) / 10, max: lengths[lengths.length - 1] },
    guardedEvents: stats.guarded,
    targetlessEvents: stats.targetless,
    configurations: Object.fromEntries(graphs.map((graph) => [graph.code, graph.nodes])),
    examples: exampleStamp(),
    seconds: Math.round(performance.now() - started) / 1000,
  };
  writeFileSync(manifestPath, JSON.stringify(summary, null, 2) + '\n');
  return { out, ...summary, reused: false };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { powers: { type: 'string', default: '10000' }, events: { type: 'string', default: '1000000' }, seed: { type: 'string', default: String(defaultSeed) } },
  });
  const powers = Number(values.powers);
  const events = Number(values.events);
  const seed = Number(values.seed);
  for (const [name, value] of Object.entries({ powers, events })) if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not ${values.seed}`);
  const folder = writeReplayCatalogue(powers);
  console.log(`catalogue of ${powers} powers in ${folder}`);
  const result = await generateLog({ powers, events, seed, log: (line) => console.log(line) });
  const { examples: _examples, ...shown } = result;
  console.log(JSON.stringify(shown, null, 2));
}
