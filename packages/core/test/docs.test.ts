/** The documentation keeps up with the code: every problem code explained, every link alive. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { validationIds } from '../src/messages/index.js';

const repository = new URL('../../../', import.meta.url).pathname;

it('docs/problems.md explains every validation problem code under its own heading, and no other (rules: docs/rules/)', () => {
  const headings = [...readFileSync(join(repository, 'docs/problems.md'), 'utf8').matchAll(/^### (.+)$/gm)].map((match) => match[1]!.trim());
  expect([...headings].sort()).toEqual([...validationIds].sort());
});

it('relative links in the README and docs lead to files that exist', () => {
  const markdown = (folder: string) => readdirSync(join(repository, folder)).filter((file) => file.endsWith('.md')).map((file) => `${folder}/${file}`);
  const pages = ['README.md', 'examples/README.md', 'bench/README.md', ...markdown('docs'), ...markdown('docs/rules')];
  for (const page of pages.filter((file) => existsSync(join(repository, file)))) {
    const text = readFileSync(join(repository, page), 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      expect(existsSync(join(repository, dirname(page), target!)), `${page} → ${target}`).toBe(true);
    }
  }
});
