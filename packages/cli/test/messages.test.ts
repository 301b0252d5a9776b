import { expect, it } from 'vitest';
import { checkGenerated, convert, dictionarySource } from '../../../test-support/zh-hant.js';
import { zhHans } from '../src/messages/zh-Hans.js';

it('the command speaks zh-Hant through the OpenCC conversion of zh-Hans', () => {
  const source = dictionarySource({ type: 'CliDictionary', typeModule: './dictionary.js', name: 'zhHant', value: convert(zhHans) });
  expect(checkGenerated(new URL('../src/messages/zh-Hant.ts', import.meta.url).pathname, source), 'run UPDATE_MESSAGES=1 pnpm test').toBe(true);
});

it('deadline and simulate speak zh-Hant through the OpenCC conversion of zh-Hans', async () => {
  const { timeZhHans } = await import('../src/messages/time-zh-Hans.js');
  const source = dictionarySource({ type: 'TimeDictionary', typeModule: './time-dictionary.js', name: 'timeZhHant', value: convert(timeZhHans) });
  expect(checkGenerated(new URL('../src/messages/time-zh-Hant.ts', import.meta.url).pathname, source), 'run UPDATE_MESSAGES=1 pnpm test').toBe(true);
});

it('publish and diff speak zh-Hant through the OpenCC conversion of zh-Hans', async () => {
  const { publishZhHans } = await import('../src/messages/publish-zh-Hans.js');
  const source = dictionarySource({ type: 'PublishDictionary', typeModule: './publish-dictionary.js', name: 'publishZhHant', value: convert(publishZhHans) });
  expect(checkGenerated(new URL('../src/messages/publish-zh-Hant.ts', import.meta.url).pathname, source), 'run UPDATE_MESSAGES=1 pnpm test').toBe(true);
});
