/** Problems found in a catalogue, as every Sunlit tool reports them. */
import type { MessageId, MessageParams } from './messages/index.js';

export type Severity = 'error' | 'warning';

/** A problem at file:line:column (1-based), with a stable code and a message in the chosen language. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  readonly code: MessageId;
  readonly message: string;
  /** JSON pointer of the node concerned in its file, for tools that go to the node. */
  readonly pointer: string;
}

/**
 * A problem before it is placed: the node it concerns, as a path into the file's document. `at`
 * says whether to point at the node's key (unknown or missing fields) or at its value.
 */
export interface Finding {
  readonly file: string;
  readonly path: readonly (string | number)[];
  readonly at: 'key' | 'value';
  readonly severity: Severity;
  readonly code: MessageId;
  readonly params: MessageParams;
  /** An offset in the file's text, for problems found before there are nodes (syntax, encoding). */
  readonly offset?: number;
}

/** Builds a finding; most point at a value and are errors. */
export function finding(
  file: string,
  path: readonly (string | number)[],
  code: MessageId,
  params: MessageParams = {},
  options: { at?: 'key' | 'value'; severity?: Severity } = {},
): Finding {
  return { file, path, code, params, at: options.at ?? 'value', severity: options.severity ?? 'error' };
}

/** RFC 6901 JSON pointer of a path. */
export function toPointer(path: readonly (string | number)[]): string {
  let pointer = '';
  for (const segment of path) {
    const text = String(segment);
    pointer += '/' + (text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text);
  }
  return pointer;
}

/** The path of a JSON pointer. Numeric segments stay strings: YAML keys and indexes compare as text. */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Problems sorted by file, then position, then code: stable output whatever the order found. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** True when any problem is an error. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
