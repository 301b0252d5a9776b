/**
 * Recognising the header of an official power table: which column holds which field, whatever the
 * office called it, and where the header row is (below one or two title rows).
 */

/** The fields an import reads, in the official column order used by export. */
export const importFields = [
  'code',
  'name',
  'subItem',
  'category',
  'department',
  'unit',
  'basis',
  'establishingBasis',
  'implementingBasis',
  'level',
  'targets',
  'timeLimit',
  'statutoryLimit',
  'promisedLimit',
  'fees',
  'rights',
  'responsibilities',
  'accountability',
  'risks',
  'controls',
  'supervision',
  'remarks',
  'serial',
] as const;
export type ImportField = (typeof importFields)[number];

/** Header texts of each field: exact names first, then patterns. Matched after removing spaces and line breaks. */
const headerNames: Readonly<Record<ImportField, readonly (string | RegExp)[]>> = {
  serial: ['序号', '编号序号', 'No', 'NO', 'no'],
  code: ['事项编码', '职权编码', '权力编码', '权责事项编码', '基本编码', '实施编码', '编码', '事项代码', /^(权责|职权|权力|事项)?(基本)?编码$/, /^code$/i],
  name: ['事项名称', '职权名称', '权力名称', '权责事项名称', '权责事项', '主项名称', '项目名称', '名称', /^(权力|职权|权责)?事项(主项)?名称$/, /^name$/i],
  subItem: ['子项名称', '子项', '子项事项名称'],
  category: ['职权类别', '职权类型', '事项类型', '权力类型', '权力类别', '事项类别', '类别', '类型', '权责类别', '权责类型', /^(职权|权力|事项|权责)(类别|类型|分类)$/],
  department: ['实施主体', '行使主体', '法定主体', '实施机关', '实施部门', '责任主体', '主体', '部门', '部门名称', /^(实施|行使|法定|责任)(主体|机关|部门)(名称)?$/],
  unit: ['承办机构', '责任科室', '责任处室', '承办科室', '承办岗位', '内设机构', '承办处室', '责任处（科）室', '责任处(科)室', /^(承办|责任|实施)(机构|科室|处室|岗位|处（科）室|处\(科\)室)$/],
  basis: ['依据', '法律依据', '法定依据', '实施依据及设定依据', '设定和实施依据', '设定依据和实施依据', /^(法律|法定|法规)?依据$/, /设定.*实施.*依据|实施.*设定.*依据/],
  establishingBasis: ['设定依据'],
  implementingBasis: ['实施依据'],
  level: ['行使层级', '事权层级', '层级', '行使层级（省市县乡）', /^(行使|事权|实施)层级/],
  targets: ['职权对象', '服务对象', '行使对象', '对象', '相对人'],
  timeLimit: ['办理时限', '时限', '办结时限', '期限', '办理期限', /^(办理|办结)?(时限|期限)$/],
  statutoryLimit: ['法定时限', '法定办结时限', '法定期限', '法定办理时限', /^法定(办结|办理)?(时限|期限)/],
  promisedLimit: ['承诺时限', '承诺办结时限', '承诺期限', '承诺办理时限', /^承诺(办结|办理)?(时限|期限)/],
  fees: ['收费依据及标准', '收费标准', '收费', '收费依据和标准', '收费（征收）依据和标准', '是否收费', /^收费/],
  rights: ['相对人权利', '救济途径', '相对人权利及救济途径', /相对人.*权利|救济/],
  responsibilities: ['责任事项', '责任事项内容', /^责任事项/],
  accountability: ['追责情形', '追责情形及依据', '问责情形', '责任追究情形', /^追责/],
  risks: ['廉政风险点', '风险点', '廉政风险点及防控措施', /廉政风险/],
  controls: ['防控措施', '风险防控措施', /^防控/],
  supervision: ['监督方式', '监督电话', '投诉电话', '监督投诉方式', '监督方式及电话', /^监督/, /投诉/],
  remarks: ['备注', '说明', '备考'],
};

/** A text as header cells are compared: no spaces, no line breaks, no asterisks marking required fields. */
export function headerKey(text: string): string {
  return text.replace(/[\s*＊]/g, '');
}

/** The field a header text names, or undefined. `extra` maps further header texts (from --map). */
export function fieldOfHeader(text: string, extra: Readonly<Record<string, ImportField>> = {}): ImportField | undefined {
  const key = headerKey(text);
  if (key === '') return undefined;
  if (extra[key] !== undefined) return extra[key];
  for (const field of importFields) if (headerNames[field].some((name) => typeof name === 'string' && name === key)) return field;
  for (const field of importFields) if (headerNames[field].some((name) => typeof name !== 'string' && name.test(key))) return field;
  return undefined;
}

/** Where a sheet's header is, and which column holds which field. */
export interface HeaderLayout {
  /** Index (0-based) of the last header row; data starts after it. */
  readonly lastRow: number;
  /** Field of each column index; columns not recognised are absent. */
  readonly columns: ReadonlyMap<number, ImportField>;
  /** Header text of each column, for the report. */
  readonly titles: ReadonlyMap<number, string>;
  /** Header cells that were not recognised. */
  readonly unknown: readonly { readonly column: number; readonly text: string }[];
}

function recognise(row: readonly string[], extra: Readonly<Record<string, ImportField>>): Map<number, ImportField> {
  const found = new Map<number, ImportField>();
  row.forEach((cell, column) => {
    const field = fieldOfHeader(cell, extra);
    if (field !== undefined && ![...found.values()].includes(field)) found.set(column, field);
  });
  return found;
}

/**
 * Finds the header among a sheet's first rows: the row naming the most fields, with a name
 * column. A second header row below it (办理时限 over 法定时限 | 承诺时限) refines the columns.
 * Undefined when no row looks like a header.
 */
export function findHeader(rows: readonly (readonly string[])[], extra: Readonly<Record<string, ImportField>> = {}): HeaderLayout | undefined {
  let best: { index: number; columns: Map<number, ImportField> } | undefined;
  for (let index = 0; index < Math.min(rows.length, 12); index++) {
    const columns = recognise(rows[index]!, extra);
    if (![...columns.values()].includes('name') && ![...columns.values()].includes('subItem')) continue;
    if (columns.size >= 2 && (best === undefined || columns.size > best.columns.size)) best = { index, columns };
  }
  if (best === undefined) return undefined;
  let lastRow = best.index;
  const columns = new Map(best.columns);
  const titles = new Map<number, string>();
  const headerRow = rows[best.index]!;
  headerRow.forEach((cell, column) => titles.set(column, headerKey(cell)));
  const next = rows[best.index + 1];
  if (next !== undefined) {
    const below = recognise(next, extra);
    // A sub-header: recognised cells where the row above holds a group label or the same text (merged).
    const refining = [...below.entries()].filter(([column, field]) => columns.get(column) !== field || headerKey(next[column]!) !== headerKey(headerRow[column] ?? ''));
    const looksLikeData = next.some((cell, column) => columns.get(column) === 'name' && cell.trim() !== '' && headerKey(cell) !== headerKey(headerRow[column] ?? ''));
    if (refining.length > 0 && !looksLikeData) {
      lastRow = best.index + 1;
      for (const [column, field] of below) {
        for (const [other, otherField] of columns) if (otherField === field && other !== column) columns.delete(other);
        columns.set(column, field);
        titles.set(column, headerKey(next[column]!));
      }
    }
  }
  const unknown: { column: number; text: string }[] = [];
  titles.forEach((text, column) => {
    if (text !== '' && !columns.has(column)) unknown.push({ column, text });
  });
  return { lastRow, columns, titles, unknown };
}

/** A spreadsheet column's letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}
