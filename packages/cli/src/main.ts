/**
 * The `sunlit` command. `run` takes the arguments and where to write, and returns the exit code:
 * 0 success, 1 the input has errors, 2 usage or I/O error (docs/cli.md).
 */
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { readFile, stat } from 'node:fs/promises';
import {
  categories,
  documentKind,
  hasErrors,
  labelOf,
  loadCaseText,
  locales,
  printable,
  type Case,
  type Catalogue,
  type LoadResult,
  type Locale,
  type Problem,
} from '@sunlit/core';
import { ImportInputError, importFile, InputError, loadCatalogueFromPath } from '@sunlit/core/node';
import type { CliDictionary } from './messages/dictionary.js';
import { deadline, simulate, type TimeOptions } from './time.js';
import { diff, publish, type PublishOptions } from './publish.js';
import { editCommand } from './edit.js';
import { fill, problemLine, publicProblem, UsageError, writeProblemsJson, type Format, type Output } from './report.js';
import { en } from './messages/en.js';
import { zhHans } from './messages/zh-Hans.js';
import { zhHant } from './messages/zh-Hant.js';

const dictionaries: Record<Locale, CliDictionary> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

export type { Output } from './report.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

/** Runs the command line and returns the exit code. Never throws. */
export async function run(argv: readonly string[], output: Output, environment: NodeJS.ProcessEnv = process.env): Promise<number> {
  const environmentLocale = locales.find((locale) => locale === environment.SUNLIT_LANG);
  let locale: Locale = environmentLocale ?? 'zh-Hans';
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        calendar: { type: 'string' },
        catalogue: { type: 'string' },
        'weekends-only': { type: 'boolean' },
        case: { type: 'string' },
        at: { type: 'string' },
        out: { type: 'string' },
        map: { type: 'string' },
        previous: { type: 'string' },
        port: { type: 'string' },
      },
    });
    if (values.lang !== undefined) {
      const chosen = locales.find((candidate) => candidate === values.lang);
      if (chosen === undefined) throw new UsageError(fill(dictionaries[locale].badLang, { value: printable(values.lang) }));
      locale = chosen;
    }
    const text = dictionaries[locale];
    // A NUL ends a path in the operating system, so Node refuses it deep inside fs: say so here, as bad usage.
    const withNul = [...positionals, ...Object.values(values)].find((value) => typeof value === 'string' && value.includes('\0'));
    if (typeof withNul === 'string') throw new UsageError(fill(text.nulArgument, { value: printable(withNul) }));
    if (values.version) {
      output.stdout(version + '\n');
      return 0;
    }
    const [command, ...paths] = positionals;
    if (values.help || command === 'help') {
      output.stdout(text.usage + '\n');
      return 0;
    }
    if (command === undefined) {
      output.stderr(text.usage + '\n');
      return 2;
    }
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(fill(text.badFormat, { value: printable(String(values.format)) }));
    const format: Format = values.format;
    if (command === 'validate') return await validate(paths, format, locale, output, false);
    if (command === 'lint') return await validate(paths, format, locale, output, true);
    const timeOptions: TimeOptions = {
      format,
      locale,
      weekendsOnly: values['weekends-only'] === true,
      ...(values.calendar !== undefined && { calendar: values.calendar }),
      ...(values.catalogue !== undefined && { catalogue: values.catalogue }),
      ...(values.case !== undefined && { case: values.case }),
      ...(values.at !== undefined && { at: values.at }),
    };
    if (command === 'deadline') return await deadline(paths, timeOptions, output);
    if (command === 'simulate') return await simulate(paths, timeOptions, output);
    const publishOptions: PublishOptions = { format, locale, ...(values.out !== undefined && { out: values.out }), ...(values.previous !== undefined && { previous: values.previous }) };
    if (command === 'publish') return await publish(paths, publishOptions, output);
    if (command === 'diff') return await diff(paths, publishOptions, output);
    if (command === 'import') return await importCommand(paths, values.out, values.map, format, locale, output);
    if (command === 'edit') return await editCommand(paths, { format, locale, ...(values.port !== undefined && { port: values.port }) }, output);
    throw new UsageError(fill(text.unknownCommand, { value: printable(command) }));
  } catch (error) {
    const text = dictionaries[locale];
    if (error instanceof UsageError) {
      output.stderr(fill(text.usageError, { detail: error.message }) + '\n');
      return 2;
    }
    if (error instanceof InputError) {
      output.stderr(fill(inputErrorTemplate(error, text), { value: printable(error.path, Infinity) }) + '\n');
      return 2;
    }
    // parseArgs reports unknown options and missing values with a code; its message is plain English.
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      output.stderr(fill(text.usageError, { detail: printable((error as Error).message) }) + '\n');
      return 2;
    }
    const detail = environment.SUNLIT_DEBUG ? String((error as Error).stack ?? error) : printable(String((error as Error).message ?? error));
    output.stderr(fill(text.internalError, { value: detail }) + '\n');
    return 2;
  }
}


/**
 * `validate` and `lint`: load each path and report its problems. With `lint`, the rules run on
 * every power that validates, and their problems (code = rule id) follow the validation problems.
 */
async function validate(paths: readonly string[], format: Format, locale: Locale, output: Output, lint: boolean): Promise<number> {
  const text = dictionaries[locale];
  if (paths.length === 0) throw new UsageError(lint ? text.missingLintPaths : text.missingPaths);
  const problems: Problem[] = [];
  const summaries: string[] = [];
  for (const path of paths) {
    // Validation keeps no power: a catalogue of any size is checked in the memory of one power.
    let result;
    try {
      result = await loadCatalogueFromPath(path, { locale, keepPowers: false, lint });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      output.stderr(fill(inputErrorTemplate(error, text), { value: printable(path, Infinity) }) + '\n');
      return 2;
    }
    // A file that is not a catalogue may be a case, which is checked as a case.
    const caseText = result.catalogue === undefined ? await caseFileText(path) : undefined;
    if (caseText !== undefined) {
      const checked = loadCaseText(caseText, path, { locale });
      for (const problem of checked.problems) problems.push(problem);
      summaries.push(summarise(path, checked.problems, checked.case && { case: checked.case }, locale));
      continue;
    }
    // Validation problems first, then the rules' (each list sorted by file and position).
    // One at a time: push(...found) overflows the call stack past about 120,000 problems.
    const found = result.lint === undefined ? result.problems : result.problems.concat(result.lint);
    for (const problem of found) problems.push(problem);
    summaries.push(summarise(path, found, result.catalogue && { catalogue: result.catalogue, counts: result.counts }, locale));
  }
  if (format === 'json') {
    writeProblemsJson(output.stdout, !hasErrors(problems), problems);
  } else {
    for (const problem of problems) output.stdout(problemLine(problem, locale) + '\n');
    if (problems.length > 0) output.stdout('\n');
    for (const summary of summaries) output.stdout(summary + '\n');
  }
  return hasErrors(problems) ? 1 : 0;
}

function inputErrorTemplate(error: InputError, text: CliDictionary): string {
  return error.reason === 'not-found' ? text.notFound : error.reason === 'no-entry' ? text.noEntry : text.notAFile;
}

/** The text of a path that is a case file (a case is checked on its own, not as a catalogue). */
async function caseFileText(path: string): Promise<string | undefined> {
  try {
    if (!(await stat(path)).isFile()) return undefined;
    const text = await readFile(path, 'utf8');
    return documentKind(text) === 'case' ? text : undefined;
  } catch {
    return undefined;
  }
}

/** One line on what a path held and how it fared. */
type Loaded = { readonly case: Case } | { readonly catalogue: Catalogue; readonly counts: LoadResult['counts'] };

function summarise(path: string, problems: readonly Problem[], loaded: Loaded | undefined, locale: Locale): string {
  const text = dictionaries[locale];
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  if (errors > 0 || loaded === undefined) {
    const parts = [fill(text.errors, { n: errors }), ...(warnings > 0 ? [fill(text.warnings, { n: warnings })] : [])];
    return fill(text.withProblems, { path: printable(path, Infinity), summary: parts.join(text.listSeparator) });
  }
  const verdict = warnings > 0 ? fill(text.onlyWarnings, { n: warnings }) : text.noProblems;
  if ('case' in loaded) {
    const run = loaded.case;
    return fill(text.cleanCase, { path: printable(path, Infinity), case: printable(run.id), power: printable(run.power), events: run.events.length, verdict });
  }
  const { catalogue, counts } = loaded;
  // Counts in the official order of the categories (行政许可 first), not in the order of the files.
  const present = categories.values.filter((category) => counts[category] !== undefined);
  const list = present.map((category) => `${labelOf('category', category, locale)} ${counts[category]}`).join(locale === 'en' ? ', ' : '、');
  const powers = present.reduce((sum, category) => sum + counts[category]!, 0);
  return fill(text.clean, {
    path: printable(path, Infinity),
    title: printable(catalogue.title),
    edition: printable(catalogue.edition),
    powers,
    categories: present.length > 0 ? fill(text.counts, { list }) : '',
    departments: catalogue.departments.length,
    laws: catalogue.laws.length,
    verdict,
  });
}

/** The message for an import that could not run, by its reason. */
function importInputMessage(error: ImportInputError, text: CliDictionary): string {
  const templates: Record<ImportInputError['reason'], string> = {
    'not-found': text.importNotFound,
    'too-large': text.importTooLarge,
    'not-a-spreadsheet': text.importNotSpreadsheet,
    'old-excel': text.importOldExcel,
    unreadable: text.importUnreadable,
    'bad-map': text.importBadMap,
    'bad-out': text.importBadOut,
    'out-escapes': text.importOutEscapes,
    'no-table': text.importNoTable,
  };
  return fill(templates[error.reason], { value: printable(error.path, Infinity), detail: printable(error.detail) });
}

/** sunlit import <file> --out <folder> [--map <file>]: exit 0 when the written catalogue validates. */
async function importCommand(paths: readonly string[], out: string | undefined, map: string | undefined, format: Format, locale: Locale, output: Output): Promise<number> {
  const text = dictionaries[locale];
  if (paths.length !== 1) throw new UsageError(text.importMissing);
  if (out === undefined || out === '') throw new UsageError(text.importOutMissing);
  const input = paths[0]!;
  let imported;
  try {
    imported = await importFile(input, out, { ...(map !== undefined && { map }), locale });
  } catch (error) {
    if (!(error instanceof ImportInputError)) throw error;
    output.stderr(importInputMessage(error, text) + '\n');
    return 2;
  }
  const { result, plan, load, reportPath } = imported;
  const uncertain = result.report.length + plan.kept.length;
  const problems = load.problems;
  const failed = hasErrors(problems);
  if (format === 'json') {
    const summary = {
      ok: !failed,
      file: input,
      out,
      report: reportPath,
      sheets: result.sheets,
      powers: result.powers.length,
      created: plan.created,
      updated: plan.updated,
      unchanged: plan.unchanged,
      uncertain,
      cells: [...result.report, ...plan.kept],
      problems: problems.map(publicProblem),
    };
    output.stdout(JSON.stringify(summary, null, 2) + '\n');
    return failed ? 1 : 0;
  }
  for (const problem of problems) output.stdout(problemLine(problem, locale) + '\n');
  output.stdout(
    fill(text.importSummary, {
      file: printable(input, Infinity),
      sheets: result.sheets.length,
      powers: result.powers.length,
      created: plan.created,
      updated: plan.updated,
      unchanged: plan.unchanged,
      uncertain,
    }) + '\n',
  );
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  output.stdout((failed ? fill(text.importInvalid, { out: printable(out, Infinity), n: errors }) : fill(text.importValid, { out: printable(out, Infinity) })) + '\n');
  output.stdout(fill(text.importReport, { path: printable(reportPath, Infinity) }) + '\n');
  return failed ? 1 : 0;
}
