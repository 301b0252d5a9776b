/**
 * Where the catalogue's files live. `sunlit edit` serves them over a small HTTP API (see
 * docs/cli.md); without it, the editor works on a folder opened through the File System Access
 * API, or on uploaded files that it gives back as downloads.
 */

/** A file as read from its backend: `version` identifies the bytes on disk (sha256 hex). */
export interface StoredFile {
  readonly path: string;
  readonly text: string;
  readonly version: string | null;
}

/** What a backend holds when opened. */
export interface StoredWorkspace {
  readonly name: string;
  readonly entry: string;
  readonly files: readonly StoredFile[];
}

/** The outcome of a write: the new version, or the file as it now is on disk. */
export type WriteResult = { readonly ok: true; readonly version: string | null } | { readonly ok: false; readonly disk: StoredFile };

/** A place the editor reads and writes a catalogue's files. */
export interface Backend {
  /** Shown in the title bar: where saving goes. */
  readonly kind: 'server' | 'folder' | 'download';
  load(): Promise<StoredWorkspace>;
  /** Writes `text` if the file on disk is still `base` (null: the file must not exist yet). */
  write(path: string, text: string, base: string | null): Promise<WriteResult>;
  remove(path: string, base: string | null): Promise<WriteResult>;
  /** Changes made on disk by someone else; returns the unsubscribe function. */
  watch(onChange: (file: StoredFile) => void): () => void;
}

/** A refused write as the server words it (a full disk says so and that nothing was lost), not raw JSON. */
async function failure(response: Response): Promise<Error> {
  const body = await response.text();
  try {
    const { message } = JSON.parse(body) as { message?: unknown };
    if (typeof message === 'string' && message !== '') return new Error(message);
  } catch {
    // Not JSON: show what came.
  }
  return new Error(`${response.status} ${body}`);
}

/** The API of `sunlit edit`, same origin. */
export function serverBackend(base = ''): Backend {
  const url = (path: string) => `${base}/api/files/${path.split('/').map(encodeURIComponent).join('/')}`;
  const conflict = async (response: Response, path: string): Promise<WriteResult> => {
    const body = (await response.json()) as { version: string | null; text: string | null };
    return { ok: false, disk: { path, text: body.text ?? '', version: body.version } };
  };
  return {
    kind: 'server',
    async load() {
      const response = await fetch(`${base}/api/workspace`, { cache: 'no-store' });
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return (await response.json()) as StoredWorkspace;
    },
    async write(path, text, baseVersion) {
      const response = await fetch(url(path), {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, base: baseVersion }),
      });
      if (response.status === 409) return conflict(response, path);
      if (!response.ok) throw await failure(response);
      const { version } = (await response.json()) as { version: string };
      return { ok: true, version };
    },
    async remove(path, baseVersion) {
      const response = await fetch(`${url(path)}?base=${encodeURIComponent(baseVersion ?? '')}`, { method: 'DELETE' });
      if (response.status === 409) return conflict(response, path);
      if (!response.ok) throw await failure(response);
      return { ok: true, version: null };
    },
    watch(onChange) {
      const source = new EventSource(`${base}/api/events`);
      source.addEventListener('file', (event) => {
        const data = JSON.parse((event as MessageEvent<string>).data) as { path: string; version: string | null; text: string | null };
        onChange({ path: data.path, text: data.text ?? '', version: data.version });
      });
      return () => source.close();
    },
  };
}

/** sha256 hex of a text's UTF-8 bytes: the same version the server computes. */
export async function versionOf(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

const yamlFile = /\.ya?ml$/i;

/** Picks the entry file: catalogue.yaml at the top if there is one, else the first top-level YAML. */
export function entryOf(paths: readonly string[]): string | undefined {
  const top = paths.filter((path) => !path.includes('/')).sort();
  return top.find((path) => /^catalogue\.ya?ml$/i.test(path)) ?? top[0];
}

interface DirectoryHandle {
  readonly name: string;
  readonly kind: 'directory';
  entries(): AsyncIterable<[string, DirectoryHandle | FileHandle]>;
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<DirectoryHandle>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandle>;
  removeEntry(name: string): Promise<void>;
}
interface FileHandle {
  readonly kind: 'file';
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}

/** Whether this browser can open a folder for reading and writing (Chromium-based browsers). */
export function canOpenFolder(): boolean {
  return typeof (window as unknown as { showDirectoryPicker?: unknown }).showDirectoryPicker === 'function';
}

/** A folder opened with the File System Access API; writes go straight to its files. */
export async function folderBackend(): Promise<Backend> {
  const picker = (window as unknown as { showDirectoryPicker: (options: { mode: 'readwrite' }) => Promise<DirectoryHandle> }).showDirectoryPicker;
  const root = await picker({ mode: 'readwrite' });
  const walk = async (folder: DirectoryHandle, prefix: string, out: StoredFile[]): Promise<void> => {
    for await (const [name, handle] of folder.entries()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      if (handle.kind === 'directory') await walk(handle, `${prefix}${name}/`, out);
      else if (yamlFile.test(name)) {
        const text = await (await handle.getFile()).text();
        out.push({ path: prefix + name, text, version: await versionOf(text) });
      }
    }
  };
  const fileHandle = async (path: string, create: boolean): Promise<FileHandle> => {
    const parts = path.split('/');
    let folder = root;
    for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create });
    return folder.getFileHandle(parts[parts.length - 1]!, { create });
  };
  const current = async (path: string): Promise<StoredFile | undefined> => {
    try {
      const text = await (await (await fileHandle(path, false)).getFile()).text();
      return { path, text, version: await versionOf(text) };
    } catch {
      return undefined;
    }
  };
  return {
    kind: 'folder',
    async load() {
      const files: StoredFile[] = [];
      await walk(root, '', files);
      const entry = entryOf(files.map((file) => file.path)) ?? 'catalogue.yaml';
      return { name: root.name, entry, files: [...files].sort((a, b) => (a.path === entry ? -1 : b.path === entry ? 1 : a.path.localeCompare(b.path))) };
    },
    async write(path, text, base) {
      const disk = await current(path);
      if ((disk?.version ?? null) !== base) return { ok: false, disk: disk ?? { path, text: '', version: null } };
      const writable = await (await fileHandle(path, true)).createWritable();
      await writable.write(text);
      await writable.close();
      return { ok: true, version: await versionOf(text) };
    },
    async remove(path, base) {
      const disk = await current(path);
      if ((disk?.version ?? null) !== base) return { ok: false, disk: disk ?? { path, text: '', version: null } };
      const parts = path.split('/');
      let folder = root;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
      await folder.removeEntry(parts[parts.length - 1]!);
      return { ok: true, version: null };
    },
    watch() {
      return () => undefined;
    },
  };
}

/** Uploaded files: saving downloads each changed file, to be put back in the folder by hand. */
export async function uploadBackend(files: readonly File[]): Promise<Backend> {
  const stored: StoredFile[] = [];
  for (const file of files) {
    if (!yamlFile.test(file.name)) continue;
    const relative = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
    // A folder upload names paths from the folder itself: drop that first segment.
    const path = relative.includes('/') ? relative.slice(relative.indexOf('/') + 1) : relative;
    const text = await file.text();
    stored.push({ path, text, version: await versionOf(text) });
  }
  const folderName = (files[0] as (File & { webkitRelativePath?: string }) | undefined)?.webkitRelativePath?.split('/')[0] ?? 'catalogue';
  const entry = entryOf(stored.map((file) => file.path)) ?? stored[0]?.path ?? 'catalogue.yaml';
  return {
    kind: 'download',
    async load() {
      return { name: folderName, entry, files: stored };
    },
    async write(path, text) {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
      link.download = path.split('/').pop() ?? path;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      return { ok: true, version: await versionOf(text) };
    },
    async remove() {
      return { ok: true, version: null };
    },
    watch() {
      return () => undefined;
    },
  };
}
