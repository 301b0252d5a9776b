/** What every command shares: where it writes, usage errors, templates, and problems as the contract prints them. */
import { dictionaries as problemDictionaries, printable, type Locale, type Problem } from '@sunlit/core';

/** Where the command writes. */
export interface Output {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export type Format = 'text' | 'json';

/** A usage mistake, reported with exit code 2. */
export class UsageError extends Error {}

/** Fills {name} placeholders of a message template. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** The problem as the contract prints it in JSON: exactly these fields. */
export function publicProblem(problem: Problem) {
  const { file, line, column, severity, code, message } = problem;
  return { file, line, column, severity, code, message };
}

/** One problem as a text line: file:line:column  severity  code  message. */
export function problemLine(problem: Problem, locale: Locale): string {
  const { severity } = problemDictionaries[locale];
  return `${printable(problem.file, Infinity)}:${problem.line}:${problem.column}  ${severity[problem.severity]}  ${problem.code}  ${problem.message}`;
}
