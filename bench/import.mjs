/**
 * Import benchmark: a generated 10,000-row power table, as XLSX and as GBK-free UTF-8 CSV, read,
 * converted and planned into catalogue files (no disk writes), then the files validated.
 * Run after `pnpm build`: node bench/import.mjs [rows]
 */
import { performance } from 'node:perf_hooks';
import { importSheets, loadCatalogue, memorySource, planImport } from '../packages/core/dist/index.js';
import { readSpreadsheet, writeXlsx } from '../packages/core/dist/spreadsheet.js';

const rows = Number(process.argv[2] ?? 10000);
const kinds = ['行政许可', '行政处罚', '行政强制', '行政检查', '行政确认', '行政给付', '其他行政权力'];
const table = [
  ['某市权责清单（基准测试）'],
  ['序号', '职权编码', '职权名称', '职权类别', '实施主体', '责任科室', '设定依据', '法定时限', '承诺时限', '收费依据及标准', '追责情形', '监督电话'],
];
for (let index = 0; index < rows; index++) {
  table.push([
    String(index + 1),
    `BM-${String(index).padStart(5, '0')}`,
    `第${index}项行政职权事项`,
    kinds[index % kinds.length],
    `某市第${index % 40}局`,
    '综合科',
    `《中华人民共和国行政许可法》第${['十二', '四十二', '三十四'][index % 3]}条第一款；《某某条例》第${(index % 90) + 1}条`,
    `${(index % 30) + 1}个工作日`,
    index % 5 === 0 ? '即办' : `${(index % 10) + 1}个工作日`,
    '不收费',
    '1.不依法履行职责的；2.滥用职权的',
    '024-12345',
  ]);
}

const time = async (label, work) => {
  const start = performance.now();
  const value = await work();
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label.padEnd(34)} ${seconds.toFixed(2)} s`);
  return value;
};

const csv = new TextEncoder().encode(table.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\n'));
const xlsx = await writeXlsx([{ name: '权责清单', rows: table }]);
for (const [name, bytes] of [['csv', csv], ['xlsx', xlsx]]) {
  const content = await time(`read ${name} (${rows} rows)`, () => readSpreadsheet(bytes, `bench.${name}`));
  const result = await time('convert rows to powers', () => importSheets(content.sheets, { source: name }));
  const plan = await time('plan files (YAML text)', () => planImport(result, { powerFiles: {} }, { id: 'bench', title: 'b', authority: 'a', edition: '1' }, name));
  const files = Object.fromEntries(plan.files);
  const load = await time('validate the catalogue', () => loadCatalogue('catalogue.yaml', memorySource(files), { keepPowers: false }));
  console.log(`  ${result.powers.length} powers, ${result.report.length} report entries, ${load.problems.filter((p) => p.severity === 'error').length} errors\n`);
}
