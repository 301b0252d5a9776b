/**
 * Changes between two editions of a catalogue: powers added, removed, and changed field by field,
 * compared on the official table's columns plus the flow. Works on records (plain text per column),
 * so an edition can be compared with the data of an earlier published site as well as with a catalogue.
 */
import { allStates } from './machine.js';
import type { Catalogue, Flow, Power } from './model.js';
import { exportHeader, exportRow } from './import/export.js';

/** The column that holds the flow in a power record. */
export const flowColumn = '流程';

/** A power as text per column: the official table's columns (exportHeader) and 流程. */
export type PowerRecord = Readonly<Record<string, string>>;

/** The flow as text, one line per state: 状态：事件 → 目标；…, so that a change in the flow shows as a change of lines. */
export function flowText(flow: Pick<Flow, 'states'>): string {
  return allStates(flow)
    .map((state) => {
      const moves = [...state.transitions, ...state.onDone].map((transition) => {
        const guard = transition.guard !== undefined ? `（${transition.guard}）` : '';
        return transition.target === undefined ? `${transition.event}${guard}` : `${transition.event}${guard} → ${transition.target}`;
      });
      return `${state.path}${moves.length > 0 ? '：' + moves.join('；') : ''}`;
    })
    .join('\n');
}

/** The record of a power: its official table row by column name, and its flow. */
export function powerRecord(power: Power): PowerRecord {
  const row = exportRow(power);
  const record: Record<string, string> = {};
  exportHeader.forEach((column, index) => (record[column] = row[index] ?? ''));
  record[flowColumn] = flowText(power.flow);
  return record;
}

/** One field that changed. */
export interface FieldChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

/** A power in a diff: its code and name (the new name for a changed power). */
export interface PowerMention {
  readonly code: string;
  readonly name: string;
}

/** A power present in both editions whose fields differ. */
export interface PowerChange extends PowerMention {
  readonly fields: readonly FieldChange[];
}

/** What changed between two editions. */
export interface CatalogueDiff {
  readonly added: readonly PowerMention[];
  readonly removed: readonly PowerMention[];
  readonly changed: readonly PowerChange[];
  /** Powers present in both editions without change. */
  readonly unchanged: number;
}

const codeColumn = exportHeader[0];
const nameColumn = exportHeader[1];

/** Compares two editions given as records (each with 事项编码 and 事项名称). Fields are compared in the official column order. */
export function diffRecords(before: readonly PowerRecord[], after: readonly PowerRecord[]): CatalogueDiff {
  const old = new Map(before.map((record) => [record[codeColumn] ?? '', record]));
  const current = new Map(after.map((record) => [record[codeColumn] ?? '', record]));
  const mention = (record: PowerRecord): PowerMention => ({ code: record[codeColumn] ?? '', name: record[nameColumn] ?? '' });
  const added = after.filter((record) => !old.has(record[codeColumn] ?? '')).map(mention);
  const removed = before.filter((record) => !current.has(record[codeColumn] ?? '')).map(mention);
  const changed: PowerChange[] = [];
  let unchanged = 0;
  for (const record of after) {
    const previous = old.get(record[codeColumn] ?? '');
    if (previous === undefined) continue;
    const columns = [...exportHeader, flowColumn, ...Object.keys(record), ...Object.keys(previous)].filter((column, index, all) => all.indexOf(column) === index);
    const fields = columns
      .map((field): FieldChange => ({ field, before: previous[field] ?? '', after: record[field] ?? '' }))
      .filter((change) => change.before !== change.after);
    if (fields.length === 0) unchanged++;
    else changed.push({ ...mention(record), fields });
  }
  return { added, removed, changed, unchanged };
}

/** Compares two catalogues. */
export function diffCatalogues(before: Pick<Catalogue, 'powers'>, after: Pick<Catalogue, 'powers'>): CatalogueDiff {
  return diffRecords(before.powers.map(powerRecord), after.powers.map(powerRecord));
}
