/**
 * Import of official power tables: the cell parsers, the fixture spreadsheets (a workbook with one
 * sheet per department, merged cells, title rows, a two-row header; a GBK CSV), and re-import.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, memorySource } from '../src/catalogue.js';
import { parseBasis, parseCategory, parseChineseNumber, parseFees, parseLevels, parseTimeLimit, splitItems } from '../src/import/cells.js';
import { findHeader } from '../src/import/headers.js';
import { importSheets, type ImportResult, type Sheet } from '../src/import/convert.js';
import { planImport, type ExistingCatalogue } from '../src/import/write.js';
import { decodeText, readSpreadsheet } from '../src/spreadsheet.js';

const fixtures = new URL('./fixtures/import/', import.meta.url).pathname;
const head = { id: 'imported', title: '导入测试', authority: '测试', edition: '1' };

async function sheetsOf(file: string) {
  return readSpreadsheet(new Uint8Array(readFileSync(fixtures + file)), file);
}

/** The files of an import, as the catalogue folder would hold them, and their validation. */
async function written(result: ImportResult, existing: ExistingCatalogue = { powerFiles: {} }) {
  const plan = planImport(result, existing, head, 'test');
  const files: Record<string, string> = { ...existing.powerFiles, ...(existing.entry !== undefined && { 'catalogue.yaml': existing.entry }) };
  for (const [path, text] of plan.files) files[path] = text;
  const load = await loadCatalogue('catalogue.yaml', memorySource(files));
  return { plan, files, load };
}

const powerOf = (result: ImportResult, code: string) => result.powers.find((power) => power.document.code === code)!;

describe('cells', () => {
  it('reads Chinese numerals', () => {
    expect(['四十二', '一百零五', '十', '十五', '二十', '一百二十四', '二〇', '42', '４２'].map(parseChineseNumber)).toEqual([42, 105, 10, 15, 20, 124, 20, 42, 42]);
    expect(parseChineseNumber('若干')).toBeUndefined();
  });

  it('reads time limits', () => {
    expect(parseTimeLimit('20个工作日', 'either')?.value).toEqual({ statutory: { within: 20, unit: 'workday' } });
    expect(parseTimeLimit('法定20日，承诺5个工作日', 'either', 'other')?.value).toEqual({ statutory: { within: 20, unit: 'day' }, promised: { within: 5, unit: 'workday' } });
    expect(parseTimeLimit('即办', 'promised')?.value).toEqual({ promised: { within: 0, unit: 'day', note: '即办' } });
    expect(parseTimeLimit('二十日', 'statutory', 'licensing')).toMatchObject({ value: { statutory: { within: 20, unit: 'workday' } }, assumed: expect.stringContaining('第八十二条') });
    expect(parseTimeLimit('三个月', 'statutory')?.value.statutory).toEqual({ within: 3, unit: 'month' });
    expect(parseTimeLimit('—', 'statutory')).toBeUndefined();
  });

  it('reads categories, old names reported', () => {
    expect(parseCategory('行政许可')).toEqual({ value: 'licensing' });
    expect(parseCategory('其他权力')).toEqual({ value: 'other' });
    expect(parseCategory('非行政许可审批')).toMatchObject({ value: 'other', assumed: expect.stringContaining('2015') });
    expect(parseCategory('行政监督')).toMatchObject({ value: 'inspection' });
    expect(parseCategory('06')).toMatchObject({ value: 'inspection' });
    expect(parseCategory('不知道')).toBeUndefined();
  });

  it('reads fees, levels and items', () => {
    expect(parseFees('不收费')).toEqual({ value: [] });
    expect(parseFees('按《某收费标准》每件10元')?.value).toEqual([{ item: '收费', standard: '按《某收费标准》每件10元' }]);
    expect(parseLevels('市、县')?.value).toEqual(['city', 'county']);
    expect(splitItems('1.不予受理的；2.违法准予的')).toEqual(['不予受理的；', '违法准予的']);
    expect(splitItems('（一）没有依据的；（二）擅自改变的')).toEqual(['没有依据的；', '擅自改变的']);
  });

  it('reads legal basis into registry entries and refs', () => {
    const reading = parseBasis('《中华人民共和国行政许可法》第四十二条第一款：除可以当场作出行政许可决定的外……', 'implementing')!;
    expect(reading.value.refs).toEqual([{ ref: 'admin-licensing 42.1', role: 'implementing' }]);
    expect(reading.value.laws[0]).toMatchObject({ id: 'admin-licensing', articles: { '42.1': '除可以当场作出行政许可决定的外……' } });
    const several = parseBasis('根据《中华人民共和国道路交通安全法》第九十条、第一百零七条，《行政处罚法》第五十一条的规定')!;
    expect(several.value.refs.map((ref) => ref.ref)).toEqual([expect.stringMatching(/^law-\w+ 90$/), expect.stringMatching(/^law-\w+ 107$/), 'admin-penalty 51']);
    expect(parseBasis('《食品安全法》第一百二十四条第一款第（五）项')!.value.refs[0]!.ref).toMatch(/ 124\.1\.5$/);
    expect(parseBasis('《某某条例》')).toMatchObject({ value: { refs: [], withoutArticle: ['某某条例'] }, assumed: expect.stringContaining('未写明条款') });
  });

  it('finds a header below title rows, and a second header row', () => {
    const rows = [['某局权责清单'], ['事项名称', '职权类别', '办理时限', ''], ['', '', '法定时限', '承诺时限'], ['甲', '行政许可', '20个工作日', '5个工作日']];
    const layout = findHeader(rows)!;
    expect(layout.lastRow).toBe(2);
    expect([...layout.columns.entries()]).toEqual([[0, 'name'], [1, 'category'], [2, 'statutoryLimit'], [3, 'promisedLimit']]);
  });
});

describe('the fixture workbook (one sheet per department)', () => {
  it('imports every row to a catalogue that validates', async () => {
    const content = await sheetsOf('offices.xlsx');
    expect(content.kind).toBe('xlsx');
    const result = importSheets(content.sheets, { source: 'offices.xlsx' });
    expect(result.sheets).toEqual([
      { name: '市场监管局', powers: 4 },
      { name: '交警支队', powers: 2 },
      { name: '政府办', powers: 1 },
      { name: '填表说明', powers: 0, skipped: 'no-header' },
    ]);
    expect(result.title).toBe('沈阳市市场监督管理局权责清单（2026年版）');
    const { load } = await written(result);
    expect(load.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(load.catalogue!.powers).toHaveLength(7);
  });

  it('reads the fields of specific rows', async () => {
    const result = importSheets((await sheetsOf('offices.xlsx')).sheets, { source: 'offices.xlsx' });
    const licence = powerOf(result, 'SY-XK-001').document;
    expect(licence).toMatchObject({
      name: '食品经营许可',
      category: 'licensing',
      unit: '食品经营监管处',
      limits: { statutory: { within: 20, unit: 'workday' }, promised: { within: 10, unit: 'workday' } },
      fees: [],
      supervision: { phone: '024-12345' },
      accountability: [{ text: '对符合法定条件的申请不予受理的；' }, { text: '对不符合法定条件的申请人准予许可的' }],
    });
    expect(licence.basis).toEqual([{ ref: expect.stringMatching(/^law-\w+ 35\.1$/), role: 'establishing' }, { ref: 'admin-licensing 42.1', role: 'implementing' }]);
    expect(licence.flow.initial).toBe('申请');
    expect(licence['x-sunlit-review']).toMatchObject({ status: 'pending', source: 'offices.xlsx / 市场监管局 / 第4行' });

    // Merged 主项 over two 子项; the merged category fills both.
    const second = powerOf(result, 'SY-CF-002');
    expect(second.row).toBe(6);
    expect(second.document).toMatchObject({ name: '食品安全违法行为的处罚（对经营超过保质期的食品的处罚）', category: 'penalty', limits: { statutory: { within: 90, unit: 'day' } } });
    expect(second.document.flow.initial).toBe('案件来源');

    // An old category, a missing code, 即办.
    const old = result.powers.find((power) => power.document.name === '食品小作坊登记')!;
    expect(old.document).toMatchObject({ category: 'other', code: expect.stringMatching(/^QT-/), limits: { statutory: { within: 0, unit: 'day' } }, remarks: '已下放区县' });
    expect(result.report).toContainEqual(expect.objectContaining({ sheet: '市场监管局', row: 7, column: 'E', value: '非行政许可审批' }));

    // A category written as its code, the summary procedure by its name, 依据 as one long text.
    const summary = powerOf(result, 'SY-CF-101').document;
    expect(summary).toMatchObject({ category: 'penalty', level: ['city', 'county'], supervision: { phone: '024-23456789' } });
    expect(summary.flow.initial).toBe('现场执法');
    expect(summary.basis).toHaveLength(3);
    expect(summary['x-sunlit-table']).toMatchObject({ 廉政风险点: '擅自改变处罚幅度', 是否进驻大厅: '否' });

    // A two-row header.
    const ogi = result.powers.find((power) => power.sheet === '政府办')!.document;
    expect(ogi).toMatchObject({ category: 'other', limits: { statutory: { within: 20, unit: 'workday' }, promised: { within: 15, unit: 'workday' } }, basis: ['ogi-reg 33.2'] });
    expect(ogi.flow.initial).toBe('申请');
    expect(Object.keys(ogi.clocks ?? {})).toContain('reply');

    // The note under the table and the notes sheet are reported, not imported.
    expect(result.report).toContainEqual(expect.objectContaining({ sheet: '市场监管局', row: 8, assumed: '表格下方的说明行，未导入' }));
    expect(result.report).toContainEqual(expect.objectContaining({ sheet: '填表说明', row: 0 }));
  });
});

describe('the GBK CSV', () => {
  it('is decoded as GB18030 and imported', async () => {
    const content = await sheetsOf('district-gbk.csv');
    expect(content).toMatchObject({ kind: 'csv', encoding: 'gb18030' });
    const result = importSheets(content.sheets, { source: 'district-gbk.csv' });
    expect(result.powers.map((power) => power.document.code)).toEqual(['QR-001', 'JF-001', 'JL-001']);
    expect(powerOf(result, 'QR-001').document).toMatchObject({ category: 'confirmation', limits: { statutory: { within: 30, unit: 'day' }, promised: { within: 20, unit: 'workday' } } });
    const payment = powerOf(result, 'JF-001').document;
    expect(payment.basis).toHaveLength(2);
    expect(payment.remarks).toBe('按月发放');
    expect(result.report).toContainEqual(expect.objectContaining({ row: 4, column: 'D', assumed: expect.stringContaining('沿用上一行') }));
    const { load } = await written(result);
    expect(load.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('detects UTF-8 with and without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode('事项名称,职权类别\n');
    expect(decodeText(utf8)).toEqual({ text: '事项名称,职权类别\n', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe('事项名称,职权类别\n');
    expect(decodeText(new Uint8Array([0xca, 0xc2, 0xcf, 0xee])).text).toBe('事项');
  });
});

describe('re-import', () => {
  const sheet = (name: string, unit: string): Sheet => ({
    name: '许可',
    rows: [
      ['事项编码', '事项名称', '职权类别', '实施主体', '承办机构', '法定时限'],
      ['A-1', name, '行政许可', '某局', unit, '20个工作日'],
    ],
  });

  it('updates the table\'s fields and keeps the flow, comments and edits made since', async () => {
    const first = importSheets([sheet('甲许可', '一科')], { source: 'v1.xlsx' });
    const { files } = await written(first);
    const path = Object.keys(files).find((file) => file.startsWith('powers/'))!;
    // A person edits the file: a comment on the flow, a changed unit, a renamed state's action.
    const edited = files[path]!.replace('flow:\n', '# 已按本局实际流程核对\nflow:\n').replace('unit: 一科', 'unit: 审批科').replace('提出书面申请（含信函、数据电文）', '通过政务服务网提出申请');
    const existing = { entry: files['catalogue.yaml']!, powerFiles: { [path]: edited } };
    const second = importSheets([sheet('甲许可（新名称）', '二科')], { source: 'v2.xlsx' });
    const { plan, files: after, load } = await written(second, existing);
    expect(plan).toMatchObject({ created: 0, updated: 1 });
    const text = after[path]!;
    expect(text).toContain('# 已按本局实际流程核对');
    expect(text).toContain('通过政务服务网提出申请');
    const power = parse(text) as Record<string, unknown>;
    expect(power.name).toBe('甲许可（新名称）');
    expect(power.unit).toBe('审批科');
    expect(plan.kept).toEqual([expect.objectContaining({ header: 'unit' })]);
    expect(after['import-report.md']).toContain('保留修改');
    expect(load.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});

describe('export', () => {
  it('writes article numbers in Chinese numerals', async () => {
    const { toChineseNumber } = await import('../src/import/export.js');
    expect([1, 10, 15, 20, 42, 100, 105, 110, 124, 1000].map(toChineseNumber)).toEqual(['一', '十', '十五', '二十', '四十二', '一百', '一百零五', '一百一十', '一百二十四', '一千']);
    for (let value = 0; value < 2000; value += 7) expect(parseChineseNumber(toChineseNumber(value))).toBe(value);
  });

  it('gives the same powers back: export → import', async () => {
    const { exportTable, toCsv } = await import('../src/import/export.js');
    const { parseCsv } = await import('../src/spreadsheet.js');
    const fields = ['code', 'name', 'category', 'unit', 'level', 'targets', 'basis', 'limits', 'fees', 'supervision', 'accountability', 'remarks'] as const;
    const pick = (power: Record<string, unknown>, departments: Map<string, string>): Record<string, unknown> => ({
      ...Object.fromEntries(fields.map((field) => [field, power[field]])),
      // Absent and empty fees are the same in the model: no fee.
      fees: power.fees ?? [],
      department: departments.get(power.department as string),
    });
    for (const file of ['offices.xlsx', 'district-gbk.csv']) {
      const first = importSheets((await sheetsOf(file)).sheets, { source: file });
      const { load } = await written(first);
      const table = exportTable(load.catalogue!);
      expect(table).toHaveLength(first.powers.length + 1);
      // Through CSV text, as a download would go.
      const again = importSheets([{ name: '导出', rows: parseCsv(toCsv(table).slice(1)) }], { source: 'export.csv' });
      const names = (result: ImportResult) => new Map(result.departments.map((department) => [department.id, department.name]));
      const before = first.powers.map((power) => pick(power.document as unknown as Record<string, unknown>, names(first)));
      const after = again.powers.map((power) => pick(power.document as unknown as Record<string, unknown>, names(again)));
      const byCode = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.code).localeCompare(String(b.code));
      expect(after.sort(byCode), file).toEqual(before.sort(byCode));
    }
  });
});
