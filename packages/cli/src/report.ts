/** What every command shares: where it writes, usage errors, templates, and problems as the contract prints them. */
import { dictionaries as problemDictionaries, hasErrors, printable, type Catalogue, type LoadResult, type Locale, type Problem } from '@sunlit/core';
import { loadCatalogueFromPath } from '@sunlit/core/node';

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

/**
 * Writes `{ "ok": …, "problems": [...] }` exactly as `JSON.stringify(…, null, 2)` would, a few
 * hundred problems at a time: one string of 181,000 problems (a lint of 100,000 powers) and its
 * UTF-8 copy took about 300 MB more at once.
 */
export function writeProblemsJson(write: (text: string) => void, ok: boolean, problems: readonly Problem[]): void {
  if (problems.length === 0) {
    write(`{\n  "ok": ${ok},\n  "problems": []\n}\n`);
    return;
  }
  write(`{\n  "ok": ${ok},\n  "problems": [\n`);
  const batch = 500;
  for (let start = 0; start < problems.length; start += batch) {
    const parts: string[] = [];
    for (let index = start; index < Math.min(start + batch, problems.length); index++) {
      // JSON strings hold no raw line breaks, so indenting after each one indents whole lines.
      parts.push('    ' + JSON.stringify(publicProblem(problems[index]!), null, 2).replace(/\n/g, '\n    '));
    }
    write(parts.join(',\n') + (start + batch < problems.length ? ',\n' : '\n'));
  }
  write('  ]\n}\n');
}

/** One problem as a text line: file:line:column  severity  code  message. */
export function problemLine(problem: Problem, locale: Locale): string {
  const { severity } = problemDictionaries[locale];
  return `${printable(problem.file, Infinity)}:${problem.line}:${problem.column}  ${severity[problem.severity]}  ${problem.code}  ${problem.message}`;
}

/**
 * Loads a catalogue a command works on. When it has errors they are printed (as validate prints
 * them, then `errorsLine` filled with path and n) and the exit code 1 is returned instead. An
 * InputError (no such path) reaches run(), which reports it with exit code 2.
 */
export async function loadCatalogueOrReport(path: string, format: Format, locale: Locale, output: Output, errorsLine: string): Promise<Catalogue | number> {
  const loaded = await loadCatalogueFromPath(path, { locale });
  return checkedOrReport(loaded, path, format, locale, output, errorsLine);
}

/** The catalogue of a load result; when it has errors they are printed (as loadCatalogueOrReport prints them) and 1 is returned. */
export function checkedOrReport(loaded: LoadResult, path: string, format: Format, locale: Locale, output: Output, errorsLine: string): Catalogue | number {
  if (loaded.catalogue !== undefined && !hasErrors(loaded.problems)) return loaded.catalogue;
  const errors = loaded.problems.filter((problem) => problem.severity === 'error');
  if (format === 'json') output.stdout(JSON.stringify({ ok: false, problems: errors.map(publicProblem) }, null, 2) + '\n');
  else {
    for (const problem of errors) output.stdout(problemLine(problem, locale) + '\n');
    output.stdout('\n' + fill(errorsLine, { path: printable(path, Infinity), n: errors.length }) + '\n');
  }
  return 1;
}
