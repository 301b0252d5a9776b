import { expect, it } from 'vitest';
import { checkGenerated, convert, dictionarySource } from '../../../test-support/zh-hant.js';
import { en } from '../src/en.js';
import { zhHans } from '../src/zh-Hans.js';

it('charts speak zh-Hant through the OpenCC conversion of zh-Hans', () => {
  const source = dictionarySource({ type: 'RenderDictionary', typeModule: './dictionary.js', name: 'zhHant', value: convert(zhHans) });
  expect(checkGenerated(new URL('../src/zh-Hant.ts', import.meta.url).pathname, source), 'run UPDATE_MESSAGES=1 pnpm test').toBe(true);
});

it('every language has every word', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(zhHans).sort());
});
