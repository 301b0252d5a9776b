#!/usr/bin/env node
/**
 * Scale run (issue 8, opt-in, not a timed test): a generated catalogue of N powers (default
 * 100,000, one file each, bench/generate.mjs) is validated and linted by the real command line,
 * `sunlit validate` and `sunlit lint` with `--format json`, each in its own process. For each it
 * records the wall time, the peak RSS of that process (its own `process.resourceUsage().maxRSS`,
 * written when it exits by the preloaded `peak-rss.mjs`), the exit code and the problems counted
 * from its JSON output. The goal: peak memory under 1 GiB for both, which holds only if the loader
 * streams per file and never holds every YAML document at once.
 *
 *   node bench/scale.mjs [--powers N] [--limit-mib L] [--commands validate,lint] [--json FILE]
 *
 * Defaults: N = 100000, L = 1024. The catalogue is generated into bench/.data/catalogue-N (about
 * 1.2 GB for 100,000 powers) when missing. The command's output goes to a file in bench/.data, not
 * into this process. Exit 1 when a run goes over the limit or fails (exit code 2).
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCatalogue, machine } from './validate.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const cliBin = resolve(benchDir, '..', 'packages', 'cli', 'dist', 'bin.js');
const peakRss = join(benchDir, 'peak-rss.mjs');
const log = (line) => process.stderr.write(line + '\n');
const mib = (bytes) => Math.round(bytes / 1024 / 1024).toLocaleString('en-US');
const seconds = (ms) => (ms / 1000).toFixed(1);

/** Runs `sunlit <command> <folder> --format json` in a child process; its output goes to `outputFile`. */
async function runCommand(command, folder, outputFile, reportFile) {
  const output = createWriteStream(outputFile);
  await new Promise((done) => output.once('open', done));
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', peakRss, cliBin, command, folder, '--format', 'json'], {
    env: { ...process.env, SUNLIT_PEAK_RSS_FILE: reportFile },
    stdio: ['ignore', output, 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const status = await new Promise((done) => child.once('close', (code) => done(code)));
  const wall = performance.now() - started;
  output.close();
  const usage = await readJson(reportFile);
  const result = await readJson(outputFile);
  if (usage === undefined || result === undefined) {
    return { command, status, ms: wall, maxRss: (usage?.maxRSS ?? 0) * 1024, cpuMs: 0, problems: 0, byCode: {}, examples: [], outputBytes: 0, stderr: stderr.trim() || '(no output: the process was killed)' };
  }
  const byCode = {};
  for (const problem of result.problems) byCode[problem.code] = (byCode[problem.code] ?? 0) + 1;
  return {
    command,
    status,
    ms: wall,
    maxRss: usage.maxRSS * 1024,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    problems: result.problems.length,
    byCode,
    examples: command !== 'validate' ? [] : result.problems.filter((problem) => problem.severity === 'error').slice(0, 3).map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.code} ${problem.message}`),
    outputBytes: (await stat(outputFile)).size,
    stderr: stderr.trim(),
  };
}

/** A JSON file, or undefined when it is missing or cut short (its process died). */
async function readJson(file) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

async function main() {
  const { values } = parseArgs({
    options: { powers: { type: 'string', default: '100000' }, 'limit-mib': { type: 'string', default: '1024' }, json: { type: 'string' }, commands: { type: 'string', default: 'validate,lint' } },
  });
  const commands = values.commands.split(',').filter((command) => command === 'validate' || command === 'lint');
  if (commands.length === 0) throw new Error(`--commands must list validate and/or lint, not ${values.commands}`);
  const powers = Number(values.powers);
  const limit = Number(values['limit-mib']) * 1024 * 1024;
  if (!Number.isInteger(powers) || powers < 1) throw new Error(`--powers must be a positive integer, not ${values.powers}`);
  const { out: folder, manifest } = await ensureCatalogue(powers);
  const scratch = await mkdtemp(join(os.tmpdir(), 'sunlit-scale-'));
  const runs = [];
  try {
    for (const command of commands) {
      log(`sunlit ${command} on ${powers.toLocaleString('en-US')} powers ...`);
      const run = await runCommand(command, folder, join(scratch, `${command}.json`), join(scratch, `${command}.usage.json`));
      log(`  exit ${run.status}, ${seconds(run.ms)} s, peak RSS ${mib(run.maxRss)} MiB, ${run.problems} problems`);
      runs.push(run);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const load = os.loadavg().map((value) => value.toFixed(1)).join(', ');
  const lines = [
    `## Scale: ${powers.toLocaleString('en-US')} powers`,
    '',
    `Catalogue: ${manifest.files.toLocaleString('en-US')} files, ${(manifest.bytes / 1e6).toFixed(0)} MB, ${manifest.lines.toLocaleString('en-US')} lines (bench/generate.mjs, seed ${manifest.seed}).`,
    `Machine: ${machine().cpu}, ${machine().cores} cores, ${machine().memory}, Node ${process.version}; load average after the runs ${load}.`,
    '',
    '| Command | exit | wall | CPU | peak RSS | problems | JSON output |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map((run) => `| \`sunlit ${run.command} --format json\` | ${run.status} | ${seconds(run.ms)} s | ${seconds(run.cpuMs)} s | ${mib(run.maxRss)} MiB | ${run.problems.toLocaleString('en-US')} | ${(run.outputBytes / 1e6).toFixed(1)} MB |`),
    '',
    ...runs.flatMap((run) => (run.stderr ? [`- ${run.command} wrote to stderr: ${run.stderr.slice(0, 500)}`] : [])),
    ...runs.flatMap((run) => run.examples.map((example) => `- ${run.command}, an error: ${example}`)),
    ...runs.map((run) => `- ${run.command}: ${Object.entries(run.byCode).sort((a, b) => b[1] - a[1]).map(([code, count]) => `${code} ${count}`).join(', ') || 'no problems'}`),
    '',
    `Goal: ${runs.length > 1 ? 'both complete' : 'it completes'} (exit 0 or 1) with peak RSS under ${mib(limit)} MiB — **${runs.every((run) => (run.status === 0 || run.status === 1) && run.maxRss < limit) ? 'met' : 'NOT met'}**.`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  if (values.json) await writeFile(values.json, JSON.stringify({ powers, manifest, machine: machine(), load: os.loadavg(), runs }, null, 2) + '\n');
  const failed = runs.some((run) => run.status === 2 || run.status === null || run.maxRss >= limit);
  if (failed) {
    for (const run of runs.filter((run) => run.stderr)) log(`${run.command} stderr: ${run.stderr.slice(0, 2000)}`);
    process.exitCode = 1;
  }
}

await main();
