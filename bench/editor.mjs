#!/usr/bin/env node
/**
 * Editor benchmark in real Chromium: how long a 200-state flow takes from opening the page to a
 * laid-out canvas, and the frame times while a node is dragged across it. Baseline in the same run:
 * the same measurements on a 10-state flow of the same shape. Run with `pnpm bench:editor`.
 *
 *   node bench/editor.mjs [--rounds 5] [--states 200]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' }, states: { type: 'string', default: '200' } } });
const rounds = Number(values.rounds);
const big = Number(values.states);
const repository = new URL('../', import.meta.url).pathname;

/** A flow of `count` steps: a main line with a branch every fifth step and a parallel review group. */
function flowYaml(code, count) {
  const lines = [`code: ${code}`, `name: 基准流程${count}`, 'category: other', 'department: d', 'basis: [l 1]', 'flow:', '  initial: s0', '  states:'];
  for (let index = 0; index < count; index++) {
    const last = index === count - 1;
    lines.push(`    s${index}:`);
    if (last) {
      lines.push('      type: final', '      outcome: decided', '      remedies: true');
      continue;
    }
    lines.push('      step: review', `      actor: 承办人${index % 7}`);
    if (index % 10 === 3) lines.push('      deadline: { within: 5, unit: workday }', '      risk: { level: high, text: 风险, controls: [留痕], owner: 负责人 }');
    lines.push('      on:', `        下一步: s${index + 1}`);
    if (index % 5 === 4 && index + 3 < count) lines.push(`        退回: s${Math.max(0, index - 2)}`, `        跳过: s${index + 3}`);
  }
  return lines.join('\n') + '\n';
}

const folder = mkdtempSync(join(tmpdir(), 'sunlit-bench-editor-'));
mkdirSync(join(folder, 'powers'));
writeFileSync(
  join(folder, 'catalogue.yaml'),
  ['sunlit: 1', 'id: bench', 'title: 编辑器基准', 'authority: 基准', 'edition: "1"', 'departments: [{ id: d, name: 部门 }]', 'laws: [{ id: l, title: 法, articles: { "1": 条文 } }]', 'powers: [powers/*.yaml]', ''].join('\n'),
);
writeFileSync(join(folder, 'powers/small.yaml'), flowYaml('SMALL-1', 10));
writeFileSync(join(folder, 'powers/big.yaml'), flowYaml('BIG-1', big));

const server = spawn(process.execPath, [join(repository, 'packages/cli/dist/bin.js'), 'edit', folder, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
  let output = '';
  server.stdout.on('data', (chunk) => {
    output += chunk;
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
    if (url) resolve(url);
  });
  server.on('exit', (code) => reject(new Error(`sunlit edit exited with ${code}`)));
});

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });

/** Opens one power: ms from navigation to every node drawn, then frame times while dragging. */
async function measure(code, states) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(`${base}?power=${code}`);
  await page.waitForFunction((count) => document.querySelectorAll('.react-flow__node[data-state]').length >= count, states, { timeout: 60_000 });
  const loadMs = Date.now() - started;
  // Opening the flow from the catalogue panel in an editor already open on another power.
  const other = code === 'BIG-1' ? 'SMALL-1' : 'BIG-1';
  await page.locator('.sl-catalogue .sl-power', { hasText: other }).click();
  await page.waitForFunction((id) => document.querySelector(`.sl-power[aria-current="page"]`)?.textContent?.includes(id) && document.querySelector('.react-flow__node[data-state="s1"]'), other);
  const switched = Date.now();
  await page.locator('.sl-catalogue .sl-power', { hasText: code }).click();
  await page.waitForFunction((count) => document.querySelectorAll('.react-flow__node[data-state]').length >= count && document.querySelectorAll('.react-flow__node[data-state]').length <= count + 1, states, { timeout: 60_000 });
  const switchMs = Date.now() - switched;
  const target = page.locator('.react-flow__node[data-state="s1"]');
  const box = await target.boundingBox();
  await page.evaluate(() => {
    const times = [];
    let last = performance.now();
    const tick = (now) => {
      times.push(now - last);
      last = now;
      if (window.__frames !== undefined) requestAnimationFrame(tick);
    };
    window.__frames = times;
    requestAnimationFrame(tick);
  });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 60; step++) await page.mouse.move(box.x + box.width / 2 + step * 4, box.y + box.height / 2 + step * 2);
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const times = window.__frames.slice(1);
    window.__frames = undefined;
    return times;
  });
  await context.close();
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { loadMs, switchMs, frameMedian: at(0.5), frameP95: at(0.95), frames: frames.length };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const results = { small: [], big: [] };
await measure('SMALL-1', 10); // warm the browser's caches once
for (let round = 0; round < rounds; round++) {
  results.small.push(await measure('SMALL-1', 10));
  results.big.push(await measure('BIG-1', big));
  const s = results.small.at(-1);
  const b = results.big.at(-1);
  console.log(`round ${round + 1}: ${big} states ${b.loadMs} ms page, ${b.switchMs} ms from the catalogue panel (frames median ${b.frameMedian.toFixed(1)} ms, p95 ${b.frameP95.toFixed(1)} ms); 10 states ${s.loadMs} ms page, ${s.switchMs} ms from the panel (frames ${s.frameMedian.toFixed(1)} / ${s.frameP95.toFixed(1)} ms)`);
}
const ratio = results.big.map((b, index) => b.loadMs / results.small[index].loadMs);
const switchRatio = results.big.map((b, index) => b.switchMs / results.small[index].switchMs);
console.log(`\n${big}-state flow opened from the catalogue panel (load + auto-layout + draw): median ${median(results.big.map((r) => r.switchMs))} ms (baseline 10-state flow ${median(results.small.map((r) => r.switchMs))} ms; ratio median ${median(switchRatio).toFixed(2)})`);
console.log(`${big}-state flow: whole page open + lay out median ${median(results.big.map((r) => r.loadMs))} ms (baseline 10-state flow ${median(results.small.map((r) => r.loadMs))} ms; ratio median ${median(ratio).toFixed(2)})`);
console.log(`dragging on the ${big}-state flow: frame time median ${median(results.big.map((r) => r.frameMedian)).toFixed(1)} ms, p95 ${median(results.big.map((r) => r.frameP95)).toFixed(1)} ms (10-state: ${median(results.small.map((r) => r.frameMedian)).toFixed(1)} / ${median(results.small.map((r) => r.frameP95)).toFixed(1)} ms)`);
await browser.close();
server.kill();
