/**
 * Reading a case (办件): one run of a power's flow as timestamped events (docs/format.md section 6).
 * Replaying it against the flow is the job of the case engine; this only reads and checks the file.
 */
import type { SourceRef } from './model.js';
import { parseDocument, placeFindings } from './place.js';
import { finding, sortProblems, toPointer, type Finding, type Problem } from './problems.js';
import { validateSchema } from './schema.js';
import { isDate } from './text.js';
import type { Locale } from './vocabulary.js';
import { stripBom } from './yaml.js';
import { appendAll } from './arrays.js';

/** One event of a case. */
export interface CaseEvent {
  /** As written: a local date-time, with or without an offset. */
  readonly at: string;
  readonly event: string;
  readonly guard?: string;
  readonly by?: string;
  readonly note?: string;
  readonly source: SourceRef;
}

/** A case: its number, the power it runs, and its events in the order written. */
export interface Case {
  readonly id: string;
  readonly power: string;
  readonly opened?: string;
  readonly events: readonly CaseEvent[];
  readonly source: SourceRef;
}

/** True for a timestamp the schema's pattern admits whose date and time are real. */
export function isTimestamp(text: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/.exec(text);
  if (match === null || !isDate(match[1]!)) return false;
  const [hour = 0, minute = 0, second = 0, offsetHour = 0, offsetMinute = 0] = match.slice(2).map((part) => Number(part ?? 0));
  return hour < 24 && minute < 60 && second < 60 && offsetHour < 24 && offsetMinute < 60;
}

/** Reads a case from YAML or JSON text; every problem is placed at its line and column. */
export function loadCaseText(text: string, file: string, options: { locale?: Locale } = {}): { case?: Case; problems: Problem[] } {
  const source = stripBom(text);
  const parsed = parseDocument(file, source);
  const findings: Finding[] = [];
  if ('problem' in parsed) {
    findings.push(parsed.problem);
  } else {
    appendAll(findings, validateSchema('case', parsed.value, file));
    const raw = parsed.value as { opened?: unknown; events?: unknown };
    if (typeof raw.opened === 'string' && !isTimestamp(raw.opened) && !findings.some((found) => found.path[0] === 'opened')) {
      findings.push(finding(file, ['opened'], 'invalid-timestamp', { value: raw.opened, place: ['opened'] }));
    }
    (Array.isArray(raw.events) ? raw.events : []).forEach((event: unknown, index) => {
      const at = (event as { at?: unknown } | null)?.at;
      const path = ['events', index, 'at'];
      if (typeof at === 'string' && !isTimestamp(at) && !findings.some((found) => toPointer(found.path) === toPointer(path))) {
        findings.push(finding(file, path, 'invalid-timestamp', { value: at, place: path }));
      }
    });
  }
  const problems = sortProblems(placeFindings(findings, source, options.locale ?? 'zh-Hans'));
  if ('problem' in parsed || problems.some((problem) => problem.severity === 'error')) return { problems };
  const raw = parsed.value as { case: string | number; power: string; opened?: string; events: Omit<CaseEvent, 'source'>[] };
  return {
    case: {
      id: String(raw.case),
      power: raw.power,
      ...(raw.opened !== undefined && { opened: raw.opened }),
      events: raw.events.map((event, index) => ({ ...event, source: { file, pointer: toPointer(['events', index]) } })),
      source: { file, pointer: '' },
    },
    problems,
  };
}
