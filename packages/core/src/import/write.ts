/**
 * The files an import writes: one YAML file per power, the catalogue entry and import-report.md.
 * Pure: existing files come in as text and the new texts go out, so the editor can do the same in
 * a browser. Re-importing into an existing catalogue updates the fields the table holds, keeps the
 * flow and everything else, and keeps a field a person changed since the last import (each
 * imported field's digest is recorded under x-sunlit-import).
 */
import picomatch from 'picomatch/posix.js';
import { Document, isMap, isSeq, parseDocument, stringify, type YAMLMap } from 'yaml';
import type { DepartmentDocument, LawDocument } from '../documents.js';
import { stableHash } from './cells.js';
import { reviewKey, tableKey, type ImportResult, type ReportEntry } from './convert.js';

/** Extension key recording where a power was imported from and the digest of each imported field. */
export const importKey = 'x-sunlit-import';

/** Fields that come from the table and are updated on re-import; everything else is kept. */
export const importedFields = ['name', 'category', 'department', 'unit', 'level', 'targets', 'basis', 'limits', 'fees', 'supervision', 'accountability', 'remarks', tableKey] as const;

/** The catalogue as it is before the import: entry text and power files, by path relative to the catalogue folder. */
export interface ExistingCatalogue {
  readonly entry?: string;
  readonly powerFiles: Readonly<Record<string, string>>;
}

/** The head of a new catalogue. */
export interface CatalogueHead {
  readonly id: string;
  readonly title: string;
  readonly authority: string;
  readonly edition: string;
}

export interface WritePlan {
  /** Texts to write, by path relative to the catalogue folder (catalogue.yaml, powers/…, import-report.md). */
  readonly files: ReadonlyMap<string, string>;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Report entries for fields kept because a person changed them since the last import. */
  readonly kept: readonly ReportEntry[];
}

const digestOf = (value: unknown): string => stableHash(JSON.stringify(value ?? null));
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The code a power file holds, without validating it. */
function codeOf(text: string): string | undefined {
  const match = /^code:\s*["']?([^"'\s#]+)/m.exec(text);
  return match?.[1];
}

/**
 * The YAML text of a new power file: each top-level field written on its own and joined, which is
 * the same text as writing the whole mapping. Fields met before (a template's flow, its rights)
 * are written once and reused: thousands of powers share a dozen flows.
 */
function powerText(power: Readonly<Record<string, unknown>>, cache: Map<string, string>): string {
  let text = '';
  for (const [key, value] of Object.entries(power)) {
    if (value === undefined) continue;
    const reusable = key === 'flow' || key === 'clocks' || key === 'rights' || key === 'accountability';
    const cacheKey = reusable ? key + JSON.stringify(value) : '';
    let part = reusable ? cache.get(cacheKey) : undefined;
    if (part === undefined) {
      part = stringify({ [key]: value }, { lineWidth: 0 });
      if (reusable) cache.set(cacheKey, part);
    }
    text += part;
  }
  return text;
}

/** Plans the files of an import (see the module comment). */
export function planImport(result: ImportResult, existing: ExistingCatalogue, head: CatalogueHead, source: string): WritePlan {
  const files = new Map<string, string>();
  const byCode = new Map<string, string>();
  for (const [path, text] of Object.entries(existing.powerFiles)) {
    const code = codeOf(text);
    if (code !== undefined && !byCode.has(code)) byCode.set(code, path);
  }
  const kept: ReportEntry[] = [];
  const cache = new Map<string, string>();
  let created = 0;
  let updated = 0;
  let unchanged = 0;

  for (const imported of result.powers) {
    const power = imported.document as unknown as Record<string, unknown>;
    const code = power.code as string;
    const digest = Object.fromEntries(importedFields.filter((field) => power[field] !== undefined).map((field) => [field, digestOf(power[field])]));
    const path = byCode.get(code);
    if (path === undefined) {
      const file = `powers/${power.department as string}/${code}.yaml`;
      files.set(file, '# 由 sunlit import 自表格导入；流程为类别模板，请核对后删除 x-sunlit-review。\n\n' + powerText({ ...power, [importKey]: { digest } }, cache));
      byCode.set(code, file);
      created++;
      continue;
    }
    const text = existing.powerFiles[path]!;
    const document = parseDocument(text);
    const current = (document.toJS() ?? {}) as Record<string, unknown>;
    const lastDigest = ((current[importKey] as { digest?: Record<string, string> } | undefined)?.digest ?? {}) as Record<string, string>;
    let changed = false;
    for (const field of importedFields) {
      const next = power[field];
      if (same(current[field], next)) continue;
      const edited = lastDigest[field] !== undefined && lastDigest[field] !== digestOf(current[field]);
      if (edited) {
        kept.push({ sheet: imported.sheet, row: imported.row, column: '', header: field, value: String(code), assumed: `${path} 中的 ${field} 在上次导入后被修改过，保留修改，未用表格的新值覆盖` });
        continue;
      }
      if (next === undefined) document.delete(field);
      else document.set(field, document.createNode(next));
      changed = true;
    }
    if (!document.has(reviewKey) && changed) document.set(reviewKey, document.createNode(power[reviewKey]));
    if (!same(lastDigest, digest)) {
      document.set(importKey, document.createNode({ ...(current[importKey] as object | undefined), digest }));
      changed = true;
    }
    if (changed) {
      files.set(path, document.toString({ lineWidth: 0 }));
      updated++;
    } else unchanged++;
  }

  files.set('catalogue.yaml', entryText(existing.entry, result.departments, result.laws, head, [...files.keys()]));
  files.set('import-report.md', reportMarkdown(result, source, { created, updated, unchanged, kept }));
  return { files, created, updated, unchanged, kept };
}

/** The catalogue entry: a new one, or the existing one with the departments and laws it lacks. */
function entryText(text: string | undefined, departments: readonly DepartmentDocument[], laws: readonly LawDocument[], head: CatalogueHead, written: readonly string[]): string {
  if (text === undefined) {
    const document = new Document({
      sunlit: 1,
      ...head,
      locale: 'zh-Hans',
      departments: departments.map((department) => ({ ...department })),
      laws: laws.map((law) => ({ ...law })),
      powers: ['powers/**/*.yaml'],
    });
    document.commentBefore = ' 由 sunlit import 自表格导入；各事项标有 x-sunlit-review，请逐项核对。';
    return document.toString({ lineWidth: 0 });
  }
  const document = parseDocument(text);
  const addMissing = (key: 'departments' | 'laws', items: readonly { id: string; name?: string; title?: string }[]) => {
    let list = document.get(key);
    if (!isSeq(list)) {
      document.set(key, document.createNode([]));
      list = document.get(key);
    }
    if (!isSeq(list)) return;
    const present = new Set<string>();
    for (const item of list.items) {
      if (!isMap(item)) continue;
      const map = item as YAMLMap;
      for (const field of ['id', 'name', 'title']) {
        const value = map.get(field);
        if (typeof value === 'string') present.add(`${field}:${value}`);
      }
    }
    for (const item of items) {
      if (present.has(`id:${item.id}`) || (item.name !== undefined && present.has(`name:${item.name}`)) || (item.title !== undefined && present.has(`title:${item.title}`))) continue;
      list.add(document.createNode({ ...item }));
    }
  };
  addMissing('departments', departments);
  addMissing('laws', laws as readonly { id: string; title: string }[]);
  // New power files must be matched by one of the entry's globs.
  const powers = document.get('powers');
  const globs = isSeq(powers) ? powers.items.map((item) => (item as { value?: unknown }).value).filter((value): value is string => typeof value === 'string') : [];
  const unmatched = written.filter((path) => path.startsWith('powers/') && !globs.some((glob) => picomatch(glob)(path)));
  if (unmatched.length > 0) {
    if (isSeq(powers)) powers.add(document.createNode('powers/**/*.yaml'));
    else document.set('powers', document.createNode(['powers/**/*.yaml']));
  }
  return document.toString({ lineWidth: 0 });
}

/** Cell text for a Markdown table: one line, pipes escaped. */
function markdownCell(text: string, limit = 120): string {
  const line = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim();
  return line.length > limit ? line.slice(0, limit) + '…' : line;
}

/** import-report.md: what was read, and every cell read with uncertainty (in Chinese). */
export function reportMarkdown(result: ImportResult, source: string, plan: Omit<WritePlan, 'files'>): string {
  const lines = [
    '# 导入报告',
    '',
    `来源：${markdownCell(source, 400)}`,
    '',
    `共导入事项 ${result.powers.length} 项（新建 ${plan.created} 项，更新 ${plan.updated} 项，未变 ${plan.unchanged} 项），工作表 ${result.sheets.length} 张，需要核对的单元格 ${result.report.length + plan.kept.length} 个。`,
    '',
    '表格中没有流程图：每个事项的流程取自其职权类别的法定程序模板，并标有 `x-sunlit-review`，核对后删除该标记。',
    '',
    '## 工作表',
    '',
    '| 工作表 | 导入事项 | 说明 |',
    '|---|---|---|',
    ...result.sheets.map((sheet) => `| ${markdownCell(sheet.name)} | ${sheet.powers} | ${sheet.skipped === 'no-header' ? '没有找到表头，未导入' : sheet.skipped === 'empty' ? '空表' : ''} |`),
    '',
    '## 需要核对的单元格',
    '',
  ];
  const entries = [...result.report, ...plan.kept];
  if (entries.length === 0) lines.push('没有。');
  else {
    lines.push('| 工作表 | 行 | 列 | 表头 | 内容 | 假定 |', '|---|---|---|---|---|---|');
    for (const entry of entries) {
      lines.push(`| ${markdownCell(entry.sheet)} | ${entry.row || ''} | ${entry.column} | ${markdownCell(entry.header)} | ${markdownCell(entry.value)} | ${markdownCell(entry.assumed, 400)} |`);
    }
  }
  return lines.join('\n') + '\n';
}
