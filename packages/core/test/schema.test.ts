/** The JSON Schemas: in step with the vocabularies, documented in both languages, strict about typos. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemas, validateSchema } from '../src/schema.js';
import { vocabularies } from '../src/vocabulary.js';

type Schema = Record<string, unknown>;

describe('the schemas', () => {
  it('are JSON Schema 2020-12 with $ids named after their files', () => {
    for (const [kind, schema] of Object.entries(schemas)) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toMatch(new RegExp(`/${kind}\\.schema\\.json$`));
    }
  });

  it('list exactly the values of each vocabulary, with a Chinese label for each', () => {
    for (const [name, vocabulary] of Object.entries(vocabularies)) {
      const definition = ((schemas.power.$defs as Record<string, Schema>)[name] ?? (schemas.catalogue.$defs as Record<string, Schema>)[name])!;
      expect(definition.enum, name).toEqual(vocabulary.values);
      const labels = vocabulary.labels as Record<string, { zh: string }>;
      (definition.markdownEnumDescriptions as string[]).forEach((description, index) => {
        expect(description, `${name}.${vocabulary.values[index]}`).toContain(labels[vocabulary.values[index]!]!.zh.split(' / ')[0]!);
      });
    }
  });

  it('describe every field in Chinese and in English, directly or through the definition they use', () => {
    const cjk = /[\u4e00-\u9fff]/;
    const latin = /[A-Za-z]{3}/;
    for (const schema of Object.values(schemas)) {
      const definitions = schema.$defs as Record<string, Schema>;
      const resolve = (ref: string) => ref.slice(2).split('/').reduce<Schema>((node, key) => node[key] as Schema, schema as Schema);
      const describedBy = (node: Schema): string => {
        if (typeof node.description === 'string') return node.description;
        return typeof node.$ref === 'string' ? describedBy(resolve(node.$ref)) : '';
      };
      const visit = (node: Schema, where: string) => {
        for (const [key, property] of Object.entries((node.properties ?? {}) as Record<string, Schema>)) {
          const description = describedBy(property);
          expect(description, `${where}.${key}`).toMatch(cjk);
          expect(description, `${where}.${key}`).toMatch(latin);
        }
      };
      visit(schema, String(schema.$id));
      for (const [name, definition] of Object.entries(definitions)) visit(definition, name);
    }
  });

  it('are what the examples\' modelines point to', () => {
    const root = new URL('../../../examples/', import.meta.url).pathname;
    const files = ['minimal.yaml', 'shenyang/catalogue.yaml', ...readdirSync(join(root, 'shenyang/powers')).map((file) => `shenyang/powers/${file}`)];
    for (const file of files) {
      const modeline = /^# yaml-language-server: \$schema=(\S+)/.exec(readFileSync(join(root, file), 'utf8'));
      expect(modeline, file).not.toBeNull();
      expect(existsSync(resolve(dirname(join(root, file)), modeline![1]!)), file).toBe(true);
    }
  });
});

describe('the catalogue schema', () => {
  it('embeds the power schema, so that editors need no other file and no network', () => {
    const file = new URL('../../../schemas/catalogue.schema.json', import.meta.url).pathname;
    const written = JSON.parse(readFileSync(file, 'utf8')) as Schema;
    const { $schema: _schema, $id: _id, ...power } = schemas.power as Schema;
    const embedded = JSON.parse(JSON.stringify(power).replace(/"#\/\$defs\//g, '"#/$defs/power/$defs/'));
    const expected = { ...written, $defs: { ...(written.$defs as Schema), power: embedded } };
    if (process.env.UPDATE_SCHEMAS) writeFileSync(file, JSON.stringify(expected, null, 2) + '\n');
    expect(written, 'run UPDATE_SCHEMAS=1 pnpm test').toEqual(expected);
    expect(JSON.stringify(written)).not.toMatch(/"\$ref":"(?!#)/);
  });
});

describe('a power', () => {
  const valid = {
    code: 'SY-QT-0001',
    name: '政府信息公开申请办理',
    category: 'other',
    department: 'ogi-office',
    basis: ['ogi-reg 33'],
    flow: { initial: '申请', states: { 申请: { on: { 提交: '办结' } }, 办结: { type: 'final' } } },
  };

  it('accepts x- extensions anywhere and refuses unknown keys (typos) at the top level', () => {
    expect(validateSchema('power', { ...valid, 'x-内部编号': 12 }, 'p.yaml')).toEqual([]);
    expect(validateSchema('power', { ...valid, catgory: 'other' }, 'p.yaml')).toMatchObject([
      { code: 'unknown-field', path: ['catgory'], params: { suggestion: 'category' } },
    ]);
  });

  it.each(['../etc', 'a/b', 'a\\b', '..', '.hidden', '', 'x'.repeat(65), 'SY QT'])('refuses the path-like or malformed code %j', (code) => {
    expect(validateSchema('power', { ...valid, code }, 'p.yaml').map((found) => found.code)).toEqual(['invalid-code']);
  });

  it('accepts codes as offices write them', () => {
    for (const code of ['SY-QT-0001', '110105000000-XK-0042', 'a.b_c-1', 'A']) expect(validateSchema('power', { ...valid, code }, 'p.yaml')).toEqual([]);
  });
});

describe('many errors', () => {
  it('are gathered by appending, not by copying all found so far: every wrong item is reported', async () => {
    const { linearErrorsRewrites } = await import('../src/schema.js');
    const departments = Array.from({ length: 50_000 }, () => 1);
    const found = validateSchema('catalogue', { sunlit: 1, id: 'x', title: 't', authority: 'a', edition: '1', departments, laws: [], powers: [] }, 'c.yaml');
    // The rewrite of ajv's generated code happened (a new ajv that writes the line differently fails here).
    expect(linearErrorsRewrites).toBeGreaterThan(0);
    expect(found.filter((problem) => problem.code === 'wrong-type' && problem.path[0] === 'departments')).toHaveLength(50_000);
    expect(found.map((problem) => String(problem.path[1]))).toEqual(expect.arrayContaining(['0', '25000', '49999']));
  });
});
