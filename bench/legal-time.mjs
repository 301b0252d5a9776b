#!/usr/bin/env node
/**
 * Benchmark (not a timed test): legal time and case replay.
 *
 * 1. Periods: `workday` periods of 1–60 working days from random starts 2015–2026, computed with
 *    `addPeriod` (date text in, date text out) and `dueDay` (day numbers), against a baseline in the
 *    same run: counting day by day over the same calendar (step one day, ask `cnMainland.isWorkday`),
 *    which is what a spreadsheet's WORKDAY with a holiday list does. Goal: over 1,000,000 periods/s.
 *    Every start of the range × every length 0–60 is checked against the baseline first.
 * 2. Replay: a generated CSV log of E events (default 1,000,000) over N powers (default 10,000):
 *    (p) papaparse alone and (r) the CLI's own reader alone (the floors); (a) baseline: papaparse +
 *    XState `transition()` per row on a per-case snapshot, nothing else; (b) the CLI's reader +
 *    `Conformance` (clocks, checks, an outcome per closed case) with a fresh replay context, so every
 *    power is compiled again as in a CLI run (powers with the same flow share one compiled table);
 *    (c) the same with the context of earlier runs (compiled powers and steps memoised: a
 *    long-running service); (d) as (b) with no table shared between powers, as for a catalogue whose
 *    flows all differ. Goal: over 200,000 events/s with memory flat in the log's length, measured in
 *    fresh processes at 1/4, 1/2 and all of the log. The CLI is timed once end to end.
 *
 *   node bench/legal-time.mjs [--events E] [--powers N] [--rounds R] [--periods M] [--only periods|replay]
 *                             [--no-cli] [--json FILE] [--profile]
 *
 * Defaults: E = 1000000, N = 10000, R = 3, M = 1000000. One process: a warm-up, then R rounds in which
 * the kinds of run alternate (order reversed every other round), a full GC before each; the ratios
 * are medians of per-round ratios. Then (a) and (b) once more each in a fresh process for memory
 * (`--probe a|b`, internal), and the CLI once. Report (Markdown) on stdout, progress on stderr.
 *
 * --profile measures nothing: after a warm-up it records one run of `addPeriod`, of (b), (c) and (d)
 * with V8's sampling profiler (bench/.data/profile-periods.cpuprofile, profile-replay.cpuprofile,
 * profile-replay-warm.cpuprofile, profile-replay-unshared.cpuprofile; open them in Chrome DevTools, or summarise them with
 * `node bench/profile.mjs --summarise FILE`) and prints a summary (with --only, one part).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { catalogueOut, defaultSeed, generateLog, replayCatalogueFiles, replayModules, writeReplayCatalogue } from './cases.mjs';
import { Random } from './generate.mjs';
import { summarise } from './profile.mjs';
import { collector, machine, median } from './validate.mjs';

export const periodsGoal = 1_000_000;
export const eventsGoal = 200_000;
const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, '..');
const cliBin = join(root, 'packages', 'cli', 'dist', 'bin.js');
const log = (line) => process.stderr.write(line + '\n');
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
const int = (value) => Math.round(value).toLocaleString('en-US');
const rate = (count, ms) => (count * 1000) / ms;
const two = (value) => value.toFixed(2);

/** @sunlit/legal-time as @sunlit/core resolves it (the bench adds no dependency of its own). */
async function legalTime() {
  const fromCore = createRequire(join(root, 'packages', 'core', 'package.json'));
  let entry;
  try {
    entry = fromCore.resolve('@sunlit/legal-time');
  } catch {
    throw new Error('@sunlit/legal-time is not installed; run `pnpm install && pnpm -s build` at the repository root');
  }
  const module = await import(pathToFileURL(entry).href);
  if (typeof module.dueDay !== 'function') throw new Error('packages/legal-time/dist is missing or stale; run `pnpm -s build`');
  return module;
}

/** Fingerprint of the built JS of legal-time, core and cli, and the sources newer than their build. */
async function libraryBuild() {
  const hash = createHash('sha256');
  const stale = [];
  const packages = {};
  for (const pkg of ['legal-time', 'core', 'cli']) {
    const own = createHash('sha256');
    const dist = join(root, 'packages', pkg, 'dist');
    const src = join(root, 'packages', pkg, 'src');
    const outputs = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.js')).sort();
    for (const file of outputs) {
      const bytes = readFileSync(join(dist, file));
      hash.update(`${pkg}/${file}\0`).update(bytes);
      own.update(`${file}\0`).update(bytes);
    }
    packages[pkg] = own.digest('hex').slice(0, 12);
    const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : undefined);
    const info = mtime(join(root, 'packages', pkg, 'tsconfig.tsbuildinfo'));
    for (const file of (await readdir(src, { recursive: true })).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
      const built = mtime(join(dist, file.replace(/\.ts$/, '.js')));
      if (built === undefined || mtime(join(src, file)) > Math.max(built, info ?? 0)) stale.push(`packages/${pkg}/src/${file}`);
    }
  }
  return { fingerprint: hash.digest('hex').slice(0, 12), packages, stale };
}

// =============================================================================================
// 1. Periods

/** The baseline: count working days one day at a time (what WORKDAY with a holiday list does). */
function countDayByDay(calendar, start, within) {
  let day = start;
  let remaining = within;
  while (remaining > 0) {
    day++;
    if (calendar.isWorkday(day)) remaining--;
  }
  return day;
}

/** Random `workday` periods: starts (day numbers and their text) and lengths 1–60. */
function periodInputs(lt, count, seed) {
  const calendar = lt.cnMainland;
  const first = lt.parseDate('2015-01-01');
  // The last start whose 60 working days still fall inside the calendar's data (2026).
  let last = lt.parseDate('2026-12-31');
  for (;;) {
    try {
      lt.dueDay(last, 60, 'workday', calendar);
      break;
    } catch (error) {
      if (!(error instanceof lt.CalendarRangeError)) throw error;
      last--;
    }
  }
  const rng = new Random(seed);
  const starts = new Int32Array(count);
  const texts = new Array(count);
  const withins = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    starts[i] = rng.int(first, last);
    texts[i] = lt.formatDate(starts[i]);
    withins[i] = rng.int(1, 60);
  }
  return { starts, texts, withins, first, last, count };
}

/**
 * Every start of the range with every length 0–60: ours (dueDay and addPeriod) against the
 * day-by-day count. Throws at the first difference.
 */
function checkPeriods(lt, first, last) {
  const calendar = lt.cnMainland;
  let checked = 0;
  for (let start = first; start <= last; start++) {
    const text = lt.formatDate(start);
    for (let within = 0; within <= 60; within++) {
      const expected = countDayByDay(calendar, start, within);
      const fast = lt.dueDay(start, within, 'workday', calendar);
      const viaText = lt.addPeriod(text, { within, unit: 'workday' });
      if (fast !== expected || viaText !== lt.formatDate(expected)) {
        throw new Error(`periods disagree: ${text} + ${within} workdays: day-by-day ${lt.formatDate(expected)}, dueDay ${lt.formatDate(fast)}, addPeriod ${viaText}`);
      }
      checked++;
    }
  }
  // The documented example (periods.ts): 20 working days from 2025-09-26, over 国庆节 and its 调休.
  const documented = lt.addPeriod('2025-09-26', { within: 20, unit: 'workday' });
  if (documented !== '2025-10-30') throw new Error(`addPeriod('2025-09-26', 20 workdays) = ${documented}, expected 2025-10-30`);
  return checked;
}

/** The four period runs; each returns a checksum of its results (so that nothing is optimised away). */
function periodKinds(lt, inputs) {
  const { starts, texts, withins, count } = inputs;
  const calendar = lt.cnMainland;
  const { addPeriod, dueDay, parseDate, formatDate } = lt;
  return {
    addPeriod: {
      label: '`addPeriod` (text in, text out)',
      run: (passes = 1) => {
        let sum = 0;
        for (let pass = 0; pass < passes; pass++)
        for (let i = 0; i < count; i++) {
          const due = addPeriod(texts[i], { within: withins[i], unit: 'workday' });
          sum += due.charCodeAt(9) + due.charCodeAt(6) * 10 + due.charCodeAt(3) * 100;
        }
        return sum;
      },
    },
    textBaseline: {
      label: 'day by day, text in, text out',
      run: (passes = 1) => {
        let sum = 0;
        for (let pass = 0; pass < passes; pass++)
        for (let i = 0; i < count; i++) {
          const due = formatDate(countDayByDay(calendar, parseDate(texts[i]), withins[i]));
          sum += due.charCodeAt(9) + due.charCodeAt(6) * 10 + due.charCodeAt(3) * 100;
        }
        return sum;
      },
    },
    dueDay: {
      label: '`dueDay` (day numbers)',
      run: (passes = 1) => {
        let sum = 0;
        for (let pass = 0; pass < passes; pass++) for (let i = 0; i < count; i++) sum += dueDay(starts[i], withins[i], 'workday', calendar);
        return sum;
      },
    },
    dayBaseline: {
      label: 'day by day, day numbers',
      run: (passes = 1) => {
        let sum = 0;
        for (let pass = 0; pass < passes; pass++) for (let i = 0; i < count; i++) sum += countDayByDay(calendar, starts[i], withins[i]);
        return sum;
      },
    },
  };
}

async function benchPeriods({ lt, count, rounds, gc }) {
  const inputs = periodInputs(lt, count, defaultSeed);
  log(`Periods: checking every start ${lt.formatDate(inputs.first)}…${lt.formatDate(inputs.last)} × 0–60 working days against the day-by-day count ...`);
  const checked = checkPeriods(lt, inputs.first, inputs.last);
  log(`  ${int(checked)} periods agree`);
  const kinds = periodKinds(lt, inputs);
  const ids = ['addPeriod', 'textBaseline', 'dueDay', 'dayBaseline'];
  const time = (id, passes = 1) => {
    gc();
    const started = performance.now();
    const sum = kinds[id].run(passes);
    const ms = performance.now() - started;
    return { ms, sum, perSecond: rate(count * passes, ms) };
  };
  const warmUp = Object.fromEntries(ids.map((id) => [id, time(id)]));
  // The same inputs give the same due dates, so the checksums of ours and the baseline agree.
  if (warmUp.addPeriod.sum !== warmUp.textBaseline.sum || warmUp.dueDay.sum !== warmUp.dayBaseline.sum) {
    throw new Error(`the timed runs disagree with the baseline: addPeriod ${warmUp.addPeriod.sum} vs ${warmUp.textBaseline.sum}, dueDay ${warmUp.dueDay.sum} vs ${warmUp.dayBaseline.sum}`);
  }
  // A run of less than a second is at the mercy of one GC or one recompilation: short kinds go
  // over the inputs several times (passes), and are reported per period.
  const passes = Object.fromEntries(ids.map((id) => [id, Math.max(1, Math.min(100, Math.ceil(1000 / warmUp[id].ms)))]));
  log(`  warm-up: ${ids.map((id) => `${id} ${int(warmUp[id].ms)} ms`).join(', ')}; passes per run: ${ids.map((id) => `${id} ${passes[id]}`).join(', ')}`);
  const results = [];
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? ids : [...ids].reverse();
    const row = { round, order };
    for (const id of order) {
      const measured = time(id, passes[id]);
      if (measured.sum !== warmUp[id].sum * passes[id]) throw new Error(`${id} gave another checksum in round ${round}`);
      row[id] = measured.perSecond;
    }
    row.textSpeedup = row.addPeriod / row.textBaseline;
    row.daySpeedup = row.dueDay / row.dayBaseline;
    results.push(row);
    log(`  round ${round}: ${ids.map((id) => `${id} ${int(row[id])}/s`).join(', ')}`);
  }
  const medians = Object.fromEntries(ids.map((id) => [id, median(results.map((row) => row[id]))]));
  const meanWithin = inputs.withins.reduce((sum, value) => sum + value, 0) / count;
  let meanSpan = 0;
  for (let i = 0; i < count; i += 97) meanSpan += lt.dueDay(inputs.starts[i], inputs.withins[i], 'workday', lt.cnMainland) - inputs.starts[i];
  meanSpan /= Math.ceil(count / 97);
  return {
    count,
    range: [lt.formatDate(inputs.first), lt.formatDate(inputs.last)],
    meanWithin,
    meanSpan,
    checked,
    kinds: Object.fromEntries(ids.map((id) => [id, kinds[id].label])),
    warmUp: Object.fromEntries(ids.map((id) => [id, warmUp[id].perSecond])),
    passes,
    rounds: results,
    perSecond: medians,
    textSpeedup: median(results.map((row) => row.textSpeedup)),
    daySpeedup: median(results.map((row) => row.daySpeedup)),
  };
}

// =============================================================================================
// 2. Replay

/** Reads the log with papaparse as `sunlit simulate` does (a stream, one row per step). */
function readLog(Papa, path, onRow, limit = Infinity) {
  return new Promise((resolveRead, reject) => {
    const stream = createReadStream(path, 'utf8');
    stream.on('error', reject);
    let header = true;
    let rows = 0;
    Papa.parse(stream, {
      skipEmptyLines: true,
      step: (row, parser) => {
        if (header) {
          header = false;
          return;
        }
        rows++;
        onRow(row.data, rows);
        if (rows >= limit) {
          parser.abort();
          stream.destroy();
          resolveRead(rows);
        }
      },
      complete: () => resolveRead(rows),
      error: reject,
    });
  });
}

/**
 * Reads the log with the CLI's own reader (packages/cli/src/csv-log.ts, CsvLogReader) as `sunlit
 * simulate` does since it replaced papaparse: a read stream, one call per row, the cells array reused.
 */
function readLogFast(CsvLogReader, path, onRow, limit = Infinity) {
  return new Promise((resolveRead, reject) => {
    const stream = createReadStream(path, 'utf8');
    let header = true;
    let rows = 0;
    let settled = false;
    const reader = new CsvLogReader((cells) => {
      if (header) {
        header = false;
        return true;
      }
      rows++;
      onRow(cells, rows);
      return rows < limit;
    });
    const done = (error) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolveRead(rows);
    };
    stream.on('error', done);
    stream.on('data', (chunk) => {
      try {
        reader.write(chunk);
      } catch (error) {
        stream.destroy();
        done(error);
        return;
      }
      if (reader.done) {
        stream.destroy();
        done();
      }
    });
    stream.on('end', () => {
      try {
        reader.end();
        done();
      } catch (error) {
        done(error);
      }
    });
  });
}

/** A log row as the CLI made it before (an object per row; still `Conformance.add`'s argument). */
function logRow(cells) {
  const cell = (index) => (cells[index] ?? '').trim();
  const guard = cell(4);
  const by = cell(5);
  const note = cell(6);
  const row = { case: cell(0), power: cell(1), at: cell(2), event: cell(3) };
  if (guard !== '') row.guard = guard;
  if (by !== '') row.by = by;
  if (note !== '') row.note = note;
  return row;
}

/**
 * The kinds of replay run. Each returns what it counted; `state` is what it holds while running
 * (for the memory probes).
 */
function replayKinds({ core, xstate, Papa, CsvLogReader, logPath, powers, catalogue, at, sharedContext }) {
  const parseOnly = async (limit, checkpoint) => {
    let cells = 0;
    const rows = await readLog(Papa, logPath, (row, n) => {
      cells += row.length;
      checkpoint?.(n, {});
    }, limit);
    return { rows, cells };
  };
  const readOnly = async (limit, checkpoint) => {
    let cells = 0;
    const rows = await readLogFast(CsvLogReader, logPath, (row, n) => {
      cells += row.length;
      checkpoint?.(n, {});
    }, limit);
    return { rows, cells };
  };
  const baseline = async (limit, checkpoint) => {
    // XState alone: one snapshot per open case, transition() for every row. Machines are made on
    // first use (as the library compiles a power on its first case) and their initial snapshot kept.
    const machines = new Map();
    const open = new Map();
    let finished = 0;
    const rows = await readLog(Papa, logPath, (cells, n) => {
      const caseId = cells[0];
      let item = open.get(caseId);
      if (item === undefined) {
        let compiled = machines.get(cells[1]);
        if (compiled === undefined) {
          const machine = core.toMachine(powers.get(cells[1]));
          compiled = { machine, initial: xstate.initialTransition(machine)[0] };
          machines.set(cells[1], compiled);
        }
        item = { machine: compiled.machine, snapshot: compiled.initial };
        open.set(caseId, item);
      }
      const guard = cells[4];
      const event = guard === '' || guard === undefined ? { type: cells[3] } : { type: cells[3], guard };
      item.snapshot = xstate.transition(item.machine, item.snapshot, event)[0];
      if (item.snapshot.status === 'done') {
        finished++;
        open.delete(caseId);
      }
      checkpoint?.(n, { open: open.size });
    }, limit);
    return { rows, finished, openAtEnd: open.size, machines: machines.size };
  };
  // As `sunlit simulate` does since the reader replaced papaparse: cells trimmed, `addEvent` per row.
  const cell = (cells, index) => (cells[index] ?? '').trim();
  const conformance = (context) => async (limit, checkpoint) => {
    const check = new core.Conformance({ powers: (code) => powers.get(code), context: context(), at, locale: 'zh-Hans' });
    let outcomes = 0;
    let finished = 0;
    let violations = 0;
    const byCode = {};
    const count = (outcome) => {
      outcomes++;
      if (outcome.final) finished++;
      violations += outcome.violations.length;
      for (const violation of outcome.violations) byCode[violation.code] = (byCode[violation.code] ?? 0) + 1;
    };
    const rows = await readLogFast(CsvLogReader, logPath, (cells, n) => {
      const guard = cell(cells, 4);
      const outcome = check.addEvent(cell(cells, 0), cell(cells, 1), cell(cells, 2), cell(cells, 3), guard === '' ? undefined : guard);
      if (outcome !== undefined) count(outcome);
      // Private fields of the class, read for the memory report only (counted at the probe's marks).
      checkpoint?.(n, () => conformanceHeld(check), check);
    }, limit);
    const finishedBeforeEnd = finished;
    const { cases, summary } = check.finish();
    for (const outcome of cases) count(outcome);
    return { rows, outcomes, finished: finishedBeforeEnd, openAtEnd: cases.length, violations, byCode, summaries: summary.length };
  };
  return {
    p: { label: 'papaparse alone', run: parseOnly },
    r: { label: 'the CLI\'s reader alone', run: readOnly },
    a: { label: '(a) baseline: papaparse + XState transition()', run: baseline },
    b: { label: '(b) reader + Conformance, fresh context', run: conformance(() => core.replayContext(catalogue)) },
    c: { label: '(c) reader + Conformance, warm context', run: conformance(() => sharedContext) },
    d: { label: '(d) as (b), no flow shared between powers', run: conformance(() => core.replayContext(catalogue, { shareFlows: false })) },
  };
}

/**
 * What a Conformance holds (its private fields): open cases, powers met, closed cases and the bytes
 * of their record of ids (ClosedCases' buffers, by capacity).
 */
function conformanceHeld(check) {
  return { open: check.open?.size, powersMet: check.entries?.size, closed: check.closed?.size, closedIdBytes: check.closed?.bytes };
}

/** The machine's CPU time so far, from /proc/stat (Linux): all of it, and what the host stole from this guest. */
function machineTicks() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).slice(1).map(Number);
    return { total: fields.slice(0, 8).reduce((sum, value) => sum + value, 0), steal: fields[7] ?? 0 };
  } catch {
    return undefined;
  }
}

/**
 * The share of the machine's CPU time the host took for others between two readings (a virtual
 * machine's "steal"): when it is high the same code runs slower, whatever the load average says.
 */
function stealShare(before, after) {
  if (before === undefined || after === undefined || after.total <= before.total) return undefined;
  return (after.steal - before.steal) / (after.total - before.total);
}

const percent = (share) => `${(share * 100).toFixed(1)} %`;

/** The catalogue of N copies, loaded from memory; its load time (for information). */
async function loadReplayCatalogue(core, powersCount) {
  const { files } = replayCatalogueFiles(powersCount);
  const started = performance.now();
  const loaded = await core.loadCatalogue('catalogue.yaml', core.memorySource(files), { locale: 'zh-Hans' });
  const ms = performance.now() - started;
  if (core.hasErrors(loaded.problems) || loaded.catalogue?.powers.length !== powersCount) {
    const first = loaded.problems.find((problem) => problem.severity === 'error');
    throw new Error(`the copied catalogue should load with ${powersCount} powers and no errors; got ${loaded.catalogue?.powers.length ?? 0} powers` + (first ? ` (first: ${first.file}:${first.line} ${first.code} ${first.message})` : ''));
  }
  return { catalogue: loaded.catalogue, files, ms, warnings: loaded.problems.length };
}

/** Setup shared by the main run and the probes. */
async function replaySetup({ powersCount, events, withCatalogueOnDisk }) {
  const modules = await replayModules();
  // The CLI's CSV reader (not exported by a package entry: the file itself, as built).
  const readerFile = join(root, 'packages', 'cli', 'dist', 'csv-log.js');
  if (!existsSync(readerFile)) throw new Error('packages/cli/dist/csv-log.js is missing; run `pnpm -s build`');
  modules.CsvLogReader = (await import(pathToFileURL(readerFile).href)).CsvLogReader;
  if (withCatalogueOnDisk) log(`Replay: writing the catalogue of ${int(powersCount)} powers to disk (for the CLI) and the log (when missing or stale) ...`);
  const made = await generateLog({ powers: powersCount, events, log });
  if (withCatalogueOnDisk && !made.reused) log(`  log generated in ${made.seconds} s`);
  const loaded = await loadReplayCatalogue(modules.core, powersCount);
  if (withCatalogueOnDisk) writeReplayCatalogue(powersCount, loaded.files);
  loaded.files = undefined;
  const powers = new Map(loaded.catalogue.powers.map((power) => [power.code, power]));
  // Evaluation time of cases still open at the end: the time of the last event.
  const at = made.last;
  return { ...modules, made, loaded, powers, at, logPath: made.out };
}

/** Memory of one kind of run in a fresh process, at 1/4, 1/2 and all of the log (`--probe a|b`, internal). */
async function probe(which, powersCount, events) {
  const gc = collector();
  const setup = await replaySetup({ powersCount, events, withCatalogueOnDisk: false });
  const sharedContext = setup.core.replayContext(setup.loaded.catalogue);
  const kinds = replayKinds({ ...setup, catalogue: setup.loaded.catalogue, sharedContext });
  gc();
  // Typed arrays' buffers (flow tables, the record of closed cases) are outside the JS heap: counted apart.
  const before = { heap: process.memoryUsage().heapUsed, buffers: process.memoryUsage().arrayBuffers, rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024 };
  const marks = new Set([Math.round(events / 4), Math.round(events / 2), events]);
  const points = [];
  const started = performance.now();
  const result = await kinds[which].run(Infinity, (n, held, check) => {
    if (!marks.has(n)) return;
    const maxRss = process.resourceUsage().maxRSS * 1024;
    gc();
    const point = { rows: n, maxRss, heap: process.memoryUsage().heapUsed, buffers: process.memoryUsage().arrayBuffers, rss: process.memoryUsage().rss, ...(typeof held === 'function' ? held() : held), ms: performance.now() - started };
    points.push(point);
  });
  process.stdout.write(JSON.stringify({ which, before, points, result }) + '\n');
}

function runProbe(which, powersCount, events) {
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--probe', which, '--powers', String(powersCount), '--events', String(events)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (child.status !== 0) throw new Error(`memory probe ${which} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

/** `sunlit simulate <folder> --case <log> --format json > /dev/null`, once, with its peak RSS when GNU time is there. */
function timeCli(folder, logPath, at) {
  const args = [cliBin, 'simulate', folder, '--case', logPath, '--format', 'json', '--at', at];
  const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const devNull = openSync('/dev/null', 'w');
  const started = performance.now();
  const child = gnuTime
    ? spawnSync(gnuTime, ['-f', 'maxrss-kb=%M', process.execPath, ...args], { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - started;
  closeSync(devNull);
  const match = /maxrss-kb=(\d+)/.exec(child.stderr ?? '');
  return { ms, status: child.status, maxRss: match ? Number(match[1]) * 1024 : undefined, stderr: (child.stderr ?? '').replace(/maxrss-kb=\d+\s*$/, '').trim(), command: `node packages/cli/dist/bin.js simulate ${folder.slice(root.length + 1)} --case ${logPath.slice(root.length + 1)} --format json --at ${at} > /dev/null` };
}

async function benchReplay({ powersCount, events, rounds, gc, cli }) {
  const setup = await replaySetup({ powersCount, events, withCatalogueOnDisk: true });
  const { made, loaded, at } = setup;
  log(`  ${int(powersCount)} powers loaded from memory in ${int(loaded.ms)} ms; log ${made.out.slice(root.length + 1)}: ${int(made.events)} events, ${int(made.cases)} cases, ${(made.bytes / 1e6).toFixed(1)} MB, ${made.first} … ${made.last}`);
  const sharedContext = setup.core.replayContext(loaded.catalogue);
  const kinds = replayKinds({ ...setup, catalogue: loaded.catalogue, sharedContext });
  const ids = ['p', 'r', 'a', 'b', 'c', 'd'];
  const measure = async (id) => {
    gc();
    const cpuBefore = process.cpuUsage();
    const ticksBefore = machineTicks();
    const started = performance.now();
    const value = await kinds[id].run(Infinity);
    const ms = performance.now() - started;
    // The process's CPU time (all its threads, GC helpers included): what the run cost whatever else the machine ran.
    const cpu = process.cpuUsage(cpuBefore);
    const ticksAfter = machineTicks();
    if (value.rows !== events) throw new Error(`${id} read ${value.rows} rows, expected ${events}`);
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000, steal: stealShare(ticksBefore, ticksAfter), value };
  };
  log(`  warm-up (${ids.join(' ')}) ...`);
  const warmUp = {};
  for (const id of ids) warmUp[id] = await measure(id);
  // The log walks enabled events only, so the library must find every event allowed, and close as
  // many cases as XState does.
  const { a, b, c, d } = { a: warmUp.a.value, b: warmUp.b.value, c: warmUp.c.value, d: warmUp.d.value };
  const refused = ['unexpected-event', 'unknown-event', 'unknown-power', 'invalid-timestamp', 'out-of-order'].filter((code) => b.byCode[code] > 0);
  if (refused.length > 0) throw new Error(`Conformance refused events of the generated log: ${refused.map((code) => `${code} ${b.byCode[code]}`).join(', ')}`);
  if (a.finished !== b.finished || b.finished !== c.finished || b.finished !== d.finished || b.finished !== made.finished) {
    throw new Error(`cases closed: baseline ${a.finished}, Conformance ${b.finished} / ${c.finished} / ${d.finished}, generator ${made.finished}`);
  }
  // Sharing flows between powers changes nothing in the results.
  for (const key of ['outcomes', 'violations', 'openAtEnd', 'summaries']) if (b[key] !== d[key] || b[key] !== c[key]) throw new Error(`(b), (c) and (d) disagree on ${key}: ${b[key]}, ${c[key]}, ${d[key]}`);
  if (JSON.stringify(b.byCode) !== JSON.stringify(d.byCode)) throw new Error(`(b) and (d) disagree on violations: ${JSON.stringify(b.byCode)} vs ${JSON.stringify(d.byCode)}`);
  if (b.outcomes !== made.cases) throw new Error(`Conformance gave ${b.outcomes} outcomes for ${made.cases} cases`);
  log(`  ${ids.map((id) => `${id} ${int(warmUp[id].ms)} ms`).join(', ')}; ${int(b.finished)} cases closed in both, ${int(b.violations)} violations (${Object.entries(b.byCode).map(([code, n]) => `${code} ${n}`).join(', ')})`);
  const results = [];
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? ids : [...ids].reverse();
    const row = { round, order: order.join(''), load: os.loadavg()[0] };
    for (const id of order) {
      const measured = await measure(id);
      row[id] = measured.ms;
      row[`${id}Cpu`] = measured.cpuMs;
      row[`${id}Steal`] = measured.steal;
    }
    row.loadEnd = os.loadavg()[0];
    row.ratioB = row.a / row.b;
    row.ratioC = row.a / row.c;
    row.ratioD = row.a / row.d;
    results.push(row);
    log(`  round ${round} (load ${row.load.toFixed(1)} → ${row.loadEnd.toFixed(1)}): ${ids.map((id) => `${id} ${int(row[id])} ms (CPU ${int(row[`${id}Cpu`])} ms${row[`${id}Steal`] === undefined ? '' : `, steal ${percent(row[`${id}Steal`])}`})`).join(', ')}`);
  }
  const medians = Object.fromEntries(ids.map((id) => [id, median(results.map((row) => row[id]))]));
  const cpuMedians = Object.fromEntries(ids.map((id) => [id, median(results.map((row) => row[`${id}Cpu`]))]));
  log('  memory: one run of (a) and of (b) in fresh processes ...');
  const probes = { a: runProbe('a', powersCount, events), b: runProbe('b', powersCount, events) };
  let cliResult;
  if (cli) {
    log('  timing the CLI once (separate process) ...');
    cliResult = timeCli(catalogueOut(powersCount), made.out, at);
  }
  const { examples: _examples, source: _source, ...data } = made;
  return {
    data: { ...data, out: made.out.slice(root.length + 1) },
    at,
    catalogueLoadMs: loaded.ms,
    versions: setup.versions,
    kinds: Object.fromEntries(ids.map((id) => [id, kinds[id].label])),
    counted: { baseline: a, conformance: b },
    warmUp: Object.fromEntries(ids.map((id) => [id, warmUp[id].ms])),
    rounds: results,
    medians,
    perSecond: Object.fromEntries(ids.map((id) => [id, rate(events, medians[id])])),
    cpuMedians,
    perCpuSecond: Object.fromEntries(ids.map((id) => [id, rate(events, cpuMedians[id])])),
    ratioB: median(results.map((row) => row.ratioB)),
    ratioC: median(results.map((row) => row.ratioC)),
    ratioD: median(results.map((row) => row.ratioD)),
    probes,
    cli: cliResult,
  };
}

// =============================================================================================
// Profiles (--profile)

async function profiled(session, run, interval = 200) {
  await session.post('Profiler.setSamplingInterval', { interval });
  await session.post('Profiler.start');
  const started = performance.now();
  await run();
  const wall = performance.now() - started;
  const { profile } = await session.post('Profiler.stop');
  return { profile, wall };
}

function profileLines(title, { profile, wall }, file) {
  const summary = summarise(profile);
  const pct = (us) => `${((100 * us) / summary.total).toFixed(1)} %`;
  const lines = [`#### ${title}`, '', `Wall ${int(wall)} ms; saved as \`${file.slice(root.length + 1)}\`.`, '', '| Module | Self | Share |', '| --- | ---: | ---: |'];
  for (const m of summary.modules.filter((item) => item.self / summary.total >= 0.01)) lines.push(`| ${m.name} | ${int(m.self / 1000)} ms | ${pct(m.self)} |`);
  lines.push('', '| Function (self time) | Where | Self | Share |', '| --- | --- | ---: | ---: |');
  for (const f of summary.functions.slice(0, 15)) lines.push(`| \`${f.name}\` | ${f.where} | ${int(f.self / 1000)} ms | ${pct(f.self)} |`);
  const own = summary.inclusive.filter((f) => /^(@sunlit\/core|packages\/legal-time)/.test(f.module) && f.total / summary.total >= 0.02);
  lines.push('', '| Library function (inclusive) | Where | Total | Share |', '| --- | --- | ---: | ---: |');
  for (const f of own.slice(0, 20)) lines.push(`| \`${f.name}\` | ${f.where} | ${int(f.total / 1000)} ms | ${pct(f.total)} |`);
  return lines;
}

async function profiles({ lt, powersCount, events, periods, only }) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  const lines = ['### Profiles', ''];
  if (only !== 'replay') lines.push(...(await profilePeriods(session, lt, periods)));
  if (only !== 'periods') lines.push(...(await profileReplay(session, powersCount, events)));
  session.disconnect();
  return lines;
}

async function profilePeriods(session, lt, periods) {
  const lines = [];
  const inputs = periodInputs(lt, periods, defaultSeed);
  const kinds = periodKinds(lt, inputs);
  kinds.addPeriod.run();
  const p1 = await profiled(session, async () => kinds.addPeriod.run());
  const periodFile = join(benchDir, '.data', 'profile-periods.cpuprofile');
  await writeFile(periodFile, JSON.stringify(p1.profile));
  lines.push(...profileLines(`addPeriod, ${int(periods)} workday periods`, p1, periodFile), '');
  return lines;
}

async function profileReplay(session, powersCount, events) {
  const lines = [];
  const setup = await replaySetup({ powersCount, events, withCatalogueOnDisk: false });
  const sharedContext = setup.core.replayContext(setup.loaded.catalogue);
  const replay = replayKinds({ ...setup, catalogue: setup.loaded.catalogue, sharedContext });
  await replay.b.run(Infinity);
  const p2 = await profiled(session, () => replay.b.run(Infinity));
  const replayFile = join(benchDir, '.data', 'profile-replay.cpuprofile');
  await writeFile(replayFile, JSON.stringify(p2.profile));
  lines.push(...profileLines(`(b) Conformance, fresh context, ${int(events)} events`, p2, replayFile), '');
  await replay.c.run(Infinity);
  const p3 = await profiled(session, () => replay.c.run(Infinity));
  const warmFile = join(benchDir, '.data', 'profile-replay-warm.cpuprofile');
  await writeFile(warmFile, JSON.stringify(p3.profile));
  lines.push(...profileLines(`(c) Conformance, warm context, ${int(events)} events`, p3, warmFile), '');
  const p4 = await profiled(session, () => replay.d.run(Infinity));
  const aloneFile = join(benchDir, '.data', 'profile-replay-unshared.cpuprofile');
  await writeFile(aloneFile, JSON.stringify(p4.profile));
  lines.push(...profileLines(`(d) Conformance, fresh context, no flow shared, ${int(events)} events`, p4, aloneFile), '');
  return lines;
}

// =============================================================================================
// Report

function report({ summary, rounds }) {
  const lines = [];
  const { machine: m } = summary;
  lines.push('## Sunlit legal-time and case-replay benchmark', '');
  lines.push(`- Date: ${summary.date}`);
  lines.push(`- Machine: ${m.cpu} (${m.cores} cores, ${m.memory}), ${m.platform}; Node ${m.node} (V8 ${m.v8})`);
  lines.push(`- Library build: packages/legal-time + core + cli dist fingerprint \`${summary.build.fingerprint}\` (${Object.entries(summary.build.packages).map(([pkg, print]) => `${pkg} \`${print}\``).join(', ')})` + (summary.build.stale.length > 0 ? ` — **stale: older than ${summary.build.stale.join(', ')}**` : '') + (summary.build.changedDuringRun.length > 0 ? ` — **the build of ${summary.build.changedDuringRun.map((pkg) => `packages/${pkg}`).join(', ')} changed during the run**` : ''));
  const load = (values) => values.map((value) => value.toFixed(1)).join(' / ');
  lines.push(`- Load average (1 / 5 / 15 min) at the start ${load(summary.load.start)}, at the end ${load(summary.load.end)}, on ${m.cores} cores`);
  lines.push(`- Method: one process, warm-up then ${rounds} interleaved rounds (order reversed every other round), full GC before each run; ratios are medians of per-round ratios`, '');
  const P = summary.periods;
  if (P) {
    lines.push(`### Periods: ${int(P.count)} \`workday\` periods of 1–60 working days (mean ${P.meanWithin.toFixed(1)}, spanning ${P.meanSpan.toFixed(1)} calendar days on average), random starts ${P.range[0]} … ${P.range[1]}, cn-mainland`, '');
    lines.push(`Checked first: every start of that range × every length 0–60 (${int(P.checked)} periods), \`dueDay\` and \`addPeriod\` against the day-by-day count: all agree. The timed runs' checksums agree too.`, '');
    const ids = ['addPeriod', 'textBaseline', 'dueDay', 'dayBaseline'];
    lines.push(`Periods per second; each run goes over the ${int(P.count)} inputs ${ids.map((id) => `${P.passes[id]}×`).join(', ')} respectively (runs of about a second or more). Speed-up: ours ÷ the day-by-day baseline of the same kind.`, '');
    lines.push(`| Round | ${ids.map((id) => P.kinds[id]).join(' | ')} | addPeriod speed-up | dueDay speed-up |`, `| ---: | ${ids.map(() => '---:').join(' | ')} | ---: | ---: |`);
    lines.push(`| warm-up (1 pass) | ${ids.map((id) => int(P.warmUp[id])).join(' | ')} | ${two(P.warmUp.addPeriod / P.warmUp.textBaseline)} | ${two(P.warmUp.dueDay / P.warmUp.dayBaseline)} |`);
    for (const row of P.rounds) lines.push(`| ${row.round} | ${ids.map((id) => int(row[id])).join(' | ')} | ${two(row.textSpeedup)} | ${two(row.daySpeedup)} |`);
    lines.push(`| **median** | ${ids.map((id) => `**${int(P.perSecond[id])}**`).join(' | ')} | **${two(P.textSpeedup)}** | **${two(P.daySpeedup)}** |`, '');
    const verdict = (value) => (value > periodsGoal ? 'above' : '**BELOW**');
    lines.push(`| Periods per second (median of the rounds) | | Goal ${int(periodsGoal)}/s |`, '| --- | ---: | --- |');
    for (const id of ids) lines.push(`| ${P.kinds[id]} | ${int(P.perSecond[id])} | ${id === 'addPeriod' || id === 'dueDay' ? verdict(P.perSecond[id]) : 'baseline'} |`);
    lines.push('');
  }
  const R = summary.replay;
  if (R) {
    const d = R.data;
    lines.push(`### Replay: ${int(d.events)} events, ${int(d.cases)} cases, ${int(d.powers)} powers`, '');
    lines.push(`- Log: \`${d.out}\`, ${(d.bytes / 1e6).toFixed(1)} MB, ${d.first} … ${d.last}; about ${int(d.concurrent)} cases open at a time; events per case min ${d.caseLength.min} / median ${d.caseLength.median} / mean ${d.caseLength.mean} / max ${d.caseLength.max}; ${int(d.finished)} cases reach a final state, ${int(d.abandoned)} stop before (abandoned), ${int(d.openAtEnd)} are open when the log ends; ${int(d.guardedEvents)} events with a guard, ${int(d.targetlessEvents)} targetless (延期). Seed ${d.seed}.`);
    lines.push(`- Powers: copies of the ${Object.keys(d.configurations).length} example powers of examples/shenyang (only \`code:\` changed), loaded with \`loadCatalogue\` + \`memorySource\` in ${int(R.catalogueLoadMs)} ms (not timed below). Evaluation time for open cases: ${R.at}.`);
    lines.push(`- papaparse ${R.versions.papaparse} (for (p) and the baseline (a); the CLI used it before its own reader), xstate ${R.versions.xstate} (the library's module instance).`);
    lines.push(`- Checked in the warm-up: Conformance refuses none of the generated events, and closes the same ${int(R.counted.conformance.finished)} cases as XState alone; ${int(R.counted.conformance.outcomes)} outcomes, ${int(R.counted.conformance.violations)} violations (${Object.entries(R.counted.conformance.byCode).map(([code, n]) => `${code} ${int(n)}`).join(', ') || 'none'}).`, '');
    const ids = ['p', 'r', 'a', 'b', 'c', 'd'];
    const steal = (value) => (value === undefined ? '–' : percent(value));
    lines.push(`| Round | Order | Load (1 min), start → end | Host steal during (a) / (b) / (c) | ${ids.map((id) => R.kinds[id] + ', ms').join(' | ')} | (b) vs (a) | (c) vs (a) | (d) vs (a) |`, `| ---: | :---: | :---: | :---: | ${ids.map(() => '---:').join(' | ')} | ---: | ---: | ---: |`);
    lines.push(`| warm-up | ${ids.join('')} | | | ${ids.map((id) => int(R.warmUp[id])).join(' | ')} | ${two(R.warmUp.a / R.warmUp.b)} | ${two(R.warmUp.a / R.warmUp.c)} | ${two(R.warmUp.a / R.warmUp.d)} |`);
    for (const row of R.rounds) lines.push(`| ${row.round} | ${row.order} | ${row.load.toFixed(1)} → ${row.loadEnd.toFixed(1)} | ${steal(row.aSteal)} / ${steal(row.bSteal)} / ${steal(row.cSteal)} | ${ids.map((id) => int(row[id])).join(' | ')} | ${two(row.ratioB)} | ${two(row.ratioC)} | ${two(row.ratioD)} |`);
    lines.push(`| **median** | | | | ${ids.map((id) => `**${int(R.medians[id])}**`).join(' | ')} | **${two(R.ratioB)}** | **${two(R.ratioC)}** | **${two(R.ratioD)}** |`, '');
    lines.push('"Host steal" is the share of the machine\'s CPU time the virtual machine\'s host gave to others during the run (from /proc/stat): a run with steal is slower for reasons outside the code; the ratios to (a), measured in the same round, move less.', '');
    lines.push('"vs (a)" is throughput relative to the baseline (time of (a) ÷ time of the run): above 1 is faster than XState alone.', '');
    lines.push(`| Events per second (median round) | wall clock | per second of the process's CPU time | Goal ${int(eventsGoal)}/s (wall clock) |`, '| --- | ---: | ---: | --- |');
    for (const id of ids) lines.push(`| ${R.kinds[id]} | ${int(R.perSecond[id])} | ${int(R.perCpuSecond[id])} | ${id === 'b' || id === 'c' ? (R.perSecond[id] > eventsGoal ? 'above' : '**BELOW**') : id === 'd' ? `for information: ${R.perSecond[id] > eventsGoal ? 'above' : 'below'}` : id === 'a' ? 'baseline' : 'floor'} |`);
    lines.push('', '(d) is not the goal\'s run: its 10,000 powers have 9 flows, as a catalogue made from templates does (`sunlit import` gives each power its category\'s template); (d) shows what a catalogue whose every flow differs costs, most of it compiling each power\'s flow once.');
    lines.push('');
    const { a, b } = R.probes;
    lines.push(`Memory, one run in a fresh process each (Node, the modules and the ${int(d.powers)} loaded powers come first; figures at each point after a full GC; peak RSS is the process high-water mark so far):`, '');
    lines.push('| Rows read | (a) peak RSS | (a) heap after GC | (a) open cases | (b) peak RSS | (b) heap and array buffers after GC | (b) replay\'s own | of which the ids of closed cases | of which the rest | (b) open cases | (b) powers met | (b) closed cases |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
    const held = (point) => point.heap + (point.buffers ?? 0);
    lines.push(`| 0 (catalogue loaded) | ${mb(a.before.maxRss)} MiB | ${mb(a.before.heap)} MiB | 0 | ${mb(b.before.maxRss)} MiB | ${mib(held(b.before))} | 0 MiB | 0 MiB | 0 MiB | 0 | 0 | 0 |`);
    const own = (point) => held(point) - held(b.before);
    for (let i = 0; i < b.points.length; i++) {
      const pa = a.points[i];
      const pb = b.points[i];
      lines.push(`| ${int(pb.rows)} | ${mb(pa.maxRss)} MiB | ${mb(pa.heap)} MiB | ${int(pa.open)} | ${mb(pb.maxRss)} MiB | ${mib(held(pb))} | ${mib(own(pb))} | ${mib(pb.closedIdBytes ?? 0)} | ${mib(own(pb) - (pb.closedIdBytes ?? 0))} | ${int(pb.open ?? 0)} | ${int(pb.powersMet ?? 0)} | ${int(pb.closed ?? 0)} |`);
    }
    lines.push('');
    const first = b.points[0];
    const last = b.points[b.points.length - 1];
    if (first !== undefined && last !== undefined && last !== first && last.closedIdBytes !== undefined) {
      const ids = last.closedIdBytes - first.closedIdBytes;
      const rest = own(last) - last.closedIdBytes - (own(first) - first.closedIdBytes);
      lines.push(
        `From ${int(first.rows)} to ${int(last.rows)} rows, (b)'s own memory grew ${mib(own(last) - own(first))}: ${mib(ids)} for the ids of ${int(last.closed - first.closed)} more closed cases ` +
          `(${int(last.closedIdBytes / last.closed)} bytes a case with the buffers' spare capacity; kept so that a row after its case's end is reported as such), ` +
          `and ${mib(rest)} for everything else (open cases ${int(first.open)} → ${int(last.open)}, powers met ${int(first.powersMet)} → ${int(last.powersMet)}: bounded by the cases open at once and the catalogue, not by the log).`,
        '',
      );
    }
    if (R.cli) {
      lines.push(`CLI, once, separate process: \`${R.cli.command}\`: **${int(R.cli.ms)} ms** (${int(rate(d.events, R.cli.ms))} events/s overall, including start-up, loading the ${int(d.powers)} power files from disk and printing ${int(d.cases)} outcomes as JSON)` + `, exit code ${R.cli.status}` + (R.cli.maxRss ? `, peak RSS ${mb(R.cli.maxRss)} MiB` : '') + '.');
      if (R.cli.status !== 0 && R.cli.status !== 1) lines.push('', '```', R.cli.stderr.slice(0, 2000), '```');
      lines.push('');
    }
  }
  return lines;
}

async function main() {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1000000' },
      powers: { type: 'string', default: '10000' },
      rounds: { type: 'string', default: '3' },
      periods: { type: 'string', default: '1000000' },
      only: { type: 'string' },
      'no-cli': { type: 'boolean', default: false },
      json: { type: 'string' },
      profile: { type: 'boolean', default: false },
      probe: { type: 'string' },
    },
  });
  const events = Number(values.events);
  const powersCount = Number(values.powers);
  const rounds = Number(values.rounds);
  const periods = Number(values.periods);
  for (const [name, value] of Object.entries({ events, powers: powersCount, rounds, periods })) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  }
  if (values.probe === 'a' || values.probe === 'b') return probe(values.probe, powersCount, events);
  if (values.only !== undefined && !['periods', 'replay'].includes(values.only)) throw new Error('--only takes periods or replay');
  const buildAtStart = await libraryBuild();
  if (buildAtStart.stale.length > 0) log(`Warning: the build is older than ${buildAtStart.stale.join(', ')}; run \`pnpm -s build\` (pnpm bench:time does).`);
  const gc = collector();
  const lt = await legalTime();
  if (values.profile) {
    log('Profiles (no measurements) ...');
    const lines = await profiles({ lt, powersCount, events, periods, only: values.only });
    process.stdout.write(lines.join('\n') + '\n');
    return;
  }
  const summary = { date: new Date().toISOString(), machine: machine(), load: { start: os.loadavg() }, options: { events, powers: powersCount, rounds, periods } };
  if (values.only !== 'replay') summary.periods = await benchPeriods({ lt, count: periods, rounds, gc });
  if (values.only !== 'periods') summary.replay = await benchReplay({ powersCount, events, rounds, gc, cli: !values['no-cli'] });
  const buildAtEnd = await libraryBuild();
  const changed = Object.keys(buildAtStart.packages).filter((pkg) => buildAtEnd.packages[pkg] !== buildAtStart.packages[pkg]);
  summary.build = { fingerprint: buildAtStart.fingerprint, packages: buildAtStart.packages, stale: buildAtStart.stale, changedDuringRun: changed };
  summary.load.end = os.loadavg();
  const lines = report({ summary, rounds });
  process.stdout.write(lines.join('\n') + '\n');
  if (values.json) {
    await writeFile(values.json, JSON.stringify(summary, null, 2) + '\n');
    log(`Wrote ${values.json}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`bench/legal-time.mjs: ${error.stack ?? error}\n`);
    process.exitCode = 2;
  });
}
