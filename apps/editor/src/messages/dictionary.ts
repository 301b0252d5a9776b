import type { zhHans } from './zh-Hans.js';

/** Widens string literals so that other languages can say the same things in their words. */
type Words<T> = { readonly [K in keyof T]: T[K] extends string ? string : Words<T[K]> };

/** The editor's interface text in one language. */
export type EditorDictionary = Words<typeof zhHans>;
