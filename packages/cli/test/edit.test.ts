/**
 * `sunlit edit`: the real server on a free port against a copy of the example catalogue — the
 * workspace, atomic writes with versions and conflicts, events, and everything it must refuse.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGenerated, convert, dictionarySource } from '../../../test-support/zh-hant.js';
import { contentSecurityPolicy, startEditServer, type EditServer } from '../src/edit.js';
import { run } from '../src/main.js';
import { editZhHans } from '../src/messages/edit-zh-Hans.js';

const repository = new URL('../../../', import.meta.url).pathname;
const bin = join(repository, 'packages/cli/dist/bin.js');
const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** A fresh copy of examples/shenyang in a temporary folder. */
function copyOfExample(): string {
  const root = mkdtempSync(join(tmpdir(), 'sunlit-edit-'));
  const folder = join(root, 'shenyang');
  cpSync(join(repository, 'examples/shenyang'), folder, { recursive: true });
  return folder;
}

interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
  json<T = Record<string, unknown>>(): T;
}

/** One raw HTTP request: the path goes out exactly as written (no normalising of .. or %2e). */
function call(port: number, method: string, path: string, options: { body?: string | Buffer; headers?: Record<string, string>; host?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: options.host ?? '127.0.0.1', port, method, path, headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body, json: () => JSON.parse(body) });
        });
      },
    );
    outgoing.on('error', reject);
    if (options.body !== undefined) outgoing.end(options.body);
    else outgoing.end();
  });
}

const put = (port: number, path: string, text: string, base: string | null) =>
  call(port, 'PUT', `/api/files/${path}`, { body: JSON.stringify({ text, base }), headers: { 'Content-Type': 'application/json' } });

interface FileEvent {
  readonly path: string;
  readonly version: string | null;
  readonly text: string | null;
}

/** Listens to /api/events; `next` waits for the first event (after the call) that matches. */
function listen(port: number) {
  const seen: FileEvent[] = [];
  const waiting: { test: (event: FileEvent) => boolean; resolve: (event: FileEvent) => void }[] = [];
  let buffer = '';
  let opened: () => void;
  const ready = new Promise<void>((resolve) => (opened = resolve));
  const outgoing = request({ host: '127.0.0.1', port, path: '/api/events', headers: { Host: `127.0.0.1:${port}` } }, (response) => {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      buffer += chunk;
      opened();
      for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (!/^event: file$/m.test(block) || data === undefined) continue;
        const event = JSON.parse(data) as FileEvent;
        seen.push(event);
        for (const waiter of [...waiting]) {
          if (waiter.test(event)) {
            waiting.splice(waiting.indexOf(waiter), 1);
            waiter.resolve(event);
          }
        }
      }
    });
  });
  outgoing.on('error', () => undefined);
  outgoing.end();
  return {
    ready,
    seen,
    next(test: (event: FileEvent) => boolean, timeout = 10_000): Promise<FileEvent> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no event in ${timeout} ms; seen ${JSON.stringify(seen.map((event) => event.path))}`)), timeout);
        waiting.push({ test, resolve: (event) => (clearTimeout(timer), resolve(event)) });
      });
    },
    close: () => outgoing.destroy(),
  };
}

describe('the edit server', () => {
  let folder: string;
  let server: EditServer;
  let port: number;

  beforeAll(async () => {
    folder = copyOfExample();
    server = await startEditServer({ catalogue: folder, port: 0, dist: join(folder, 'no-dist') });
    port = server.port;
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 only, and prints its address', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${port}/`);
    expect((await call(port, 'GET', '/api/workspace')).status).toBe(200);
    // Not on ::1, and not on any other address of this machine.
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address !== undefined && !address.internal && address.family === 'IPv4')
      .map((address) => address!.address);
    for (const host of ['::1', ...others]) {
      await expect(call(port, 'GET', '/api/workspace', { host })).rejects.toMatchObject({ code: expect.stringMatching(/ECONNREFUSED|EADDRNOTAVAIL|ENETUNREACH/) });
    }
  });

  it('gives the workspace: every YAML file, the entry first, text byte for byte, version = sha256', async () => {
    const reply = await call(port, 'GET', '/api/workspace');
    expect(reply.headers['cache-control']).toBe('no-store');
    const workspace = reply.json<{ name: string; entry: string; files: FileEvent[] }>();
    expect(workspace.name).toBe('shenyang');
    expect(workspace.entry).toBe('catalogue.yaml');
    expect(workspace.files[0]!.path).toBe('catalogue.yaml');
    expect(workspace.files.map((file) => file.path).sort()).toEqual(
      ['catalogue.yaml', ...readdirSync(join(folder, 'powers')).map((name) => `powers/${name}`), ...readdirSync(join(folder, 'cases')).filter((name) => name.endsWith('.yaml')).map((name) => `cases/${name}`)].sort(),
    );
    for (const file of workspace.files) {
      const bytes = readFileSync(join(folder, file.path));
      expect(file.text).toBe(bytes.toString('utf8'));
      expect(file.version).toBe(sha256(bytes));
    }
  });

  it('writes atomically with PUT and reports 409 when the disk changed', async () => {
    const path = 'powers/ogi-application.yaml';
    const original = readFileSync(join(folder, path), 'utf8');
    const edited = original.replace('name: 政府信息公开申请办理', 'name: 政府信息公开申请办理（改）');
    const written = await put(port, path, edited, sha256(original));
    expect(written.status).toBe(200);
    expect(written.json()).toEqual({ version: sha256(edited) });
    expect(readFileSync(join(folder, path), 'utf8')).toBe(edited);
    expect(readdirSync(join(folder, 'powers')).filter((name) => name.startsWith('.'))).toEqual([]); // no temporary file left

    // Someone else changes the file; a save based on the old version is refused with the disk's text.
    const theirs = edited + '# 另一个编辑器的修改\n';
    writeFileSync(join(folder, path), theirs);
    const conflict = await put(port, path, edited + '# 我的修改\n', sha256(edited));
    expect(conflict.status).toBe(409);
    expect(conflict.json()).toEqual({ version: sha256(theirs), text: theirs });
    expect(readFileSync(join(folder, path), 'utf8')).toBe(theirs);
  });

  it('creates and deletes files, with conflicts', async () => {
    const path = 'powers/新部门/新事项.yaml';
    const url = path.split('/').map(encodeURIComponent).join('/');
    const text = 'code: NEW-1\n';
    expect((await put(port, url, text, null)).status).toBe(200);
    expect(readFileSync(join(folder, path), 'utf8')).toBe(text);
    const again = await put(port, url, 'code: NEW-2\n', null);
    expect(again.status).toBe(409);
    expect(again.json()).toEqual({ version: sha256(text), text });
    expect((await call(port, 'GET', `/api/files/${url}`)).json()).toEqual({ path, text, version: sha256(text) });
    expect((await call(port, 'DELETE', `/api/files/${url}?base=${sha256('other')}`)).status).toBe(409);
    expect(existsSync(join(folder, path))).toBe(true);
    expect((await call(port, 'DELETE', `/api/files/${url}?base=${sha256(text)}`)).status).toBe(200);
    expect(existsSync(join(folder, path))).toBe(false);
    expect((await call(port, 'DELETE', `/api/files/${url}?base=${sha256(text)}`)).json()).toEqual({ version: null, text: null });
    expect((await call(port, 'GET', `/api/files/${url}`)).status).toBe(404);
  });

  it('sends an event when a file changes on disk, and for writes made through PUT', async () => {
    const events = listen(port);
    await events.ready;
    const path = 'powers/food-seizure.yaml';
    const outside = readFileSync(join(folder, path), 'utf8') + '# 外部修改\n';
    const external = events.next((event) => event.path === path);
    writeFileSync(join(folder, path), outside);
    expect(await external).toEqual({ path, version: sha256(outside), text: outside });

    const mine = outside + '# 经由接口\n';
    const viaPut = events.next((event) => event.path === path && event.version === sha256(mine));
    expect((await put(port, path, mine, sha256(outside))).status).toBe(200);
    expect(await viaPut).toEqual({ path, version: sha256(mine), text: mine });

    const created = events.next((event) => event.path === 'powers/外部新建.yaml');
    writeFileSync(join(folder, 'powers/外部新建.yaml'), 'code: X\n');
    expect((await created).text).toBe('code: X\n');
    const removed = events.next((event) => event.path === 'powers/外部新建.yaml' && event.version === null);
    await import('node:fs/promises').then(({ unlink }) => unlink(join(folder, 'powers/外部新建.yaml')));
    expect(await removed).toEqual({ path: 'powers/外部新建.yaml', version: null, text: null });
    events.close();
  });

  it('refuses paths that leave the folder or are not YAML files', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'sunlit-outside-'));
    writeFileSync(join(outside, 'secret.yaml'), 'secret: 1\n');
    symlinkSync(outside, join(folder, 'link'));
    symlinkSync(join(outside, 'secret.yaml'), join(folder, 'secret.yaml'));
    const paths = [
      '../x.yaml',
      '%2e%2e/x.yaml',
      '%2E%2E%2Fx.yaml',
      'powers/../../x.yaml',
      '/etc/x.yaml',
      '%2Fetc%2Fx.yaml',
      '..%5Cx.yaml',
      'powers%5C..%5C..%5Cx.yaml',
      'x%00.yaml',
      'C:%5Cx.yaml',
      '.hidden.yaml',
      'powers/notes.txt',
      'link/secret.yaml',
      'link/new.yaml',
      'secret.yaml',
      '%ZZ.yaml',
    ];
    for (const path of paths) {
      for (const method of ['GET', 'PUT', 'DELETE']) {
        const reply = await call(port, method, `/api/files/${path}`, method === 'PUT' ? { body: JSON.stringify({ text: 'pwned: 1\n', base: null }) } : {});
        expect(reply.status, `${method} ${path}`).toBe(400);
        expect(reply.json().error, path).toBe('bad-path');
      }
    }
    expect(readFileSync(join(outside, 'secret.yaml'), 'utf8')).toBe('secret: 1\n');
    expect(readdirSync(outside)).toEqual(['secret.yaml']);
    const listed = (await call(port, 'GET', '/api/workspace')).json<{ files: FileEvent[] }>().files.map((file) => file.path);
    expect(listed.some((path) => path.includes('secret'))).toBe(false);
  });

  it('refuses other hosts (DNS rebinding) and other origins', async () => {
    for (const host of [`evil.example:${port}`, `127.0.0.1:${port + 1}`, 'localhost', `127.0.0.1.evil.example:${port}`]) {
      const reply = await call(port, 'GET', '/api/workspace', { headers: { Host: host } });
      expect(reply.status, host).toBe(403);
      expect(reply.json().error).toBe('bad-host');
    }
    expect((await call(port, 'GET', '/api/workspace', { headers: { Host: `localhost:${port}` } })).status).toBe(200);
    const foreign = await call(port, 'PUT', '/api/files/powers/y.yaml', { body: JSON.stringify({ text: 'a: 1\n', base: null }), headers: { Origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(existsSync(join(folder, 'powers/y.yaml'))).toBe(false);
    expect((await call(port, 'GET', '/api/workspace', { headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
    expect((await call(port, 'GET', '/api/workspace', { headers: { Origin: `http://127.0.0.1:${port}` } })).status).toBe(200);
  });

  it('refuses bodies over 20 MB and bodies that are not { text, base }', async () => {
    const huge = await call(port, 'PUT', '/api/files/powers/huge.yaml', { body: JSON.stringify({ text: 'x'.repeat(21 * 1024 * 1024), base: null }) });
    expect(huge.status).toBe(413);
    expect(existsSync(join(folder, 'powers/huge.yaml'))).toBe(false);
    for (const body of ['not json', '{}', '{"text": 1, "base": null}', '{"text": "a: 1", "base": "abc"}', '{"text": "a: 1"}']) {
      expect((await call(port, 'PUT', '/api/files/powers/bad.yaml', { body })).status, body).toBe(400);
    }
  });

  it('serves a page saying the editor is not built, with the CSP, and no-store on the API', async () => {
    const page = await call(port, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('编辑器尚未构建');
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await call(port, 'GET', '/api/nothing')).status).toBe(404);
    expect((await call(port, 'POST', '/api/workspace')).status).toBe(405);
  });
});

describe('serving the editor build', () => {
  it('serves the files of dist with their types, the app for its routes, nothing outside', async () => {
    const folder = copyOfExample();
    const dist = mkdtempSync(join(tmpdir(), 'sunlit-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title><script type="module" src="./assets/app.js"></script>');
    writeFileSync(join(dist, 'assets/app.js'), 'console.log(1);');
    writeFileSync(join(dist, '..', 'beside.txt'), 'not served');
    const server = await startEditServer({ catalogue: folder, port: 0, dist });
    try {
      const index = await call(server.port, 'GET', '/?power=SY-QT-0001');
      expect(index.body).toContain('<title>app</title>');
      expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(index.headers['content-security-policy']).toBe(contentSecurityPolicy);
      const script = await call(server.port, 'GET', '/assets/app.js');
      expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect((await call(server.port, 'GET', '/powers/SY-QT-0001')).body).toContain('<title>app</title>');
      expect((await call(server.port, 'GET', '/assets/missing.js')).status).toBe(404);
      for (const path of ['/../beside.txt', '/%2e%2e/beside.txt', '/assets/..%2F..%2Fbeside.txt', '/..%5Cbeside.txt']) {
        const reply = await call(server.port, 'GET', path);
        expect([400, 404], path).toContain(reply.status);
        expect(reply.body).not.toContain('not served');
      }
    } finally {
      await server.close();
    }
  });
});

describe('sunlit edit', () => {
  it('starts from the command line, prints its address, and stops on SIGTERM with 0', async () => {
    const folder = copyOfExample();
    const child = spawn(process.execPath, [bin, 'edit', folder, '--port', '0', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    const started = new Promise<{ url: string; port: number; entry: string }>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        const line = stdout.split('\n').find((candidate) => candidate.startsWith('{'));
        if (line !== undefined) resolve(JSON.parse(line));
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${stdout}`)));
    });
    const info = await started;
    expect(info.url).toBe(`http://127.0.0.1:${info.port}/`);
    expect(info.entry).toBe('catalogue.yaml');
    expect((await call(info.port, 'GET', '/api/workspace')).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  const sunlit = async (...args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await run(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, {});
    return { code, stdout, stderr };
  };

  it('exits 2 on usage errors and paths that are not there, 1 for a power file', async () => {
    expect(await sunlit('edit')).toMatchObject({ code: 2, stderr: expect.stringContaining('sunlit edit <目录>') });
    expect(await sunlit('edit', join(repository, 'examples/shenyang'), '--port', 'abc')).toMatchObject({ code: 2, stderr: expect.stringContaining('--port') });
    expect(await sunlit('edit', join(repository, 'examples/shenyang'), '--port', '70000')).toMatchObject({ code: 2 });
    expect(await sunlit('edit', '/no/such/catalogue')).toMatchObject({ code: 2, stderr: expect.stringContaining('找不到路径') });
    const power = await sunlit('edit', join(repository, 'examples/shenyang/powers/ogi-application.yaml'));
    expect(power.code).toBe(1);
    expect(power.stdout).toMatch(/ogi-application\.yaml:\d+:\d+ {2}错误 {2}not-a-catalogue {2}/);
  });

  it('says so when the port is taken', async () => {
    const folder = copyOfExample();
    const first = await startEditServer({ catalogue: folder, port: 0 });
    try {
      const second = await sunlit('edit', folder, '--port', String(first.port));
      expect(second).toMatchObject({ code: 2, stderr: expect.stringContaining(`端口 ${first.port} 已被占用`) });
    } finally {
      await first.close();
    }
  });

  it('speaks zh-Hant through the OpenCC conversion of zh-Hans', () => {
    const source = dictionarySource({ type: 'EditServerDictionary', typeModule: './edit-dictionary.js', name: 'editZhHant', value: convert(editZhHans) });
    expect(checkGenerated(new URL('../src/messages/edit-zh-Hant.ts', import.meta.url).pathname, source), 'run UPDATE_MESSAGES=1 pnpm test').toBe(true);
  });
});
