import { describe, expect, it } from 'vitest';
import { checkGenerated, convert, dictionarySource } from '../../../test-support/zh-hant.js';
import { dictionaries, formatMessage, messageIds, type MessageParams } from '../src/messages/index.js';
import { zhHans } from '../src/messages/zh-Hans.js';
import { locales, vocabularies } from '../src/vocabulary.js';

describe('messages', () => {
  it('zh-Hant is the OpenCC conversion of zh-Hans, with every vocabulary label converted', () => {
    const labels = Object.values(vocabularies).flatMap((vocabulary) =>
      Object.values(vocabulary.labels as Record<string, { zh: string }>).map((label) => label.zh),
    );
    const value = { ...convert(zhHans), terms: Object.fromEntries(labels.map((label) => [label, convert(label)])) };
    const source = dictionarySource({ type: 'Dictionary', typeModule: './dictionary.js', name: 'zhHant', value });
    expect(checkGenerated(new URL('../src/messages/zh-Hant.ts', import.meta.url).pathname, source), 'run UPDATE_MESSAGES=1 pnpm test').toBe(true);
  });

  it('zh-Hant really is traditional Chinese', () => {
    expect(formatMessage('unknown-department', { value: 'x' }, 'zh-Hant')).toContain('實施主體');
    expect(formatMessage('unknown-category', { value: 'x', allowed: 'category' }, 'zh-Hant')).toContain('行政許可');
  });

  const everything: MessageParams = {
    value: 'v',
    field: 'name',
    place: ['flow', 'states', '登记', 'on', '补正'],
    allowed: 'category',
    expected: ['string'],
    actual: 'number',
    limit: 5,
    reason: 'deficient indentation',
    suggestion: 's',
    file: 'f.yaml',
    line: 3,
  };

  it.each(locales)('every message in %s fills all its placeholders', (locale) => {
    for (const code of messageIds) {
      const message = formatMessage(code, everything, locale);
      expect(message, code).not.toMatch(/\{\w+\}/);
      expect(message.length, code).toBeGreaterThan(5);
    }
  });

  it('names places the way a reader of the catalogue would', () => {
    expect(formatMessage('wrong-type', { place: ['flow', 'states', '联合审查', 'states', '现场核查', 'actor'], expected: ['string'], actual: 'array' })).toBe(
      '状态“联合审查.现场核查”的 actor（承办岗位）应为文字，实际是列表。',
    );
    expect(formatMessage('wrong-type', { place: ['clocks', 'reply', 'within'], expected: ['integer'], actual: 'string' }, 'en')).toBe(
      'Clock "reply", within (period) should be a whole number, not text.',
    );
  });

  it('never prints control characters or bidi overrides a catalogue might carry', () => {
    const message = formatMessage('unknown-department', { value: 'a\u001b[31mred\u202eevil\nline' });
    expect(message).not.toMatch(/[\u0000-\u001f\u202e]/);
    expect(message).toContain('\\u001b');
  });

  it('every language has the same sentences', () => {
    for (const locale of locales) expect(Object.keys(dictionaries[locale].messages).sort()).toEqual([...messageIds].sort());
  });
});
