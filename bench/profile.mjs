#!/usr/bin/env node
/**
 * Where the time of `loadCatalogueFromPath` goes, on the generated catalogue of the benchmark.
 *
 *   node bench/profile.mjs [--powers N] [--top K] [--interval US] [--baseline] [--validate-only | --lint]
 *   node bench/profile.mjs --phases [--powers N] [--rounds R]     (R defaults to 5)
 *   node bench/profile.mjs --summarise FILE.cpuprofile [--baseline] [--top K]
 *
 * After a warm-up run, one run is recorded with V8's sampling CPU profiler (the same profiler as
 * `node --cpu-prof`, started from inside so that the warm-up is left out). The profile is saved as
 * bench/.data/profile-N.cpuprofile (open it in Chrome DevTools) and summarised on stdout:
 * self time by module, the top functions by self time, and the total (inclusive) time of the
 * library's own functions, i.e. the phases of loading. With --baseline, js-yaml alone is profiled
 * the same way first, for comparison. With --validate-only, the loader runs with keepPowers: false;
 * with --lint, as `sunlit lint` runs it (keepPowers: false, lint: true).
 *
 * With --phases, no profiler: the cost of each phase by ablation (see `ablation` below).
 * With --summarise FILE, only the summary of a saved .cpuprofile (add --baseline for one of js-yaml alone).
 */
import { lstat, readFile, stat, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultOut } from './generate.mjs';
import { catalogueFiles, collector, ensureCatalogue, jsYamlAlone, libraryBuild, machine, median, modules } from './validate.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, '..');

/** A readable name for where a function lives. */
function moduleOf(url, functionName) {
  if (url === '') {
    if (/^\((?:garbage collector|program|idle|root)\)$/.test(functionName)) return functionName;
    // ajv compiles each schema to functions named validate<N>, with no file; Node's own
    // built-ins (fs bindings such as open, read, lstat) have no file either.
    return /^validate\d*$/.test(functionName) ? 'ajv (compiled validators)' : 'node (built-ins without a file)';
  }
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path) ?? /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  if (pnpm) return pnpm[1];
  if (path.startsWith(join(root, 'packages'))) return path.slice(root.length + 1).replace(/^packages\/core\/dist\//, '@sunlit/core ');
  if (path.startsWith('node:')) return `node ${path.slice(5).split('/')[0]}`;
  return path.startsWith(root) ? path.slice(root.length + 1) : path;
}

function where(frame) {
  const module = moduleOf(frame.url, frame.functionName);
  return frame.url === '' ? module : `${module}:${frame.lineNumber + 1}`;
}

/** Functions that mark a phase when on the stack; the one nearest the sampled function wins. */
const phaseMarks = new Map([
  ['parseYaml', 'YAML parsing (parseYaml: js-yaml load + alias check)'],
  ['validateSchema', 'schema validation (validateSchema: ajv + error translation)'],
  ['buildPower', 'model building (buildPower: references, sources, model objects)'],
  ['buildCatalogueHead', 'model building (buildPower: references, sources, model objects)'],
  ['checkPower', 'reference checks without a model (checkPower, keepPowers: false)'],
  ['placeFindings', 'problems (placing and wording)'],
  ['sortProblems', 'problems (placing and wording)'],
  ['readText', 'reading files (readText: stat, readFile, decode)'],
  ['isInside', 'reading files (readText: stat, readFile, decode)'],
  ['read', 'reading files (readText: stat, readFile, decode)'],
  ['size', 'reading files (readText: stat, readFile, decode)'],
  ['listFiles', 'listing and matching files'],
  ['resolveEntry', 'reading files (readText: stat, readFile, decode)'],
]);

function phaseOf(id, nodes, parents, baselineLoad) {
  for (let at = id; at !== undefined; at = parents.get(at)) {
    const frame = nodes.get(at).callFrame;
    const module = moduleOf(frame.url, frame.functionName);
    if (module.startsWith('@sunlit/core') && phaseMarks.has(frame.functionName)) return phaseMarks.get(frame.functionName);
    // js-yaml's browser build is minified (functions are called An, q, ...): any js-yaml frame counts.
    if (baselineLoad && module === 'js-yaml') return 'YAML parsing (js-yaml load)';
  }
  const leaf = nodes.get(id).callFrame;
  const module = moduleOf(leaf.url, leaf.functionName);
  if (module === '(garbage collector)') return 'garbage collection';
  if (module === '(idle)') return 'idle (waiting for the file system)';
  if (module === '(program)') return '(program: V8 and native code not attributed)';
  if (module.startsWith('node')) return 'Node internals outside the phases (fs promises, buffers)';
  return 'other';
}

/** Self and total time per function, and self time per module, from a CPU profile. */
export function summarise(profile, baselineLoad = false) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  // Time of each sample: the gap to the next one (the last gets the mean).
  const total = profile.endTime - profile.startTime;
  const selfByNode = new Map();
  const samples = profile.samples;
  for (let i = 0; i < samples.length; i++) {
    const delta = i + 1 < samples.length ? profile.timeDeltas[i + 1] : total / samples.length;
    selfByNode.set(samples[i], (selfByNode.get(samples[i]) ?? 0) + delta);
  }
  const key = (frame) => `${frame.functionName || '(anonymous)'}\u0000${frame.url}\u0000${frame.lineNumber}`;
  const functions = new Map();
  const modules = new Map();
  const inclusive = new Map();
  const phases = new Map();
  for (const [id, self] of selfByNode) {
    const phase = phaseOf(id, nodes, parents, baselineLoad);
    phases.set(phase, (phases.get(phase) ?? 0) + self);
    const frame = nodes.get(id).callFrame;
    const k = key(frame);
    const entry = functions.get(k) ?? { name: frame.functionName || '(anonymous)', where: where(frame), self: 0 };
    entry.self += self;
    functions.set(k, entry);
    const module = moduleOf(frame.url, frame.functionName);
    modules.set(module, (modules.get(module) ?? 0) + self);
    // Total time: each function on the stack of this sample, counted once.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parents.get(at)) {
      const f = nodes.get(at).callFrame;
      const fk = key(f);
      if (seen.has(fk)) continue;
      seen.add(fk);
      const item = inclusive.get(fk) ?? { name: f.functionName || '(anonymous)', where: where(f), module: moduleOf(f.url, f.functionName), total: 0 };
      item.total += self;
      inclusive.set(fk, item);
    }
  }
  return {
    total,
    functions: [...functions.values()].sort((a, b) => b.self - a.self),
    modules: [...modules].map(([name, self]) => ({ name, self })).sort((a, b) => b.self - a.self),
    inclusive: [...inclusive.values()].sort((a, b) => b.total - a.total),
    phases: [...phases].map(([name, self]) => ({ name, self })).sort((a, b) => b.self - a.self),
  };
}

async function record(session, run, interval) {
  await session.post('Profiler.setSamplingInterval', { interval });
  await session.post('Profiler.start');
  const started = performance.now();
  await run();
  const wall = performance.now() - started;
  const { profile } = await session.post('Profiler.stop');
  return { profile, wall };
}

const msText = (us) => (us / 1000).toLocaleString('en-US', { maximumFractionDigits: 0 });
const pct = (part, whole) => `${((100 * part) / whole).toFixed(1)} %`;

function report(title, { profile, wall }, top, baselineLoad) {
  const summary = summarise(profile, baselineLoad);
  const busy = summary.total - (summary.modules.find((m) => m.name === '(idle)')?.self ?? 0);
  const lines = [`### ${title}`, '', `Wall time ${msText(wall * 1000)} ms; profiled ${msText(summary.total)} ms, of which not idle ${msText(busy)} ms. Percentages are of the profiled time.`, ''];
  lines.push('Time by phase (each sample goes to the innermost phase function on its stack):', '', '| Phase | ms | Share |', '| --- | ---: | ---: |');
  for (const p of summary.phases) lines.push(`| ${p.name} | ${msText(p.self)} | ${pct(p.self, summary.total)} |`);
  lines.push('', 'Self time by module:', '', '| Module | Self, ms | Share |', '| --- | ---: | ---: |');
  for (const m of summary.modules.filter((m) => m.self / summary.total >= 0.002)) lines.push(`| ${m.name} | ${msText(m.self)} | ${pct(m.self, summary.total)} |`);
  lines.push('', `Top ${top} functions by self time:`, '', '| Function | Where | Self, ms | Share |', '| --- | --- | ---: | ---: |');
  for (const f of summary.functions.slice(0, top)) lines.push(`| \`${f.name}\` | ${f.where} | ${msText(f.self)} | ${pct(f.self, summary.total)} |`);
  const own = summary.inclusive.filter((f) => f.module.startsWith('@sunlit/core') && f.total / summary.total >= 0.005);
  if (own.length > 0) {
    lines.push('', 'Total (inclusive) time of @sunlit/core functions (callees included; nested phases overlap):', '', '| Function | Where | Total, ms | Share |', '| --- | --- | ---: | ---: |');
    for (const f of own.slice(0, top)) lines.push(`| \`${f.name}\` | ${f.where} | ${msText(f.total)} | ${pct(f.total, summary.total)} |`);
  }
  const libraries = summary.inclusive.filter((f) => ['js-yaml', 'ajv'].includes(f.module) && ['load', 'parseEvents', 'constructFromEvents', 'validate'].includes(f.name));
  if (libraries.length > 0) {
    lines.push('', 'Total time of selected library entry points:', '', '| Function | Where | Total, ms | Share |', '| --- | --- | ---: | ---: |');
    for (const f of libraries) lines.push(`| \`${f.name}\` | ${f.where} | ${msText(f.total)} | ${pct(f.total, summary.total)} |`);
  }
  return lines.join('\n');
}

/**
 * Cost of each phase by ablation, without the profiler: cumulative pipelines over the same files,
 * interleaved (the order rotates each round) in this one process, a full GC before each run. The
 * library's reading is copied here from packages/core/src/node.ts and catalogue.ts (lstat, stat,
 * readFile to bytes, strict TextDecoder, BOM strip); parseYaml and validateSchema are the
 * library's own exports.
 */
async function ablation({ core, internals, load, files, folder, rounds }) {
  const { parseYaml, validateSchema } = internals;
  if (typeof parseYaml !== 'function' || typeof validateSchema !== 'function') {
    throw new Error('--phases needs parseYaml (dist/yaml.js) and validateSchema (dist/schema.js) of @sunlit/core; they were not found');
  }
  const gc = collector();
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const readLikeLibrary = async (file, entry) => {
    if (!entry) await lstat(file);
    await stat(file);
    const text = decoder.decode(await readFile(file));
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
  const each = async (work) => {
    for (let i = 0; i < files.length; i++) await work(files[i], i === 0);
  };
  const steps = [
    ['R', 'fs.readFile(file, "utf8") only', () => each((file) => readFile(file, 'utf8'))],
    ['A', 'js-yaml alone: R + load(text) with default options — the benchmark baseline', () => jsYamlAlone(files, load)],
    ['L', "the library's reading only: lstat + stat + readFile (bytes) + strict TextDecoder", () => each(readLikeLibrary)],
    ['P', 'L + parseYaml (js-yaml with the library options, then the alias check)', () => each(async (file, entry) => parseYaml(await readLikeLibrary(file, entry)))],
    ['S', 'P + validateSchema (ajv)', () => each(async (file, entry) => validateSchema(entry ? 'catalogue' : 'power', parseYaml(await readLikeLibrary(file, entry)).value, file))],
    ['F', 'loadCatalogueFromPath: S + listing, model building and references, problems', () => core.loadCatalogueFromPath(folder, { locale: 'zh-Hans' })],
  ];
  const times = new Map(steps.map(([id]) => [id, []]));
  process.stderr.write('Ablation warm-up ...\n');
  for (const [, , run] of steps) await run();
  for (let round = 0; round < rounds; round++) {
    const order = steps.map((_, i) => steps[(i + round) % steps.length]);
    const line = [];
    for (const [id, , run] of order) {
      gc();
      const started = performance.now();
      await run();
      const elapsed = performance.now() - started;
      times.get(id).push(elapsed);
      line.push(`${id} ${Math.round(elapsed)}`);
    }
    process.stderr.write(`  round ${round + 1}: ${line.join(', ')}\n`);
  }
  const m = Object.fromEntries([...times].map(([id, values]) => [id, median(values)]));
  const fmt = (value) => Math.round(value).toLocaleString('en-US');
  const lines = ['### Phase costs by ablation (no profiler)', '', `${rounds} interleaved rounds after a warm-up; medians.`, ''];
  lines.push('| Step | What runs | Median, ms | Range, ms | × baseline (A) |', '| --- | --- | ---: | ---: | ---: |');
  for (const [id, what] of steps) {
    const values = times.get(id);
    lines.push(`| ${id} | ${what} | ${fmt(m[id])} | ${fmt(Math.min(...values))}–${fmt(Math.max(...values))} | ${(m[id] / m.A).toFixed(2)} |`);
  }
  const overhead = m.F - m.A;
  const parts = [
    ['Reading the library\'s way instead of readFile(utf8): L − R', m.L - m.R],
    ['Parsing inside parseYaml instead of plain load: (P − L) − (A − R)', m.P - m.L - (m.A - m.R)],
    ['Schema validation: S − P', m.S - m.P],
    ['Model building, references, listing, problems (and the heap the model keeps): F − S', m.F - m.S],
  ];
  lines.push('', `Where the overhead F − A = ${fmt(overhead)} ms goes:`, '', '| Part | ms | Share of F − A |', '| --- | ---: | ---: |');
  for (const [name, value] of parts) lines.push(`| ${name} | ${fmt(value)} | ${((100 * value) / overhead).toFixed(0)} % |`);
  lines.push('', `Ratio F / A = ${(m.F / m.A).toFixed(2)}; without model building it would be S / A = ${(m.S / m.A).toFixed(2)}.`);
  lines.push('', 'Differences smaller than the ranges above are noise (on a shared machine the same step can vary by 20 % or more); a negative part means that part costs nothing measurable.');
  return lines.join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      powers: { type: 'string', default: '10000' },
      top: { type: 'string', default: '25' },
      interval: { type: 'string', default: '200' },
      baseline: { type: 'boolean', default: false },
      phases: { type: 'boolean', default: false },
      summarise: { type: 'string' },
      'validate-only': { type: 'boolean', default: false },
      lint: { type: 'boolean', default: false },
      rounds: { type: 'string', default: '5' },
    },
  });
  const powers = Number(values.powers);
  const top = Number(values.top);
  const interval = Number(values.interval);
  if (values.summarise) {
    // A profile recorded earlier, e.g. by `node --cpu-prof`: summarise it without running anything.
    const profile = JSON.parse(await readFile(values.summarise, 'utf8'));
    const baselineLoad = values.baseline;
    process.stdout.write(report(values.summarise, { profile, wall: (profile.endTime - profile.startTime) / 1000 }, top, baselineLoad) + '\n');
    return;
  }
  const { core, internals, loadCatalogueFromPath, load } = await modules();
  const { out: folder } = await ensureCatalogue(powers);
  const files = await catalogueFiles(folder);
  if (values.phases) {
    const m = machine();
    const build = await libraryBuild();
    const text = await ablation({ core, internals, load, files, folder, rounds: Number(values.rounds) });
    process.stdout.write(`## Phases: ${powers.toLocaleString('en-US')} powers, ${new Date().toISOString()}\n\n${m.cpu} (${m.cores} cores), Node ${m.node}; library build \`${build.fingerprint}\`${build.stale.length > 0 ? ' (stale!)' : ''}\n\n${text}\n`);
    return;
  }
  const options = values.lint ? { locale: 'zh-Hans', keepPowers: false, lint: true } : values['validate-only'] ? { locale: 'zh-Hans', keepPowers: false } : { locale: 'zh-Hans' };
  const label = values.lint ? '(l) loadCatalogueFromPath, keepPowers: false, lint: true' : values['validate-only'] ? '(c) loadCatalogueFromPath, keepPowers: false' : '(b) loadCatalogueFromPath';
  const library = () => loadCatalogueFromPath(folder, options);
  const baseline = () => jsYamlAlone(files, load);

  process.stderr.write('Warm-up ...\n');
  await baseline();
  await library();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  const sections = [];
  const m = machine();
  const build = await libraryBuild();
  sections.push(`## Profile: ${powers.toLocaleString('en-US')} powers, ${new Date().toISOString()}`, '', `${m.cpu} (${m.cores} cores), Node ${m.node}; library build \`${build.fingerprint}\`${build.stale.length > 0 ? ' (stale!)' : ''}; sampling every ${interval} µs, one run after a warm-up.`, '');
  if (values.baseline) {
    process.stderr.write('Profiling js-yaml alone ...\n');
    const recorded = await record(session, baseline, interval);
    await writeFile(join(defaultOut(powers), '..', `profile-${powers}-baseline.cpuprofile`), JSON.stringify(recorded.profile));
    sections.push(report('(a) js-yaml alone', recorded, top, true), '');
  }
  process.stderr.write('Profiling loadCatalogueFromPath ...\n');
  const recorded = await record(session, library, interval);
  const file = join(defaultOut(powers), '..', `profile-${powers}.cpuprofile`);
  await writeFile(file, JSON.stringify(recorded.profile));
  sections.push(report(label, recorded, top, false));
  session.disconnect();
  process.stdout.write(sections.join('\n') + '\n');
  process.stderr.write(`Saved ${file}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`bench/profile.mjs: ${error.stack ?? error}\n`);
    process.exitCode = 2;
  });
}
