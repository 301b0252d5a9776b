/**
 * `sunlit edit` when the disk fails mid-write (full disk): the reply says so, the file on disk is
 * the old version, whole, and no temporary file is left behind.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';

const failing = vi.hoisted(() => ({ on: false }));

vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>();
  // The write of the temporary file fails after part of it went to disk, as on a full disk.
  const open: typeof real.open = async (...args) => {
    const handle = await real.open(...args);
    if (!failing.on || args[1] !== 'wx') return handle;
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'writeFile') {
          return async (data: Uint8Array) => {
            await target.write(data.subarray(0, data.length >> 1));
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          };
        }
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? (value as (...values: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  return { ...real, open, default: { ...real, open } };
});

const { startEditServer } = await import('../src/edit.js');

it('a write that fails leaves the old file whole and no temporary file, and says so (507)', async () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'sunlit-edit-full-')), 'shenyang');
  cpSync(new URL('../../../examples/shenyang', import.meta.url).pathname, folder, { recursive: true });
  const server = await startEditServer({ catalogue: folder, port: 0 });
  try {
    const path = 'powers/ogi-application.yaml';
    const before = readFileSync(join(folder, path), 'utf8');
    failing.on = true;
    const body = JSON.stringify({ text: before + '# 新的内容\n'.repeat(1000), base: createHash('sha256').update(before).digest('hex') });
    const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const outgoing = request({ host: '127.0.0.1', port: server.port, method: 'PUT', path: `/api/files/${path}`, headers: { Host: `127.0.0.1:${server.port}` } }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });
    failing.on = false;
    expect(reply.status).toBe(507);
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'write-failed', message: expect.stringContaining('ENOSPC') });
    expect(readFileSync(join(folder, path), 'utf8')).toBe(before);
    expect(readdirSync(join(folder, 'powers')).filter((name) => name.startsWith('.'))).toEqual([]);
  } finally {
    failing.on = false;
    await server.close();
  }
});
