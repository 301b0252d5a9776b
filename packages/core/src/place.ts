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

/** Places the findings of one file at their line and column (1:1 when the text is unknown) and words them. */
export function placeFindings(findings: readonly Finding[], text: string | undefined, locale: Locale): Problem[] {
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
      message: formatMessage(found.code, found.params, locale),
      pointer: toPointer(found.path),
    };
  });
}
