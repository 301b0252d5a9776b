#!/usr/bin/env node
/**
 * Renders flow charts to PNG in headless Chromium, to look at them: every power of a catalogue
 * (default examples/shenyang), or the first N powers of a generated one.
 *
 *   node scripts/chart-shots.mjs [catalogue] [--out DIR] [--limit N] [--codes A,B] [--locale zh-Hans|en]
 *
 * Needs `pnpm build` and Debian's chromium (CHROMIUM_PATH to override) with fonts-noto-cjk.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const fromCli = createRequire(join(root, 'packages', 'cli', 'package.json'));
const { loadCatalogueFromPath } = await import(pathToFileURL(fromCli.resolve('@sunlit/core/node')).href);
const { renderFlow } = await import(pathToFileURL(fromCli.resolve('@sunlit/render')).href);
const { chromium } = await import('playwright-core');

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: '/tmp/sunlit-shots' }, limit: { type: 'string', default: '1000000' }, locale: { type: 'string', default: 'zh-Hans' }, codes: { type: 'string' } } });
const folder = resolve(positionals[0] ?? join(root, 'examples', 'shenyang'));
const loaded = await loadCatalogueFromPath(folder);
if (loaded.catalogue === undefined) throw new Error(`${folder} did not load`);
const wanted = values.codes?.split(',');
const powers = loaded.catalogue.powers.filter((power) => wanted === undefined || wanted.includes(power.code)).slice(0, Number(values.limit));
mkdirSync(values.out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const power of powers) {
  const { svg, layout } = await renderFlow(power, { locale: values.locale });
  await page.setViewportSize({ width: Math.min(4000, layout.width + 20), height: Math.min(8000, layout.height + 20) });
  await page.setContent(`<!DOCTYPE html><html><body style="margin:10px;background:#fff">${svg}</body></html>`);
  const file = join(values.out, `${power.code}.png`);
  await page.screenshot({ path: file, fullPage: true });
  writeFileSync(join(values.out, `${power.code}.svg`), svg);
  process.stdout.write(`${file} ${layout.width}×${layout.height}\n`);
}
await browser.close();
