import { expect, it } from 'vitest';
import { checkGenerated, convert, dictionarySource } from '../../../test-support/zh-hant.js';
import { zhHans } from '../src/messages/zh-Hans.js';

it('the editor speaks zh-Hant through the OpenCC conversion of zh-Hans', () => {
  const source = dictionarySource({ type: 'EditorDictionary', typeModule: './dictionary.js', name: 'zhHant', value: convert(zhHans) });
  expect(checkGenerated(new URL('../src/messages/zh-Hant.ts', import.meta.url).pathname, source), 'run UPDATE_MESSAGES=1 pnpm test').toBe(true);
});
