/** Turning findings into problems: the only step that needs source positions and words. */
import { formatMessage } from './messages/index.js';
import { finding, toPointer, type Finding, type Problem } from './problems.js';
import type { Locale } from './vocabulary.js';
import { parseYaml, YamlLocator } from './yaml.js';

/** Parses a file's text; a YAML problem becomes a finding at its offset. */
export function parseDocument(file: string, text: string): { readonly value: unknown } | { readonly problem: Finding } {
  const parsed = parseYaml(text);
  if (parsed.ok) return { value: parsed.value };
  const { code, offset, reason, value, limit } = parsed.problem;
  const params = { ...(reason !== undefined && { reason }), ...(value !== undefined && { value }), ...(limit !== undefined && { limit }) };
  return { problem: { ...finding(file, [], code, params), offset } };
}

/**
 * Messages already worded, by code and params: for findings whose params are plain data (text,
 * finite numbers, lists and objects of them), such as the lint rules', so that their JSON tells
 * them apart. A catalogue repeats a rule's message for every power with the same mistake.
 */
export type MessageMemo = Map<string, string>;

/** Entries a memo holds at most. */
const memoLimit = 10_000;

function wordOf(found: Finding, locale: Locale, memo: MessageMemo | undefined): string {
  if (memo === undefined) return formatMessage(found.code, found.params, locale);
  const key = found.code + '\u0000' + JSON.stringify(found.params);
  let message = memo.get(key);
  if (message === undefined) {
    message = formatMessage(found.code, found.params, locale);
    if (memo.size < memoLimit) memo.set(key, message);
  }
  return message;
}

/** Places the findings of one file at their line and column (1:1 when the text is unknown) and words them. */
export function placeFindings(findings: readonly Finding[], text: string | undefined, locale: Locale, memo?: MessageMemo): Problem[] {
  if (findings.length === 0) return [];
  // Only the nodes these findings concern are indexed (a problem's position, or its ancestor's).
  const locator = text === undefined ? undefined : new YamlLocator(text, findings.map((found) => found.path));
  return findings.map((found) => {
    const position = !locator
      ? { line: 1, column: 1 }
      : found.offset !== undefined
        ? locator.position(found.offset)
        : locator.locate(found.path, found.at);
    return {
      file: found.file,
      line: position.line,
      column: position.column,
      severity: found.severity,
      code: found.code,
      message: wordOf(found, locale, memo),
      pointer: toPointer(found.path),
    };
  });
}
