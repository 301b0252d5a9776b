/**
 * The official table of a catalogue: one row per power in the usual column order, for CSV and XLSX
 * downloads. Import reads these columns back, so export → import gives the same powers.
 */
import type { Catalogue, LawRef, Period, Power, State } from '../model.js';
import { categories, levels, periodUnits, rightKinds, targets, type Category } from '../vocabulary.js';
import { tableKey } from './convert.js';

/** The header of the official table, in order. */
export const exportHeader = [
  '事项编码',
  '事项名称',
  '职权类别',
  '实施主体',
  '承办机构',
  '设定依据',
  '实施依据',
  '依据',
  '行使层级',
  '职权对象',
  '法定时限',
  '承诺时限',
  '收费依据及标准',
  '相对人权利',
  '责任事项',
  '追责情形',
  '廉政风险点',
  '防控措施',
  '监督方式',
  '备注',
] as const;

const chineseDigits = '零一二三四五六七八九';

/** A number in Chinese numerals as statutes write article numbers: 42 → 四十二, 105 → 一百零五. */
export function toChineseNumber(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 10000) return String(value);
  if (value < 10) return chineseDigits[value]!;
  const parts: string[] = [];
  const unitsOf = ['千', '百', '十', ''];
  const digitsOf = String(value).padStart(4, '0').split('').map(Number);
  let zero = false;
  digitsOf.forEach((digit, index) => {
    if (digit === 0) {
      if (parts.length > 0) zero = true;
      return;
    }
    if (zero) parts.push('零');
    zero = false;
    parts.push(chineseDigits[digit]! + unitsOf[index]!);
  });
  const text = parts.join('');
  return text.startsWith('一十') ? text.slice(1) : text;
}

/** A citation as tables write it: 《中华人民共和国行政许可法》第四十二条第一款：text. */
export function formatRef(ref: LawRef): string {
  let text = `《${ref.law.title}》第${toChineseNumber(Number(ref.article))}条`;
  if (ref.clause !== undefined) text += `第${toChineseNumber(Number(ref.clause))}款`;
  if (ref.item !== undefined) text += `第（${toChineseNumber(Number(ref.item))}）项`;
  const number = [ref.article, ref.clause, ref.item].filter((part) => part !== undefined).join('.');
  const articleText = ref.law.articles[number];
  return articleText !== undefined && !articleText.includes('《') ? `${text}：${articleText}` : text;
}

/** A period as tables write it; 日 is written 自然日 where import would read a bare 日 as working days. */
export function formatPeriod(period: Period, category: Category): string {
  if (period.within === 0) return period.note ?? '即办';
  if (period.unit === 'workday') return `${period.within}个工作日`;
  if (period.unit === 'day') {
    const ambiguous = category === 'licensing' || (category === 'penalty' && [2, 3, 5, 7].includes(period.within)) || (category === 'coercion' && period.within <= 10);
    return `${period.within}${ambiguous ? '个自然日' : '日'}`;
  }
  if (period.unit === 'month') return `${period.within}个月`;
  return `${period.within}${periodUnits.labels[period.unit].zh}`;
}

function allStatesOf(states: readonly State[]): State[] {
  return states.flatMap((state) => [state, ...allStatesOf(state.states)]);
}

/** A list written as tables write it: numbered when there are several. */
function numbered(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : items.map((item, index) => `${index + 1}.${item}`).join('\n');
}

/** The row of one power, in the order of `exportHeader`. */
export function exportRow(power: Power): string[] {
  const table = (power.extensions[tableKey] ?? {}) as Readonly<Record<string, unknown>>;
  const tableText = (key: string) => (typeof table[key] === 'string' ? (table[key] as string) : undefined);
  const refs = (role: 'establishing' | 'implementing' | undefined) => power.basis.filter((ref) => ref.role === role).map(formatRef).join('；\n');
  const states = allStatesOf(power.flow.states);
  const rights = power.rights.map((right) => {
    const label = rightKinds.labels[right.kind].zh;
    return right.within ? `${label}（${formatPeriod(right.within, 'other')}）` : label;
  });
  const risks = states.flatMap((state) => (state.risk ? [`${state.name}：${state.risk.text}`] : []));
  const controls = states.flatMap((state) => (state.risk ? [`${state.name}：${state.risk.controls.join('；')}`] : []));
  const supervision = power.supervision;
  return [
    power.code,
    power.name,
    categories.labels[power.category].zh,
    power.department.name,
    power.unit ?? '',
    refs('establishing'),
    refs('implementing'),
    refs(undefined),
    power.level.map((level) => levels.labels[level].zh).join('、'),
    power.targets.map((target) => targets.labels[target].zh).join('、'),
    power.limits.statutory ? formatPeriod(power.limits.statutory, power.category) : '',
    power.limits.promised ? formatPeriod(power.limits.promised, power.category) : '',
    power.fees.length === 0 ? '不收费' : power.fees.map((fee) => fee.standard).join('；'),
    tableText('相对人权利') ?? rights.join('、'),
    tableText('责任事项') ?? numbered(states.flatMap((state) => state.duties)),
    numbered(power.accountability.map((item) => item.text)),
    tableText('廉政风险点') ?? numbered(risks),
    tableText('防控措施') ?? numbered(controls),
    supervision ? (supervision.text ?? [supervision.phone, ...supervision.channels].filter((part) => part !== undefined).join('；')) : '',
    power.remarks ?? '',
  ];
}

/** The official table of a catalogue: the header, then one row per power in catalogue order. */
export function exportTable(catalogue: Pick<Catalogue, 'powers'>): string[][] {
  return [[...exportHeader], ...catalogue.powers.map(exportRow)];
}

/** CSV text of rows (RFC 4180), with a byte-order mark so that Excel reads it as UTF-8. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return '\ufeff' + rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}
