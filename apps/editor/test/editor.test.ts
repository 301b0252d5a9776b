/// <reference lib="dom" />
/**
 * The editor in real Chromium (Debian's /usr/bin/chromium driven by playwright-core), served by a
 * real `sunlit edit` process on a copy of the example catalogue: what a legal-affairs office does
 * with it, and what it must never do (lose work, overwrite a file changed on disk, run a payload).
 */
import type { ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allStates, loadCaseText, replay, replayContext, type Catalogue } from '@sunlit/core';
import { loadCatalogueFromPath } from '@sunlit/core/node';
import { startSunlitEdit } from '../../../test-support/sunlit-edit.js';

const repository = new URL('../../../', import.meta.url).pathname;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const shots = join(repository, 'test-results/editor');

let browser: Browser;
let catalogue: Catalogue;
let folder = '';
let server: ChildProcess | undefined;
let base = '';

/** Starts `sunlit edit` on a fresh copy of the example and resolves with its URL. */
async function startEditor(): Promise<void> {
  server?.kill();
  folder = mkdtempSync(join(tmpdir(), 'sunlit-editor-'));
  cpSync(join(repository, 'examples/shenyang'), folder, { recursive: true });
  const started = await startSunlitEdit(folder);
  server = started.child;
  base = started.url;
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  catalogue = (await loadCatalogueFromPath(join(repository, 'examples/shenyang'))).catalogue!;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
}, 120_000);

afterAll(async () => {
  server?.kill();
  await browser?.close();
});

beforeEach(async () => {
  await startEditor();
}, 30_000);

interface Opened {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly errors: string[];
}

/** Opens the editor; any console error, page error, dialog or non-local request is recorded. */
async function open(query = '', context?: BrowserContext): Promise<Opened> {
  const ctx = context ?? (await browser.newContext({ viewport: { width: 1440, height: 900 } }));
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('dialog', (dialog) => {
    errors.push('dialog: ' + dialog.message());
    void dialog.dismiss();
  });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1') {
      errors.push('request: ' + url.href);
      return route.abort();
    }
    return route.continue();
  });
  await page.goto(base + query);
  await page.locator('.react-flow__node').first().waitFor();
  return { page, context: ctx, errors };
}

const node = (page: Page, path: string) => page.locator(`.react-flow__node[data-state="${path.replace(/"/g, '\\"')}"]`);
const diskText = (file: string) => readFileSync(join(folder, file), 'utf8');

/** Waits until the autosave has run (it follows each change by a quarter second). */
const settle = (page: Page) => page.waitForTimeout(700);

describe('sunlit edit on the example catalogue', () => {
  it('opens the power named in the URL with a node for every state, and lists every power', async () => {
    const { page, errors, context } = await open('?power=SY-QT-0001');
    const power = catalogue.powers.find((item) => item.code === 'SY-QT-0001')!;
    for (const state of allStates(power.flow)) await expect.poll(() => node(page, state.path).count(), { message: state.path }).toBe(1);
    for (const item of catalogue.powers) expect(await page.locator('.sl-catalogue .sl-power', { hasText: item.code }).count(), item.code).toBe(1);
    // Search handles Chinese.
    await page.getByRole('searchbox').fill('公开');
    await expect.poll(() => page.locator('.sl-catalogue .sl-power').count()).toBeLessThan(catalogue.powers.length);
    expect(await page.locator('.sl-catalogue .sl-power', { hasText: 'SY-QT-0001' }).count()).toBe(1);
    // Each node has an accessible name and is reachable by keyboard.
    const label = await node(page, '登记').getAttribute('aria-label');
    expect(label).toContain('登记');
    expect(await node(page, '登记').getAttribute('tabindex')).toBe('0');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('builds a small flow by mouse and keyboard, sets a deadline and a risk, saves, and the YAML on disk says so', async () => {
    const file = 'powers/food-seizure.yaml';
    const before = diskText(file);
    const code = parse(before).code as string;
    const { page, errors, context } = await open(`?power=${code}`);
    // The whole width for the chart.
    await page.getByRole('checkbox', { name: 'YAML' }).uncheck();
    // Mouse: add a step with the toolbar.
    await page.getByRole('button', { name: '添加环节' }).click();
    await expect.poll(() => node(page, '新环节').count()).toBe(1);
    // Keyboard: F2 renames the selected node inline.
    await node(page, '新环节').focus();
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('复核');
    await page.keyboard.press('Enter');
    await expect.poll(() => node(page, '复核').count()).toBe(1);
    // Keyboard: Alt+N adds another step; its name is set in the properties panel.
    await page.locator('.sl-header h1').click();
    await page.keyboard.press('Alt+n');
    await expect.poll(() => node(page, '新环节').count()).toBe(1);
    const idField = page.locator('.sl-properties-panel input[name="id"]');
    await idField.fill('复核决定');
    await idField.press('Enter');
    await expect.poll(() => node(page, '复核决定').count()).toBe(1);
    // Mouse: drag both new steps into the open space on the left; the positions go to `layout`.
    await page.getByRole('button', { name: '适合画布' }).click();
    const canvas = (await page.locator('.sl-canvas').boundingBox())!;
    const dragTo = async (path: string, x: number, y: number) => {
      const box = (await node(page, path).boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(x, y, { steps: 10 });
      await page.mouse.up();
      await settle(page);
    };
    await dragTo('复核', canvas.x + 120, canvas.y + canvas.height * 0.35);
    await dragTo('复核决定', canvas.x + 120, canvas.y + canvas.height * 0.65);
    // Mouse: connect 复核 to 复核决定 by dragging from handle to handle.
    const from = node(page, '复核').locator('.react-flow__handle.source');
    const to = node(page, '复核决定').locator('.react-flow__handle.target');
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
    // The canvas may pan while a connection is dragged near its edge: end on where the handle is now.
    const c = (await to.boundingBox())!;
    await page.mouse.move(c.x + c.width / 2, c.y + c.height / 2, { steps: 3 });
    await page.mouse.up();
    const event = page.locator('.sl-properties-panel input[name="event"]');
    await event.waitFor();
    await event.fill('提请复核');
    await event.press('Enter');
    // A deadline and a risk on 复核.
    await node(page, '复核').click();
    await page.locator('.sl-properties-panel input[name="deadline-within"]').fill('5');
    await page.locator('.sl-properties-panel input[name="deadline-within"]').press('Enter');
    await page.locator('.sl-properties-panel select[name="risk-level"]').selectOption('high');
    const riskText = page.locator('.sl-properties-panel textarea[name="risk-text"]');
    await riskText.fill('复核流于形式');
    await riskText.blur();
    await settle(page);
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('.sl-status').textContent()).toBe('已保存');
    const after = parse(diskText(file));
    const states = after.flow.states;
    expect(states['复核'].on['提请复核']).toBe('复核决定');
    expect(states['复核'].deadline).toMatchObject({ within: 5, unit: 'workday' });
    expect(states['复核'].risk).toMatchObject({ level: 'high', text: '复核流于形式' });
    expect(states['复核决定']).toBeDefined();
    expect(Object.keys(after.layout.nodes)).toEqual(expect.arrayContaining(['复核', '复核决定']));
    expect(after.layout.nodes['复核决定'].y).toBeGreaterThan(after.layout.nodes['复核'].y);
    // Untouched lines are byte-for-byte as they were (comments included).
    const kept = before.split('\n').filter((line) => line.trimStart().startsWith('#'));
    for (const line of kept) expect(diskText(file)).toContain(line);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('undoes and redoes', async () => {
    const { page, errors, context } = await open('?power=SY-QT-0001');
    await page.getByRole('button', { name: '添加环节' }).click();
    await expect.poll(() => node(page, '新环节').count()).toBe(1);
    await page.locator('.sl-header h1').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => node(page, '新环节').count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => node(page, '新环节').count()).toBe(1);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => node(page, '新环节').count()).toBe(0);
    expect(await page.getByRole('button', { name: '保存' }).isDisabled()).toBe(true);
    // Saving with nothing changed leaves every byte of every file as it was.
    const before = readFileSync(join(folder, 'powers/ogi-application.yaml'));
    await page.keyboard.press('Control+s');
    await page.waitForTimeout(500);
    expect(readFileSync(join(folder, 'powers/ogi-application.yaml')).equals(before)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('simulates a case and shows the due date the case engine computes', async () => {
    const caseText = readFileSync(join(repository, 'examples/shenyang/cases/ogi-2026-0042.yaml'), 'utf8');
    const played = loadCaseText(caseText, 'ogi-2026-0042.yaml').case!;
    const power = catalogue.powers.find((item) => item.code === played.power)!;
    const { page, errors, context } = await open(`?power=${played.power}`);
    await page.getByRole('tab', { name: '模拟办理' }).click();
    await page.locator('#sim-start').fill('2026-09-28T10:00');
    const events = played.events.slice(0, 4);
    for (const event of events) {
      await page.locator('#sim-at').fill(event.at.slice(0, 16));
      await page.locator(`.sl-events button[data-event="${event.event}"]`).click();
    }
    const expected = replay(power, { id: 'x', opened: '2026-09-28T10:00:00', events: events.map((event) => ({ at: event.at.slice(0, 16) + ':00', event: event.event })) }, { context: replayContext(catalogue), at: events[3]!.at.slice(0, 16) + ':00' });
    const reply = expected.clocks.find((clock) => clock.id === 'reply')!;
    await expect.poll(() => page.locator('tr[data-clock="reply"] [data-testid="due"]').textContent()).toBe(reply.due);
    expect(reply.due).toMatch(/^2026-11-/);
    // The active state shows on the canvas.
    await expect.poll(() => node(page, '审查').getAttribute('aria-label')).toContain('当前所处环节');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('offers unsaved work back after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const first = await open('?power=SY-QT-0001', context);
    await first.page.getByRole('button', { name: '添加环节' }).click();
    await expect.poll(() => node(first.page, '新环节').count()).toBe(1);
    await settle(first.page);
    await first.page.close();
    const second = await open('?power=SY-QT-0001', context);
    await second.page.getByRole('alertdialog').waitFor();
    await second.page.getByRole('button', { name: '恢复修改' }).click();
    await expect.poll(() => node(second.page, '新环节').count()).toBe(1);
    expect([...first.errors, ...second.errors]).toEqual([]);
    await context.close();
  }, 60_000);

  it('asks before overwriting a file changed on disk while it is edited', async () => {
    const file = 'powers/ogi-application.yaml';
    const { page, errors, context } = await open('?power=SY-QT-0001');
    await page.getByRole('button', { name: '添加环节' }).click();
    await expect.poll(() => node(page, '新环节').count()).toBe(1);
    const changed = diskText(file).replace('name: 政府信息公开申请办理', 'name: 政府信息公开申请办理（磁盘上修改）');
    writeFileSync(join(folder, file), changed);
    await page.getByRole('alertdialog').waitFor();
    expect(await page.getByRole('alertdialog').textContent()).toContain(file);
    await page.getByRole('button', { name: /使用磁盘上的版本/ }).click();
    await expect.poll(() => node(page, '新环节').count()).toBe(0);
    expect(diskText(file)).toBe(changed);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows a state named like markup as text, and no dialog opens', async () => {
    const { page, errors, context } = await open('?power=SY-QT-0001');
    const payload = '<img src=x onerror=alert(1)>';
    await node(page, '补正').click();
    const idField = page.locator('.sl-properties-panel input[name="id"]');
    await idField.fill(payload);
    await idField.press('Enter');
    await expect.poll(() => node(page, payload).count()).toBe(1);
    // Long names wrap onto lines of their own; the text is the payload, whitespace aside.
    expect((await node(page, payload).locator('.sl-title').innerText()).replace(/\s+/g, '')).toBe(payload.replace(/\s+/g, ''));
    expect(await page.locator('.react-flow img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('has no serious or critical accessibility violations, and saves a screenshot of every power', async () => {
    const { page, errors, context } = await open();
    await page.evaluate(axe.source);
    // Screenshots for review: the chart with the whole width.
    await page.getByRole('checkbox', { name: 'YAML' }).uncheck();
    for (const power of catalogue.powers) {
      await page.locator('.sl-catalogue .sl-power', { hasText: power.code }).click();
      await expect.poll(() => node(page, power.flow.initial).count(), { message: power.code }).toBe(1);
      await page.waitForTimeout(300);
      await page.locator('.sl-canvas').screenshot({ path: join(shots, `${power.code}.png`) });
    }
    await page.getByRole('checkbox', { name: 'YAML' }).check();
    for (const tab of ['问题', '模拟办理']) {
      await page.getByRole('tab', { name: new RegExp(tab) }).click();
      const result = await page.evaluate(async () => {
        const found = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
        return found.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((item) => item.target.join(' ')).slice(0, 3).join(', ')}`);
      });
      expect(result, tab).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('runs as static files without the server: the example folder is uploaded and drawn', async () => {
    const dist = join(repository, 'apps/editor/dist');
    const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
    const staticServer = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const file = join(dist, path === '/' ? 'index.html' : normalize(path).replace(/^([/\\]*\.\.)+/, ''));
      if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => staticServer.listen(0, '127.0.0.1', resolve));
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('dialog', (dialog) => (errors.push('dialog'), void dialog.dismiss()));
    await page.goto(`http://127.0.0.1:${(staticServer.address() as AddressInfo).port}/?power=SY-QZ-0001`);
    await page.getByRole('heading', { name: '打开职权目录' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(folder);
    const power = catalogue.powers.find((item) => item.code === 'SY-QZ-0001')!;
    for (const state of allStates(power.flow)) await expect.poll(() => node(page, state.path).count(), { message: state.path }).toBe(1);
    expect(await page.locator('.sl-toolbar button', { hasText: '保存' }).getAttribute('title')).toContain('下载');
    expect(errors).toEqual([]);
    await context.close();
    await new Promise((resolve) => staticServer.close(resolve));
  }, 60_000);

  it('keeps the YAML view and the chart in step both ways, underlines problems, goes to them, and speaks three languages', async () => {
    const { page, errors, context } = await open('?power=SY-QZ-0001');
    // Typing in the YAML view adds a state to the chart.
    const editor = page.locator('.sl-yaml .cm-content');
    await editor.click();
    await page.keyboard.press('Control+End');
    // insertText, not type: the editor's auto-indent would add to the indentation typed here.
    await page.keyboard.insertText('\n    归档: { type: final }\n');
    await expect.poll(() => node(page, '归档').count()).toBe(1);
    // 归档 has no outcome and nothing reaches it: the lint problems show, in the CLI's words.
    const problem = page.locator('.sl-problem', { hasText: 'no-unreachable-state' }).filter({ hasText: '归档' });
    await expect.poll(() => problem.count()).toBe(1);
    await expect.poll(() => page.locator('.sl-yaml .cm-lintRange-error, .sl-yaml .cm-lintRange-warning').count()).toBeGreaterThan(0);
    // A click on the problem selects the state it concerns.
    await problem.locator('button').click();
    await expect.poll(() => page.locator('.sl-properties-panel input[name="id"]').inputValue()).toBe('归档');
    // A change in the chart shows in the YAML view.
    await page.locator('.sl-properties-panel input[name="actor"]').fill('档案室');
    await page.locator('.sl-properties-panel input[name="actor"]').press('Enter');
    await expect.poll(() => editor.textContent()).toContain('档案室');
    // Languages: zh-Hant and English interface text.
    await page.locator('.sl-toolbar select').selectOption('zh-Hant');
    await expect.poll(() => page.getByRole('button', { name: '撤銷' }).count()).toBe(1);
    await page.locator('.sl-toolbar select').selectOption('en');
    await expect.poll(() => page.getByRole('button', { name: 'Save', exact: true }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
