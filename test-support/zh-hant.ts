/**
 * zh-Hant message files are generated from the zh-Hans ones with OpenCC (simplified → traditional, Taiwan character standard, no phrase substitution so legal terms stay as written).
 * The tests regenerate them in memory and compare; `UPDATE_MESSAGES=1` writes them instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Converts every string in a value (object keys stay as they are). */
export function convert<T>(value: T): T {
  if (typeof value === 'string') return toTraditional(value) as T;
  if (Array.isArray(value)) return value.map(convert) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convert(item)])) as T;
  }
  return value;
}

/** The TypeScript source of a generated dictionary module. */
export function dictionarySource(options: { type: string; typeModule: string; name: string; value: unknown }): string {
  return [
    '// GENERATED from zh-Hans.ts by OpenCC (cn → tw); do not edit. Regenerate: UPDATE_MESSAGES=1 pnpm test',
    `import type { ${options.type} } from '${options.typeModule}';`,
    '',
    `export const ${options.name}: ${options.type} = ${JSON.stringify(options.value, null, 2)};`,
    '',
  ].join('\n');
}

/** Compares the generated file with the committed one, or rewrites it when asked. Returns whether it is current. */
export function checkGenerated(file: string, source: string): boolean {
  if (process.env.UPDATE_MESSAGES) writeFileSync(file, source);
  return readFileSync(file, 'utf8') === source;
}
