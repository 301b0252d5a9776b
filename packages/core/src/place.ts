/** Turning findings into problems: the only step that needs source positions and words. */
import { formatMessage } from './messages/index.js';
import { finding, toPointer, type Finding, type Problem } from './problems.js';
import type { Locale } from './vocabulary.js';
import { limits, parseYaml, YamlLocator } from './yaml.js';

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

/**
 * The first `limits.problemsPerFile` findings of a file, and one more where the rest begin that
 * counts them: a file with 100,000 wrong items is read in seconds, not minutes, and nobody reads
 * past the first screens of problems before correcting them.
 */
function capped(findings: readonly Finding[]): Finding[] {
  const shown = findings.slice(0, limits.problemsPerFile);
  const rest = findings.slice(limits.problemsPerFile);
  const first = rest[0]!;
  const severity = rest.some((found) => found.severity === 'error') ? 'error' : 'warning';
  shown.push({
    ...finding(first.file, first.path, 'too-many-problems', { value: rest.length, limit: limits.problemsPerFile }, { at: first.at, severity }),
    ...(first.offset !== undefined && { offset: first.offset }),
  });
  return shown;
}

/** Places the findings of one file at their line and column (1:1 when the text is unknown) and words them. */
export function placeFindings(all: readonly Finding[], text: string | undefined, locale: Locale, memo?: MessageMemo): Problem[] {
  if (all.length === 0) return [];
  const findings = all.length > limits.problemsPerFile ? capped(all) : all;
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
