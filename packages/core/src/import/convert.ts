/**
 * Turning the sheets of an official power table into power documents, departments and laws, with
 * a report of every cell read with uncertainty. Pure and browser-safe: the sheets come already read
 * (see ../spreadsheet.js for XLSX and CSV).
 */
import type { DepartmentDocument, LawDocument, PeriodDocument, PowerDocument, RefDocument } from '../documents.js';
import { powerFromTemplate, templateFor } from '../templates/index.js';
import { templateLaws } from '../templates/laws.js';
import type { BasisRole, Category } from '../vocabulary.js';
import { findPhone, parseBasis, parseCategory, parseFees, parseLevels, parseTargets, parseTimeLimit, splitItems, stableHash, type Reading } from './cells.js';
import { columnLetter, findHeader, type ImportField } from './headers.js';

/** One sheet of a workbook (or a CSV file), as text cells; merged cells already hold their value. */
export interface Sheet {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
}

/** A cell read with uncertainty, or a row or sheet passed over: one line of import-report.md. */
export interface ReportEntry {
  readonly sheet: string;
  /** 1-based row number as the spreadsheet shows it; 0 for the sheet as a whole. */
  readonly row: number;
  /** Column letter (A, B, …), empty for a whole row or sheet. */
  readonly column: string;
  /** The column's header text. */
  readonly header: string;
  readonly value: string;
  /** What was assumed, in Chinese. */
  readonly assumed: string;
}

/** A power read from one row. */
export interface ImportedPower {
  readonly document: PowerDocument;
  readonly sheet: string;
  readonly row: number;
}

export interface ImportOptions {
  /** The file's name, recorded in each power's review note. */
  readonly source: string;
  /** Further header texts and the field each names (the --map file). */
  readonly map?: Readonly<Record<string, ImportField>>;
  /** Departments already in the catalogue, matched by name. */
  readonly departments?: readonly DepartmentDocument[];
  /** Laws already in the catalogue, matched by title. */
  readonly laws?: readonly LawDocument[];
  /** Department name for sheets that name none (default: the sheet's name). */
  readonly authority?: string;
}

export interface SheetSummary {
  readonly name: string;
  readonly powers: number;
  /** Why the sheet was passed over, when it was. */
  readonly skipped?: string;
}

export interface ImportResult {
  readonly powers: readonly ImportedPower[];
  readonly departments: readonly DepartmentDocument[];
  readonly laws: readonly LawDocument[];
  readonly report: readonly ReportEntry[];
  readonly sheets: readonly SheetSummary[];
  /** The table's title: the first title row above the first header, if any (e.g. 某某局权责清单). */
  readonly title?: string;
}

/** Extension key marking a power for review after import. */
export const reviewKey = 'x-sunlit-review';
/** Extension key holding the table's texts that have no field of their own (责任事项, 廉政风险点 …). */
export const tableKey = 'x-sunlit-table';

const codeAbbreviations: Readonly<Record<Category, string>> = {
  licensing: 'XK',
  penalty: 'CF',
  coercion: 'QZ',
  levy: 'ZS',
  payment: 'JF',
  inspection: 'JC',
  confirmation: 'QR',
  reward: 'JL',
  adjudication: 'CJ',
  other: 'QT',
};

/** Columns whose texts are kept under x-sunlit-table, by the official header. */
const tableColumns: Partial<Record<ImportField, string>> = {
  rights: '相对人权利',
  responsibilities: '责任事项',
  risks: '廉政风险点',
  controls: '防控措施',
};

const validCode = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Reads every sheet; rows that name a power become powers, every guess is reported. */
export function importSheets(sheets: readonly Sheet[], options: ImportOptions): ImportResult {
  const report: ReportEntry[] = [];
  const departments = new Map<string, DepartmentDocument>();
  for (const department of options.departments ?? []) departments.set(department.name, department);
  const knownIds = new Set([...departments.values()].map((department) => department.id));
  const laws = new Map<string, LawDocument & { articles?: Record<string, string> }>();
  const existingByTitle = new Map((options.laws ?? []).map((law) => [law.title, law]));
  const powers: ImportedPower[] = [];
  const summaries: SheetSummary[] = [];
  const codes = new Set<string>();
  let title: string | undefined;

  const departmentFor = (name: string): string => {
    const known = departments.get(name);
    if (known) return known.id;
    let id = `dept-${stableHash(name)}`;
    while (knownIds.has(id)) id = `dept-${stableHash(id + name)}`;
    knownIds.add(id);
    departments.set(name, { id, name });
    return id;
  };
  const addLaw = (law: LawDocument & { articles?: Record<string, string> }): string => {
    const existing = existingByTitle.get(law.title);
    const id = existing?.id ?? law.id;
    const held = laws.get(id);
    if (held === undefined) laws.set(id, { ...law, id, ...(law.articles && { articles: { ...law.articles } }) });
    else if (law.articles) held.articles = { ...law.articles, ...held.articles };
    return id;
  };

  for (const sheet of sheets) {
    const layout = findHeader(sheet.rows, options.map);
    if (layout === undefined) {
      const hasContent = sheet.rows.some((row) => row.some((cell) => cell.trim() !== ''));
      if (hasContent) report.push({ sheet: sheet.name, row: 0, column: '', header: '', value: '', assumed: '没有找到表头（需要“事项名称”等列），整张工作表未导入；可用 --map 指定表头' });
      summaries.push({ name: sheet.name, powers: 0, skipped: hasContent ? 'no-header' : 'empty' });
      continue;
    }
    if (title === undefined) {
      title = sheet.rows
        .slice(0, layout.lastRow)
        .map((row) => row.find((value) => value.trim() !== '')?.trim())
        .find((value) => value !== undefined && value.length >= 4 && !/^(附件|附表)\s*\d*$/.test(value));
    }
    const fields = new Map<ImportField, number>();
    for (const [column, field] of layout.columns) fields.set(field, column);
    for (const { column, text } of layout.unknown) {
      report.push({ sheet: sheet.name, row: layout.lastRow + 1, column: columnLetter(column), header: text, value: '', assumed: `未识别的表头，原文保存在 ${tableKey} 中` });
    }
    const sheetCategory = parseCategory(sheet.name);
    let previous: { department?: string; category?: string } = {};
    let count = 0;
    for (let index = layout.lastRow + 1; index < sheet.rows.length; index++) {
      const row = sheet.rows[index]!;
      const rowNumber = index + 1;
      const cell = (field: ImportField) => {
        const column = fields.get(field);
        return column === undefined ? '' : (row[column] ?? '').trim();
      };
      const note = (field: ImportField | '', value: string, assumed: string) => {
        const column = field === '' ? undefined : fields.get(field);
        report.push({
          sheet: sheet.name,
          row: rowNumber,
          column: column === undefined ? '' : columnLetter(column),
          header: column === undefined ? '' : layout.titles.get(column) ?? '',
          value,
          assumed,
        });
      };
      const take = <T>(field: ImportField, reading: Reading<T> | undefined): T | undefined => {
        if (reading?.assumed) note(field, cell(field), reading.assumed);
        return reading?.value;
      };
      if (row.every((value) => value.trim() === '')) continue;
      // A header repeated on a later page, or a note under the table.
      const repeats = [...layout.columns.keys()].filter((column) => (row[column] ?? '').replace(/\s/g, '') === layout.titles.get(column)).length;
      if (repeats >= 2) continue;
      // A note under the table: one text merged across the row, or a line starting 注 / 说明.
      const distinct = new Set(row.map((value) => value.trim()).filter((value) => value !== ''));
      const first = row.find((value) => value.trim() !== '')?.trim() ?? '';
      if ((distinct.size === 1 && row.filter((value) => value.trim() !== '').length >= 3) || /^(注|说明|备注|填表说明)[\s:：0-9１-９.、]/.test(first)) {
        note('', first.slice(0, 200), '表格下方的说明行，未导入');
        continue;
      }
      const mainName = cell('name');
      const subName = cell('subItem');
      if (mainName === '' && subName === '') {
        note('', row.filter((value) => value.trim() !== '').join(' | ').slice(0, 200), '此行没有事项名称，未导入');
        continue;
      }
      const name = subName === '' || subName === mainName ? mainName : mainName === '' || subName.startsWith(mainName) ? subName : `${mainName}（${subName}）`;

      // 实施主体: the cell, the row above (a merged-looking blank), or the sheet.
      let departmentName = cell('department');
      if (departmentName === '' && previous.department !== undefined && fields.has('department')) {
        departmentName = previous.department;
        note('department', '', `实施主体为空，沿用上一行的“${departmentName}”`);
      }
      if (departmentName === '') {
        departmentName = options.authority ?? sheet.name;
        note('department', '', `没有实施主体，按${options.authority ? '' : '工作表名'}“${departmentName}”导入`);
      }
      previous.department = departmentName;

      let categoryText = cell('category');
      if (categoryText === '' && previous.category !== undefined && fields.has('category')) {
        categoryText = previous.category;
        note('category', '', `职权类别为空，沿用上一行的“${categoryText}”`);
      }
      previous = { ...previous, category: categoryText };
      let category: Category;
      const categoryReading = categoryText === '' ? undefined : parseCategory(categoryText);
      if (categoryReading) category = take('category', categoryReading)!;
      else if (sheetCategory && categoryText === '') category = sheetCategory.value;
      else {
        category = 'other';
        note('category', categoryText, categoryText === '' ? '没有职权类别，按“其他行政权力”导入' : `无法识别的职权类别，按“其他行政权力”导入`);
      }

      // 事项编码: kept when valid, cleaned when not, generated stably when missing.
      const written = cell('code').replace(/[\s\u3000]/g, '').replace(/[Ａ-Ｚａ-ｚ０-９]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
      let code: string;
      if (written !== '' && validCode.test(written)) code = written;
      else if (written !== '') {
        code = written.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 64) || `${codeAbbreviations[category]}-${stableHash(written)}`;
        note('code', written, `编码含有不能用于文件名的字符，改写为 ${code}`);
      } else {
        code = `${codeAbbreviations[category]}-${stableHash(`${departmentName}|${name}`)}`;
        note('code', '', `没有事项编码，按实施主体和名称生成 ${code}（再次导入时不变）`);
      }
      if (codes.has(code)) {
        let suffix = 2;
        while (codes.has(`${code}-${suffix}`)) suffix++;
        note('code', code, `编码与前面的事项重复，改为 ${code}-${suffix}`);
        code = `${code}-${suffix}`;
      }
      codes.add(code);

      const template = templateFor(category, name);
      const department = departmentFor(departmentName);
      const base = powerFromTemplate(template, { code, name, department });
      const power: Record<string, unknown> = { ...base };

      const unit = cell('unit');
      if (unit !== '') power.unit = unit;
      const level = take('level', parseLevels(cell('level')));
      if (level) power.level = level;
      const targets = take('targets', parseTargets(cell('targets')));
      if (targets) power.targets = targets;

      // 依据: every basis column, each with its role.
      const refs: RefDocument[] = [];
      const unread: string[] = [];
      let placeholderBasis = false;
      const basisColumns: [ImportField, BasisRole | undefined][] = [
        ['establishingBasis', 'establishing'],
        ['implementingBasis', 'implementing'],
        ['basis', undefined],
      ];
      for (const [field, role] of basisColumns) {
        const text = cell(field);
        const reading = take(field, parseBasis(text, role));
        if (reading === undefined) continue;
        for (const law of reading.laws) {
          const id = addLaw(law);
          for (const ref of reading.refs) {
            if (!ref.ref.startsWith(law.id + ' ')) continue;
            const rewritten = { ...ref, ref: id + ref.ref.slice(law.id.length) };
            if (!refs.some((existing) => existing.ref === rewritten.ref)) refs.push(rewritten);
          }
        }
        if (reading.refs.length === 0) unread.push(text);
      }
      if (refs.length > 0) power.basis = refs.map((ref) => (ref.role === undefined && ref.note === undefined ? ref.ref : ref));
      else {
        // The template's procedural basis stands in; the review note says so (an export carries no notes).
        power.basis = template.basis.map(({ ref, role }) => ({ ref, ...(role && { role }) }));
        placeholderBasis = true;
        const field = (['establishingBasis', 'implementingBasis', 'basis'] as const).find((candidate) => cell(candidate) !== '') ?? 'basis';
        note(field, cell(field), `依据中没有识别出可引用的条款，暂用模板的程序依据（${template.basis.map((ref) => ref.ref).join('、')}），请补充设定依据`);
      }
      // The template's flow cites these ids, whatever the catalogue calls the same statutes.
      for (const id of template.laws) if (!laws.has(id)) laws.set(id, { ...templateLaws[id] });

      // 时限.
      const limits: { statutory?: PeriodDocument; promised?: PeriodDocument } = {};
      const limitColumns: ['statutoryLimit' | 'promisedLimit' | 'timeLimit', 'statutory' | 'promised' | 'either'][] = [
        ['statutoryLimit', 'statutory'],
        ['promisedLimit', 'promised'],
        ['timeLimit', 'either'],
      ];
      for (const [field, role] of limitColumns) {
        const text = cell(field);
        const reading = take(field, parseTimeLimit(text, role, category));
        if (reading === undefined) {
          if (text !== '' && !/^(无|—+|-+|\/|／|不适用|暂无)$/.test(text)) note(field, text, '无法读出期限，原文记入备注');
          continue;
        }
        limits.statutory ??= reading.statutory;
        limits.promised ??= reading.promised;
      }
      if (limits.statutory || limits.promised) power.limits = limits;
      if (limits.statutory && limits.statutory.within > 0 && template.limitClock) {
        power.clocks = {
          ...(power.clocks as object | undefined),
          limit: { name: '办理时限', within: limits.statutory.within, unit: limits.statutory.unit, from: template.limitClock.from, until: [...template.limitClock.until] },
        };
      }
      const templateClock = Object.values(template.clocks)[0];
      if (limits.statutory && templateClock && limits.statutory.within !== 0 && (limits.statutory.within !== templateClock.within || limits.statutory.unit !== templateClock.unit)) {
        note('statutoryLimit', `${limits.statutory.within}`, `表格的法定时限与模板的“${templateClock.name}”（${templateClock.within}）不同，计时器按模板，请核对是否有特别规定`);
      }

      const fees = take('fees', parseFees(cell('fees')));
      if (fees !== undefined) power.fees = fees;

      const supervision = cell('supervision');
      if (supervision !== '') {
        const phone = findPhone(supervision);
        power.supervision = phone === supervision ? { phone } : { ...(phone && { phone }), text: supervision };
      }
      const accountability = splitItems(cell('accountability'));
      // Items written as the template words them keep the template's citations.
      const templateItems = new Map(template.accountability.map((item) => [item.text, item]));
      if (accountability.length > 0) {
        power.accountability = accountability.map((text) => {
          const known = templateItems.get(text.replace(/[；;。]$/, ''));
          return known && known.basis.length > 0 ? { text: known.text, basis: [...known.basis] } : { text };
        });
      }

      const remarks = [cell('remarks'), ...unread.filter((text) => text !== '').map((text) => `依据原文：${text}`)].filter((text) => text !== '');
      if (remarks.length > 0) power.remarks = remarks.join('\n');

      // Texts with no field of their own, kept whole for review and export.
      const table: Record<string, string> = {};
      for (const [field, header] of Object.entries(tableColumns)) {
        const text = cell(field as ImportField);
        if (text !== '') table[header] = text;
      }
      if (subName !== '' && mainName !== '' && subName !== mainName) table['主项名称'] = mainName;
      for (const { column, text } of layout.unknown) {
        const value = (row[column] ?? '').trim();
        if (value !== '') table[text] = value;
      }
      if (Object.keys(table).length > 0) power[tableKey] = table;
      power[reviewKey] = {
        status: 'pending',
        reason: `自表格导入：流程为“${template.name.zh}”模板，依据、时限等请核对${placeholderBasis ? '；依据暂为模板的程序依据，请补充设定依据' : ''}`,
        source: `${options.source} / ${sheet.name} / 第${rowNumber}行`,
      };
      const order = ['code', 'name', 'category', 'department', 'unit', 'level', 'targets', 'basis', 'limits', 'fees', 'clocks', 'rights', 'accountability', 'supervision', 'remarks', 'flow', tableKey, reviewKey];
      const ordered = Object.fromEntries(order.filter((key) => power[key] !== undefined).map((key) => [key, power[key]]));
      powers.push({ document: ordered as unknown as PowerDocument, sheet: sheet.name, row: rowNumber });
      count++;
    }
    summaries.push({ name: sheet.name, powers: count });
  }
  return { powers, departments: [...departments.values()], laws: [...laws.values()], report, sheets: summaries, ...(title !== undefined && { title }) };
}
