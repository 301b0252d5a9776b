/** The documentation keeps up with the code: every problem code explained, every link alive. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { messageIds } from '../src/messages/index.js';

const repository = new URL('../../../', import.meta.url).pathname;

it('docs/problems.md explains every problem code under its own heading, and no other', () => {
  const headings = [...readFileSync(join(repository, 'docs/problems.md'), 'utf8').matchAll(/^### (.+)$/gm)].map((match) => match[1]!.trim());
  expect([...headings].sort()).toEqual([...messageIds].sort());
});

it('relative links in the README and docs lead to files that exist', () => {
  const pages = ['README.md', 'examples/README.md', 'bench/README.md', ...readdirSync(join(repository, 'docs')).map((file) => `docs/${file}`)];
  for (const page of pages.filter((file) => existsSync(join(repository, file)))) {
    const text = readFileSync(join(repository, page), 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      expect(existsSync(join(repository, dirname(page), target!)), `${page} → ${target}`).toBe(true);
    }
  }
});
