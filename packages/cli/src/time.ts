/**
 * `sunlit deadline` (one period, counted as the statutes say) and `sunlit simulate` (cases replayed
 * against their powers: one case from YAML or JSON, or a CSV log of many, streamed).
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import {
  clockTerms,
  Conformance,
  loadCaseText,
  printable,
  replay,
  replayContext,
  type CaseOutcome,
  type Catalogue,
  type Locale,
  type Power,
  type PowerSummary,
  type ReplayContext,
} from '@sunlit/core';
import { InputError } from '@sunlit/core/node';
import { CsvLogReader } from './csv-log.js';
import { CalendarRangeError, computePeriod, explainDay, periodUnits, type Calendar } from '@sunlit/legal-time';
import type { TimeDictionary } from './messages/time-dictionary.js';
import { timeEn } from './messages/time-en.js';
import { timeZhHans } from './messages/time-zh-Hans.js';
import { timeZhHant } from './messages/time-zh-Hant.js';
import { fill, loadCatalogueOrReport, problemLine, publicProblem, UsageError, type Format, type Output } from './report.js';

const dictionaries: Record<Locale, TimeDictionary> = { 'zh-Hans': timeZhHans, 'zh-Hant': timeZhHant, en: timeEn };

/** What the time commands read from the command line. */
export interface TimeOptions {
  readonly format: Format;
  readonly locale: Locale;
  readonly calendar?: string;
  readonly catalogue?: string;
  readonly weekendsOnly: boolean;
  readonly case?: string;
  readonly at?: string;
}

/** Loads a catalogue; its problems end the command (exit 1). */
function catalogueAt(path: string, options: TimeOptions, output: Output): Promise<Catalogue | number> {
  return loadCatalogueOrReport(path, options.format, options.locale, output, dictionaries[options.locale].catalogueErrors);
}

/** `sunlit deadline <date> <n> <unit>`: prints { start, due, unit, within, calendar }. */
export async function deadline(args: readonly string[], options: TimeOptions, output: Output): Promise<number> {
  const text = dictionaries[options.locale];
  const [start, withinText, unitText] = args;
  if (start === undefined || withinText === undefined || unitText === undefined || args.length > 3) throw new UsageError(text.deadlineUsage);
  const unit = periodUnits.find((candidate) => candidate === unitText);
  if (unit === undefined) throw new UsageError(fill(text.badUnit, { value: printable(unitText) }));
  if (!/^\d{1,6}$/.test(withinText)) throw new UsageError(fill(text.badWithin, { value: printable(withinText) }));
  let context: ReplayContext = replayContext(undefined, { weekendsOnly: options.weekendsOnly });
  if (options.catalogue !== undefined) {
    const catalogue = await catalogueAt(options.catalogue, options, output);
    if (typeof catalogue === 'number') return catalogue;
    context = replayContext(catalogue, { weekendsOnly: options.weekendsOnly });
  }
  const calendarId = options.calendar ?? context.calendar;
  const calendar = context.calendars.get(calendarId);
  if (calendar === undefined) throw new UsageError(fill(text.unknownCalendar, { value: printable(calendarId), list: [...context.calendars.keys()].join(text.listSeparator) }));
  const within = Number(withinText);
  let result;
  try {
    result = computePeriod(start, { within, unit }, calendar, { weekendsOnly: options.weekendsOnly, timeZone: context.timeZone });
  } catch (error) {
    if (error instanceof CalendarRangeError) return calendarRange(error, options, output);
    if (error instanceof RangeError) throw new UsageError(fill(text.badDate, { value: printable(start) }));
    throw error;
  }
  if (options.format === 'json') {
    const { start: from, due, unit: resultUnit, within: resultWithin, calendar: resultCalendar } = result;
    output.stdout(JSON.stringify({ start: from, due, unit: resultUnit, within: resultWithin, calendar: resultCalendar }, null, 2) + '\n');
    return 0;
  }
  const { units } = clockTerms(options.locale);
  const weekday = unit === 'hour' ? '' : text.weekdays[explainDay(result.due, calendar, { weekendsOnly: options.weekendsOnly }).weekday - 1]!;
  output.stdout(fill(text.period, { start, within, unit: units[unit], due: result.due, weekday, calendar: calendar.name }).replace('（）', '').replace(' ()', '') + '\n');
  if (result.rolledFrom !== undefined) output.stdout(fill(text.rolled, { nominal: result.rolledFrom, reason: dayOffReason(result.rolledFrom, calendar, options) }) + '\n');
  return 0;
}

function dayOffReason(date: string, calendar: Calendar, options: TimeOptions): string {
  const text = dictionaries[options.locale];
  const day = explainDay(date, calendar, { weekendsOnly: options.weekendsOnly });
  const notice = day.notice === undefined ? '' : options.locale === 'en' ? ` (${day.notice.number ?? day.notice.title})` : `（${day.notice.number ?? day.notice.title}）`;
  if (day.reason === 'holiday') return fill(text.reasons.holiday, { holiday: day.holiday ?? '' }) + notice;
  if (day.reason === 'local-holiday') return text.reasons.localHoliday;
  return text.reasons.weekend;
}

function calendarRange(error: CalendarRangeError, options: TimeOptions, output: Output): number {
  const message = fill(dictionaries[options.locale].calendarRange, {
    year: error.year,
    calendar: printable(error.calendar),
    covered: error.covered === undefined ? '—' : `${error.covered.first}–${error.covered.last}`,
  });
  if (options.format === 'json') output.stdout(JSON.stringify({ ok: false, code: 'calendar-range', year: error.year, message: message.replace(/^calendar-range\s+/, '') }, null, 2) + '\n');
  else output.stderr(message + '\n');
  return 1;
}

/** `sunlit simulate <catalogue> --case <file>`: one case, or a CSV log of many. */
export async function simulate(args: readonly string[], options: TimeOptions, output: Output): Promise<number> {
  const text = dictionaries[options.locale];
  const [cataloguePath] = args;
  if (cataloguePath === undefined || args.length > 1 || options.case === undefined) throw new UsageError(text.missingCase);
  const catalogue = await catalogueAt(cataloguePath, options, output);
  if (typeof catalogue === 'number') return catalogue;
  const context = replayContext(catalogue, { weekendsOnly: options.weekendsOnly });
  const at = options.at ?? context.timeZone.formatMoment(context.timeZone.momentAt(Date.now()));
  if (context.timeZone.parse(at) === undefined) throw new UsageError(fill(text.badAt, { value: printable(at) }));
  const powers = new Map(catalogue.powers.map((power) => [power.code, power]));
  if (/\.csv$/i.test(options.case)) return await simulateLog(options.case, powers, context, at, options, output);

  let caseText: string;
  try {
    caseText = await readFile(options.case, 'utf8');
  } catch {
    throw new InputError('not-found', options.case);
  }
  const loaded = loadCaseText(caseText, options.case, { locale: options.locale });
  if (loaded.case === undefined) {
    if (options.format === 'json') output.stdout(JSON.stringify({ ok: false, problems: loaded.problems.map(publicProblem) }, null, 2) + '\n');
    else for (const problem of loaded.problems) output.stdout(problemLine(problem, options.locale) + '\n');
    return 1;
  }
  const power = powers.get(loaded.case.power);
  const conformance = new Conformance({ powers: (code) => powers.get(code), context, at, locale: options.locale });
  const outcome: CaseOutcome =
    power === undefined
      ? conformance.add({ case: loaded.case.id, power: loaded.case.power, at: loaded.case.events[0]?.at ?? at, event: '' })[0]!
      : (({ state: _state, ...result }) => result)(replay(power, loaded.case, { context, at, locale: options.locale }));
  if (options.format === 'json') output.stdout(JSON.stringify(outcome, null, 2) + '\n');
  else {
    printCase(outcome, power, options, output);
    output.stdout('\n' + verdict(outcome.violations.length, at, options.locale) + '\n');
  }
  return outcome.violations.length > 0 ? 1 : 0;
}

function verdict(violations: number, at: string, locale: Locale): string {
  const text = dictionaries[locale];
  return violations === 0 ? fill(text.noViolations, { at }) : fill(text.withViolations, { at, n: violations });
}

function printCase(outcome: CaseOutcome, power: Power | undefined, options: TimeOptions, output: Output): void {
  const text = dictionaries[options.locale];
  const { units, statuses } = clockTerms(options.locale);
  const quote = (value: string) => printable(value);
  const states = outcome.states.map(quote).join(text.listSeparator);
  output.stdout(
    fill(text.caseLine, {
      case: quote(outcome.case),
      power: quote(outcome.power),
      name: power === undefined ? '' : quote(power.name),
      where: outcome.states.length === 0 ? '' : fill(outcome.final ? text.closedIn : text.openIn, { states }),
    }) + '\n',
  );
  for (const clock of outcome.clocks) {
    output.stdout(
      fill(text.clockLine, {
        name: quote(clock.name),
        start: clock.start,
        within: clock.within,
        unit: units[clock.unit],
        due: clock.due,
        status: statuses[clock.status],
        stopped: clock.stopped === undefined ? '' : fill(text.stoppedOn, { date: clock.stopped }),
        extended: clock.extensions === 0 ? '' : fill(text.extended, { n: clock.extensions }),
      }) + '\n',
    );
  }
  for (const violation of outcome.violations) {
    output.stdout(fill(text.violationLine, { at: quote(violation.at ?? ''), code: violation.code, message: violation.message }) + '\n');
  }
}

const logColumns = ['case', 'power', 'at', 'event', 'guard', 'by', 'note'] as const;

/** A row's cell in a column (trimmed), or '' for a column the header lacks. */
function cellAt(cells: readonly string[], column: number): string {
  return column >= 0 ? (cells[column] ?? '').trim() : '';
}

/** Streams a CSV log through a conformance check, printing each case as it closes. */
async function simulateLog(path: string, powers: ReadonlyMap<string, Power>, context: ReplayContext, at: string, options: TimeOptions, output: Output): Promise<number> {
  const text = dictionaries[options.locale];
  const check = new Conformance({ powers: (code) => powers.get(code), context, at, locale: options.locale });
  let violations = 0;
  let first = true;
  const print = (outcome: CaseOutcome) => {
    violations += outcome.violations.length;
    if (options.format === 'json') {
      output.stdout((first ? '' : ',\n') + JSON.stringify(outcome));
      first = false;
    } else printCase(outcome, powers.get(outcome.power), options, output);
  };
  if (options.format === 'json') output.stdout('{\n"cases": [\n');
  let columns: number[] | undefined;
  let headerProblem: string | undefined;
  const reader = new CsvLogReader((cells) => {
    if (columns === undefined) {
      const header = cells.map((cell) => cell.replace(/^\uFEFF/, '').trim().toLowerCase());
      columns = logColumns.map((name) => header.indexOf(name));
      const missing = logColumns.slice(0, 4).filter((_, index) => columns![index] === -1);
      if (missing.length > 0) {
        headerProblem = fill(text.csvHeader, { path: printable(path, Infinity), missing: missing.join(', ') });
        return false;
      }
      return true;
    }
    // No object per row: a log may have millions of rows (by and note are not checked).
    const guard = cellAt(cells, columns[4]!);
    const outcome = check.addEvent(cellAt(cells, columns[0]!), cellAt(cells, columns[1]!), cellAt(cells, columns[2]!), cellAt(cells, columns[3]!), guard === '' ? undefined : guard);
    if (outcome !== undefined) print(outcome);
    return true;
  });
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(path, 'utf8');
    stream.on('error', reject);
    stream.on('data', (chunk) => {
      try {
        reader.write(chunk as string);
      } catch (error) {
        stream.destroy();
        reject(error);
        return;
      }
      if (reader.done) {
        stream.destroy();
        resolve();
      }
    });
    stream.on('end', () => {
      try {
        reader.end();
        resolve();
      } catch (error) {
        reject(error);
      }
    });
  });
  if (headerProblem !== undefined) {
    if (options.format === 'json') output.stdout(']\n}\n');
    output.stderr(headerProblem + '\n');
    return 1;
  }
  const { cases, summary } = check.finish();
  for (const outcome of cases) print(outcome);
  if (options.format === 'json') {
    output.stdout(`\n],\n"summary": ${JSON.stringify(summary, null, 2)}\n}\n`);
  } else {
    output.stdout('\n' + text.summaryHeader + '\n');
    for (const item of summary) output.stdout(summaryLine(item, options.locale) + '\n');
    output.stdout('\n' + verdict(violations, at, options.locale) + '\n');
  }
  return violations > 0 ? 1 : 0;
}

function summaryLine(summary: PowerSummary, locale: Locale): string {
  const text = dictionaries[locale];
  const counts = Object.entries(summary.violations).map(([code, count]) => `${code} ${count}`);
  return fill(text.summaryLine, {
    power: printable(summary.power),
    name: printable(summary.name ?? ''),
    cases: summary.cases,
    finished: summary.finished,
    met: summary.met,
    missed: summary.missed,
    overdueNow: summary.overdueNow,
    violations: counts.length === 0 ? '' : (locale === 'en' ? '; ' : '；') + counts.join(text.listSeparator),
  });
}
