/** Every rule has its page, and every page's examples behave as the page says. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, memorySource } from '../src/catalogue.js';
import { rules } from '../src/lint/index.js';
import { ruleIds } from '../src/messages/index.js';

const repository = new URL('../../../', import.meta.url).pathname;
const folder = join(repository, 'docs/rules');
const index = readFileSync(join(folder, 'README.md'), 'utf8');
/** The catalogue the examples belong to, as docs/rules/README.md shows it. */
const entry = /## 示例所用的目录[^\n]*\n[\s\S]*?```yaml\n([\s\S]*?)```/.exec(index)![1]!;

async function lint(power: string) {
  const result = await loadCatalogue('catalogue.yaml', memorySource({ 'catalogue.yaml': entry, 'powers/example.yaml': power }), { lint: true });
  return { problems: result.problems, lint: result.lint ?? [] };
}

describe('docs/rules', () => {
  it('has a page for every rule, and no other; the index lists each with its default severity', () => {
    const pages = readdirSync(folder).filter((file) => file !== 'README.md').map((file) => file.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual([...ruleIds].sort());
    expect(rules.map((rule) => rule.id)).toEqual([...ruleIds]);
    for (const rule of rules) {
      expect(rule.docs).toBe(`docs/rules/${rule.id}.md`);
      expect(index).toContain(`| [${rule.id}](${rule.id}.md) |`);
      expect(index).toMatch(new RegExp(`\\| \\[${rule.id}\\].*\\| ${rule.severity} \\|`));
      expect(readFileSync(join(folder, `${rule.id}.md`), 'utf8')).toContain(`lint: { ${rule.id}: off | warn | error }`);
    }
  });

  it.each([...ruleIds])('%s: the wrong example triggers the rule, the right one does not; both validate', async (id) => {
    const page = readFileSync(join(folder, `${id}.md`), 'utf8');
    const example = (kind: string) => new RegExp(`<!-- ${kind} -->\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(page)?.[1];
    const wrong = await lint(example('wrong')!);
    const right = await lint(example('right')!);
    expect(wrong.problems).toEqual([]);
    expect(right.problems).toEqual([]);
    expect(wrong.lint.map((problem) => problem.code)).toContain(id);
    expect(right.lint.map((problem) => problem.code)).not.toContain(id);
    // Chinese first, then English, each with what and why.
    expect(page.indexOf('## 中文')).toBeLessThan(page.indexOf('## English'));
    for (const heading of ['### 检查什么', '### 为什么', '### What it checks', '### Why']) expect(page).toContain(heading);
  });
});
