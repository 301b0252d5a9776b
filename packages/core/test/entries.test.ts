/** The main entry runs in browsers: nothing it reaches may import Node's built-ins. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';

const source = new URL('../src/', import.meta.url).pathname;

function reachable(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  for (const match of text.matchAll(/(?:import|export)[^'"]*from\s+'(\.[^']+)'/g)) {
    reachable(join(dirname(entry), match[1]!.replace(/\.js$/, '.ts')), seen);
  }
  return seen;
}

it.each(['index.ts', 'machine.ts', 'edit/index.ts'])('%s imports no node: modules, directly or through its imports', (entry) => {
  for (const file of reachable(join(source, entry))) {
    expect(readFileSync(file, 'utf8'), file).not.toMatch(/from\s+'node:|require\(/);
  }
});
