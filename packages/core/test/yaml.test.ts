/**
 * The fast path (js-yaml's load) and the position path (js-yaml's events) must agree with each
 * other and with the `yaml` package, whose Document API the editor uses to write files: same
 * values, and every node found at the same line and column.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, LineCounter, parse, parseDocument, stringify, type Node as YamlNode } from 'yaml';
import { limits, parseYaml, YamlLocator } from '../src/yaml.js';

type Path = (string | number)[];

/** Every path in a value, depth first: the nodes a problem may point at. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  }
  return paths;
}

/** Where the `yaml` package says a node (or its key) starts. */
function oracle(text: string) {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, version: '1.2', schema: 'core', uniqueKeys: true });
  return (path: Path, at: 'key' | 'value') => {
    let node: unknown = document.contents;
    let keyNode: YamlNode | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        keyNode = pair?.key as YamlNode;
        node = pair?.value;
      } else if (isSeq(node)) {
        keyNode = undefined;
        node = node.items[Number(segment)];
      } else return undefined;
    }
    const target = at === 'key' && keyNode ? keyNode : (node as YamlNode | undefined);
    const offset = target?.range?.[0];
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
}

const examples = (() => {
  const root = new URL('../../../examples/', import.meta.url).pathname;
  const files = [join(root, 'minimal.yaml'), join(root, 'shenyang/catalogue.yaml')];
  const powers = join(root, 'shenyang/powers');
  for (const file of readdirSync(powers)) files.push(join(powers, file));
  return files.map((file) => [file.slice(root.length), readFileSync(file, 'utf8')] as const);
})();

describe('the example files', () => {
  it.each(examples)('%s: js-yaml and yaml read the same values, and every node is found where yaml finds it', (_, text) => {
    const fast = parseYaml(text);
    expect(fast.ok).toBe(true);
    const value = fast.ok ? fast.value : undefined;
    expect(parse(text, { version: '1.2', schema: 'core' })).toEqual(value);
    const locator = new YamlLocator(text);
    const expected = oracle(text);
    for (const path of pathsOf(value)) {
      expect(locator.locate(path, 'value'), path.join('/')).toEqual(expected(path, 'value'));
      if (path.length > 0 && typeof path[path.length - 1] === 'string') {
        expect(locator.locate(path, 'key'), path.join('/') + ' (key)').toEqual(expected(path, 'key'));
      }
    }
  });
});

const key = fc.constantFrom('code', 'name', '名称', '受理', '补正', '联合审查', 'on', 'a b', 'x-备注', '1', 'true', 'null', 'é', '条: 33', '#tag');
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('政府信息公开申请', '第三十三条：行政机关…', 'ogi-reg 33', '2026-12-01', 'yes', 'no', '0o17', '1_000', '.inf', '', ' 前导空格', 'a: b', '# 注释', '多行\n文本', '- 列表', '*ref', '&anchor', '!tag', '"q"', "'q'"),
);
const scalar = fc.oneof(text, fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.boolean(), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }));
const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(key, tie('tree'), { maxKeys: 5 }),
  ),
}));
const documentValue = fc.dictionary(key, tree, { minKeys: 1, maxKeys: 6 });

/** The document written the many ways people and tools write YAML. */
const written = fc.tuple(documentValue, fc.integer({ min: 0, max: 5 }), fc.constantFrom(-1, 0, 1, 2, 3), fc.boolean()).map(([value, style, flowLevel, quoteDouble]) => {
  const source =
    style === 0
      ? stringify(value, { version: '1.2' })
      : style === 1
        ? stringify(value, { version: '1.2', collectionStyle: 'flow' })
        : style === 2
          ? stringify(value, { version: '1.2', defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })
          : style === 3
            ? stringify(value, { version: '1.2', indent: 4, indentSeq: false, lineWidth: 20 })
            : dump(value, { flowLevel, quoteStyle: quoteDouble ? 'double' : 'single', lineWidth: 30 });
  return { value, source };
});

describe('any document, however written', () => {
  it('reads the same values on the fast path, the event path and in the yaml package', () => {
    fc.assert(
      fc.property(written, ({ value, source }) => {
        const fast = parseYaml(source);
        expect(fast.ok).toBe(true);
        const loaded = fast.ok ? fast.value : undefined;
        expect(loaded).toEqual(JSON.parse(JSON.stringify(value)));
        expect(parse(source, { version: '1.2', schema: 'core' })).toEqual(loaded);
      }),
      { numRuns: 400, seed: 20261121 },
    );
  });

  it('finds every node, and every key, where the yaml package finds it', () => {
    fc.assert(
      fc.property(written, ({ source }) => {
        const loaded = load(source);
        const locator = new YamlLocator(source);
        const expected = oracle(source);
        for (const path of pathsOf(loaded)) {
          expect(locator.locate(path, 'value'), path.join('/')).toEqual(expected(path, 'value'));
          if (path.length > 0 && typeof path[path.length - 1] === 'string') {
            expect(locator.locate(path, 'key'), path.join('/')).toEqual(expected(path, 'key'));
          }
        }
      }),
      { numRuns: 400, seed: 20261121 },
    );
  });
});

describe('hostile input', () => {
  it('refuses an alias bomb without expanding it', { timeout: 2000 }, () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 9; level++) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      levels.push(`${name}: &${name} [${Array(9).fill('*' + previous).join(',')}]`);
    }
    const result = parseYaml(levels.join('\n') + '\n');
    expect(result).toMatchObject({ ok: false, problem: { code: 'yaml-alias-limit' } });
  });

  it('refuses an alias that contains itself', () => {
    expect(parseYaml('a: &a [x, *a]\n')).toMatchObject({ ok: false, problem: { code: 'yaml-alias-limit' } });
  });

  it('allows a few ordinary aliases', () => {
    expect(parseYaml('basis: &b [ogi-reg 33]\nagain: *b\n')).toEqual({ ok: true, value: { basis: ['ogi-reg 33'], again: ['ogi-reg 33'] } });
  });

  it('refuses 10,000-deep nesting with a problem, not a stack overflow', { timeout: 2000 }, () => {
    const flow = 'a: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n';
    expect(parseYaml(flow)).toMatchObject({ ok: false, problem: { code: 'yaml-too-deep', limit: limits.depth } });
    let block = '';
    for (let depth = 0; depth < 2_000; depth++) block += ' '.repeat(depth) + 'k:\n';
    expect(parseYaml(block)).toMatchObject({ ok: false, problem: { code: 'yaml-too-deep' } });
  });

  it('keeps __proto__ and constructor as plain keys: no prototype pollution', () => {
    const result = parseYaml('__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\n');
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.ok ? result.value : null)).toBe(Object.prototype);
  });

  it('reads dates as text, YAML 1.1 booleans as text, and merge keys as plain keys', () => {
    expect(parseYaml('d: 2026-12-01\nb: yes\n<<: { x: 1 }\n')).toEqual({ ok: true, value: { d: '2026-12-01', b: 'yes', '<<': { x: 1 } } });
  });

  it('ignores a byte-order mark and reads CRLF line ends', () => {
    const text = 'a: 1\r\nb:\r\n  c: 受理\r\n';
    expect(parseYaml(text)).toEqual({ ok: true, value: { a: 1, b: { c: '受理' } } });
    expect(new YamlLocator(text).locate(['b', 'c'])).toEqual({ line: 3, column: 6 });
  });
});
