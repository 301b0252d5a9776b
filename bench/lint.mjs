#!/usr/bin/env node
/**
 * Benchmark (not a timed test): what linting adds to validation. On the generated catalogue of N
 * powers (bench/generate.mjs), in one process, it times
 *   (v) loadCatalogueFromPath(folder, { keepPowers: false })              — validation, as `sunlit validate` runs it
 *   (m) … { keepPowers: false, onPower: () => {} }                        — validation, and each power's model built and dropped
 *   (l) loadCatalogueFromPath(folder, { keepPowers: false, lint: true })  — validation and every rule, as `sunlit lint` runs it
 * with a warm-up round, then R rounds in which they alternate (v m l, l m v, …), a full GC before
 * each run; the ratio reported is the median of the per-round ratios (l)/(v). Target: at most 1.30.
 * (m) is what building each power's full model costs, for comparison: (l) does not build it, the
 * rules read the lighter view of packages/core/src/lint/view.ts.
 *
 *   node bench/lint.mjs [--powers N] [--rounds R] [--json FILE]
 *
 * Then each kind of run once more in a fresh process, for its peak RSS (`--probe v|m|l`, internal:
 * in one process RSS keeps the first run's high-water mark).
 *
 * Defaults: N = 10000, R = 5. The report (Markdown) goes to stdout, progress to stderr. The
 * generated powers are random, so many of them break a rule; the report counts the problems by
 * rule, since placing a problem at its line and column costs a second pass over its file.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultOut } from './generate.mjs';
import { collector, ensureCatalogue, libraryBuild, machine, median, modules } from './validate.mjs';

export const target = 1.3;
const log = (line) => process.stderr.write(line + '\n');
const ms = (value) => Math.round(value).toLocaleString('en-US');
const mib = (bytes) => Math.round(bytes / 1024 / 1024).toLocaleString('en-US');

/** The options of each kind of run. */
const kindOptions = {
  v: { locale: 'zh-Hans', keepPowers: false },
  m: { locale: 'zh-Hans', keepPowers: false, onPower: () => {} },
  l: { locale: 'zh-Hans', keepPowers: false, lint: true },
};

/** One run of a kind in this (fresh) process; prints its peak RSS as JSON on stdout. */
async function probe(which, powers) {
  const { loadCatalogueFromPath } = await modules();
  const before = process.memoryUsage().rss;
  const started = performance.now();
  await loadCatalogueFromPath(defaultOut(powers), kindOptions[which]);
  const elapsed = performance.now() - started;
  process.stdout.write(JSON.stringify({ which, ms: elapsed, rssBefore: before, maxRss: process.resourceUsage().maxRSS * 1024 }) + '\n');
}

function runProbe(which, powers) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--probe', which, '--powers', String(powers)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`memory probe ${which} failed: ${child.stderr}`);
  return JSON.parse(child.stdout);
}

async function main() {
  const { values } = parseArgs({ options: { powers: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '5' }, json: { type: 'string' }, probe: { type: 'string' } } });
  if (['v', 'm', 'l'].includes(values.probe ?? '')) return probe(values.probe, Number(values.powers));
  const powers = Number(values.powers);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(powers) || powers < 1) throw new Error(`--powers must be a positive integer, not ${values.powers}`);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a positive integer, not ${values.rounds}`);
  const build = await libraryBuild();
  if (build.stale.length > 0) log(`Warning: the build is older than ${build.stale.join(', ')}; run \`pnpm -s build\` (pnpm bench:lint does).`);
  const { loadCatalogueFromPath } = await modules();
  const { out: folder, manifest } = await ensureCatalogue(powers);
  const gc = collector();
  const kinds = {
    v: { label: '(v) validation', options: kindOptions.v },
    m: { label: '(m) validation + model', options: kindOptions.m },
    l: { label: '(l) validation + lint', options: kindOptions.l },
  };
  const run = async (which) => {
    gc();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const result = await loadCatalogueFromPath(folder, kinds[which].options);
    const elapsed = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    if (result.problems.length > 0) throw new Error(`the generated catalogue should validate clean; got ${result.problems.length} problems`);
    if (which === 'l' && result.lint === undefined) throw new Error('this build of @sunlit/core does not lint (no result.lint); run `pnpm -s build`');
    return { ms: elapsed, cpu: (cpu.user + cpu.system) / 1000, lint: result.lint };
  };

  log(`Warm-up (${manifest.files ?? powers + 1} files, ${(manifest.bytes / 1e6).toFixed(1)} MB) ...`);
  const warmUp = { v: (await run('v')).ms, m: (await run('m')).ms };
  const linted = await run('l');
  warmUp.l = linted.ms;
  const byRule = {};
  const filesWithProblems = new Set();
  for (const problem of linted.lint) {
    const key = `${problem.code} (${problem.severity})`;
    byRule[key] = (byRule[key] ?? 0) + 1;
    filesWithProblems.add(problem.file);
  }
  linted.lint = undefined;

  const results = [];
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? ['v', 'm', 'l'] : ['l', 'm', 'v'];
    const row = { round, order: order.join('') };
    for (const which of order) {
      const timed = await run(which);
      row[which] = timed.ms;
      row[`${which}Cpu`] = timed.cpu;
    }
    row.ratio = row.l / row.v;
    row.cpuRatio = row.lCpu / row.vCpu;
    row.model = row.m / row.v;
    row.rules = row.l / row.m;
    results.push(row);
    log(`  round ${round}: v ${ms(row.v)} ms, m ${ms(row.m)} ms, l ${ms(row.l)} ms; l/v ${row.ratio.toFixed(2)} (CPU ${row.cpuRatio.toFixed(2)}), m/v ${row.model.toFixed(2)}, l/m ${row.rules.toFixed(2)}`);
  }
  log('Peak RSS, one run of each kind in a fresh process ...');
  const probes = Object.fromEntries(['v', 'm', 'l'].map((which) => [which, runProbe(which, powers)]));
  const ratios = results.map((row) => row.ratio);
  const summary = {
    date: new Date().toISOString(),
    machine: machine(),
    data: { powers, bytes: manifest.bytes, lines: manifest.lines, seed: manifest.seed, generatorVersion: manifest.generatorVersion },
    build: { fingerprint: build.fingerprint, stale: build.stale },
    warmUp,
    rounds: results,
    median: {
      v: median(results.map((row) => row.v)),
      m: median(results.map((row) => row.m)),
      l: median(results.map((row) => row.l)),
      ratio: median(ratios),
      lowest: Math.min(...ratios),
      highest: Math.max(...ratios),
      model: median(results.map((row) => row.model)),
      rules: median(results.map((row) => row.rules)),
      vCpu: median(results.map((row) => row.vCpu)),
      lCpu: median(results.map((row) => row.lCpu)),
      cpuRatio: median(results.map((row) => row.cpuRatio)),
      cpuLowest: Math.min(...results.map((row) => row.cpuRatio)),
      cpuHighest: Math.max(...results.map((row) => row.cpuRatio)),
    },
    load: os.loadavg(),
    lint: { problems: Object.values(byRule).reduce((sum, n) => sum + n, 0), files: filesWithProblems.size, byRule },
    probes,
    target,
  };

  const m = summary.machine;
  const lines = [
    `## Sunlit lint benchmark — ${powers.toLocaleString('en-US')} powers`,
    '',
    `- Date: ${summary.date}`,
    `- Machine: ${m.cpu} (${m.cores} cores, ${m.memory}), ${m.platform}; Node ${m.node}`,
    `- Data: ${(manifest.bytes / 1e6).toFixed(1)} MB, ${manifest.lines?.toLocaleString('en-US')} lines; generator v${manifest.generatorVersion}, seed ${manifest.seed}`,
    `- Library build: \`${build.fingerprint}\`${build.stale.length > 0 ? ' — **stale**' : ''}`,
    `- Method: one process, warm-up then ${rounds} interleaved rounds, full GC before each run; ${kinds.v.label}, ${kinds.m.label}, ${kinds.l.label}`,
    '',
    '| Round | Order | (v) validation, ms | (m) + model, ms | (l) validation + lint, ms | (l)/(v) | (m)/(v) | (l)/(m) | CPU (v), ms | CPU (l), ms | CPU (l)/(v) |',
    '| ---: | :---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| warm-up | vml | ${ms(warmUp.v)} | ${ms(warmUp.m)} | ${ms(warmUp.l)} | ${(warmUp.l / warmUp.v).toFixed(2)} | ${(warmUp.m / warmUp.v).toFixed(2)} | ${(warmUp.l / warmUp.m).toFixed(2)} | | | |`,
    ...results.map((row) => `| ${row.round} | ${row.order} | ${ms(row.v)} | ${ms(row.m)} | ${ms(row.l)} | ${row.ratio.toFixed(2)} | ${row.model.toFixed(2)} | ${row.rules.toFixed(2)} | ${ms(row.vCpu)} | ${ms(row.lCpu)} | ${row.cpuRatio.toFixed(2)} |`),
    `| **median** | | **${ms(summary.median.v)}** | **${ms(summary.median.m)}** | **${ms(summary.median.l)}** | **${summary.median.ratio.toFixed(2)}** | ${summary.median.model.toFixed(2)} | ${summary.median.rules.toFixed(2)} | ${ms(summary.median.vCpu)} | ${ms(summary.median.lCpu)} | **${summary.median.cpuRatio.toFixed(2)}** |`,
    '',
    `Load average at the end: ${summary.load.map((value) => value.toFixed(1)).join(', ')} (on ${m.cores} cores). Wall time counts the time other processes took the cores; CPU time (this process's user + system, GC threads included) counts only the work done, so on a shared machine the CPU ratio is the one to read.`,
    '',
    `**Ratio (l)/(v): ${summary.median.ratio.toFixed(2)}× wall, ${summary.median.cpuRatio.toFixed(2)}× CPU — ${Math.max(summary.median.ratio, summary.median.cpuRatio) <= target ? 'within' : summary.median.cpuRatio <= target ? 'within the target in CPU time, above it in wall time, for' : 'ABOVE'} the ${target}× target** (medians of ${rounds} per-round ratios; wall ${summary.median.lowest.toFixed(2)}–${summary.median.highest.toFixed(2)}, CPU ${summary.median.cpuLowest.toFixed(2)}–${summary.median.cpuHighest.toFixed(2)}). ` +
      `Building the full model would cost (m)/(v) = ${summary.median.model.toFixed(2)}×; lint reads a lighter view instead, at (l)/(m) = ${summary.median.rules.toFixed(2)}×.`,
    '',
    `Peak RSS, one run in a fresh process (maxRSS; Node and the loaded modules: ${mib(probes.v.rssBefore)} MiB): (v) ${mib(probes.v.maxRss)} MiB, (m) ${mib(probes.m.maxRss)} MiB, (l) ${mib(probes.l.maxRss)} MiB.`,
    '',
    `Lint found ${summary.lint.problems.toLocaleString('en-US')} problems in ${summary.lint.files.toLocaleString('en-US')} of ${powers.toLocaleString('en-US')} power files (the generated powers are random): ` +
      Object.entries(byRule)
        .sort((a, b) => b[1] - a[1])
        .map(([rule, n]) => `${rule} ${n.toLocaleString('en-US')}`)
        .join(', ') +
      '.',
  ];
  process.stdout.write(lines.join('\n') + '\n');
  if (values.json) {
    await writeFile(values.json, JSON.stringify(summary, null, 2) + '\n');
    log(`Wrote ${values.json}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`bench/lint.mjs: ${error.stack ?? error}\n`);
    process.exitCode = 2;
  });
}
