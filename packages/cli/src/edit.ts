/**
 * `sunlit edit <catalogue>`: serves the editor (the build of apps/editor, `@sunlit/editor`) and
 * binds it to the catalogue's files over a small JSON API (docs/cli.md):
 *
 *   GET    /api/workspace           every YAML file of the catalogue folder, with its version
 *   GET    /api/files/<path>        one file
 *   PUT    /api/files/<path>        { text, base } → written atomically if the disk is still `base`
 *   DELETE /api/files/<path>?base=  removed if the disk is still `base`
 *   GET    /api/events              Server-Sent Events: `file` { path, version, text } on every change
 *
 * A version is the sha256 (hex) of a file's bytes; a write or delete whose `base` is not what is
 * on disk is refused with 409 and the disk's version and text, so nothing is overwritten unseen.
 * Only loopback (127.0.0.1) is served, only to requests naming it as Host (DNS rebinding) and
 * from its own origin; paths stay inside the catalogue folder, YAML files only.
 */
import { createHash, randomBytes } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { lstat, mkdir, open, readdir, readFile, realpath, rename, rm, stat, unlink } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentKind, hasErrors, printable, type Locale } from '@sunlit/core';
import { loadCatalogue, nodeSource, resolveEntry } from '@sunlit/core/node';
import type { EditServerDictionary } from './messages/edit-dictionary.js';
import { editEn } from './messages/edit-en.js';
import { editZhHans } from './messages/edit-zh-Hans.js';
import { editZhHant } from './messages/edit-zh-Hant.js';
import { fill, problemLine, publicProblem, UsageError, type Format, type Output } from './report.js';

const dictionaries: Record<Locale, EditServerDictionary> = { 'zh-Hans': editZhHans, 'zh-Hant': editZhHant, en: editEn };

/** The port `sunlit edit` listens on unless told otherwise. */
export const defaultPort = 4321;

/** The largest request body accepted (a file's text in JSON). */
export const bodyLimit = 20 * 1024 * 1024;

/** How long file-system events are gathered before the files are looked at. */
const settle = 80;

export interface EditServerOptions {
  /** The catalogue: a folder holding catalogue.yaml, or a catalogue file. */
  readonly catalogue: string;
  /** Default 4321; 0 picks any free port. */
  readonly port?: number;
  /** Language of the API's error messages; default zh-Hans. */
  readonly locale?: Locale;
  /** The editor's built files; default the `dist` of `@sunlit/editor` (or SUNLIT_EDITOR_DIST). */
  readonly dist?: string;
}

/** A running `sunlit edit` server. */
export interface EditServer {
  readonly url: string;
  readonly port: number;
  /** The catalogue folder (its real path). */
  readonly root: string;
  /** The entry file, relative to the folder. */
  readonly entry: string;
  /** How many YAML files the folder held at start. */
  readonly files: number;
  /** The editor's build served, or undefined when it is not built. */
  readonly dist: string | undefined;
  close(): Promise<void>;
}

/** A request refused, with its status and message. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const isYaml = (name: string) => /\.ya?ml$/i.test(name);

/** Folders never listed: they are not a catalogue's. */
const skipped = new Set(['node_modules', '.git']);

/** What is known of a file on disk: its version, and the stat that goes with it. */
interface Known {
  readonly version: string;
  readonly size: number;
  readonly mtime: number;
  /** Another program's save often replaces the file (a new inode) within the same millisecond. */
  readonly inode: number;
}

/** A file as the API gives it. */
interface StoredFile {
  readonly path: string;
  readonly text: string | null;
  readonly version: string | null;
}

/** The catalogue folder: confined paths, versions, atomic writes, one write per file at a time. */
class Workspace {
  private readonly known = new Map<string, Known>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    readonly root: string,
    readonly entry: string,
    private readonly text: EditServerDictionary,
  ) {}

  /** Runs `task` after every earlier task on the same path: a check and its write are not interleaved. */
  exclusive<T>(path: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(path) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.queues.set(path, settled);
    void settled.then(() => {
      if (this.queues.get(path) === settled) this.queues.delete(path);
    });
    return next;
  }

  /** The segments of a path from the API, refused unless it names a YAML file inside the folder. */
  segments(raw: string): string[] {
    const refuse = (): never => {
      throw new Refusal(400, 'bad-path', fill(this.text.badPath, { value: printable(safeDecode(raw), 200) }));
    };
    const parts = raw.split('/');
    if (parts.length === 0 || parts.length > 32) refuse();
    const segments = parts.map((part) => {
      let segment: string;
      try {
        segment = decodeURIComponent(part);
      } catch {
        return refuse();
      }
      // No empty (absolute, //), dot (., .., hidden), separator, NUL or drive (C:) segments.
      if (segment === '' || segment.startsWith('.') || /[\\/\u0000:]/.test(segment) || segment.length > 255) refuse();
      return segment;
    });
    if (!isYaml(segments[segments.length - 1]!)) refuse();
    return segments;
  }

  /** The real place of a path: refused when it, or the folder it would be in, leads outside. */
  async place(segments: readonly string[]): Promise<string> {
    const refuse = (): never => {
      throw new Refusal(400, 'bad-path', fill(this.text.badPath, { value: printable(segments.join('/'), 200) }));
    };
    const inside = (real: string) => real === this.root || real.startsWith(this.root + sep);
    // The deepest part that exists decides where the rest would be created.
    for (let length = segments.length; length >= 0; length--) {
      const partial = join(this.root, ...segments.slice(0, length));
      let real: string;
      try {
        real = await realpath(partial);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          // A dangling link is not a way out either.
          const link = await lstat(partial).catch(() => undefined);
          if (link?.isSymbolicLink()) refuse();
          continue;
        }
        throw error;
      }
      if (!inside(real)) refuse();
      if (length === segments.length) {
        if (!(await stat(real)).isFile()) refuse();
        return real;
      }
      if (!(await stat(real)).isDirectory()) refuse();
      return join(real, ...segments.slice(length));
    }
    return refuse();
  }

  /** The file at a place now: its bytes and version, or undefined. */
  private async current(place: string, path: string): Promise<{ bytes: Buffer; version: string } | undefined> {
    let bytes: Buffer;
    let info;
    try {
      info = await stat(place);
      if (!info.isFile()) return undefined;
      bytes = await readFile(place);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const version = sha256(bytes);
    this.known.set(path, { version, size: info.size, mtime: info.mtimeMs, inode: info.ino });
    return { bytes, version };
  }

  /** One file as the API gives it. */
  async file(path: string, segments: readonly string[]): Promise<StoredFile> {
    const found = await this.exclusive(path, async () => this.current(await this.place(segments), path));
    return { path, text: found?.bytes.toString('utf8') ?? null, version: found?.version ?? null };
  }

  /** Every YAML file of the folder, the entry first, then by path. */
  async list(): Promise<string[]> {
    const found: string[] = [];
    const walk = async (folder: string, prefix: string) => {
      let entries;
      try {
        entries = await readdir(folder, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (entry.name.startsWith('.') || skipped.has(entry.name)) continue;
        const path = join(folder, entry.name);
        if (entry.isDirectory()) await walk(path, `${prefix}${entry.name}/`);
        else if (isYaml(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await this.leadsInside(path))))) found.push(prefix + entry.name);
      }
    };
    await walk(this.root, '');
    found.sort((x, y) => (x === this.entry ? -1 : y === this.entry ? 1 : x < y ? -1 : x > y ? 1 : 0));
    return found;
  }

  /** A link is listed only when it leads to a file inside the folder. */
  private async leadsInside(path: string): Promise<boolean> {
    try {
      const real = await realpath(path);
      return real.startsWith(this.root + sep) && (await stat(real)).isFile();
    } catch {
      return false;
    }
  }

  /** Every file with its text and version. */
  async workspace(): Promise<{ name: string; entry: string; files: StoredFile[] }> {
    const files: StoredFile[] = [];
    for (const path of await this.list()) {
      const found = await this.exclusive(path, () => this.current(join(this.root, ...path.split('/')), path)).catch(() => undefined);
      if (found !== undefined) files.push({ path, text: found.bytes.toString('utf8'), version: found.version });
    }
    return { name: basename(this.root), entry: this.entry, files };
  }

  /** Writes a file if the disk still holds `base` (null: the file must not exist). */
  write(path: string, segments: readonly string[], text: string, base: string | null): Promise<{ ok: true; version: string } | { ok: false; file: StoredFile }> {
    return this.exclusive(path, async () => {
      const place = await this.place(segments);
      const disk = await this.current(place, path);
      if ((disk?.version ?? null) !== base) return { ok: false, file: { path, text: disk?.bytes.toString('utf8') ?? null, version: disk?.version ?? null } };
      const bytes = Buffer.from(text, 'utf8');
      await mkdir(dirname(place), { recursive: true });
      // mkdir may have followed nothing new out of the folder; check again before writing.
      const checked = await this.place(segments);
      await atomicWrite(checked, bytes);
      const info = await stat(checked);
      const version = sha256(bytes);
      this.known.set(path, { version, size: info.size, mtime: info.mtimeMs, inode: info.ino });
      return { ok: true, version };
    });
  }

  /** Removes a file if the disk still holds `base`. */
  remove(path: string, segments: readonly string[], base: string | null): Promise<{ ok: true } | { ok: false; file: StoredFile }> {
    return this.exclusive(path, async () => {
      const place = await this.place(segments);
      const disk = await this.current(place, path);
      if ((disk?.version ?? null) !== base) return { ok: false, file: { path, text: disk?.bytes.toString('utf8') ?? null, version: disk?.version ?? null } };
      if (disk !== undefined) await unlink(place);
      this.known.delete(path);
      return { ok: true };
    });
  }

  /**
   * The files among `paths` (all files when undefined) that changed since last seen, as they now
   * are (text and version null: deleted).
   */
  async changes(paths: ReadonlySet<string> | undefined): Promise<StoredFile[]> {
    const candidates = new Set(paths ?? [...(await this.list()), ...this.known.keys()]);
    const changed: StoredFile[] = [];
    for (const path of candidates) {
      const file = await this.exclusive(path, async (): Promise<StoredFile | undefined> => {
        const before = this.known.get(path);
        const place = join(this.root, ...path.split('/'));
        const info = await stat(place).catch(() => undefined);
        if (info === undefined || !info.isFile()) {
          if (before === undefined) return undefined;
          this.known.delete(path);
          return { path, text: null, version: null };
        }
        if (before !== undefined && before.size === info.size && before.mtime === info.mtimeMs && before.inode === info.ino) return undefined;
        // Only files that really are the folder's (not through a link leading out).
        if (!(await this.place(path.split('/')).then(() => true, () => false))) return undefined;
        const found = await this.current(place, path).catch(() => undefined);
        if (found === undefined || found.version === before?.version) return undefined;
        return { path, text: found.bytes.toString('utf8'), version: found.version };
      });
      if (file !== undefined) changed.push(file);
    }
    return changed;
  }

  /** Remembers what every file is now, so that only later changes are reported. */
  async remember(): Promise<number> {
    await this.changes(undefined);
    return this.known.size;
  }
}

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Writes a file so that it is either the old or the new bytes, never a mix: a temporary file in
 * the same folder, flushed to disk, renamed over the file, and the folder flushed too.
 */
async function atomicWrite(target: string, bytes: Uint8Array): Promise<void> {
  const folder = dirname(target);
  const temporary = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = await stat(target).then((info) => info.mode & 0o777, () => undefined);
  const handle = await open(temporary, 'wx', 0o644);
  try {
    if (mode !== undefined) await handle.chmod(mode);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    await rename(temporary, target);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
  try {
    const directory = await open(folder, 'r');
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  } catch {
    // Not every platform can flush a folder; the rename is still atomic.
  }
}

/** Watches the folder and reports which YAML files may have changed (undefined: any). */
function watchFolder(root: string, onChange: (paths: Set<string> | undefined) => void): () => void {
  let pending: Set<string> | undefined = new Set();
  let everything = false;
  let timer: NodeJS.Timeout | undefined;
  const note = (name: string | null) => {
    const path = name?.split(sep).join('/');
    if (path === undefined) everything = true;
    else if (path.split('/').some((segment) => segment.startsWith('.') || skipped.has(segment))) return; // our temporary files, .git
    else if (isYaml(path)) pending?.add(path);
    else everything = true; // a folder appeared, went or was renamed
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = everything ? undefined : pending;
      pending = new Set();
      everything = false;
      onChange(paths);
    }, settle);
  };
  const watchers: FSWatcher[] = [];
  try {
    watchers.push(watch(root, { recursive: true }, (_, name) => note(name === null ? null : String(name))));
  } catch {
    // No recursive watching here: watch each folder, and look again at everything when one changes.
    const add = async (folder: string) => {
      try {
        watchers.push(watch(folder, () => note(null)));
        for (const entry of await readdir(folder, { withFileTypes: true })) {
          if (entry.isDirectory() && !entry.name.startsWith('.') && !skipped.has(entry.name)) await add(join(folder, entry.name));
        }
      } catch {
        // A folder that went away meanwhile.
      }
    };
    void add(root);
  }
  for (const watcher of watchers) watcher.on('error', () => note(null));
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}

/** Where the editor's build is: an explicit folder, SUNLIT_EDITOR_DIST, @sunlit/editor, or the repository's apps/editor. */
async function findDist(explicit: string | undefined): Promise<string | undefined> {
  const candidates: string[] = [];
  if (explicit !== undefined) candidates.push(explicit);
  else {
    if (process.env.SUNLIT_EDITOR_DIST) candidates.push(process.env.SUNLIT_EDITOR_DIST);
    try {
      candidates.push(join(dirname(createRequire(import.meta.url).resolve('@sunlit/editor/package.json')), 'dist'));
    } catch {
      // Not installed as a package: the repository's own folder may have it.
    }
    candidates.push(fileURLToPath(new URL('../../../apps/editor/dist', import.meta.url)));
  }
  for (const candidate of candidates) {
    try {
      const real = await realpath(candidate);
      if ((await stat(join(real, 'index.html'))).isFile()) return real;
    } catch {
      // Not there.
    }
  }
  return undefined;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The app's Content-Security-Policy: its own scripts only, no inline or injected script, no
 * plug-ins, no framing; inline styles are allowed (the canvas and the code editor set them).
 * 'unsafe-eval' because @sunlit/core validates with ajv, which compiles each schema with
 * `new Function` (precompiled standalone validators would let it go).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const commonHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const notBuiltPage = `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><title>Sunlit 编辑器尚未构建</title></head>
<body>
<h1>编辑器尚未构建</h1>
<p>请在仓库根目录运行 <code>pnpm build</code>，然后重新运行 <code>sunlit edit</code>。文件接口照常可用：<a href="/api/workspace">/api/workspace</a>。</p>
<h1 lang="en">The editor is not built</h1>
<p lang="en">Run <code>pnpm build</code> at the repository root, then run <code>sunlit edit</code> again. The file API works: <a href="/api/workspace">/api/workspace</a>.</p>
</body></html>
`;

/** Starts the server. Rejects with the listen error (e.g. EADDRINUSE). */
export async function startEditServer(options: EditServerOptions): Promise<EditServer> {
  const text = dictionaries[options.locale ?? 'zh-Hans'];
  const entryPath = await resolveEntry(options.catalogue);
  const realEntry = await realpath(entryPath);
  const root = dirname(realEntry);
  const workspace = new Workspace(root, basename(realEntry), text);
  const files = await workspace.remember();
  const dist = await findDist(options.dist);
  const clients = new Set<ServerResponse>();
  let port = options.port ?? defaultPort;

  const broadcast = (file: StoredFile) => {
    const message = `event: file\ndata: ${JSON.stringify(file)}\n\n`;
    for (const client of clients) client.write(message);
  };

  const json = (response: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) => {
    const payload = Buffer.from(JSON.stringify(body), 'utf8');
    response.writeHead(status, { ...commonHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': String(payload.length), ...extra });
    response.end(payload);
  };

  const readBody = (request: IncomingMessage): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > bodyLimit) return reject(new Refusal(413, 'too-large', fill(text.tooLarge, { value: bodyLimit })));
      const chunks: Buffer[] = [];
      let size = 0;
      request.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > bodyLimit) {
          request.removeAllListeners('data');
          reject(new Refusal(413, 'too-large', fill(text.tooLarge, { value: bodyLimit })));
          request.resume();
        } else chunks.push(chunk);
      });
      request.on('end', () => resolve(Buffer.concat(chunks)));
      request.on('error', reject);
    });

  const api = async (method: string, route: string, query: URLSearchParams, request: IncomingMessage, response: ServerResponse) => {
    if (route === '/api/workspace') {
      if (method !== 'GET') throw new Refusal(405, 'bad-method', fill(text.badMethod, { value: route }));
      return json(response, 200, await workspace.workspace());
    }
    if (route === '/api/events') {
      if (method !== 'GET') throw new Refusal(405, 'bad-method', fill(text.badMethod, { value: route }));
      response.writeHead(200, { ...commonHeaders, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      response.write('retry: 2000\n\n');
      clients.add(response);
      response.on('close', () => clients.delete(response));
      return;
    }
    if (!route.startsWith('/api/files/')) throw new Refusal(404, 'not-found', fill(text.notFound, { value: printable(safeDecode(route), 200) }));
    const segments = workspace.segments(route.slice('/api/files/'.length));
    const path = segments.join('/');
    if (method === 'GET') {
      const file = await workspace.file(path, segments);
      return file.version === null ? json(response, 404, { error: 'not-found', message: fill(text.notFound, { value: printable(path, 200) }) }) : json(response, 200, file);
    }
    if (method === 'PUT') {
      let body: unknown;
      try {
        body = JSON.parse((await readBody(request)).toString('utf8'));
      } catch (error) {
        if (error instanceof Refusal) throw error;
        body = undefined;
      }
      const { text: content, base } = (body ?? {}) as { text?: unknown; base?: unknown };
      if (typeof content !== 'string' || !(base === null || (typeof base === 'string' && /^[0-9a-f]{64}$/.test(base)))) throw new Refusal(400, 'bad-body', text.badBody);
      const result = await workspace.write(path, segments, content, base);
      if (!result.ok) return json(response, 409, { version: result.file.version, text: result.file.text });
      json(response, 200, { version: result.version });
      broadcast({ path, version: result.version, text: content });
      return;
    }
    if (method === 'DELETE') {
      const raw = query.get('base');
      const base = raw === null || raw === '' || raw === 'null' ? null : raw;
      const result = await workspace.remove(path, segments, base);
      if (!result.ok) return json(response, 409, { version: result.file.version, text: result.file.text });
      json(response, 200, { version: null });
      broadcast({ path, version: null, text: null });
      return;
    }
    throw new Refusal(405, 'bad-method', fill(text.badMethod, { value: printable(path, 200) }));
  };

  const staticFile = async (method: string, route: string, response: ServerResponse) => {
    if (method !== 'GET' && method !== 'HEAD') throw new Refusal(405, 'bad-method', fill(text.badMethod, { value: printable(safeDecode(route), 200) }));
    const send = (status: number, type: string, body: Buffer) => {
      response.writeHead(status, { ...commonHeaders, 'Content-Type': type, 'Content-Length': String(body.length), 'Cache-Control': 'no-cache', 'Content-Security-Policy': contentSecurityPolicy });
      response.end(method === 'HEAD' ? undefined : body);
    };
    if (dist === undefined) return send(200, types['.html']!, Buffer.from(notBuiltPage, 'utf8'));
    const parts = route.split('/').slice(1).map(safeDecode);
    if (parts.some((part) => part === '..' || part === '.' || /[\\\u0000]/.test(part))) throw new Refusal(400, 'bad-path', fill(text.badPath, { value: printable(safeDecode(route), 200) }));
    const wanted = parts.filter((part) => part !== '');
    let file = join(dist, ...(wanted.length === 0 ? ['index.html'] : wanted));
    let info = await stat(file).catch(() => undefined);
    // The app's own routes (no file extension) are the app.
    if (info?.isDirectory() || (info === undefined && extname(wanted[wanted.length - 1] ?? '') === '')) {
      file = join(dist, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    const real = info?.isFile() ? await realpath(file) : undefined;
    if (real === undefined || !real.startsWith(dist + sep)) throw new Refusal(404, 'not-found', fill(text.notFound, { value: printable(safeDecode(route), 200) }));
    send(200, types[extname(real).toLowerCase()] ?? 'application/octet-stream', await readFile(real));
  };

  const server = createServer((request, response) => {
    void (async () => {
      const method = request.method ?? 'GET';
      const target = request.url ?? '/';
      const mark = target.indexOf('?');
      const route = mark === -1 ? target : target.slice(0, mark);
      const query = new URLSearchParams(mark === -1 ? '' : target.slice(mark + 1));
      try {
        // DNS rebinding: a page of another site that resolves its name to 127.0.0.1 still sends its own Host.
        const host = (request.headers.host ?? '').toLowerCase();
        if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) throw new Refusal(403, 'bad-host', fill(text.badHost, { value: port }));
        const origin = request.headers.origin;
        if ((origin !== undefined && origin.toLowerCase() !== `http://${host}`) || request.headers['sec-fetch-site'] === 'cross-site') {
          throw new Refusal(403, 'bad-origin', fill(text.badOrigin, { value: printable(origin ?? 'cross-site', 200) }));
        }
        if (!route.startsWith('/')) throw new Refusal(400, 'bad-path', fill(text.badPath, { value: printable(route, 200) }));
        if (route === '/api' || route.startsWith('/api/')) await api(method, route, query, request, response);
        else await staticFile(method, route, response);
      } catch (error) {
        if (response.headersSent) return void response.destroy();
        if (error instanceof Refusal) return json(response, error.status, { error: error.code, message: error.message }, error.status === 413 ? { Connection: 'close' } : {});
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message ?? String(error);
        json(response, reason === 'ENOSPC' ? 507 : 500, { error: 'write-failed', message: fill(text.writeFailed, { value: printable(String(reason), 200) }) });
      }
    })();
  });
  // Event streams stay open; nothing else should take long.
  server.requestTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as { port: number }).port;

  const stopWatching = watchFolder(root, (paths) => {
    void workspace.changes(paths).then((changed) => changed.forEach(broadcast), () => undefined);
  });
  const ping = setInterval(() => {
    for (const client of clients) client.write(': ping\n\n');
  }, 20_000);
  ping.unref();

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    root,
    entry: workspace.entry,
    files,
    dist,
    close: async () => {
      stopWatching();
      clearInterval(ping);
      for (const client of clients) client.end();
      clients.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** What `sunlit edit` reads from the command line. */
export interface EditCommandOptions {
  readonly format: Format;
  readonly locale: Locale;
  readonly port?: string;
}

/**
 * `sunlit edit <catalogue> [--port n]`: starts the server, prints its address, and serves until
 * SIGINT or SIGTERM (or `stop` aborts). Exit 0 after a stop; 1 when the path is a power file, not
 * a catalogue; 2 on usage errors, a path that is not there, or a port in use.
 */
export async function editCommand(paths: readonly string[], options: EditCommandOptions, output: Output, stop?: AbortSignal): Promise<number> {
  const text = dictionaries[options.locale];
  if (paths.length !== 1) throw new UsageError(text.editUsage);
  const path = paths[0]!;
  const port = options.port === undefined ? defaultPort : /^\d{1,5}$/.test(options.port) && Number(options.port) <= 65535 ? Number(options.port) : undefined;
  if (port === undefined) throw new UsageError(fill(text.badPort, { value: printable(options.port ?? '') }));
  const entry = await resolveEntry(path);
  // A power file is not a catalogue: say so as validate does (the problem line, exit 1).
  if (documentKind(await readFile(entry, 'utf8').catch(() => '')) === 'power') {
    const { problems } = await loadCatalogue(entry, nodeSource(), { locale: options.locale, keepPowers: false });
    if (hasErrors(problems)) {
      if (options.format === 'json') output.stdout(JSON.stringify({ ok: false, problems: problems.map(publicProblem) }, null, 2) + '\n');
      else for (const problem of problems) output.stdout(problemLine(problem, options.locale) + '\n');
      return 1;
    }
  }
  let server: EditServer;
  try {
    server = await startEditServer({ catalogue: path, port, locale: options.locale });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE' || (error as NodeJS.ErrnoException).code === 'EACCES') {
      output.stderr(fill(text.portInUse, { value: port }) + '\n');
      return 2;
    }
    throw error;
  }
  if (options.format === 'json') {
    output.stdout(JSON.stringify({ ok: true, url: server.url, port: server.port, root: server.root, entry: server.entry, files: server.files, built: server.dist !== undefined }) + '\n');
  } else {
    output.stdout(fill(text.listening, { url: server.url, path: printable(path, Infinity), entry: printable(server.entry, Infinity), files: server.files }) + '\n');
    if (server.dist === undefined) output.stderr(fill(text.notBuilt, { value: 'apps/editor/dist' }) + '\n');
  }
  await new Promise<void>((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      stop?.removeEventListener('abort', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
    stop?.addEventListener('abort', done);
    if (stop?.aborted) done();
  });
  await server.close();
  if (options.format === 'text') output.stderr(text.stopped + '\n');
  return 0;
}
