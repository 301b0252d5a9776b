/// <reference lib="dom" />
/**
 * The published example in real Chromium (Debian's /usr/bin/chromium driven by playwright-core), with
 * JavaScript on and off: what a reader checks. Served by a tiny static server with the site's CSP.
 */
import { readFileSync, writeFileSync, mkdtempSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allStates, type Power } from '@sunlit/core';
import { loadCatalogueFromPath } from '@sunlit/core/node';
import { run } from '../../../packages/cli/src/main.js';
import { contentSecurityPolicy } from '../src/site.js';

const repository = new URL('../../../', import.meta.url).pathname;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml' };

let browser: Browser;
let server: Server;
let base = '';
let evilBase = '';
let powers: readonly Power[] = [];

async function publish(catalogue: string, out: string): Promise<void> {
  let stderr = '';
  const code = await run(['publish', catalogue, '--out', out], { stdout: () => undefined, stderr: (text) => (stderr += text) }, {});
  if (code !== 0) throw new Error(stderr);
}

// No "." or "#": state and event names may not hold them. A script that ran would open a dialog.
const payload = `<script>alert(1)</script><img src=x onerror="alert(2)">"'&<svg onload=alert(3)>`;
const evilCatalogue = `sunlit: 1
id: evil
title: ${JSON.stringify('目录' + payload)}
authority: ${JSON.stringify(payload)}
edition: "1"
description: ${JSON.stringify(payload)}
departments: [{ id: d, name: ${JSON.stringify(payload)}, website: "javascript:alert(3)" }]
laws: [{ id: l, title: ${JSON.stringify(payload)}, url: "javascript:alert(4)", articles: { "1": ${JSON.stringify(payload)} } }]
powers:
  - code: EVIL-1
    name: ${JSON.stringify('事项' + payload)}
    category: other
    department: d
    basis: [l 1]
    conditions: ${JSON.stringify(payload)}
    remarks: ${JSON.stringify(payload)}
    flow:
      initial: ${JSON.stringify('开始' + payload)}
      states:
        ${JSON.stringify('开始' + payload)}:
          actor: ${JSON.stringify(payload)}
          risk: { level: high, text: ${JSON.stringify(payload)}, controls: [${JSON.stringify(payload)}] }
          on: { ${JSON.stringify('提交' + payload)}: { target: 结束, guard: ${JSON.stringify(payload)} } }
        结束: { type: final }
`;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'sunlit-browser-'));
  await publish(join(repository, 'examples/shenyang'), join(root, 'site'));
  writeFileSync(join(root, 'evil.yaml'), evilCatalogue);
  await publish(join(root, 'evil.yaml'), join(root, 'evil'));
  powers = (await loadCatalogueFromPath(join(repository, 'examples/shenyang'))).catalogue!.powers;
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-security-policy': contentSecurityPolicy });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}/site/`;
  evilBase = `http://127.0.0.1:${port}/evil/`;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
}, 180_000);

afterAll(async () => {
  if (browser !== undefined) await browser.close();
  if (server !== undefined) await new Promise((resolve) => server.close(resolve));
});

/** Opens a page and collects console errors, page errors and CSP violations. */
async function open(url: string, options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: options.viewport ?? { width: 1200, height: 900 } });
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
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, errors, close: () => context.close() };
}

describe.each([true, false])('JavaScript %s', (javaScriptEnabled) => {
  it('every power page shows its chart with every state and its table, without errors', async () => {
    for (const power of powers) {
      const { page, errors, close } = await open(`${base}powers/${power.code}/`, { javaScriptEnabled });
      expect(await page.locator('figure.chart svg[role="img"]').count()).toBe(1);
      for (const state of allStates(power.flow)) {
        expect(await page.locator(`svg g[data-path="${state.path.replace(/"/g, '\\"')}"]`).count(), `${power.code} ${state.path}`).toBe(1);
        expect(await page.locator('ol.steps h3.step-name').filter({ hasText: state.name }).count(), state.name).toBeGreaterThan(0);
      }
      expect(await page.locator('table.fields th', { hasText: '廉政风险点及防控措施' }).count()).toBe(1);
      expect(errors, power.code).toEqual([]);
      await close();
    }
  }, 120_000);

  it('the list of powers shows every power', async () => {
    const { page, errors, close } = await open(`${base}powers/`, { javaScriptEnabled });
    expect(await page.locator('#power-list tbody tr:visible').count()).toBe(powers.length);
    expect(await page.locator('#power-filter').isVisible()).toBe(javaScriptEnabled);
    expect(errors).toEqual([]);
    await close();
  }, 60_000);
});

describe('with JavaScript', () => {
  it('search finds a power by a two-character Chinese query and filters narrow the list', async () => {
    const { page, errors, close } = await open(`${base}powers/`);
    await page.fill('#f-q', '公开');
    await expect.poll(() => page.locator('#power-list tbody tr:visible').count()).toBeLessThan(powers.length);
    const codes = await page.locator('#power-list tbody tr:visible').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code')));
    expect(codes).toContain('SY-QT-0001');
    await page.fill('#f-q', '');
    await page.selectOption('#f-category', 'licensing');
    await expect.poll(() => page.locator('#power-list tbody tr:visible').count()).toBe(powers.filter((power) => power.category === 'licensing').length);
    expect(errors).toEqual([]);
    await close();
  }, 60_000);

  it('the home search box leads to the filtered list', async () => {
    const { page, close } = await open(`${base}`);
    await page.fill('#home-q', '许可');
    await Promise.all([page.waitForURL(/powers\/\?q=/), page.click('form.search-home button')]);
    await expect.poll(() => page.locator('#power-list tbody tr:visible').count()).toBeLessThan(powers.length);
    await close();
  }, 60_000);

  it('zh-Hant pages are in traditional characters, English pages in English', async () => {
    const hant = await open(`${base}zh-Hant/powers/SY-QT-0001/`);
    expect(await hant.page.locator('h1').textContent()).toBe('政府信息公開申請辦理');
    expect(await hant.page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    expect(await hant.page.locator('svg title').textContent()).toContain('權力運行流程圖');
    await hant.close();
    const english = await open(`${base}en/powers/SY-QT-0001/`);
    expect(await english.page.locator('table.fields th').first().textContent()).toBe('Code');
    await english.close();
  }, 60_000);

  it('print hides the navigation and keeps the chart', async () => {
    const { page, close } = await open(`${base}powers/SY-XK-0001/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site').isVisible()).toBe(false);
    expect(await page.locator('.downloads').isVisible()).toBe(false);
    expect(await page.locator('figure.chart svg').isVisible()).toBe(true);
    await close();
  }, 60_000);

  it('a 375-pixel phone scrolls no page sideways', async () => {
    for (const path of ['', 'powers/', 'powers/SY-XK-0001/', 'stats/', 'laws/admin-licensing/']) {
      const { page, close } = await open(`${base}${path}`, { viewport: { width: 375, height: 740 } });
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll, path).toBeLessThanOrEqual(client!);
      await close();
    }
  }, 60_000);

  it('axe-core finds no serious or critical violation on the home page and a power page', async () => {
    for (const path of ['', 'powers/', 'powers/SY-XK-0001/']) {
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${base}${path}`);
      await page.evaluate(axe.source);
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: typeof axe }).axe.run();
        return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
      });
      expect(violations, path).toEqual([]);
      await context.close();
    }
  }, 60_000);

  it('texts carrying HTML and script appear as text and run nothing', async () => {
    for (const path of ['', 'powers/', 'powers/EVIL-1/', 'laws/l/', 'zh-Hant/powers/EVIL-1/', 'en/powers/EVIL-1/']) {
      const { page, errors, close } = await open(`${evilBase}${path}`);
      expect(await page.locator('main img').count(), path).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count(), path).toBe(0);
      expect(errors, path).toEqual([]);
      await close();
    }
    const { page, close } = await open(`${evilBase}powers/EVIL-1/`);
    expect(await page.locator('h1').textContent()).toBe('事项' + payload);
    await close();
  }, 60_000);
});
