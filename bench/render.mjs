#!/usr/bin/env node
/**
 * Benchmark (not a timed test): rendering flow charts to SVG with @sunlit/render (its own layered
 * layout, then the SVG as a string) against Graphviz `dot -Tsvg` laying out and rendering the same
 * graphs. Goal (issue 5): the ratio ours / dot is at most 1.0.
 *
 *   node bench/render.mjs [--powers N] [--rounds R] [--per-process] [--publish 1000,10000] [--publish-rounds R] [--publish-timeout S] [--json FILE]
 *
 * Defaults: N = 1000, R = 5, no (C) (one dot process per graph costs about a minute a round), publish
 * size 1000 in 3 rounds (--publish-rounds; 10,000 takes several minutes: ask for it, one round),
 * timeout 1800 s per publish.
 *
 * The flows: every power of examples/shenyang, plus the first N powers of the generated catalogue
 * (bench/generate.mjs, bench/.data/catalogue-N; 10–30 states, nested and parallel states). Each is
 * turned into a chart graph once (`chartGraph`, zh-Hans) to write the DOT text of the baseline: the
 * same boxes with the same labels (title, details, badges) and shapes (rounded boxes for start and
 * end, boxes for steps, diamonds for guarded branches), a cluster for every compound or parallel
 * state, and the same edges with their labels. Writing the DOT text is not timed.
 *
 * Measured in this one process, after a warm-up, in R rounds whose order alternates (A B C D, then
 * D C B A, ...), with a full GC before each:
 *   (A) ours: for each flow, chartGraph + layoutChart (no cache) + renderSvg;
 *   (B) dot, all graphs in one process: one `dot -Tsvg` reading a file of all the graphs on stdin;
 *   (C) dot, one process per graph: `dot -Tsvg` spawned for each graph, one after the other (only
 *       with --per-process);
 *   (D) ours again with a warm content cache (a Map): chartGraph + layoutChart (cache hit) + renderSvg,
 *       i.e. a second, unchanged render.
 * Ratios are medians of the per-round ratios. The headline is A / B (dot in one process, as the issue
 * asks); A / C is reported too. Then `sunlit publish` is timed (wall clock and peak RSS, in a child
 * process) on generated catalogues: first publish, republish unchanged, republish after one power
 * changed. The report (Markdown) goes to stdout, progress to stderr.
 *
 *   node bench/render.mjs --probe ours [--powers N]   renders every flow once (for node --cpu-prof)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { collector, ensureCatalogue, machine, median } from './validate.mjs';

export const target = 1.0;
const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, '..');
const cliBin = join(root, 'packages', 'cli', 'dist', 'bin.js');
const shenyang = join(root, 'examples', 'shenyang');
const log = (line) => process.stderr.write(line + '\n');

/** The library and the renderer as the CLI imports them (its workspace dependencies). */
async function modules() {
  const fromCli = createRequire(join(root, 'packages', 'cli', 'package.json'));
  const [core, render] = await Promise.all([
    import(pathToFileURL(fromCli.resolve('@sunlit/core/node')).href),
    import(pathToFileURL(fromCli.resolve('@sunlit/render')).href),
  ]);
  if (typeof render.layoutChart !== 'function') throw new Error('packages/render/dist is missing or stale; run `pnpm -s build`');
  return { loadCatalogueFromPath: core.loadCatalogueFromPath, render };
}

async function loadPowers(loadCatalogueFromPath, folder, expect) {
  const result = await loadCatalogueFromPath(folder, { locale: 'zh-Hans' });
  if (result.catalogue === undefined || result.problems.some((problem) => problem.severity !== 'warning')) {
    const first = result.problems[0];
    throw new Error(`${folder} did not load` + (first ? ` (first problem: ${first.file}:${first.line} ${first.code} ${first.message})` : ''));
  }
  if (expect !== undefined && result.catalogue.powers.length !== expect) throw new Error(`${folder}: expected ${expect} powers, got ${result.catalogue.powers.length}`);
  return result.catalogue.powers;
}

// ---------------------------------------------------------------------------------------------
// The same graph in DOT

const quote = (text) => '"' + String(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';

/** The DOT text of a chart graph: same labels, shapes, clusters for groups, labelled edges. */
export function toDot(graph) {
  const ids = new Map();
  const clusters = new Map();
  const leafOf = new Map();
  const lines = [
    'digraph G {',
    `  graph [rankdir=${graph.direction === 'LR' ? 'LR' : 'TB'}, compound=true, fontname="Noto Sans CJK SC", fontsize=14, nodesep=0.4, ranksep=0.55, label=${quote(graph.name)}, labelloc=t];`,
    '  node [shape=box, fontname="Noto Sans CJK SC", fontsize=12, margin="0.12,0.06"];',
    '  edge [fontname="Noto Sans CJK SC", fontsize=12];',
  ];
  const label = (node) => [...node.title, ...node.details, ...node.badges.map((badge) => `[${badge.text}]`)].join('\n');
  const firstLeaf = (node) => (node.children.length === 0 ? node.id : firstLeaf(node.children[0]));
  const emit = (nodes, indent) => {
    for (const node of nodes) {
      if (node.children.length > 0) {
        const name = `cluster_${clusters.size}`;
        clusters.set(node.id, name);
        leafOf.set(node.id, firstLeaf(node));
        lines.push(`${indent}subgraph ${name} {`, `${indent}  label=${quote(node.title.join('\n'))}; style=${node.shape === 'parallel' ? '"dashed,rounded"' : 'rounded'};`);
        emit(node.children, indent + '  ');
        lines.push(`${indent}}`);
        continue;
      }
      const id = `n${ids.size}`;
      ids.set(node.id, id);
      const shape = node.shape === 'decision' ? 'shape=diamond' : node.shape === 'start' || node.shape === 'end' ? 'style=rounded' : '';
      lines.push(`${indent}${id} [label=${quote(label(node))}${shape ? ', ' + shape : ''}];`);
    }
  };
  emit(graph.nodes, '  ');
  const end = (nodeId) => ids.get(leafOf.get(nodeId) ?? nodeId) ?? ids.get(nodeId);
  for (const edge of graph.edges) {
    const attributes = [];
    if (edge.label.length > 0) attributes.push(`label=${quote(edge.label.join('\n'))}`);
    if (clusters.has(edge.source)) attributes.push(`ltail=${clusters.get(edge.source)}`);
    if (clusters.has(edge.target)) attributes.push(`lhead=${clusters.get(edge.target)}`);
    // dot drops an edge whose head and tail clusters contain each other; keep it without lhead/ltail then.
    const from = end(edge.source);
    const to = end(edge.target);
    if (from === undefined || to === undefined) throw new Error(`edge ${edge.id}: unknown end`);
    lines.push(`  ${from} -> ${to}${attributes.length ? ' [' + attributes.join(', ') + ']' : ''};`);
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

const countNodes = (nodes) => nodes.reduce((sum, node) => sum + (node.children.length > 0 ? 1 + countNodes(node.children) : 1), 0);

// ---------------------------------------------------------------------------------------------
// The runs

async function renderAll(render, powers, cache) {
  let bytes = 0;
  for (const power of powers) {
    const graph = render.chartGraph(power, { locale: 'zh-Hans' });
    const layout = await render.layoutChart(graph, cache ? { cache } : {});
    bytes += render.renderSvg(layout, { locale: 'zh-Hans' }).length;
  }
  return bytes;
}

/** One `dot -Tsvg` process over a file of graphs; undefined when dot crashes. */
function dotRun(input) {
  const child = spawnSync('dot', ['-Tsvg'], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  return child.status === 0 ? child : undefined;
}

/**
 * Graphviz 2.43 (Debian's) corrupts its heap on some sequences of these graphs in one process (e.g.
 * generated graphs 373 then 375: "malloc(): smallbin double linked list corrupted", or a segfault),
 * while each graph alone is fine. So the baseline runs the graphs in as few processes as dot allows:
 * the longest prefix that works, found by bisection once before timing (not timed), then the rest.
 */
function dotBatches(dots) {
  const batches = [];
  let start = 0;
  while (start < dots.length) {
    let low = start + 1; // a single graph always works
    let high = dots.length;
    if (dotRun(dots.slice(start, high).join('')) !== undefined) low = high;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (dotRun(dots.slice(start, middle).join('')) !== undefined) low = middle;
      else high = middle - 1;
    }
    batches.push(dots.slice(start, low).join(''));
    start = low;
  }
  return batches;
}

/**
 * The batches, one dot process each. The heap corruption is not deterministic: a batch that worked
 * may crash another time. A crashed process is run again (at most 5 times), and only the time of the
 * processes that completed counts, so a crash never makes dot look slower.
 */
let dotRetries = 0;
function dotBatch(batches, count) {
  let bytes = 0;
  let svgs = 0;
  let ms = 0;
  for (const input of batches) {
    let child;
    for (let attempt = 0; child === undefined; attempt++) {
      if (attempt === 5) throw new Error('dot crashed 5 times on one batch');
      if (attempt > 0) dotRetries++;
      const started = performance.now();
      child = dotRun(input);
      if (child !== undefined) ms += performance.now() - started;
    }
    svgs += child.stdout.split('<svg ').length - 1;
    bytes += child.stdout.length;
  }
  if (svgs !== count) throw new Error(`dot wrote ${svgs} SVGs for ${count} graphs`);
  return { bytes, ms };
}

function dotEach(dots) {
  let bytes = 0;
  for (const text of dots) {
    const child = spawnSync('dot', ['-Tsvg'], { input: text, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (child.status !== 0) throw new Error(`dot failed (${child.status}): ${child.stderr.slice(0, 500)}`);
    bytes += child.stdout.length;
  }
  return bytes;
}

async function timed(run, gc) {
  gc();
  const started = performance.now();
  const value = await run();
  // A run that times itself (dot, without its crashed processes) says how long it took.
  if (value !== null && typeof value === 'object' && 'ms' in value) return { ms: value.ms, value: value.bytes };
  return { ms: performance.now() - started, value };
}

// ---------------------------------------------------------------------------------------------
// Publish

const exitHook = 'data:text/javascript,' + encodeURIComponent('process.on("exit",()=>process.stderr.write("\\nBENCH-MAXRSS "+process.resourceUsage().maxRSS*1024+"\\n"))');

function timePublish(folder, out, timeoutMs) {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', exitHook, cliBin, 'publish', folder, '--out', out, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: timeoutMs });
  const ms = performance.now() - started;
  if (child.error?.code === 'ETIMEDOUT' || child.signal === 'SIGTERM') return { ms, timedOut: true };
  if (child.status !== 0) throw new Error(`sunlit publish ${folder} failed (${child.status}): ${child.stderr.slice(0, 800)}`);
  const summary = JSON.parse(child.stdout);
  const rss = Number(/BENCH-MAXRSS (\d+)/.exec(child.stderr)?.[1]);
  return { ms, rss, laid: summary.laid, cached: summary.cached, reused: summary.reused, files: summary.files };
}

/** One power's name changed in a copy of the catalogue, which changes its chart (the title). */
function changeOnePower(folder) {
  const powers = join(folder, 'powers');
  const department = readdirSync(powers).sort()[0];
  const file = join(powers, department, readdirSync(join(powers, department)).filter((name) => name.endsWith('.yaml')).sort()[0]);
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(/^name: (.*)$/m, (_, name) => `name: ${name}（修订）`);
  if (changed === text) throw new Error(`no name line in ${file}`);
  writeFileSync(file, changed);
  return file;
}

/**
 * Per size, R rounds (1 for sizes over 2,000: a first publish of 10,000 takes minutes), each: a first
 * publish into an empty folder, then a republish after one more change to the same power. The ratio
 * of a round compares two runs a minute apart at most, so a slow spell of the shared machine weighs
 * on both; the headline is the median of the rounds' ratios. Round 1 also republishes unchanged.
 */
async function publishRuns(sizes, timeoutMs, rounds) {
  const results = [];
  for (const size of sizes) {
    const { out: source } = await ensureCatalogue(size);
    const work = join(benchDir, '.data', `publish-${size}`);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const folder = join(work, 'catalogue');
    cpSync(source, folder, { recursive: true });
    const out = join(work, 'site');
    const row = { powers: size, firsts: [], changes: [] };
    const count = size > 2000 ? 1 : rounds;
    for (let round = 0; round < count; round++) {
      rmSync(out, { recursive: true, force: true });
      rmSync(`${out}.previous`, { recursive: true, force: true });
      log(`Publish ${size} powers, round ${round + 1}/${count}: first ...`);
      const first = timePublish(folder, out, timeoutMs);
      row.firsts.push(first);
      if (first.timedOut) {
        log(`  stopped after ${(first.ms / 1000).toFixed(0)} s`);
        break;
      }
      if (round === 0) {
        log(`  ${(first.ms / 1000).toFixed(1)} s; republish unchanged ...`);
        row.again = timePublish(folder, out, timeoutMs);
      }
      log(`  ${((round === 0 ? row.again : first).ms / 1000).toFixed(1)} s; republish after one change ...`);
      changeOnePower(folder);
      row.changes.push(timePublish(folder, out, timeoutMs));
      log(`  ${(row.changes.at(-1).ms / 1000).toFixed(1)} s`);
    }
    row.first = row.firsts[0];
    const ok = row.changes.filter((run) => !run.timedOut);
    row.ratios = ok.map((run, index) => row.firsts[index].ms / run.ms);
    results.push(row);
  }
  return results;
}

// ---------------------------------------------------------------------------------------------

const ms = (value) => Math.round(value).toLocaleString('en-US');
const per = (value, count) => (value / count).toFixed(2);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);

async function main() {
  const { values } = parseArgs({
    options: {
      powers: { type: 'string', default: '1000' },
      rounds: { type: 'string', default: '5' },
      'per-process': { type: 'boolean', default: false },
      publish: { type: 'string', default: '1000' },
      'publish-timeout': { type: 'string', default: '1800' },
      'publish-rounds': { type: 'string', default: '3' },
      json: { type: 'string' },
      probe: { type: 'string' },
    },
  });
  const count = Number(values.powers);
  const rounds = Number(values.rounds);
  const { loadCatalogueFromPath, render } = await modules();
  const { out: generated } = await ensureCatalogue(count);
  log('Loading the flows ...');
  const powers = [...(await loadPowers(loadCatalogueFromPath, shenyang)), ...(await loadPowers(loadCatalogueFromPath, generated, count))];
  if (values.probe === 'ours') {
    const started = performance.now();
    await renderAll(render, powers);
    log(`rendered ${powers.length} flows in ${ms(performance.now() - started)} ms`);
    return;
  }
  const gc = collector();
  const graphs = powers.map((power) => render.chartGraph(power, { locale: 'zh-Hans' }));
  const sizes = graphs.map((graph) => countNodes(graph.nodes));
  const edges = graphs.reduce((sum, graph) => sum + graph.edges.length, 0);
  const dots = graphs.map(toDot);
  log(`Splitting the graphs into as few dot processes as Graphviz allows ...`);
  const all = dotBatches(dots);
  log(`  ${all.length} process(es): ${all.map((batch) => batch.split('digraph G').length - 1).join(' + ')} graphs`);
  const spawnCost = median([0, 1, 2, 3, 4].map(() => {
    const started = performance.now();
    spawnSync('dot', ['-Tsvg'], { input: 'digraph G {}\n', encoding: 'utf8' });
    return performance.now() - started;
  }));
  const dotVersion = spawnSync('dot', ['-V'], { encoding: 'utf8' }).stderr.trim();

  log(`Warm-up (${powers.length} flows, ${Math.min(...sizes)}–${Math.max(...sizes)} boxes) ...`);
  const cache = new Map();
  const perProcess = values['per-process'];
  const warm = {
    A: await timed(() => renderAll(render, powers, cache), gc),
    B: await timed(() => dotBatch(all, dots.length), gc),
    ...(perProcess && { C: await timed(() => dotEach(dots.slice(0, 50)), gc) }),
  };
  log(`  ours ${ms(warm.A.ms)} ms, dot (one process) ${ms(warm.B.ms)} ms` + (warm.C ? `, dot per graph (50) ${ms(warm.C.ms)} ms` : ''));

  const kinds = {
    A: () => renderAll(render, powers),
    B: () => dotBatch(all, dots.length),
    C: () => dotEach(dots),
    D: () => renderAll(render, powers, cache),
  };
  const times = { A: [], B: [], D: [], ...(perProcess && { C: [] }) };
  const bytes = {};
  const forward = perProcess ? ['A', 'B', 'C', 'D'] : ['A', 'B', 'D'];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? forward : [...forward].reverse();
    for (const kind of order) {
      const result = await timed(kinds[kind], gc);
      times[kind].push(result.ms);
      bytes[kind] = result.value;
    }
    log(`Round ${round + 1}/${rounds}: ` + order.map((kind) => `${kind} ${ms(times[kind].at(-1))} ms`).join(', '));
  }
  const ratio = (x, y) => median(times[x].map((value, index) => value / times[y][index]));
  const results = {
    machine: machine(),
    dot: dotVersion,
    flows: powers.length,
    boxes: { min: Math.min(...sizes), median: median(sizes), max: Math.max(...sizes) },
    edges,
    rounds,
    times,
    medians: Object.fromEntries(Object.keys(times).map((kind) => [kind, median(times[kind])])),
    ratios: { AB: ratio('A', 'B'), ...(perProcess && { AC: ratio('A', 'C') }), DB: ratio('D', 'B'), AD: ratio('A', 'D') },
    rangeAB: [Math.min(...times.A.map((value, index) => value / times.B[index])), Math.max(...times.A.map((value, index) => value / times.B[index]))],
    svgBytes: { ours: bytes.A, dot: bytes.B },
    dotProcesses: all.length,
    dotRetries,
    dotSpawnMs: spawnCost,
  };

  const sizesToPublish = values.publish === '' ? [] : values.publish.split(',').map(Number);
  results.publish = await publishRuns(sizesToPublish, Number(values['publish-timeout']) * 1000, Number(values['publish-rounds']));
  if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2) + '\n');

  const m = results.medians;
  const n = powers.length;
  const out = [];
  out.push(`## Render: ${n} flows (${results.boxes.min}–${results.boxes.max} boxes, median ${results.boxes.median}; ${edges.toLocaleString('en-US')} edges), ${rounds} rounds`);
  out.push('');
  out.push(`Machine: ${results.machine.cpu} (${results.machine.cores} cores, ${results.machine.memory}), Node ${results.machine.node}, ${results.machine.platform}; ${dotVersion}.`);
  out.push('');
  out.push('| Run | median | per flow | rounds (ms) |');
  out.push('| --- | ---: | ---: | --- |');
  const row = (label, kind) => out.push(`| ${label} | ${ms(m[kind])} ms | ${per(m[kind], n)} ms | ${times[kind].map(ms).join(', ')} |`);
  row('(A) ours: chartGraph + layered layout + SVG', 'A');
  row(all.length === 1 ? '(B) `dot -Tsvg`, all graphs in one process' : `(B) \`dot -Tsvg\`, all graphs in ${all.length} processes (Graphviz crashes on longer runs)`, 'B');
  if (perProcess) row('(C) `dot -Tsvg`, one process per graph', 'C');
  row('(D) ours, second render (layout from the content cache)', 'D');
  out.push('');
  const verdict = results.ratios.AB <= target ? 'meets' : 'does NOT meet';
  out.push(`**Headline (A)/(B), against dot in one process: ${results.ratios.AB.toFixed(2)}× (rounds ${results.rangeAB.map((value) => value.toFixed(2)).join('–')}) — ${verdict} the goal of ${target.toFixed(1)}.**`);
  out.push((perProcess ? `(A)/(C), against one dot process per graph: ${results.ratios.AC.toFixed(2)}×. ` : '') + `Cached (D)/(B): ${results.ratios.DB.toFixed(2)}×; the cache makes a re-render ${results.ratios.AD.toFixed(1)}× faster.`);
  out.push(`SVG output: ours ${(bytes.A / 1e6).toFixed(1)} MB, dot ${(bytes.B / 1e6).toFixed(1)} MB.`);
  if (dotRetries > 0) out.push(`dot crashed ${dotRetries} time(s) on a batch that had worked (Graphviz 2.43's heap corruption is not deterministic); those processes were run again and their time not counted.`);
  if (all.length > 1) out.push(`(B) ran in ${all.length} dot processes (${all.map((batch) => batch.split('digraph G').length - 1).join(' + ')} graphs); starting one costs about ${spawnCost.toFixed(0)} ms, ${((100 * (all.length - 1) * spawnCost) / m.B).toFixed(1)} % of (B)'s median for the extra ones.`);
  if (results.publish.length > 0) {
    out.push('');
    out.push('## Publish (`sunlit publish <generated catalogue> --out <dir>`, child process, wall clock, peak RSS)');
    out.push('');
    out.push('| Powers | rounds | first publish | republish, unchanged | republish, one power changed | first / changed, per round |');
    out.push('| ---: | ---: | ---: | ---: | ---: | ---: |');
    const cell = (run) => (run === undefined ? '—' : run.timedOut ? `stopped after ${ms(run.ms / 1000)} s` : `${(run.ms / 1000).toFixed(1)} s, ${mb(run.rss)} MiB`);
    const cells = (runs) => runs.map(cell).join('; ');
    for (const entry of results.publish) {
      const ratios = entry.ratios.length === 0 ? '—' : `**${median(entry.ratios).toFixed(1)}×** (${entry.ratios.map((value) => value.toFixed(1) + '×').join(', ')})`;
      out.push(`| ${entry.powers.toLocaleString('en-US')} | ${entry.firsts.length} | ${cells(entry.firsts)} | ${cell(entry.again)} | ${cells(entry.changes)} | ${ratios} |`);
    }
    out.push('');
    for (const entry of results.publish) {
      const run = entry.changes[0];
      if (run !== undefined && !run.timedOut) out.push(`${entry.powers.toLocaleString('en-US')} powers: a first publish writes ${entry.first.files.toLocaleString('en-US')} files; after one change ${run.reused.toLocaleString('en-US')} were kept from the previous site and ${(run.files - run.reused).toLocaleString('en-US')} made again; ${run.laid} charts laid out.`);
    }
  }
  process.stdout.write(out.join('\n') + '\n');
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`bench/render.mjs: ${error.stack ?? error}\n`);
    process.exitCode = 2;
  });
}
