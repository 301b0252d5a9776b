/** The dictionary of a language and the template filler the renderers share. */
import type { Locale } from '@sunlit/core';
import type { RenderDictionary } from './dictionary.js';
import { en } from './en.js';
import { zhHans } from './zh-Hans.js';
import { zhHant } from './zh-Hant.js';

const dictionaries: Readonly<Record<Locale, RenderDictionary>> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

/** The words of the charts and step lists in a language. */
export function dictionaryOf(locale: Locale): RenderDictionary {
  return dictionaries[locale];
}

/** Fills {name} placeholders of a template. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
