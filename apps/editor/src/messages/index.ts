import type { Locale } from '@sunlit/core';
import type { EditorDictionary } from './dictionary.js';
import { en } from './en.js';
import { zhHans } from './zh-Hans.js';
import { zhHant } from './zh-Hant.js';

export type { EditorDictionary } from './dictionary.js';

/** The interface text in each language. */
export const editorDictionaries: Readonly<Record<Locale, EditorDictionary>> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
