/**
 * Starts the real `sunlit edit` (the built CLI) on a folder, on a free port, for the browser tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const repository = new URL('../', import.meta.url).pathname;

/** The running server: its URL and its process (kill it when done). */
export interface EditServer {
  readonly url: string;
  readonly child: ChildProcess;
}

/** Starts `sunlit edit <folder> --port 0` and resolves once it prints its URL. */
export function startSunlitEdit(folder: string): Promise<EditServer> {
  const child = spawn(process.execPath, [join(repository, 'packages/cli/dist/bin.js'), 'edit', folder, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise<EditServer>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`sunlit edit did not start: ${output}`));
    }, 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve({ url, child });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sunlit edit exited with ${code}: ${output}`));
    });
  });
}
