/** The messages of refused edits: three languages, zh-Hant generated from zh-Hans, every placeholder filled. */
import { expect, it } from 'vitest';
import { checkGenerated, convert, dictionarySource } from '../../../test-support/zh-hant.js';
import { EditError, editDictionaries, editMessage, editMessageIds } from '../src/edit/index.js';
import { editZhHans } from '../src/edit/messages/zh-Hans.js';
import { locales } from '../src/vocabulary.js';

it('zh-Hant is the OpenCC conversion of zh-Hans', () => {
  const source = dictionarySource({ type: 'EditDictionary', typeModule: './dictionary.js', name: 'editZhHant', value: convert(editZhHans) });
  expect(checkGenerated(new URL('../src/edit/messages/zh-Hant.ts', import.meta.url).pathname, source), 'run UPDATE_MESSAGES=1 pnpm test').toBe(true);
});

it.each(locales)('every message in %s has every id and fills its placeholders', (locale) => {
  expect(Object.keys(editDictionaries[locale].messages).sort()).toEqual([...editMessageIds].sort());
  for (const id of editMessageIds) {
    const message = editMessage(id, { value: 'v', state: '联合审查.现场核查', target: 't', n: 2, line: 3, reason: 'r', place: ['flow', 'states', '登记'] }, locale);
    expect(message, id).not.toMatch(/\{\w+\}/);
  }
});

it('quotes what the user wrote and escapes control characters', () => {
  const error = new EditError('invalid-state-id', { value: 'a\u202eb' });
  expect(error.message).toBe('状态名“a\\u202eb”无效：不能为空，不能含 . 或 #，不能以 $ 或空白开头。');
  expect(error.messageIn('en')).toBe('State name "a\\u202eb" is invalid: it must not be empty, contain . or #, or start with $ or a space.');
  expect(error.name).toBe('EditError');
  expect(new EditError('state-exists', { value: '受理' }).messageIn('zh-Hant')).toBe('流程頂層下已有狀態“受理”；同一層級的狀態名不能重複。');
});
