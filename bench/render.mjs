#!/usr/bin/env node
/**
 * Benchmark (not a timed test): rendering flow charts to SVG with @sunlit/render (ELK layered layout
 * via elkjs, then the SVG as a string) against Graphviz `dot -Tsvg` laying out and rendering the same
 * graphs. Goal (issue 5): the ratio ours / dot is at most 1.0.
 *
 *   node bench/render.mjs [--powers N] [--rounds R] [--publish 1000,10000] [--publish-timeout S] [--json FILE]
 *
 * Defaults: N = 1000, R = 3, publish sizes 1000,10000, timeout 180 s per publish.
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
 *   (C) dot, one process per graph: `dot -Tsvg` spawned for each graph, one after the other;
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

function dotBatch(all, count) {
  const child = spawnSync('dot', ['-Tsvg'], { input: all, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (child.status !== 0) throw new Error(`dot failed (${child.status}): ${child.stderr.slice(0, 500)}`);
  const svgs = child.stdout.split('<svg ').length - 1;
  if (svgs !== count) throw new Error(`dot wrote ${svgs} SVGs for ${count} graphs`);
  return child.stdout.length;
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
  return { ms, rss, laid: summary.laid, cached: summary.cached, files: summary.files };
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

async function publishRuns(sizes, timeoutMs) {
  const results = [];
  for (const size of sizes) {
    const { out: source } = await ensureCatalogue(size);
    const work = join(benchDir, '.data', `publish-${size}`);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const folder = join(work, 'catalogue');
    cpSync(source, folder, { recursive: true });
    const out = join(work, 'site');
    const row = { powers: size };
    log(`Publish ${size} powers: first ...`);
    row.first = timePublish(folder, out, timeoutMs);
    if (row.first.timedOut) {
      log(`  stopped after ${(row.first.ms / 1000).toFixed(0)} s`);
      results.push(row);
      continue;
    }
    log(`  ${(row.first.ms / 1000).toFixed(1)} s; republish unchanged ...`);
    row.again = timePublish(folder, out, timeoutMs);
    log(`  ${(row.again.ms / 1000).toFixed(1)} s; republish after one change ...`);
    changeOnePower(folder);
    row.changed = timePublish(folder, out, timeoutMs);
    log(`  ${(row.changed.ms / 1000).toFixed(1)} s`);
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
      rounds: { type: 'string', default: '3' },
      publish: { type: 'string', default: '1000,10000' },
      'publish-timeout': { type: 'string', default: '180' },
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
  const all = dots.join('');
  const dotVersion = spawnSync('dot', ['-V'], { encoding: 'utf8' }).stderr.trim();

  log(`Warm-up (${powers.length} flows, ${Math.min(...sizes)}–${Math.max(...sizes)} boxes) ...`);
  const cache = new Map();
  const warm = {
    A: await timed(() => renderAll(render, powers, cache), gc),
    B: await timed(() => dotBatch(all, dots.length), gc),
    C: await timed(() => dotEach(dots.slice(0, 50)), gc),
  };
  log(`  ours ${ms(warm.A.ms)} ms, dot (one process) ${ms(warm.B.ms)} ms, dot per graph (50) ${ms(warm.C.ms)} ms`);

  const kinds = {
    A: () => renderAll(render, powers),
    B: () => dotBatch(all, dots.length),
    C: () => dotEach(dots),
    D: () => renderAll(render, powers, cache),
  };
  const times = { A: [], B: [], C: [], D: [] };
  const bytes = {};
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? ['A', 'B', 'C', 'D'] : ['D', 'C', 'B', 'A'];
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
    ratios: { AB: ratio('A', 'B'), AC: ratio('A', 'C'), DB: ratio('D', 'B'), AD: ratio('A', 'D') },
    svgBytes: { ours: bytes.A, dot: bytes.B },
  };

  const sizesToPublish = values.publish === '' ? [] : values.publish.split(',').map(Number);
  results.publish = await publishRuns(sizesToPublish, Number(values['publish-timeout']) * 1000);
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
  row('(A) ours: chartGraph + elkjs layout + SVG', 'A');
  row('(B) `dot -Tsvg`, all graphs in one process', 'B');
  row('(C) `dot -Tsvg`, one process per graph', 'C');
  row('(D) ours, second render (layout from the content cache)', 'D');
  out.push('');
  const verdict = results.ratios.AB <= target ? 'meets' : 'does NOT meet';
  out.push(`**Headline (A)/(B), against dot in one process: ${results.ratios.AB.toFixed(2)}× — ${verdict} the goal of ${target.toFixed(1)}.**`);
  out.push(`(A)/(C), against one dot process per graph: ${results.ratios.AC.toFixed(2)}×. Cached (D)/(B): ${results.ratios.DB.toFixed(2)}×; the cache makes a re-render ${results.ratios.AD.toFixed(0)}× faster.`);
  out.push(`SVG output: ours ${(bytes.A / 1e6).toFixed(1)} MB, dot ${(bytes.B / 1e6).toFixed(1)} MB.`);
  if (results.publish.length > 0) {
    out.push('');
    out.push('## Publish (`sunlit publish <generated catalogue> --out <dir>`, child process, wall clock, peak RSS)');
    out.push('');
    out.push('| Powers | first | republish, unchanged | republish, one power changed | first / one changed |');
    out.push('| ---: | ---: | ---: | ---: | ---: |');
    const cell = (run) => (run === undefined ? '—' : run.timedOut ? `stopped after ${ms(run.ms / 1000)} s` : `${(run.ms / 1000).toFixed(1)} s, ${mb(run.rss)} MiB (laid ${run.laid}, cached ${run.cached})`);
    for (const entry of results.publish) {
      const speedup = entry.changed && !entry.changed.timedOut ? `${(entry.first.ms / entry.changed.ms).toFixed(1)}×` : '—';
      out.push(`| ${entry.powers.toLocaleString('en-US')} | ${cell(entry.first)} | ${cell(entry.again)} | ${cell(entry.changed)} | ${speedup} |`);
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
