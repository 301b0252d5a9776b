#!/usr/bin/env node
/**
 * Benchmark (not a timed test): validating a generated catalogue of N powers (one file each) with
 * `loadCatalogueFromPath`, against js-yaml alone reading and parsing the same files. Target: the
 * ratio is at most 1.5. Where the library has `keepPowers`, validation without keeping the model
 * (what `sunlit validate` runs) is measured too, as (c).
 *
 *   node bench/validate.mjs [--powers N] [--rounds R] [--no-cli] [--json FILE]
 *
 * Defaults: N = 10000, R = 5. The catalogue is generated first if it is missing or stale
 * (bench/generate.mjs, into bench/.data/catalogue-N). Everything runs in this one process: a
 * warm-up round, then R rounds in which the two measurements alternate (A B, B A, A B, ...), with
 * a full garbage collection before each; the ratio reported is the median of the per-round
 * ratios. Then each kind of run once more in a fresh process, to measure its peak RSS (`--probe
 * a|b`, internal), and the CLI once as a separate process, for information. The report (Markdown)
 * goes to stdout, progress to stderr.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { defaultOut, defaultSeed, generateCatalogue, generatorVersion, readManifest } from './generate.mjs';

export const target = 1.5;
const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, '..');
const cliBin = join(root, 'packages', 'cli', 'dist', 'bin.js');
const log = (line) => process.stderr.write(line + '\n');

/** The library as the CLI imports it (its workspace dependency), and js-yaml as the library does. */
export async function modules() {
  const fromCli = createRequire(join(root, 'packages', 'cli', 'package.json'));
  const fromCore = createRequire(join(root, 'packages', 'core', 'package.json'));
  let nodeEntry;
  try {
    nodeEntry = fromCli.resolve('@sunlit/core/node');
  } catch {
    throw new Error('@sunlit/core is not installed; run `pnpm install && pnpm -s build` at the repository root');
  }
  // The baseline must run the very js-yaml module the library runs: the package has several builds
  // (ESM, CommonJS, minified browser bundles) that do not parse at the same speed. So: find the
  // specifier the built library imports ('js-yaml' or a subpath such as 'js-yaml/browser') and
  // resolve it through the package's exports with the ESM conditions, as Node does for the library.
  // (require.resolve would pick the CommonJS build.)
  const specifier = await yamlSpecifier(dirname(nodeEntry));
  const yamlPackage = fromCore.resolve('js-yaml/package.json');
  const yamlManifest = JSON.parse(await readFile(yamlPackage, 'utf8'));
  const subpath = '.' + specifier.slice('js-yaml'.length);
  const exported = yamlManifest.exports?.[subpath] ?? (subpath === '.' ? yamlManifest.module ?? yamlManifest.main : undefined);
  const entryFile = typeof exported === 'string' ? exported : exported?.node ?? exported?.import ?? exported?.default;
  if (entryFile === undefined) throw new Error(`cannot resolve ${specifier} (imported by @sunlit/core) through js-yaml's exports`);
  const yamlEntry = realpathSync(join(dirname(yamlPackage), entryFile));
  const [core, yaml] = await Promise.all([import(pathToFileURL(nodeEntry).href), import(pathToFileURL(yamlEntry).href)]);
  if (typeof core.loadCatalogueFromPath !== 'function') throw new Error('packages/core/dist is missing or stale; run `pnpm -s build`');
  // Internal modules next to the entry, for profile.mjs --phases only (not part of the public API).
  const internal = async (name) => import(pathToFileURL(join(dirname(nodeEntry), name)).href).catch(() => ({}));
  const [yamlModule, schemaModule] = await Promise.all([internal('yaml.js'), internal('schema.js')]);
  const internals = { parseYaml: yamlModule.parseYaml, validateSchema: schemaModule.validateSchema };
  // js-yaml's main ESM entry ('js-yaml'), for information when the library imports another one.
  const main = yamlManifest.exports?.['.'];
  const mainEntry = realpathSync(join(dirname(yamlPackage), typeof main === 'string' ? main : main?.import ?? main?.default ?? yamlManifest.main));
  const loadMain = mainEntry === yamlEntry ? undefined : (await import(pathToFileURL(mainEntry).href)).load;
  return { core, internals, loadCatalogueFromPath: core.loadCatalogueFromPath, load: yaml.load, loadMain, yamlVersion: yamlManifest.version, yamlEntry, yamlSpecifier: specifier };
}

/**
 * Which build of the library is measured: a hash of every file of packages/core/dist and
 * packages/cli/dist, and the source files newer than their build output (a stale build).
 */
export async function libraryBuild() {
  const hash = createHash('sha256');
  const stale = [];
  for (const pkg of ['core', 'cli']) {
    const dist = join(root, 'packages', pkg, 'dist');
    const src = join(root, 'packages', pkg, 'src');
    const outputs = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.js')).sort();
    for (const file of outputs) hash.update(`${pkg}/${file}\0`).update(await readFile(join(dist, file)));
    // tsc -b leaves an unchanged output alone but always updates the build info.
    const info = await statFile(join(root, 'packages', pkg, 'tsconfig.tsbuildinfo'));
    for (const file of (await readdir(src, { recursive: true }).catch(() => [])).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
      const [source, built] = await Promise.all([statFile(join(src, file)), statFile(join(dist, file.replace(/\.ts$/, '.js')))]);
      if (built === undefined || source.mtimeMs > Math.max(built.mtimeMs, info?.mtimeMs ?? 0)) stale.push(`packages/${pkg}/src/${file}`);
    }
  }
  return { fingerprint: hash.digest('hex').slice(0, 12), stale };
}

const statFile = (path) => stat(path).catch(() => undefined);

/** The js-yaml specifier that @sunlit/core's built code imports. */
async function yamlSpecifier(dist) {
  const found = new Set();
  for (const file of (await readdir(dist, { recursive: true })).filter((name) => name.endsWith('.js'))) {
    const text = await readFile(join(dist, file), 'utf8');
    for (const match of text.matchAll(/\bfrom\s*['"](js-yaml(?:\/[^'"]*)?)['"]/g)) found.add(match[1]);
  }
  if (found.size !== 1) throw new Error(`expected @sunlit/core to import js-yaml from one place, found: ${[...found].join(', ') || 'none'}`);
  return [...found][0];
}

/** The generated catalogue for N powers, made (again) when missing or made by another generator version. */
export async function ensureCatalogue(powers) {
  const out = defaultOut(powers);
  const manifest = await readManifest(out);
  if (manifest?.generatorVersion === generatorVersion && manifest.seed === defaultSeed && manifest.powers === powers) return { out, manifest };
  log(`Generating ${powers} powers into ${out} ...`);
  const made = await generateCatalogue({ powers, out, log });
  log(`  done in ${made.seconds} s`);
  return { out, manifest: await readManifest(out) };
}

/** The files the loader reads, in its order: the entry, then the power files sorted by path. */
export async function catalogueFiles(folder) {
  const found = [];
  const walk = async (directory) => {
    for (const entry of await readdir(directory, { withFileTypes: true })) {
      const path = `${directory}/${entry.name}`;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && entry.name.endsWith('.yaml')) found.push(path);
    }
  };
  await walk(`${folder}/powers`);
  return [`${folder}/catalogue.yaml`, ...found.sort()];
}

/**
 * (a) js-yaml alone: read each file, one after the other, the way the library's Node source reads
 * (synchronously: faster than the thread pool for files read in sequence), and parse it with
 * default options.
 */
export async function jsYamlAlone(files, load) {
  let documents = 0;
  for (const file of files) {
    const value = load(readFileSync(file, 'utf8'));
    if (value !== null && typeof value === 'object') documents++;
  }
  return documents;
}

/** A full garbage collection, if this Node lets us ask for one. */
export function collector() {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  try {
    v8.setFlagsFromString('--expose-gc');
    return runInNewContext('gc');
  } catch {
    return () => {};
  }
}

/** Samples the resident set and the heap while a run is in progress; returns their peaks. */
function memorySampler(intervalMs = 10) {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return () => {
    clearInterval(timer);
    sample();
    return { rss, heap };
  };
}

async function measure(run, gc) {
  gc();
  const stop = memorySampler();
  const started = performance.now();
  const value = await run();
  const ms = performance.now() - started;
  return { ms, memory: stop(), value };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
const ms = (value) => Math.round(value).toLocaleString('en-US');
const ratio = (value) => value.toFixed(2);

export function machine() {
  const cpus = os.cpus();
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB`,
  };
}

function timeCli(folder) {
  const started = performance.now();
  const child = spawnSync(process.execPath, [cliBin, 'validate', folder, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = performance.now() - started;
  let problems;
  try {
    problems = JSON.parse(child.stdout).problems.length;
  } catch {
    problems = undefined;
  }
  return { ms: wall, status: child.status, problems, stderr: child.stderr.trim() };
}

/** The options of each kind of library run: (b) keeps the model, (c) only validates (`keepPowers: false`). */
const loadOptions = { b: { locale: 'zh-Hans' }, c: { locale: 'zh-Hans', keepPowers: false } };
const sum = (counts) => Object.values(counts ?? {}).reduce((total, count) => total + count, 0);

/**
 * Peak RSS of one run in a fresh process (RSS never shrinks much, so in one process the second
 * measurement would only show the first one's high-water mark). Prints JSON on stdout.
 */
async function probe(which, powers) {
  const { loadCatalogueFromPath, load } = await modules();
  const folder = defaultOut(powers);
  const files = await catalogueFiles(folder);
  const before = process.memoryUsage().rss;
  const stop = memorySampler();
  const started = performance.now();
  if (which === 'a') await jsYamlAlone(files, load);
  else await loadCatalogueFromPath(folder, loadOptions[which]);
  const elapsed = performance.now() - started;
  const { heap } = stop();
  process.stdout.write(JSON.stringify({ which, ms: elapsed, rssBefore: before, maxRss: process.resourceUsage().maxRSS * 1024, heap }) + '\n');
}

function runProbe(which, powers) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--probe', which, '--powers', String(powers)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`memory probe ${which} failed: ${child.stderr}`);
  return JSON.parse(child.stdout);
}

async function main() {
  const { values } = parseArgs({
    options: {
      powers: { type: 'string', default: '10000' },
      rounds: { type: 'string', default: '5' },
      'no-cli': { type: 'boolean', default: false },
      json: { type: 'string' },
      probe: { type: 'string' },
    },
  });
  if (['a', 'b', 'c'].includes(values.probe)) return probe(values.probe, Number(values.powers));
  const powers = Number(values.powers);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(powers) || powers < 1) throw new Error(`--powers must be a positive integer, not ${values.powers}`);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a positive integer, not ${values.rounds}`);

  const buildAtStart = await libraryBuild();
  if (buildAtStart.stale.length > 0) log(`Warning: the build is older than ${buildAtStart.stale.join(', ')}; run \`pnpm -s build\` (pnpm bench does).`);
  const { loadCatalogueFromPath, load, loadMain, yamlVersion, yamlEntry, yamlSpecifier: yamlImport } = await modules();
  const { out: folder, manifest } = await ensureCatalogue(powers);
  const files = await catalogueFiles(folder);
  const gc = collector();
  const fail = (result, what) => {
    const first = result.problems[0];
    throw new Error(`the generated catalogue should load with no problems and ${powers} powers${what}; got ${result.problems.length} problems` + (first ? ` (first: ${first.file}:${first.line} ${first.code} ${first.message})` : ''));
  };
  const kinds = {
    a: { label: '(a) js-yaml alone', run: () => jsYamlAlone(files, load) },
    b: {
      label: '(b) loadCatalogueFromPath',
      run: async () => {
        const result = await loadCatalogueFromPath(folder, loadOptions.b);
        if (result.problems.length > 0 || result.catalogue?.powers.length !== powers) fail(result, '');
        return result;
      },
    },
    c: {
      label: '(c) … keepPowers: false',
      run: async () => {
        const result = await loadCatalogueFromPath(folder, loadOptions.c);
        if (result.problems.length > 0 || sum(result.counts) !== powers) fail(result, ' (counted)');
        return result;
      },
    },
  };

  // Warm-up: each once; check that the loader reads the same files in the same order as the baseline.
  log(`Warm-up (${files.length} files, ${(manifest.bytes / 1e6).toFixed(1)} MB) ...`);
  const warmUp = {};
  warmUp.a = await measure(kinds.a.run, gc);
  if (warmUp.a.value !== files.length) throw new Error(`js-yaml parsed ${warmUp.a.value} documents, expected ${files.length}`);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  warmUp.b = await measure(kinds.b.run, gc);
  gc();
  const retainedModel = process.memoryUsage().heapUsed - heapBefore;
  const loaded = warmUp.b.value.files;
  if (loaded.length !== files.length || loaded.some((file, index) => file !== files[index])) throw new Error('the loader read other files, or in another order, than the baseline');
  warmUp.b.value = undefined;
  // (c), validation without keeping the model, where the library has it (LoadOptions.keepPowers).
  const trial = await measure(() => loadCatalogueFromPath(folder, loadOptions.c), gc);
  const validateOnly = trial.value.problems.length === 0 && (trial.value.catalogue?.powers.length ?? 0) === 0 && sum(trial.value.counts) === powers;
  trial.value = undefined;
  const ids = validateOnly ? ['a', 'b', 'c'] : ['a', 'b'];
  if (validateOnly) warmUp.c = trial;
  log(`  ${ids.map((id) => `${kinds[id].label} ${ms(warmUp[id].ms)} ms`).join(', ')}${validateOnly ? '' : ' ((c) not measured: this build has no keepPowers option)'}`);

  const results = [];
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? ids : [...ids].reverse();
    const row = { round, order: order.join('') };
    for (const which of order) {
      const measured = await measure(kinds[which].run, gc);
      row[which] = { ms: measured.ms, memory: measured.memory };
    }
    row.ratio = row.b.ms / row.a.ms;
    if (validateOnly) row.ratioC = row.c.ms / row.a.ms;
    results.push(row);
    log(`  round ${round}: ${ids.map((id) => `${id} ${ms(row[id].ms)} ms`).join(', ')}; b/a ${ratio(row.ratio)}${validateOnly ? `, c/a ${ratio(row.ratioC)}` : ''}`);
  }

  // The headline: the median of the per-round ratios. The runs of a round follow each other, so a
  // slow spell of the machine (common on shared hosts) weighs on all of them; the ratio of the
  // median times mixes rounds and is shown too.
  const medians = Object.fromEntries(ids.map((id) => [id, median(results.map((row) => row[id].ms))]));
  const ratioOf = (key, id) => {
    const values = results.map((row) => row[key]);
    return { ratio: median(values), ratioOfMedians: medians[id] / medians.a, lowest: Math.min(...values), highest: Math.max(...values) };
  };
  const summary = {
    date: new Date().toISOString(),
    machine: machine(),
    jsYaml: { version: yamlVersion, import: yamlImport, file: yamlEntry.slice(yamlEntry.lastIndexOf('/js-yaml/') + 1) },
    data: { powers, files: files.length, bytes: manifest.bytes, lines: manifest.lines, seed: manifest.seed, generatorVersion: manifest.generatorVersion },
    rounds: results,
    warmUp: Object.fromEntries(ids.map((id) => [id, warmUp[id].ms])),
    median: { ...medians, ...ratioOf('ratio', 'b') },
    ...(validateOnly && { validateOnly: ratioOf('ratioC', 'c') }),
    target,
    peak: {
      ...Object.fromEntries(ids.map((id) => [id, { rss: Math.max(...results.map((row) => row[id].memory.rss)), heap: Math.max(...results.map((row) => row[id].memory.heap)) }])),
      processMaxRss: process.resourceUsage().maxRSS * 1024,
      retainedModel,
    },
  };
  if (loadMain) {
    log("For information: js-yaml's main entry ('js-yaml'), once ...");
    await jsYamlAlone(files.slice(0, 200), loadMain);
    summary.mainEntry = (await measure(() => jsYamlAlone(files, loadMain), gc)).ms;
  }
  const buildAtEnd = await libraryBuild();
  summary.build = { fingerprint: buildAtStart.fingerprint, stale: buildAtStart.stale, changedDuringRun: buildAtEnd.fingerprint !== buildAtStart.fingerprint };
  log('Peak RSS of each kind of run, in fresh processes ...');
  summary.probes = Object.fromEntries(ids.map((id) => [id, runProbe(id, powers)]));
  if (!values['no-cli']) {
    log('Timing the CLI once (separate process) ...');
    summary.cli = timeCli(folder);
  }

  const lines = [];
  const { machine: m, data } = summary;
  lines.push(`## Sunlit validation benchmark — ${powers.toLocaleString('en-US')} powers`, '');
  lines.push(`- Date: ${summary.date}`);
  lines.push(`- Machine: ${m.cpu} (${m.cores} cores, ${m.memory}), ${m.platform}; Node ${m.node} (V8 ${m.v8})`);
  lines.push(`- js-yaml ${summary.jsYaml.version}: \`${summary.jsYaml.import}\` as the library imports it (${summary.jsYaml.file}); the baseline runs that same module`);
  lines.push(`- Data: ${data.files.toLocaleString('en-US')} files (catalogue.yaml + ${powers.toLocaleString('en-US')} power files), ${(data.bytes / 1e6).toFixed(1)} MB, ${data.lines.toLocaleString('en-US')} lines; generator v${data.generatorVersion}, seed ${data.seed}`);
  lines.push(`- Library build: packages/core + packages/cli dist fingerprint \`${summary.build.fingerprint}\`` + (summary.build.stale.length > 0 ? ` — **stale: older than ${summary.build.stale.join(', ')}**` : '') + (summary.build.changedDuringRun ? ' — **the build changed during the run; measure again**' : ''));
  lines.push(`- Method: one process, warm-up round then ${rounds} interleaved rounds (order alternates), full GC before each run`);
  lines.push("- (a) readFileSync(file, 'utf8') + js-yaml load, file by file; (b) loadCatalogueFromPath(folder, { locale: 'zh-Hans' }), which keeps the model" + (validateOnly ? "; (c) the same with keepPowers: false (validation only, as `sunlit validate` runs it)" : ''), '');
  const head = ['Round', 'Order', ...ids.map((id) => `${kinds[id].label}, ms`), '(b)/(a)', ...(validateOnly ? ['(c)/(a)'] : [])];
  lines.push(`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 1 ? ':---:' : '---:')).join(' | ')} |`);
  const cells = (row) => ids.map((id) => ms(row[id]));
  lines.push(`| warm-up | ${ids.join('')} | ${cells(summary.warmUp).join(' | ')} | ${ratio(summary.warmUp.b / summary.warmUp.a)} |${validateOnly ? ` ${ratio(summary.warmUp.c / summary.warmUp.a)} |` : ''}`);
  for (const row of results) lines.push(`| ${row.round} | ${row.order} | ${ids.map((id) => ms(row[id].ms)).join(' | ')} | ${ratio(row.ratio)} |${validateOnly ? ` ${ratio(row.ratioC)} |` : ''}`);
  lines.push(`| **median** | | ${ids.map((id) => `**${ms(medians[id])}**`).join(' | ')} | **${ratio(summary.median.ratio)}** |${validateOnly ? ` **${ratio(summary.validateOnly.ratio)}** |` : ''}`, '');
  const verdict = (value) => (value <= target ? 'within' : 'ABOVE');
  const shown = (value) => (Math.abs(value - target) < 0.01 ? value.toFixed(3) : ratio(value));
  const said = (name, r) =>
    `**Ratio ${name}: ${shown(r.ratio)}× — ${verdict(r.ratio)} the ${target}× target.** Median of the ${rounds} per-round ratios (range ${ratio(r.lowest)}–${ratio(r.highest)}); the ratio of the median times is ${ratio(r.ratioOfMedians)}.`;
  lines.push(said('(b)/(a)', summary.median), '');
  if (validateOnly) lines.push(said('(c)/(a), validation only', summary.validateOnly), '');
  if (summary.mainEntry !== undefined) {
    lines.push(
      `For information: js-yaml's main entry (\`import 'js-yaml'\`, dist/js-yaml.mjs), which the library does not use, took ${ms(summary.mainEntry)} ms for the same files ` +
        `(${ratio(summary.mainEntry / medians.a)}× the baseline); js-yaml's builds do not parse at the same speed, which is why the baseline uses the library's own.`,
      '',
    );
  }
  const { probes } = summary;
  lines.push(`| Memory | ${ids.map((id) => kinds[id].label).join(' | ')} |`, `| --- | ${ids.map(() => '---:').join(' | ')} |`);
  lines.push(`| Peak RSS, one run in a fresh process (maxRSS; Node itself and the loaded modules: ${mb(probes.a.rssBefore)} MiB) | ${ids.map((id) => `${mb(probes[id].maxRss)} MiB`).join(' | ')} |`);
  lines.push(`| Peak heap used, same fresh process (sampled every 10 ms) | ${ids.map((id) => `${mb(probes[id].heap)} MiB`).join(' | ')} |`);
  lines.push(`| Heap still held by the result (the loaded model), after GC | — | ${mb(summary.peak.retainedModel)} MiB |${validateOnly ? ' — |' : ''}`, '');
  lines.push(
    `In the benchmark process itself: peak RSS ${mb(summary.peak.processMaxRss)} MiB; peak heap ${ids.map((id) => `during (${id}) ${mb(summary.peak[id].heap)} MiB`).join(', ')} ` +
      '(after the large runs V8 keeps a large heap and collects later, so (a) looks bigger here than alone).',
  );
  if (summary.cli) {
    const { cli } = summary;
    lines.push('', `CLI, once, as a separate process (\`node packages/cli/dist/bin.js validate <dir> --format json\`, includes start-up): **${ms(cli.ms)} ms**, exit code ${cli.status}, ${cli.problems ?? '?'} problems.`);
    if (cli.status !== 0) lines.push('', '```', cli.stderr.slice(0, 2000), '```');
  }
  if (Math.max(summary.median.ratio, summary.validateOnly?.ratio ?? 0) > target) lines.push('', `Above target: see where the time goes with \`node bench/profile.mjs --powers ${powers}\`.`);
  process.stdout.write(lines.join('\n') + '\n');
  if (values.json) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(values.json, JSON.stringify(summary, null, 2) + '\n');
    log(`Wrote ${values.json}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`bench/validate.mjs: ${error.stack ?? error}\n`);
    process.exitCode = 2;
  });
}
