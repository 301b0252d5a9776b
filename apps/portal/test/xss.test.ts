/// <reference lib="dom" />
/**
 * The XSS corpus (test-support/xss-payloads.ts) published and read in real Chromium with JavaScript
 * on: every page of the site, in every language, shows the payloads as text; no payload runs (no
 * `window.__xss`, no dialog, no CSP violation, no page error) and no request leaves 127.0.0.1.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../../../packages/cli/src/main.js';
import { payloads, squeezed, writeXssCatalogue, type XssCatalogue } from '../../../test-support/xss-payloads.js';
import { contentSecurityPolicy } from '../src/site.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml' };

let browser: Browser;
let server: Server;
let base = '';
let site = '';
let xss: XssCatalogue;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'sunlit-xss-'));
  xss = writeXssCatalogue(join(root, 'catalogue'));
  site = join(root, 'site');
  let stderr = '';
  const code = await run(['publish', join(root, 'catalogue'), '--out', site], { stdout: () => undefined, stderr: (text) => (stderr += text) }, {});
  if (code !== 0) throw new Error(stderr);
  server = createServer((request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.endsWith('/')) path += 'index.html';
    const file = join(site, path);
    if (!file.startsWith(site) || !existsSync(file)) return void response.writeHead(404).end('not found');
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-security-policy': contentSecurityPolicy });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (server !== undefined) await new Promise((resolve) => server.close(resolve));
});

/** Every HTML page of the published site, as paths relative to its root. */
function pages(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => relative(folder, join(folder, file)).replace(/index\.html$/, ''))
    .sort();
}

it('the corpus has at least 50 payloads and the catalogue uses every one', () => {
  expect(payloads.length).toBeGreaterThanOrEqual(50);
  expect(xss.used.size).toBe(payloads.length);
});

it('every page shows the payloads as text and runs none of them', async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('dialog', (dialog) => {
    errors.push('dialog: ' + dialog.message());
    void dialog.dismiss();
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1') {
      errors.push('request: ' + url.href);
      return route.abort();
    }
    return route.continue();
  });
  const all = pages(site);
  expect(all.length).toBeGreaterThan(10);
  const seen: string[] = [];
  for (const path of all) {
    await page.goto(base + path, { waitUntil: 'load' });
    // Focus and hover reach autofocus/onfocus and onmouseover payloads, had any become markup.
    await page.mouse.move(300, 300);
    await page.keyboard.press('Tab');
    const [text, ran, injected] = await page.evaluate(() => [
      document.body.textContent ?? '',
      (window as unknown as { __xss?: unknown }).__xss !== undefined,
      document.querySelectorAll('main img, main iframe, main script, main video, main marquee, main details, main input[autofocus], a[href^="javascript:" i], a[href^="data:" i], [onerror], [onload], [onmouseover], [onfocus]').length,
    ] as const);
    expect(ran, path).toBe(false);
    expect(injected, path).toBe(0);
    if (!path.startsWith('zh-Hant/') && !path.startsWith('en/')) seen.push(squeezed(text));
    // The page of a power shows every text of that power.
    const power = xss.powers.find((item) => path === `powers/${item.code}/`);
    if (power !== undefined) for (const payload of [...power.texts, ...power.states]) expect(squeezed(text), `${path}: ${JSON.stringify(payload)}`).toContain(squeezed(payload));
  }
  // Across the zh-Hans pages, every payload shows as text.
  const everything = seen.join('\n');
  for (const payload of payloads) expect(everything, JSON.stringify(payload)).toContain(squeezed(payload));
  expect(errors).toEqual([]);
  await context.close();
}, 300_000);
