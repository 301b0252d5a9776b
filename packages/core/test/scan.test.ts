/** The line scanner finds every node where the parser's events do, on every file it accepts. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanBlockNodes } from '../src/scan.js';
import { parseYaml, YamlLocator } from '../src/yaml.js';

const repository = new URL('../../../', import.meta.url).pathname;

function yamlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** Every path of a loaded value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const found = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => found.push(...paths(item, [...prefix, index])));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...prefix, key]));
  return found;
}

const files = [...yamlFiles(join(repository, 'examples')), ...yamlFiles(join(repository, 'packages/core/test/fixtures'))];

describe('scanBlockNodes', () => {
  it.each(files.map((file) => [file.slice(repository.length), file]))('%s: every node at the same key and value position as the parser says', (_, file) => {
    const text = readFileSync(file, 'utf8');
    const parsed = parseYaml(text);
    if (!parsed.ok) throw new Error('fixture does not parse');
    const events = new YamlLocator(text);
    for (const path of paths(parsed.value)) {
      const fast = new YamlLocator(text, [path]);
      for (const at of ['key', 'value'] as const) expect(fast.locate(path, at), `${path.join('/')} (${at})`).toEqual(events.locate(path, at));
    }
  });

  it('accepts the examples (block style), so that the fast path is the one taken', () => {
    for (const file of yamlFiles(join(repository, 'examples'))) expect(scanBlockNodes(readFileSync(file, 'utf8')), file).toBeDefined();
  });

  it('gives up on what it does not read, and the parser answers', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a:\n\tb: 1\n', '? a\n: 1\n', '---\na: 1\n', 'a: "x\n  y"\n', 'a: [1,\n  2]\n', '1: x\n', 'a: !t x\n'])
      expect(scanBlockNodes(text), text).toBeUndefined();
    // A path into a flow collection is answered by the parser's events.
    const text = 'a:\n  b: { c: 1, d: [2, 3] }\n';
    expect(new YamlLocator(text, [['a', 'b', 'd', 1]]).locate(['a', 'b', 'd', 1])).toEqual(new YamlLocator(text).locate(['a', 'b', 'd', 1]));
  });

  it('reads compact sequences, sequences of mappings, block scalars and comments', () => {
    const text = 'a:\n- x\n- k: 1\n  m: |\n    k2: not a key\n  n: 2 # c\nb: >-\n  text\n# end\nc:\n  - [1]\n';
    const events = new YamlLocator(text);
    const parsed = parseYaml(text);
    if (!parsed.ok) throw new Error();
    expect(scanBlockNodes(text)).toBeDefined();
    for (const path of paths(parsed.value))
      for (const at of ['key', 'value'] as const) expect(new YamlLocator(text, [path]).locate(path, at), `${path.join('/')} ${at}`).toEqual(events.locate(path, at));
  });
});
