#!/usr/bin/env node
/**
 * Generates a large, valid Sunlit catalogue for the benchmark: `catalogue.yaml` (departments and
 * laws, many articles with text) and `powers/<department>/<code>.yaml`, one power per file.
 *
 *   node bench/generate.mjs [--powers N] [--out DIR] [--seed S]
 *
 * Defaults: N = 10000, DIR = bench/.data/catalogue-N (git-ignored), S = 20261121.
 *
 * The powers take the shapes of examples/shenyang/powers: 10–30 states, nested and parallel states
 * now and then, clocks, rights, risks, and Chinese text of realistic length. Everything comes from
 * a seeded generator, so the same N and seed always give byte-identical files; power number i does
 * not depend on N (a smaller catalogue is a prefix of a larger one). The city ("滨江市") and its
 * departments are invented; the law titles are real but their article texts are generated filler.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';

/** Bumped whenever the output changes, so that validate.mjs regenerates stale data. */
export const generatorVersion = 2;
export const defaultSeed = 20261121;
const benchDir = dirname(fileURLToPath(import.meta.url));
export const defaultOut = (powers) => join(benchDir, '.data', `catalogue-${powers}`);
const manifestName = '.bench-manifest.json';

// ---------------------------------------------------------------------------------------------
// Seeded randomness

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mix(...numbers) {
  let h = 0x811c9dc5;
  for (const n of numbers) {
    h = Math.imul(h ^ (n >>> 0), 0x01000193) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
  }
  return h >>> 0;
}

/** Seeded randomness; the case-log generator (cases.mjs) draws from the same. */
export class Random {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }
  /** Picks by weight from [[value, weight], ...]. */
  weighted(entries) {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1][0];
  }
  /** k distinct items, in a random order. */
  sample(items, k) {
    const copy = [...items];
    const count = Math.min(k, copy.length);
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, count);
  }
}

const chineseNumbers = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function chinese(n) {
  if (n <= 10) return chineseNumbers[n];
  if (n < 20) return '十' + chineseNumbers[n - 10];
  if (n < 100) return chineseNumbers[Math.floor(n / 10)] + '十' + (n % 10 === 0 ? '' : chineseNumbers[n % 10]);
  return String(n);
}

// ---------------------------------------------------------------------------------------------
// A small YAML writer in the style of the examples: block mappings, short lists and small objects
// in flow style, multi-line text as literal blocks, and quotes only where YAML needs them.

const coreNonString = [
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,
  /^0x[0-9a-fA-F]+$/,
  /^0o[0-7]+$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/,
];

function isPlain(text, flow) {
  if (text === '' || text !== text.trim() || text.includes('\n')) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text)) return false;
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return false;
  if (flow && /[,[\]{}]/.test(text)) return false;
  return !coreNonString.some((pattern) => pattern.test(text));
}

function scalar(value, flow) {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  return isPlain(value, flow) ? value : JSON.stringify(value);
}

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys whose value is always written in block style, as the examples do. */
const blockKeys = new Set([
  'flow', 'states', 'on', 'clocks', 'rights', 'accountability', 'discretion', 'fees', 'materials', 'limits', 'statutory',
  'supervision', 'risk', 'laws', 'departments', 'articles', 'duties',
]);
/** Keys whose entries (mapping values) are always written in block style. */
const blockChildren = new Set(['states', 'clocks']);
/** Keys whose list items are written as block mappings rather than `{ ... }`. */
const blockItems = new Set(['rights', 'accountability', 'discretion', 'fees', 'laws']);

/** The flow-style text of a value, or undefined if it cannot or should not be written inline. */
function inline(value, limit) {
  if (Array.isArray(value)) {
    const parts = [];
    for (const item of value) {
      if (isObject(item)) return undefined;
      const part = inline(item, limit);
      if (part === undefined) return undefined;
      parts.push(part);
    }
    const text = `[${parts.join(', ')}]`;
    return text.length <= limit ? text : undefined;
  }
  if (isObject(value)) {
    const parts = [];
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      if (blockKeys.has(key)) return undefined;
      const part = inline(item, limit);
      if (part === undefined) return undefined;
      parts.push(`${scalar(key, true)}: ${part}`);
    }
    const text = `{ ${parts.join(', ')} }`;
    return text.length <= limit ? text : undefined;
  }
  if (typeof value === 'string' && value.includes('\n')) return undefined;
  return scalar(value, true);
}

function writeMapping(object, indent, lines, parent = '') {
  const pad = ' '.repeat(indent);
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined) continue;
    const head = `${pad}${parent === 'articles' ? JSON.stringify(key) : scalar(key, false)}:`;
    if (typeof value === 'string' && value.includes('\n')) {
      lines.push(`${head} |-`);
      for (const line of value.split('\n')) lines.push(`${pad}  ${line}`);
    } else if (!Array.isArray(value) && !isObject(value)) {
      lines.push(`${head} ${scalar(value, false)}`);
    } else if (Object.keys(value).length === 0) {
      // A block with no items would read back as null.
      lines.push(`${head} ${Array.isArray(value) ? '[]' : '{}'}`);
    } else {
      const block = blockKeys.has(key) || blockChildren.has(parent);
      const flat = block ? undefined : inline(value, Array.isArray(value) ? 110 : 120);
      if (flat !== undefined) lines.push(`${head} ${flat}`);
      else if (Array.isArray(value)) {
        lines.push(head);
        writeSequence(value, indent + 2, lines, key);
      } else {
        lines.push(head);
        writeMapping(value, indent + 2, lines, key);
      }
    }
  }
}

function writeSequence(items, indent, lines, parent) {
  const pad = ' '.repeat(indent);
  for (const item of items) {
    if (isObject(item)) {
      const flat = blockItems.has(parent) ? undefined : inline(item, 130);
      if (flat !== undefined) {
        lines.push(`${pad}- ${flat}`);
        continue;
      }
      const inner = [];
      writeMapping(item, indent + 2, inner);
      inner[0] = `${pad}- ${inner[0].slice(indent + 2)}`;
      lines.push(...inner);
    } else if (Array.isArray(item)) {
      lines.push(`${pad}- ${inline(item, Infinity)}`);
    } else if (typeof item === 'string' && item.includes('\n')) {
      lines.push(`${pad}- |-`);
      for (const line of item.split('\n')) lines.push(`${pad}  ${line}`);
    } else {
      lines.push(`${pad}- ${scalar(item, false)}`);
    }
  }
}

export function toYaml(object, comments = []) {
  const lines = comments.map((comment) => `# ${comment}`);
  writeMapping(object, 0, lines);
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// The catalogue: departments (each with a field of work) and laws.

const city = '滨江市';

/** id, name, domain key. */
const departmentList = [
  ['municipal-government', '人民政府', 'government'],
  ['government-office', '人民政府办公室', 'ogi'],
  ['development-reform', '发展和改革委员会', 'development'],
  ['education', '教育局', 'education'],
  ['industry-it', '工业和信息化局', 'industry'],
  ['public-security', '公安局', 'security'],
  ['traffic-police', '公安局交通警察支队', 'traffic'],
  ['civil-affairs', '民政局', 'civil'],
  ['justice', '司法局', 'justice'],
  ['finance', '财政局', 'finance'],
  ['human-resources', '人力资源和社会保障局', 'labour'],
  ['natural-resources', '自然资源局', 'land'],
  ['ecology-environment', '生态环境局', 'environment'],
  ['housing-construction', '住房和城乡建设局', 'construction'],
  ['transport', '交通运输局', 'transport'],
  ['water', '水务局', 'water'],
  ['agriculture', '农业农村局', 'agriculture'],
  ['commerce', '商务局', 'commerce'],
  ['culture-tourism', '文化旅游和广播电视局', 'culture'],
  ['health', '卫生健康委员会', 'health'],
  ['veterans', '退役军人事务局', 'veterans'],
  ['emergency', '应急管理局', 'safety'],
  ['market-regulation', '市场监督管理局', 'market'],
  ['sports', '体育局', 'sports'],
  ['statistics', '统计局', 'statistics'],
  ['medical-security', '医疗保障局', 'medical'],
  ['forestry', '林业和草原局', 'forestry'],
  ['urban-management', '城市管理综合行政执法局', 'urban'],
  ['housing-fund', '住房公积金管理中心', 'fund'],
  ['ethnic-religious', '民族和宗教事务局', 'religion'],
  ['fire-rescue', '消防救援支队', 'fire'],
  ['cultural-heritage', '文物局', 'heritage'],
];

/** For each domain: its law, what it regulates, what is done wrong there, and what it pays. */
const domains = {
  government: { law: 'expropriation', subjects: ['国有土地上房屋征收', '集体土地征收补偿', '重大行政决策', '行政区划调整'], goods: ['征收范围内房屋', '建设用地'] },
  ogi: { law: 'ogi-reg', subjects: ['政府信息公开申请', '政府公报查阅', '行政规范性文件备案审查'], goods: ['政府信息'] },
  development: { law: 'price-law', subjects: ['企业投资项目核准', '政府定价', '固定资产投资项目节能审查', '粮食收购'], goods: ['投资项目', '储备粮'] },
  education: { law: 'private-education', subjects: ['民办学校办学', '校外培训机构', '教师资格认定', '中外合作办学'], goods: ['办学许可证', '培训场所'] },
  industry: { law: 'explosives-reg', subjects: ['民用爆炸物品销售', '无线电台设置', '新型墙体材料', '工业节能'], goods: ['民用爆炸物品', '无线电发射设备'] },
  security: { law: 'public-order', subjects: ['旅馆业特种行业', '公章刻制业', '大型群众性活动安全', '保安服务'], goods: ['管制器具', '危险物品'] },
  traffic: { law: 'road-traffic', subjects: ['机动车驾驶', '机动车登记', '道路交通安全违法', '校车使用'], goods: ['机动车', '机动车驾驶证'] },
  civil: { law: 'social-assistance', subjects: ['社会团体登记', '养老机构', '最低生活保障', '特困人员供养', '殡葬服务', '慈善组织认定'], goods: ['救助资金', '殡葬用品'] },
  justice: { law: 'legal-aid', subjects: ['法律援助', '律师执业', '基层法律服务', '司法鉴定'], goods: ['法律援助案件'] },
  finance: { law: 'government-procurement', subjects: ['政府采购投诉', '会计代理记账', '政府采购代理机构'], goods: ['采购文件'] },
  labour: { law: 'work-injury', subjects: ['工伤认定', '劳务派遣经营', '人力资源服务', '职业技能培训', '劳动保障监察', '失业保险金'], goods: ['工资保证金'] },
  land: { law: 'land-admin', subjects: ['建设用地', '建设工程规划', '矿产资源开采', '不动产登记', '测绘活动'], goods: ['非法占用的土地', '违法开采的矿产品'] },
  environment: { law: 'environment-protection', subjects: ['排污', '建设项目环境影响评价', '危险废物经营', '噪声污染防治', '机动车排气'], goods: ['污染物排放设施', '危险废物'] },
  construction: { law: 'construction-law', subjects: ['建筑工程施工', '房地产开发', '商品房预售', '物业服务', '建设工程消防验收', '燃气经营'], goods: ['施工机械设备', '燃气设施'] },
  transport: { law: 'road-transport-reg', subjects: ['道路运输经营', '出租汽车经营', '道路货物运输', '机动车维修经营', '公路超限运输'], goods: ['营运车辆', '超限运输车辆'] },
  water: { law: 'water-law', subjects: ['取水', '河道管理范围内建设项目', '水土保持方案', '城镇排水'], goods: ['取水设施', '河道采砂船舶'] },
  agriculture: { law: 'pesticide-reg', subjects: ['农药经营', '兽药经营', '种子生产经营', '动物防疫', '渔业捕捞', '农业机械'], goods: ['农药', '兽药', '种子'] },
  commerce: { law: 'prepaid-card', subjects: ['单用途商业预付卡', '成品油零售经营', '报废机动车回收', '拍卖业务'], goods: ['报废机动车', '成品油'] },
  culture: { law: 'tourism-law', subjects: ['旅行社业务经营', '娱乐场所经营', '营业性演出', '互联网上网服务营业场所', '广播电视节目制作'], goods: ['非法出版物', '上网设备'] },
  health: { law: 'physicians-law', subjects: ['医疗机构执业', '公共场所卫生', '放射诊疗', '职业病防治', '母婴保健技术服务', '生活饮用水卫生'], goods: ['医疗器械', '药品'] },
  veterans: { law: 'veterans-law', subjects: ['优抚对象抚恤补助', '退役士兵安置', '烈士褒扬', '伤残等级评定'], goods: ['抚恤金'] },
  safety: { law: 'work-safety', subjects: ['危险化学品经营', '烟花爆竹经营', '安全生产', '非煤矿山', '工贸企业有限空间作业'], goods: ['危险化学品', '烟花爆竹'] },
  market: { law: 'food-safety', subjects: ['食品经营', '食品生产', '药品零售', '医疗器械经营', '特种设备使用', '计量器具', '广告发布', '工业产品生产', '网络交易'], goods: ['食品', '食品添加剂', '特种设备', '不合格产品'] },
  sports: { law: 'sports-law', subjects: ['高危险性体育项目经营', '体育赛事活动', '健身气功站点'], goods: ['体育器材'] },
  statistics: { law: 'statistics-law', subjects: ['统计调查', '统计数据质量', '涉外调查'], goods: ['统计资料'] },
  medical: { law: 'medical-fund-reg', subjects: ['医疗保障基金使用', '定点医药机构', '医疗救助', '长期护理保险'], goods: ['医疗保障基金'] },
  forestry: { law: 'forest-law', subjects: ['林木采伐', '林地占用', '野生动物人工繁育', '林草种子生产经营'], goods: ['木材', '野生动物及其制品'] },
  urban: { law: 'urban-appearance-reg', subjects: ['城市道路占用', '户外广告设施设置', '建筑垃圾处置', '城市绿地占用', '临时建筑'], goods: ['占道物品', '违法户外广告设施'] },
  fund: { law: 'housing-fund-reg', subjects: ['住房公积金提取', '住房公积金贷款', '住房公积金缴存'], goods: ['住房公积金'] },
  religion: { law: 'religion-reg', subjects: ['宗教活动场所设立', '大型宗教活动', '宗教教职人员备案'], goods: ['宗教用品'] },
  fire: { law: 'fire-law', subjects: ['公众聚集场所投入使用营业前消防安全检查', '消防安全检查', '消防技术服务'], goods: ['消防设施', '易燃易爆危险品'] },
  heritage: { law: 'relics-law', subjects: ['文物保护单位建设控制地带内建设工程', '文物修缮', '考古发掘', '不可移动文物'], goods: ['文物'] },
};

/** id, title, issuer, version, effective, number of articles. */
const lawList = [
  ['admin-licensing', '中华人民共和国行政许可法', '全国人民代表大会常务委员会', '2019-04-23', '2019-04-23', 83],
  ['admin-penalty', '中华人民共和国行政处罚法', '全国人民代表大会常务委员会', '2021-01-22', '2021-07-15', 86],
  ['admin-coercion', '中华人民共和国行政强制法', '全国人民代表大会常务委员会', '2011-06-30', '2012-01-01', 71],
  ['admin-reconsideration', '中华人民共和国行政复议法', '全国人民代表大会常务委员会', '2023-09-01', '2024-01-01', 90],
  ['admin-litigation', '中华人民共和国行政诉讼法', '全国人民代表大会常务委员会', '2017-06-27', '2017-07-01', 103],
  ['state-compensation', '中华人民共和国国家赔偿法', '全国人民代表大会常务委员会', '2012-10-26', '2013-01-01', 42],
  ['ogi-reg', '中华人民共和国政府信息公开条例', '国务院', '2019-04-03', '2019-05-15', 56],
  ['business-env', '优化营商环境条例', '国务院', '2019-10-22', '2020-01-01', 72],
  ['expropriation', '国有土地上房屋征收与补偿条例', '国务院', '2011-01-21', '2011-01-21', 35],
  ['price-law', '中华人民共和国价格法', '全国人民代表大会常务委员会', '1997-12-29', '1998-05-01', 48],
  ['private-education', '中华人民共和国民办教育促进法', '全国人民代表大会常务委员会', '2018-12-29', '2018-12-29', 67],
  ['explosives-reg', '民用爆炸物品安全管理条例', '国务院', '2014-07-29', '2014-07-29', 55],
  ['public-order', '中华人民共和国治安管理处罚法', '全国人民代表大会常务委员会', '2012-10-26', '2013-01-01', 119],
  ['road-traffic', '中华人民共和国道路交通安全法', '全国人民代表大会常务委员会', '2021-04-29', '2021-04-29', 124],
  ['social-assistance', '社会救助暂行办法', '国务院', '2019-03-02', '2019-03-02', 70],
  ['legal-aid', '中华人民共和国法律援助法', '全国人民代表大会常务委员会', '2021-08-20', '2022-01-01', 71],
  ['government-procurement', '中华人民共和国政府采购法', '全国人民代表大会常务委员会', '2014-08-31', '2014-12-01', 88],
  ['work-injury', '工伤保险条例', '国务院', '2010-12-20', '2011-01-01', 67],
  ['land-admin', '中华人民共和国土地管理法', '全国人民代表大会常务委员会', '2019-08-26', '2020-01-01', 87],
  ['environment-protection', '中华人民共和国环境保护法', '全国人民代表大会常务委员会', '2014-04-24', '2015-01-01', 70],
  ['construction-law', '中华人民共和国建筑法', '全国人民代表大会常务委员会', '2019-04-23', '2019-04-23', 85],
  ['road-transport-reg', '中华人民共和国道路运输条例', '国务院', '2023-07-20', '2023-07-20', 82],
  ['water-law', '中华人民共和国水法', '全国人民代表大会常务委员会', '2016-07-02', '2016-07-02', 82],
  ['pesticide-reg', '农药管理条例', '国务院', '2022-03-29', '2022-05-01', 66],
  ['prepaid-card', '单用途商业预付卡管理办法（试行）', '商务部', '2016-08-18', '2016-08-18', 43],
  ['tourism-law', '中华人民共和国旅游法', '全国人民代表大会常务委员会', '2018-10-26', '2018-10-26', 112],
  ['physicians-law', '中华人民共和国医师法', '全国人民代表大会常务委员会', '2021-08-20', '2022-03-01', 67],
  ['veterans-law', '中华人民共和国退役军人保障法', '全国人民代表大会常务委员会', '2020-11-11', '2021-01-01', 85],
  ['work-safety', '中华人民共和国安全生产法', '全国人民代表大会常务委员会', '2021-06-10', '2021-09-01', 119],
  ['food-safety', '中华人民共和国食品安全法', '全国人民代表大会常务委员会', '2021-04-29', '2021-04-29', 154],
  ['sports-law', '中华人民共和国体育法', '全国人民代表大会常务委员会', '2022-06-24', '2023-01-01', 122],
  ['statistics-law', '中华人民共和国统计法', '全国人民代表大会常务委员会', '2009-06-27', '2010-01-01', 50],
  ['medical-fund-reg', '医疗保障基金使用监督管理条例', '国务院', '2021-01-15', '2021-05-01', 50],
  ['forest-law', '中华人民共和国森林法', '全国人民代表大会常务委员会', '2019-12-28', '2020-07-01', 84],
  ['urban-appearance-reg', '城市市容和环境卫生管理条例', '国务院', '2017-03-01', '2017-03-01', 39],
  ['housing-fund-reg', '住房公积金管理条例', '国务院', '2019-03-24', '2019-03-24', 47],
  ['religion-reg', '宗教事务条例', '国务院', '2017-08-26', '2018-02-01', 77],
  ['fire-law', '中华人民共和国消防法', '全国人民代表大会常务委员会', '2021-04-29', '2021-04-29', 74],
  ['relics-law', '中华人民共和国文物保护法', '全国人民代表大会常务委员会', '2017-11-04', '2017-11-04', 80],
];

/** The articles of the procedural laws that the flows cite, by step. */
const procedural = {
  licensing: {
    law: 'admin-licensing',
    establishing: [12, 14, 15],
    steps: { apply: [29, 30], receive: [31, 32], correction: [32], accept: [32], investigate: [34], review: [34, 35, 36, 37], consult: [26, 45], notify: [36, 47], hearing: [46, 47, 48], decide: [37, 38, 42], deliver: [39, 40, 44], publish: [40], execute: [61], close: [61], other: [33] },
    accountability: [71, 72, 73, 74, 75, 77],
    time: [42, 43, 45, 82],
  },
  penalty: {
    law: 'admin-penalty',
    establishing: [10, 11, 12],
    steps: { apply: [54], receive: [54], correction: [54], accept: [54], investigate: [42, 46, 54, 55, 56], review: [57, 58], consult: [58], notify: [44, 62, 63], hearing: [63, 64, 65], decide: [57, 59, 60], deliver: [61], publish: [48], execute: [66, 67, 72, 73], close: [47], other: [47] },
    accountability: [76, 77, 78, 79, 80, 81, 82, 83],
    time: [60, 85],
  },
  coercion: {
    law: 'admin-coercion',
    establishing: [9, 10, 11],
    steps: { apply: [18], receive: [18], correction: [18], accept: [18, 19], investigate: [18, 24], review: [19, 25], consult: [19], notify: [18, 24], hearing: [18], decide: [24, 27, 28], deliver: [24, 38], publish: [38], execute: [25, 26, 35, 37], close: [28], other: [23] },
    accountability: [61, 62, 63, 64, 66],
    time: [25, 69],
  },
  default: {
    law: 'business-env',
    establishing: [4, 5],
    steps: { apply: [35], receive: [35, 36], correction: [36], accept: [36], investigate: [54], review: [40, 41], consult: [62], notify: [56], hearing: [62], decide: [41], deliver: [38], publish: [64], execute: [59], close: [64], other: [37] },
    accountability: [69, 70],
    time: [36, 39],
  },
};

// Pieces of legal-sounding text for article texts.
const articleParts = {
  conditions: ['违反本法规定', '有下列情形之一的', '在法定期限内', '申请材料齐全、符合法定形式的', '情节严重的', '因特殊情况需要延长的', '经调查核实', '对依法应当公开的事项', '当事人逾期不履行的', '涉及公共利益的', '符合法定条件、标准的', '需要补正材料的'],
  subjects: ['县级以上人民政府有关主管部门', '行政机关', '执法人员', '申请人', '当事人', '生产经营者', '公民、法人或者其他组织', '主管部门及其工作人员', '设区的市级人民政府', '利害关系人', '负责监督管理的部门', '有关单位和个人'],
  duties: [
    '应当依照法定的权限、范围、条件和程序履行职责',
    '应当自受理之日起二十日内作出决定',
    '应当一次性告知需要补正的全部内容',
    '应当制作笔录，并由当事人签名或者盖章',
    '应当书面告知当事人并说明理由',
    '有权依法申请行政复议或者提起行政诉讼',
    '不得索取或者收受财物，不得谋取其他利益',
    '应当将处理结果向社会公开',
    '应当指派两名以上工作人员进行核查',
    '应当听取当事人的陈述和申辩',
    '经本行政机关负责人批准，可以延长十日',
    '应当建立健全监督检查制度，加强事中事后监管',
    '责令限期改正，给予警告',
    '没收违法所得，并处一万元以上五万元以下罚款',
    '对直接负责的主管人员和其他直接责任人员依法给予处分',
    '构成犯罪的，依法追究刑事责任',
    '应当在办公场所公示依法应当公示的材料',
    '应当保守在工作中知悉的商业秘密和个人隐私',
    '可以采取抽样取证、先行登记保存等措施',
    '应当将案件移送有关机关处理',
  ],
  items: ['未取得许可擅自从事相关活动', '提供虚假材料或者隐瞒真实情况', '超越批准的范围、期限从事活动', '拒绝、阻挠监督检查', '未按照规定建立并落实管理制度', '伪造、变造、出租、出借许可证件', '未按照规定报告有关情况', '违反技术规范和标准', '逾期未改正', '造成严重后果或者恶劣社会影响'],
};

function articleText(rng) {
  const paragraphs = [];
  const count = rng.weighted([[1, 5], [2, 3], [3, 1]]);
  for (let p = 0; p < count; p++) {
    if (rng.chance(0.22)) {
      const items = rng.sample(articleParts.items, rng.int(3, 6));
      paragraphs.push(`${rng.pick(articleParts.subjects)}${rng.pick(['有下列行为之一的', '发现下列情形之一的'])}，${rng.pick(articleParts.duties)}：`);
      items.forEach((item, index) => paragraphs.push(`（${chinese(index + 1)}）${item}${index === items.length - 1 ? '。' : '；'}`));
    } else {
      const clauses = rng.int(1, 3);
      const parts = [];
      for (let c = 0; c < clauses; c++) {
        parts.push(`${rng.chance(0.5) ? rng.pick(articleParts.conditions) + '，' : ''}${rng.pick(articleParts.subjects)}${rng.pick(articleParts.duties)}`);
      }
      paragraphs.push(parts.join('；') + '。');
    }
  }
  return paragraphs.join('\n');
}

export function buildCatalogue(seed) {
  const rng = new Random(mix(seed, 0xca7a));
  const departments = departmentList.map(([id, name]) => ({ id, name: city + name }));
  const laws = lawList.map(([id, title, issuer, version, effective, size]) => {
    const cited = new Set();
    for (const spec of Object.values(procedural)) {
      if (spec.law !== id) continue;
      for (const numbers of [spec.establishing, spec.accountability, spec.time, ...Object.values(spec.steps)]) for (const n of numbers) cited.add(n);
    }
    for (let n = 1; n <= size; n++) if (rng.chance(0.35)) cited.add(n);
    const articles = {};
    for (const n of [...cited].sort((a, b) => a - b)) articles[String(n)] = articleText(rng);
    return { id, title, issuer, version, effective, articles };
  });
  return {
    sunlit: 1,
    id: 'binjiang-benchmark',
    title: `${city}市级行政职权目录（基准测试数据）`,
    authority: `${city}人民政府`,
    edition: '2026-11 基准测试版',
    effective: '2026-12-01',
    description: '由 bench/generate.mjs 按固定随机种子生成的基准测试目录，城市和部门均为虚构，法规条文为生成的填充文字；仅用于测量校验速度，不是任何官方公布的权责清单。',
    locale: 'zh-Hans',
    timezone: 'Asia/Shanghai',
    calendar: 'cn-mainland',
    departments,
    laws,
    powers: ['powers/**/*.yaml'],
    lint: { 'promised-within-statutory': 'error' },
  };
}

const lawSizes = new Map(lawList.map(([id, , , , , size]) => [id, size]));

// ---------------------------------------------------------------------------------------------
// Powers

const categories = [
  ['penalty', 40], ['licensing', 24], ['inspection', 10], ['coercion', 7], ['confirmation', 6],
  ['payment', 4], ['adjudication', 3], ['levy', 2], ['reward', 2], ['other', 2],
];
const codeLetters = { licensing: 'XK', penalty: 'CF', coercion: 'QZ', levy: 'ZS', payment: 'JF', inspection: 'JC', confirmation: 'QR', reward: 'JL', adjudication: 'CJ', other: 'QT' };

const penaltyActs = ['未取得{S}许可擅自从事经营活动', '{S}中提供虚假材料骗取许可', '超越许可范围从事{S}活动', '{S}中未按规定建立管理制度', '拒绝、阻挠{S}监督检查', '{S}中伪造、变造许可证件', '{S}中未按规定报告有关情况', '{S}中违反技术规范和标准', '{S}中未按规定公示许可证件', '涂改、出租、出借{S}许可证件', '{S}中使用不合格{G}', '{S}中未履行安全管理义务'];
const names = {
  licensing: ['{S}许可', '{S}审批', '{S}许可（新办）', '{S}许可（变更）', '{S}许可（延续）', '{S}核准', '{S}资格许可'],
  penalty: penaltyActs.map((act) => `对${act}的行政处罚`),
  coercion: ['查封、扣押{G}', '对{S}场所的查封', '扣押与违法行为有关的{G}', '暂扣{G}', '对{S}相关{G}的先行登记保存'],
  inspection: ['对{S}的监督检查', '{S}“双随机、一公开”抽查', '{S}专项检查', '对{S}的日常监督检查'],
  levy: ['{S}相关费用征收', '{S}补偿费征收', '{S}有偿使用费征收'],
  payment: ['{S}补助金给付', '{S}资金发放', '{S}待遇核定与支付'],
  confirmation: ['{S}认定', '{S}登记', '{S}确认', '{S}备案确认'],
  reward: ['对{S}工作中作出突出贡献的单位和个人的表彰奖励', '{S}先进集体和先进个人评选表彰', '对举报{S}违法行为有功人员的奖励'],
  adjudication: ['{S}争议裁决', '{S}权属争议处理', '{S}纠纷行政裁决'],
  other: ['{S}事项办理', '{S}申请答复', '{S}投诉举报处理'],
};

const offices = {
  apply: ['申请人', '当事人', '申请人或者其委托代理人'],
  window: ['政务服务窗口', '政务服务中心综合窗口', '行政审批科'],
  business: ['业务科室', '行政审批科', '监督管理科', '执法支队', '综合执法大队', '执法稽查部门'],
  legal: ['法制审核机构', '法规科', '法制审核人员'],
  leader: ['分管负责人', '主要负责人', '负责人', '局务会议'],
  officers: ['执法人员（两名以上）', '办案人员（两名以上）', '检查人员（两名以上）'],
};
const actorsByStep = {
  apply: ['apply'], receive: ['window'], correction: ['apply'], accept: ['window', 'business'], investigate: ['officers', 'business'],
  review: ['business', 'legal', 'leader'], consult: ['business', 'leader'], notify: ['business', 'officers'], hearing: ['legal'],
  decide: ['leader'], deliver: ['window', 'officers'], publish: ['business'], execute: ['officers', 'business'], close: ['business'], other: ['business'],
};

const actions = {
  apply: ['通过政务服务大厅综合窗口或者一体化在线政务服务平台提出{S}申请', '按照申请材料目录提交申请书和有关证明材料', '如实提交有关材料和反映真实情况，并对申请材料实质内容的真实性负责', '委托代理人提出申请的，提交授权委托书和代理人身份证明'],
  receive: ['核对申请材料是否齐全、是否符合法定形式', '可以当场更正的错误，允许申请人当场更正', '申请事项依法不需要取得许可的，即时告知申请人不受理', '不属于本机关职权范围的，即时作出不予受理的决定并告知向有关行政机关申请', '材料不齐全的，当场或者在五日内一次告知需要补正的全部内容'],
  correction: ['按补正材料通知书一次告知的全部内容补正材料', '在规定期限内提交补正材料；逾期不补正的视为放弃申请', '补正后重新提交{S}申请材料'],
  accept: ['出具加盖专用印章和注明日期的受理凭证', '登记编号，建立案卷，指定承办人员', '将申请材料分送有关科室和部门', '符合立案标准的，及时立案并指定两名以上具有执法资格的人员办理'],
  investigate: ['出示执法证件，对{S}场所进行现场检查', '询问当事人和有关人员，制作询问笔录', '查阅、复制与{S}有关的合同、票据、账簿和其他资料', '对{G}进行抽样取证，必要时委托具有资质的机构检验', '全面、客观、公正地调查，收集书证、物证、电子数据等证据', '核实申请人的主体资格、场所条件和管理制度落实情况'],
  review: ['对申请材料的实质内容进行审查，提出审查意见', '审查事实是否清楚、证据是否确凿、适用依据是否正确、程序是否合法', '对照公布的审查标准逐项审查，不得擅自增加或者减少审查条件', '审核执法主体、管辖、程序、事实证据、法律适用和裁量基准', '对调查终结报告进行审查，根据不同情况分别处理'],
  consult: ['征求有关部门和专家的意见，组织论证', '将{S}有关事项向社会公布，征求公众意见', '需要其他部门提出意见的，转告有关部门并在规定期限内汇总意见', '组织专家评审，专家评审所需时间不计入办理期限'],
  notify: ['告知当事人拟作出决定的内容及事实、理由、依据', '告知当事人依法享有陈述、申辩和要求听证的权利', '发现事项直接关系他人重大利益的，告知利害关系人', '书面告知申请人所需时间不计入办理期限'],
  hearing: ['指定审查人员以外的人员主持听证，公开举行听证', '审查人员提出证据和理由，当事人进行申辩和质证', '制作听证笔录，交听证参加人确认无误后签字或者盖章', '根据听证笔录作出决定'],
  decide: ['根据审查意见作出准予或者不予的书面决定', '对情节复杂或者重大的事项，由负责人集体讨论决定', '不予批准的，说明理由并告知申请行政复议或者提起行政诉讼的权利', '根据情节轻重及具体情况作出决定，执行公布的裁量基准'],
  deliver: ['制作并送达决定书，当事人不在场的依照民事诉讼法的有关规定送达', '颁发、送达{S}许可证件', '经当事人同意并签订确认书的，可以采用电子方式送达', '决定书宣告后当场交付当事人'],
  publish: ['在门户网站和办公场所公示处理结果', '将{S}结果向社会公开，接受社会监督', '公示期满无异议的，进入下一环节', '依法公开决定，公众有权查阅'],
  execute: ['当事人在规定期限内履行决定', '到指定的银行或者通过电子支付系统缴纳罚款', '逾期不履行的，依法加处罚款或者申请人民法院强制执行', '对{G}依法处理，并制作处理清单'],
  close: ['案卷材料整理归档', '对办理情况进行登记，案卷归档保存', '将办理结果录入监管平台'],
  other: ['根据工作计划做好{S}各项准备工作', '按照规定程序办理{S}有关事项', '汇总有关情况，形成书面报告', '对{S}情况进行登记和统计'],
};

const documentsByStep = {
  apply: ['{S}申请书', '授权委托书'], receive: ['材料接收凭证', '补正材料通知书'], correction: ['补正材料通知书'], accept: ['受理通知书', '立案审批表'],
  investigate: ['现场检查笔录', '询问笔录', '证据材料', '抽样记录'], review: ['审查意见书', '法制审核意见'], consult: ['专家论证意见', '征求意见情况汇总'],
  notify: ['事先告知书', '听证权利告知书'], hearing: ['听证笔录', '听证通知书'], decide: ['决定书', '集体讨论记录'], deliver: ['送达回证', '{S}许可证件'],
  publish: ['公示公告'], execute: ['缴款通知书', '执行记录'], close: ['结案报告'], other: ['工作记录'],
};

const risksByStep = {
  receive: ['应当受理而不受理，不一次告知补正内容', '要求申请人提交与申请无关的材料'],
  accept: ['应当立案而不立案，选择性执法', '受理后压件不办、超期办理'],
  investigate: ['调查取证不全面，证据收集不合法', '人为指定或者规避检查对象，选择性检查', '检查中索取、收受财物'],
  review: ['擅自增加或者减少审查条件', '审查走过场，对不符合条件的事项予以通过', '指定中介服务或者附加有偿服务'],
  consult: ['专家选取不公正，论证流于形式'],
  decide: ['对不符合条件的申请准予许可，或者对符合条件的申请不予许可', '畸轻畸重、擅自改变处罚种类和幅度', '人情案、关系案'],
  execute: ['执法人员自行收缴罚款，截留、私分罚没款', '违法使用查封、扣押的财物'],
  deliver: ['不按规定期限送达，未告知救济途径'],
};
const controls = ['办理过程全程留痕', '在办公场所和网站公示办事指南', '补正内容一次性书面告知', '审查意见经科室负责人复核', '执行公布的裁量基准', '重大事项集体讨论', '决定前经法制审核', '纪检监察机构定期抽查', '随机抽取全程系统留痕', '罚缴分离，统一缴入国库', '案卷评查', '不予受理须说明理由并经负责人审批', '电子监察系统实时预警'];

const checkpointsByStep = {
  accept: ['approval', 'record'], investigate: ['two-officers', 'recusal'], review: ['legal-review', 'approval'], consult: ['record'], notify: ['notification'],
  hearing: ['hearing'], decide: ['approval', 'collective-decision'], deliver: ['record'], publish: ['publicity'], execute: ['record'], receive: ['notification'],
};

const dutiesPool = ['执法人员与当事人有直接利害关系的，应当回避', '询问或者检查应当制作笔录', '对启动、调查取证、审核、决定、送达、执行进行全过程记录', '保守在工作中知悉的商业秘密和个人隐私', '不得妨碍被检查单位正常的生产经营活动', '受理或者不予受理均出具书面凭证', '不得因当事人陈述、申辩而给予更重的处罚', '准予许可的决定依法公开，公众有权查阅', '案卷材料归档保存'];

const conditionsPool = [
  '{S}经营者依法需要取得许可的，应当向{D}提出申请，具备与经营项目相适应的场所、设备、人员和管理制度。',
  '违法事实清楚、证据确凿，依法应当给予行政处罚的；当事人有从轻、减轻或者不予处罚情形的，依法处理。',
  '对{S}实施监督检查，按照年度抽查计划和抽查事项清单随机抽取检查对象、随机选派检查人员。',
  '发现{G}可能危害人体健康、存在安全隐患或者有证据证明属于违法物品的，依法采取行政强制措施。',
  '申请人符合法定条件、标准，申请材料齐全、符合法定形式。',
  '共同生活的家庭成员人均收入低于当地标准，且家庭财产状况符合规定。',
  '当事人之间就{S}发生争议，协商不成的，可以向{D}申请处理。',
  '对{S}工作中成绩显著、作出突出贡献的单位和个人，按照规定给予表彰奖励。',
  '法律、法规规定应当缴纳有关费用的单位和个人，按照规定的项目和标准缴纳。',
  '公民、法人或者其他组织向{D}提出申请，请求办理{S}有关事项。',
  '通过投诉举报、转办交办、数据监测等发现的问题，有针对性地进行检查并依法处理。',
  '情节轻微并及时改正，没有造成危害后果的，不予行政处罚；初次违法且危害后果轻微并及时改正的，可以不予行政处罚。',
];
const remarksPool = [
  '基准测试数据：本事项由生成器按固定种子生成，不是官方公布的权责清单。',
  '实际部门分工以本市机构职能规定和正式公布的清单为准。',
  '检查发现违法行为需要给予行政处罚的，转入行政处罚程序。',
  '行使层级为市、县两级，违法行为一般由违法行为发生地县级以上部门管辖。',
  '办理时限以工作日计算，不含法定节假日；听证、检验、检测、鉴定和专家评审所需时间不计入。',
];
const accountabilityPool = [
  '对符合法定条件的申请不予受理，或者不在法定期限内作出决定的',
  '没有法定依据、擅自改变种类和幅度，或者违反法定程序的',
  '办理过程中索取或者收受他人财物，或者谋取其他利益的',
  '违法实施检查措施或者执行措施，给当事人造成损害的',
  '截留、私分或者变相私分罚款、没收的违法所得或者财物的',
  '对应当予以制止和处罚的违法行为不予制止、处罚的',
  '不依法履行监督职责或者监督不力，造成严重后果的',
  '泄露在工作中知悉的商业秘密、个人隐私，造成后果的',
  '使用或者损毁查封、扣押的财物，对当事人造成损失的',
  '擅自收费或者不按照法定项目和标准收费的',
];
const materialsPool = ['{S}申请书', '申请人身份证明或者营业执照', '法定代表人身份证明及授权委托书', '场所使用权证明', '主要设备、设施清单', '专业技术人员资格证明', '管理制度文本', '平面布局图和位置示意图', '有关部门出具的意见或者批准文件', '近三年无违法违规记录的承诺书', '家庭收入和财产状况证明', '医疗诊断证明'];
const channelsPool = [`${city}人民政府（上级行政机关）`, `${city}纪委监委`, '12345政务服务便民热线', '上级主管部门', '审计机关', `${city}政务服务管理办公室`];
const publicityPool = [`${city}政务服务网`, '部门门户网站', '办公场所公示栏', '国家企业信用信息公示系统', '信用中国（滨江）', '政务服务中心'];
const discretionPool = [
  ['违法行为轻微并及时改正，没有造成危害后果', '不予行政处罚，并对当事人进行教育'],
  ['初次违法且危害后果轻微并及时改正', '可以不予行政处罚'],
  ['主动消除或者减轻违法行为危害后果', '应当从轻或者减轻行政处罚'],
  ['违法所得不足{a}元', '没收违法所得，并处{b}元以上{c}元以下罚款'],
  ['违法所得{a}元以上', '没收违法所得，并处违法所得{x}倍以上{y}倍以下罚款'],
  ['一年内再次实施同一违法行为', '从重处罚，并处{c}元以上{d}元以下罚款'],
  ['拒不改正或者造成严重后果', '责令停产停业，情节严重的吊销许可证件'],
];

const rightTexts = {
  statement: ['有权陈述意见；执法人员不出示执法证件的，有权拒绝接受调查或者检查', '对{D}拟作出的决定，有权进行陈述'],
  defence: ['不得因当事人陈述、申辩而给予更重的处罚', '对当事人提出的事实、理由和证据，应当进行复核'],
  hearing: ['拟作出较大数额罚款、吊销许可证件等决定的，当事人有权要求听证，不承担听证费用', '直接涉及申请人与他人之间重大利益关系的，申请人、利害关系人有权要求听证'],
  reconsideration: ['对{D}作出的决定不服的，可以自知道或者应当知道之日起六十日内申请行政复议', '对决定不服的，可以向本级人民政府申请行政复议'],
  litigation: ['对{D}作出的决定不服的，可以自知道或者应当知道之日起六个月内提起行政诉讼', '也可以不经复议直接向人民法院提起行政诉讼'],
  complaint: ['发现工作人员违法或者不规范执法的，可以向上级机关或者监察机关投诉、举报', '可以通过12345政务服务便民热线投诉'],
  compensation: ['因行政机关违法行使职权受到损害的，有权依法要求赔偿', '合法权益因违法实施{S}相关行为受到损害的，有权依法要求赔偿'],
};

const finalsByCategory = {
  licensing: [['准予许可', 'close', 'granted', 'success'], ['不予许可', 'deliver', 'refused', 'fail'], ['不予受理', 'decide', 'not-accepted', 'reject'], ['撤回', 'close', 'withdrawn', 'withdraw']],
  penalty: [['结案', 'close', 'penalised', 'success'], ['不予处罚', 'deliver', 'not-penalised', 'fail'], ['移送司法机关', 'close', 'transferred', 'transfer'], ['撤销案件', 'close', 'not-penalised', 'fail'], ['不予立案', 'close', 'other', 'reject']],
  coercion: [['解除强制措施', 'close', 'decided', 'success'], ['转入处罚程序', 'close', 'transferred', 'transfer'], ['依法没收销毁', 'close', 'decided', 'fail']],
  inspection: [['检查结束', 'close', 'other', 'success'], ['移交立案', 'close', 'transferred', 'transfer'], ['责令整改完毕', 'close', 'decided', 'fail']],
  levy: [['征收决定公告', 'publish', 'decided', 'success'], ['不予征收', 'close', 'other', 'fail']],
  payment: [['准予给付', 'close', 'granted', 'success'], ['不予给付', 'deliver', 'refused', 'fail'], ['不予受理', 'decide', 'not-accepted', 'reject'], ['撤回', 'close', 'withdrawn', 'withdraw']],
  confirmation: [['予以确认', 'close', 'granted', 'success'], ['不予确认', 'deliver', 'refused', 'fail'], ['不予受理', 'decide', 'not-accepted', 'reject'], ['撤回', 'close', 'withdrawn', 'withdraw']],
  reward: [['予以表彰', 'publish', 'granted', 'success'], ['不予表彰', 'close', 'refused', 'fail']],
  adjudication: [['作出裁决', 'deliver', 'decided', 'success'], ['驳回申请', 'deliver', 'refused', 'fail'], ['不予受理', 'decide', 'not-accepted', 'reject'], ['撤回', 'close', 'withdrawn', 'withdraw']],
  other: [['答复', 'deliver', 'decided', 'success'], ['告知另行渠道', 'deliver', 'other', 'fail'], ['不予受理', 'decide', 'not-accepted', 'reject'], ['撤回', 'close', 'withdrawn', 'withdraw']],
};

/** The main line of each kind of flow: [name, step, inclusion probability]. */
const mainLines = {
  licensing: [['申请', 'apply'], ['接收', 'receive'], ['受理', 'accept'], ['书面审查', 'review'], ['现场核查', 'investigate', 0.6], ['专家评审', 'consult', 0.3], ['听取利害关系人意见', 'notify', 0.3], ['听证权利告知', 'notify', 0.3], ['听证', 'hearing', 0.3], ['决定', 'decide'], ['制证送达', 'deliver'], ['结果公开', 'publish', 0.4]],
  penalty: [['案件来源', 'other'], ['核查', 'investigate'], ['立案', 'accept'], ['调查取证', 'investigate'], ['先行登记保存', 'other', 0.4], ['案件审查', 'review'], ['事先告知', 'notify'], ['陈述申辩复核', 'review', 0.7], ['听证准备', 'other', 0.5], ['听证', 'hearing', 0.5], ['法制审核', 'review'], ['集体讨论', 'review', 0.5], ['决定', 'decide'], ['送达', 'deliver'], ['执行', 'execute'], ['强制执行', 'execute', 0.5]],
  coercion: [['发现情形', 'investigate'], ['报告审批', 'review'], ['实施强制措施', 'execute'], ['制作现场笔录', 'other'], ['送达决定书', 'deliver'], ['检测检验', 'investigate', 0.6], ['延长期限审批', 'review', 0.4], ['处理决定', 'decide'], ['财物处理', 'execute', 0.5]],
  inspection: [['制定抽查计划', 'other'], ['随机抽取', 'other'], ['检查准备', 'other', 0.5], ['检查实施', 'investigate'], ['抽样检验', 'investigate', 0.5], ['检查结论', 'review'], ['结果公示', 'publish'], ['责令整改', 'decide'], ['整改复查', 'investigate', 0.6]],
  levy: [['拟定方案', 'other'], ['论证和征求意见', 'consult'], ['公布意见情况', 'publish'], ['听证', 'hearing', 0.5], ['风险评估', 'review'], ['征收决定', 'decide']],
  payment: [['申请', 'apply'], ['接收', 'receive'], ['受理', 'accept'], ['入户调查', 'investigate'], ['信息核对', 'review', 0.6], ['民主评议', 'consult', 0.5], ['初审公示', 'publish'], ['审批', 'decide'], ['发放', 'execute'], ['定期核查', 'investigate', 0.5]],
  confirmation: [['申请', 'apply'], ['接收', 'receive'], ['受理', 'accept'], ['调查核实', 'investigate'], ['审核', 'review'], ['认定决定', 'decide'], ['送达', 'deliver']],
  reward: [['推荐申报', 'apply'], ['资格初审', 'review'], ['评审', 'consult'], ['考察核实', 'investigate', 0.5], ['公示', 'publish'], ['研究决定', 'decide']],
  adjudication: [['申请', 'apply'], ['接收', 'receive'], ['受理', 'accept'], ['通知被申请人答辩', 'notify'], ['调查取证', 'investigate'], ['调解', 'consult', 0.6], ['裁决审查', 'review'], ['裁决', 'decide'], ['送达', 'deliver']],
  other: [['申请', 'apply'], ['登记', 'receive'], ['检索核查', 'investigate'], ['征求第三方意见', 'consult', 0.5], ['审核', 'review'], ['答复决定', 'decide']],
};
const extras = [['内部会商', 'consult'], ['负责人审批', 'review'], ['补充调查', 'investigate'], ['风险研判', 'review'], ['部门征求意见', 'consult'], ['复核', 'review'], ['案卷整理', 'other'], ['实地勘察', 'investigate'], ['技术审查', 'review'], ['专家论证', 'consult'], ['社会公示', 'publish'], ['联合会审', 'review'], ['意见反馈', 'notify'], ['情况报告', 'other'], ['合法性审查', 'review'], ['信息录入', 'other']];
const nestedChildren = {
  review: [['材料初审', 'review'], ['实质审查', 'review'], ['科室复核', 'review'], ['疑难问题会商', 'consult']],
  investigate: [['现场检查', 'investigate'], ['询问调查', 'investigate'], ['调取资料', 'investigate'], ['抽样送检', 'investigate']],
  other: [['资料收集', 'other'], ['情况汇总', 'other'], ['内部流转', 'other']],
};
const regionsPool = [['业务审查', '业务科室'], ['安全审查', '安全监管科'], ['规划审查', '规划部门'], ['交管审查', '公安交通管理部门'], ['环保审查', '生态环境部门'], ['消防审查', '消防救援机构']];

const events = {
  apply: ['提交申请', '提出申请', '递交材料'], receive: ['材料齐全', '接收完毕'], correction: ['提交补正材料'], accept: ['分送审查', '受理完毕', '开展调查'],
  investigate: ['调查终结', '核查完毕', '检查完毕'], review: ['审查通过', '审查完毕', '提请决定'], consult: ['意见汇总完毕', '论证完毕'], notify: ['告知完毕', '期满未提出意见'],
  hearing: ['听证结束'], decide: ['作出决定'], deliver: ['送达完毕'], publish: ['公示期满', '公告完毕'], execute: ['执行完毕', '履行完毕'], close: ['归档'], other: ['办理完毕', '转入下一环节', '准备完毕'],
};
const guards = {
  success: ['准予', '符合条件', '给予处罚', '决定实施', '予以确认'],
  fail: ['不予', '不符合条件', '不予处罚', '违法事实不能成立'],
  transfer: ['涉嫌犯罪', '需要移送'],
};

function fill(template, context) {
  return template
    .replaceAll('{S}', context.subject)
    .replaceAll('{G}', context.goods)
    .replaceAll('{D}', context.departmentShort);
}

/** Unique names within one flow: a repeated name gets a number. */
function uniqueName(name, used) {
  if (!used.has(name)) {
    used.add(name);
    return name;
  }
  for (let n = 2; ; n++) {
    const candidate = `${name}（${chinese(n)}）`;
    if (!used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
}

function buildPower(index, seed) {
  const rng = new Random(mix(seed, index, 0x9e3779b9));
  const [departmentId, departmentName, domainKey] = departmentList[mix(seed, index) % departmentList.length];
  const domain = domains[domainKey];
  const category = rng.weighted(categories);
  const spec = procedural[category] ?? procedural.default;
  const context = { subject: rng.pick(domain.subjects), goods: rng.pick(domain.goods), departmentShort: '市' + departmentName };
  const t = (template) => fill(template, context);

  const domainSize = lawSizes.get(domain.law);
  const ref = (law, numbers) => {
    const article = numbers ? rng.pick(numbers) : rng.int(1, law === domain.law ? domainSize : lawSizes.get(law));
    const r = rng.next();
    if (r < 0.6) return `${law} ${article}`;
    if (r < 0.9) return `${law} ${article}.${rng.int(1, 3)}`;
    return `${law} ${article}.${rng.int(1, 2)}.${rng.int(1, 6)}`;
  };
  const stepRefs = (step, count) => {
    const refs = new Set();
    for (let i = 0; i < count; i++) refs.add(rng.chance(0.65) ? ref(spec.law, spec.steps[step] ?? spec.steps.other) : ref(domain.law));
    return [...refs];
  };
  const actor = (step) => {
    const kind = rng.pick(actorsByStep[step] ?? ['business']);
    const office = rng.pick(offices[kind]);
    return kind === 'apply' || kind === 'officers' ? office : context.departmentShort + office;
  };
  const sentence = (pool, min, max) => rng.sample(pool, rng.int(min, max)).map(t).join('；');

  // ---- The flow
  const usedNames = new Set();
  const finals = finalsByCategory[category]
    .filter(([, , , kind], i) => i < 2 || rng.chance(0.8) || kind === 'reject')
    .map(([name, step, outcome, kind]) => ({ name: uniqueName(name, usedNames), step, outcome, kind }));
  const finalOf = (kind) => finals.find((f) => f.kind === kind);
  const target = rng.weighted([[rng.int(10, 14), 4], [rng.int(15, 20), 4], [rng.int(21, 30), 2]]);

  const main = mainLines[category]
    .filter(([, , p]) => p === undefined || rng.chance(p))
    .map(([name, step, p]) => ({ name: uniqueName(name, usedNames), step, optional: p !== undefined }));
  const decideIndex = () => main.findIndex((s) => s.step === 'decide');
  const hasReceive = main.some((s) => s.step === 'receive');
  const withCorrection = hasReceive && rng.chance(0.75);
  const correction = withCorrection ? { name: uniqueName('补正', usedNames), step: 'correction' } : undefined;

  // One state may hold nested states, or run parallel regions.
  let nested;
  const shape = rng.weighted([['flat', 50], ['compound', 30], ['parallel', 20]]);
  const candidates = main.filter((s, i) => i > 0 && i < decideIndex() && ['review', 'investigate', 'other'].includes(s.step));
  if (shape !== 'flat' && candidates.length > 0) {
    const host = rng.pick(candidates);
    if (shape === 'compound') {
      const children = rng.sample(nestedChildren[host.step], rng.int(2, nestedChildren[host.step].length)).map(([name, step]) => ({ name: uniqueName(name, usedNames), step }));
      children.push({ name: uniqueName(`${host.name}完毕`, usedNames), final: true });
      nested = { host, kind: 'compound', regions: [{ children }] };
    } else {
      host.name = (usedNames.delete(host.name), uniqueName(rng.pick(['并联审查', '联合审查', '联合核查']), usedNames));
      const regions = rng.sample(regionsPool, rng.int(2, 3)).map(([region, who]) => {
        const children = [{ name: uniqueName(`${region}`.replace('审查', '') + '书面审查', usedNames), step: 'review', who }];
        if (rng.chance(0.5)) children.push({ name: uniqueName(`${region}`.replace('审查', '') + '现场核查', usedNames), step: 'investigate', who });
        children.push({ name: uniqueName(`${region}意见`, usedNames), final: true });
        return { name: uniqueName(region, usedNames), who, children };
      });
      nested = { host, kind: 'parallel', regions };
    }
  }
  const nestedCount = nested ? nested.regions.reduce((n, r) => n + r.children.length + (nested.kind === 'parallel' ? 1 : 0), 0) : 0;
  let count = main.length + finals.length + (correction ? 1 : 0) + nestedCount;
  // At most 30 states: drop optional steps (never the one holding nested states) until it fits.
  for (let i = main.length - 1; i >= 0 && count > 30; i--) {
    if (main[i].optional && main[i] !== nested?.host) {
      main.splice(i, 1);
      count--;
    }
  }
  const extraPool = rng.sample(extras, extras.length);
  while (count < target && extraPool.length > 0) {
    const [name, step] = extraPool.pop();
    const at = rng.int(1, Math.max(1, decideIndex()));
    main.splice(at, 0, { name: uniqueName(name, usedNames), step });
    count++;
  }

  const limitsUnit = category === 'penalty' || category === 'coercion' ? 'day' : rng.pick(['workday', 'workday', 'day']);
  const statutoryWithin = rng.pick(category === 'penalty' ? [30, 60, 90] : [5, 10, 15, 20, 30, 45, 60]);
  const extendEvent = rng.chance(0.45) ? rng.pick(['延期', '延长期限']) : undefined;

  const checkpoint = (step, chance) => {
    const kinds = checkpointsByStep[step];
    if (!kinds || !rng.chance(chance)) return undefined;
    const kind = rng.pick(kinds);
    return {
      kind,
      by: kind === 'approval' || kind === 'collective-decision' ? context.departmentShort + rng.pick(offices.leader) : undefined,
      basis: rng.chance(0.6) ? stepRefs(step, 1) : undefined,
      note: rng.chance(0.2) ? t(rng.pick(['书面凭证加盖专用印章、注明日期', '当事人认为有直接利害关系的，有权申请回避', '审核意见附卷备查', '结果在{D}门户网站公开'])) : undefined,
    };
  };

  const stateBody = (s, on) => {
    const step = s.step;
    const riskTexts = risksByStep[step];
    return {
      step,
      actor: s.who ? (/部门|机构/.test(s.who) ? s.who : context.departmentShort + s.who) : actor(step),
      action: sentence(actions[step] ?? actions.other, 1, 3),
      basis: rng.chance(0.9) ? stepRefs(step, rng.int(1, 4)) : undefined,
      checkpoint: checkpoint(step, 0.45),
      deadline: rng.chance(0.15)
        ? { within: rng.pick([3, 5, 7, 10, 15, 20]), unit: rng.pick(['workday', 'day']), basis: stepRefs(step, 1), note: rng.chance(0.6) ? rng.pick(['自收到申请之日起计算', '当事人要求听证的，应当在告知后5日内提出', '不含法定节假日', '自作出决定之日起计算']) : undefined }
        : undefined,
      risk:
        riskTexts && rng.chance(0.35)
          ? { level: rng.weighted([['high', 3], ['medium', 4], ['low', 2]]), text: t(rng.pick(riskTexts)), controls: rng.sample(controls, rng.int(2, 4)), owner: context.departmentShort.replace(/^市/, '') + rng.pick(['分管负责人', '科室负责人', '主要负责人']) }
          : undefined,
      duties: rng.chance(0.2) ? rng.sample(dutiesPool, rng.int(1, 3)) : undefined,
      documents: rng.chance(0.45) ? rng.sample(documentsByStep[step] ?? documentsByStep.other, rng.int(1, 2)).map(t) : undefined,
      on,
    };
  };
  const extendTransition = () => ({
    description: t(rng.pick(['{S}事项在法定期限内不能办结的，经本机关负责人批准延长期限，并将延长理由告知申请人', '案情复杂需要延长期限的，经负责人批准后延长，并书面告知当事人'])),
    basis: [ref(spec.law, spec.time)],
    checkpoint: { kind: 'approval', by: context.departmentShort + '负责人', basis: [ref(spec.law, spec.time)] },
  });

  const states = {};
  const eventNames = new Set();
  const addEvent = (on, name, value) => {
    let event = name;
    for (let n = 2; event in on; n++) event = `${name}${chinese(n)}`;
    on[event] = value;
    eventNames.add(event);
  };
  const targeted = new Set();
  const go = (name) => (targeted.add(name), name);
  let extendPlaced = 0;

  main.forEach((s, i) => {
    const next = main[i + 1];
    const on = {};
    const isHost = nested?.host === s;
    if (s.step === 'decide') {
      const success = finalOf('success');
      const branches = [{ target: go(next ? next.name : success.name), guard: rng.pick(guards.success), basis: rng.chance(0.5) ? stepRefs('decide', 1) : undefined }];
      const fail = finals.filter((f) => f.kind === 'fail');
      for (const f of fail) branches.push({ target: go(f.name), guard: rng.pick(guards.fail), basis: rng.chance(0.5) ? stepRefs('decide', 1) : undefined });
      if (finalOf('transfer') && rng.chance(0.6)) branches.push({ target: go(finalOf('transfer').name), guard: rng.pick(guards.transfer) });
      addEvent(on, rng.pick(events.decide), branches);
    } else if (s.step === 'receive' && correction) {
      addEvent(on, '需要补正', go(correction.name));
      addEvent(on, '受理', go(next.name));
    } else if (!isHost) {
      addEvent(on, rng.pick(events[s.step] ?? events.other), go(next ? next.name : finalOf('success').name));
    }
    if (s.step === 'receive' && finalOf('reject')) addEvent(on, '不予受理', go(finalOf('reject').name));
    if (s.step === 'investigate' && i < 3 && finalOf('reject') && !targeted.has(finalOf('reject').name)) addEvent(on, rng.pick(['不予立案', '不符合立案标准']), go(finalOf('reject').name));
    if (s.step === 'investigate' && finalOf('transfer') && rng.chance(0.3)) addEvent(on, '发现涉嫌犯罪', go(finalOf('transfer').name));
    if (s.step === 'notify' && next && main[i + 2] && next.step === 'hearing') addEvent(on, '放弃听证', go(main[i + 2].name));
    if (s.step === 'review' && i > 2 && rng.chance(0.25)) {
      const back = main.slice(0, i).reverse().find((m) => m.step === 'investigate' && m !== nested?.host);
      if (back) addEvent(on, rng.pick(['退回补充调查', '需要补充材料']), go(back.name));
    }
    if (['accept', 'review', 'investigate', 'consult'].includes(s.step) && finalOf('withdraw') && rng.chance(0.3)) addEvent(on, '撤回申请', go(finalOf('withdraw').name));
    if (extendEvent && extendPlaced < 2 && ['review', 'investigate', 'accept'].includes(s.step) && i > 1 && rng.chance(0.5)) {
      addEvent(on, extendEvent, extendTransition());
      extendPlaced++;
    }
    if (isHost) {
      const body = { description: undefined, type: undefined, initial: undefined, ...stateBody(s, Object.keys(on).length > 0 ? on : undefined) };
      delete body.step;
      delete body.actor;
      delete body.deadline;
      delete body.risk;
      body.description = nested.kind === 'parallel' ? t('并联审查：各部门分别提出意见，全部意见提出后进入下一环节') : t('本环节由以下步骤组成，全部完成后进入下一环节');
      if (nested.kind === 'parallel') body.type = 'parallel';
      else body.initial = nested.regions[0].children[0].name;
      const childStates = (children) => {
        const result = {};
        children.forEach((child, c) => {
          if (child.final) {
            result[child.name] = { type: 'final', description: t(rng.pick(['本部门意见已提出', '本环节已完成', '审查意见已形成'])) };
            return;
          }
          const childOn = {};
          addEvent(childOn, rng.pick(events[child.step] ?? events.other), children[c + 1].name);
          if (c > 0 && rng.chance(0.3)) addEvent(childOn, '退回', children[c - 1].name);
          if (finalOf('withdraw') && rng.chance(0.15)) addEvent(childOn, '撤回申请', go(finalOf('withdraw').name));
          result[child.name] = stateBody(child, childOn);
        });
        return result;
      };
      if (nested.kind === 'parallel') {
        body.states = {};
        for (const region of nested.regions) body.states[region.name] = { initial: region.children[0].name, states: childStates(region.children) };
      } else {
        body.states = childStates(nested.regions[0].children);
      }
      body.onDone = go(next ? next.name : finalOf('success').name);
      states[s.name] = body;
    } else {
      states[s.name] = stateBody(s, on);
    }
    if (s.step === 'receive' && correction) {
      const correctionOn = {};
      addEvent(correctionOn, '提交补正材料', go(s.name));
      if (finalOf('withdraw')) addEvent(correctionOn, '撤回申请', go(finalOf('withdraw').name));
      states[correction.name] = stateBody(correction, correctionOn);
    }
  });
  for (const f of finals) {
    if (!targeted.has(f.name)) {
      // Every end can be reached: from the decision if nothing else leads there.
      const decide = states[main[decideIndex()]?.name ?? main[main.length - 1].name];
      addEvent(decide.on ?? (decide.on = {}), rng.pick(['终止办理', '其他情形', '依法终止']), go(f.name));
    }
    states[f.name] = {
      type: 'final',
      step: f.step,
      outcome: f.outcome,
      description: f.kind === 'withdraw' ? '申请人撤回申请' : undefined,
      basis: rng.chance(0.8) ? stepRefs(f.step, rng.int(1, 2)) : undefined,
      documents: rng.chance(0.5) && f.kind !== 'withdraw' ? [t(rng.pick(['决定书（说明理由，告知救济途径）', '{S}许可证件', '结案报告', '移送书', '不予受理决定书（说明理由，告知救济途径）']))] : undefined,
      duties: rng.chance(0.2) ? rng.sample(dutiesPool, rng.int(1, 2)) : undefined,
      remedies: ['fail', 'success', 'reject'].includes(f.kind) && rng.chance(0.7) ? true : undefined,
    };
  }
  const flow = {
    initial: main[0].name,
    description: main.map((s) => s.name).join(' → ') + ' → ' + finals.map((f) => f.name).join(' | '),
    states,
  };

  // ---- Clocks: from the first acceptance (or the second state) to the ends.
  const clocks = {};
  if (rng.chance(0.65)) {
    const start = main.find((s) => s.step === 'accept') ?? main[1];
    const pauses = main.filter((s) => ['hearing', 'consult'].includes(s.step) || s.name.includes('听证')).map((s) => s.name);
    if (nested?.kind === 'compound' && rng.chance(0.3)) pauses.push(`${nested.host.name}.${nested.regions[0].children[0].name}`);
    clocks.decision = {
      name: rng.pick(['办理期限', '法定办结期限', '决定期限', '答复期限']),
      within: statutoryWithin,
      unit: limitsUnit,
      from: start.name,
      until: finals.filter((f) => f.kind !== 'reject' || rng.chance(0.3)).map((f) => f.name),
      pause: pauses.length > 0 ? pauses : undefined,
      extend: extendEvent && eventNames.has(extendEvent) ? { by: rng.pick([10, 15, 20, 30]), unit: limitsUnit, on: extendEvent, times: 1 } : undefined,
      warn: rng.chance(0.6) ? rng.pick([2, 3, 5, 10]) : undefined,
      basis: [ref(spec.law, spec.time), ...(rng.chance(0.5) ? [ref(spec.law, spec.time)] : [])].filter((v, i, a) => a.indexOf(v) === i),
      note: rng.chance(0.5) ? rng.pick(['自受理之日起计算；听证、检验、检测、鉴定和专家评审所需时间不计入', '自立案之日起计算', '不含法定节假日', '在任一终止状态时停止']) : undefined,
    };
  }
  if (correction && rng.chance(0.5)) {
    const receive = main.find((s) => s.step === 'receive');
    const accept = main[main.indexOf(receive) + 1];
    clocks['correction-notice'] = {
      name: '一次告知补正期限',
      within: 5,
      unit: 'workday',
      from: receive.name,
      until: [correction.name, accept.name, ...(finalOf('reject') ? [finalOf('reject').name] : [])],
      basis: [ref(spec.law, spec.steps.receive)],
      note: rng.chance(0.5) ? '逾期不告知的，自收到申请材料之日起即为受理' : undefined,
    };
  }
  const execute = main.find((s) => s.step === 'execute');
  if (execute && rng.chance(0.5)) {
    clocks.performance = {
      name: rng.pick(['履行期限', '罚款缴纳期限']),
      within: 15,
      unit: 'day',
      from: execute.name,
      until: [finalOf('success').name],
      basis: [ref(spec.law, spec.steps.execute)],
    };
  }

  // ---- The rest of the power
  const refsBlock = () => {
    const items = [{ ref: ref(domain.law), role: 'establishing' }];
    if (rng.chance(0.6)) items.push({ ref: ref(domain.law), role: 'establishing', note: rng.chance(0.5) ? t(rng.pick(['从事{S}活动应当依法取得许可', '{S}的监督管理职责', '违反规定的法律责任'])) : undefined });
    items.push({ ref: ref(spec.law, spec.establishing), role: 'implementing' });
    const plain = rng.int(2, 9);
    for (let i = 0; i < plain; i++) items.push(rng.chance(0.5) ? ref(spec.law) : ref(domain.law));
    const seen = new Set();
    return items.filter((item) => {
      const key = typeof item === 'string' ? item : item.ref;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  const period = (within, unit, withBasis) => ({ within, unit, basis: withBasis ? [ref(spec.law, spec.time)] : undefined });
  const hasLimits = rng.chance(0.8);
  const rightKinds = category === 'penalty' || category === 'licensing'
    ? ['statement', 'defence', 'hearing', 'reconsideration', 'litigation', 'compensation']
    : rng.sample(['statement', 'complaint', 'reconsideration', 'litigation', 'compensation'], rng.int(3, 5));
  const rights = rightKinds.filter((kind) => kind === 'reconsideration' || kind === 'litigation' || rng.chance(0.85)).map((kind) => ({
    kind,
    within: kind === 'reconsideration' ? { within: 60, unit: 'day' } : kind === 'litigation' ? { within: 6, unit: 'month' } : kind === 'hearing' ? { within: 5, unit: 'workday', note: '自被告知听证权利之日起' } : undefined,
    text: rng.chance(0.4) ? t(rng.pick(rightTexts[kind])) : undefined,
    basis: kind === 'reconsideration' ? [`admin-reconsideration ${rng.pick([11, 20, 23])}.1`, `admin-reconsideration 20.1`].filter((v, i, a) => a.indexOf(v) === i)
      : kind === 'litigation' ? [`admin-litigation ${rng.pick([12, 46])}.1`]
      : kind === 'compensation' ? [`state-compensation ${rng.int(2, 4)}`]
      : [ref(spec.law, spec.steps.notify)],
  }));

  const power = {
    code: `BJ-${codeLetters[category]}-${String(index + 1).padStart(6, '0')}`,
    name: t(rng.pick(names[category])),
    category,
    department: departmentId,
    unit: rng.chance(0.7) ? context.departmentShort + rng.pick(offices.business) : undefined,
    level: rng.pick([['city'], ['city', 'county'], ['province', 'city', 'county'], ['city', 'county', 'township']]),
    targets: rng.pick([['citizen', 'legal-person', 'other-organisation'], ['legal-person', 'other-organisation'], ['citizen'], ['legal-person']]),
    basis: refsBlock(),
    conditions: rng.sample(conditionsPool, rng.int(1, 3)).map(t).join(''),
    materials: ['licensing', 'payment', 'confirmation', 'adjudication', 'other'].includes(category) ? rng.sample(materialsPool, rng.int(3, 8)).map(t) : undefined,
    fees: rng.chance(0.15)
      ? [{ item: t(rng.pick(['{S}工本费', '{S}检验检测费', '信息处理费'])), standard: rng.pick(['不收取费用', '按照省价格主管部门核定的标准收取', '依申请提供不收取费用；数量、频次明显超过合理范围的，按照国家规定收取']), basis: [ref(domain.law)] }]
      : undefined,
    discretion: category === 'penalty'
      ? rng.sample(discretionPool, rng.int(2, 5)).map(([circumstance, range]) => {
          const a = rng.pick([5000, 10000, 20000, 50000]);
          const fillNumbers = (text) =>
            text.replace('{a}', String(a)).replace('{b}', String(a)).replace('{c}', String(a * 2)).replace('{d}', String(a * 5)).replace('{x}', String(rng.int(1, 5))).replace('{y}', String(rng.int(6, 20)));
          return { circumstance: fillNumbers(circumstance), range: fillNumbers(range), basis: [ref(rng.chance(0.5) ? domain.law : spec.law)] };
        })
      : undefined,
    limits: hasLimits
      ? {
          statutory: { ...period(statutoryWithin, limitsUnit, true), note: rng.chance(0.5) ? rng.pick(['自受理之日起计算', '法律、法规另有规定的，依照其规定', '听证、检验、检测、鉴定和专家评审所需时间不计算在内']) : undefined },
          promised: rng.chance(0.7) ? { within: Math.max(1, Math.floor(statutoryWithin * rng.pick([0.5, 0.6, 0.75]))), unit: limitsUnit } : undefined,
        }
      : { note: '法律、行政法规未规定本事项的办理时限' },
    clocks: Object.keys(clocks).length > 0 ? clocks : undefined,
    rights,
    accountability: rng.sample(accountabilityPool, rng.int(2, 7)).map((text) => ({ text, basis: [ref(spec.law, spec.accountability), ...(rng.chance(0.3) ? [ref(domain.law)] : [])].filter((v, i, a) => a.indexOf(v) === i) })),
    supervision: { phone: rng.pick(['12345', '12315', '12369', '12320']), channels: rng.sample(channelsPool, rng.int(1, 3)) },
    publicity: rng.sample(publicityPool, rng.int(1, 3)),
    remarks: rng.sample(remarksPool, rng.int(1, 2)).join(''),
    flow,
  };
  const comments = [
    'yaml-language-server: $schema=../../../../../schemas/power.schema.json',
    `基准测试数据（bench/generate.mjs，种子 ${seed}，第 ${index + 1} 项），不是官方公布的权责清单。`,
  ];
  return { departmentId, code: power.code, text: toYaml(power, comments), power };
}

// ---------------------------------------------------------------------------------------------

/** js-yaml, resolved from @sunlit/core (the bench adds no dependency of its own). */
async function jsYaml() {
  const require = createRequire(join(benchDir, '..', 'packages', 'core', 'package.json'));
  return import(pathToFileURL(require.resolve('js-yaml')).href);
}

/** Writes the catalogue; returns a summary. Refuses to overwrite a folder it did not make. */
export async function generateCatalogue({ powers = 10000, out = defaultOut(powers), seed = defaultSeed, log = () => {} } = {}) {
  out = resolve(out);
  if (existsSync(out)) {
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes(manifestName)) throw new Error(`${out} exists and was not made by generate.mjs; choose another --out`);
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
  const started = performance.now();
  const catalogueText = toYaml(buildCatalogue(seed), [
    'yaml-language-server: $schema=../../../schemas/catalogue.schema.json',
    '基准测试目录：由 bench/generate.mjs 生成，城市、部门和条文均为虚构或生成的文字，不是官方公布的权责清单。',
  ]);
  if (!isDeepStrictEqual((await jsYaml()).load(catalogueText), JSON.parse(JSON.stringify(buildCatalogue(seed))))) throw new Error('catalogue.yaml does not read back as written');
  writeFileSync(join(out, 'catalogue.yaml'), catalogueText);
  let bytes = Buffer.byteLength(catalogueText);
  let lines = catalogueText.split('\n').length - 1;
  const folders = new Set();
  let load;
  for (let index = 0; index < powers; index++) {
    const { departmentId, code, text, power } = buildPower(index, seed);
    if (index % 100 === 0) {
      // The writer is hand-made: check now and then that the text reads back as the object it was made from.
      load ??= (await jsYaml()).load;
      if (!isDeepStrictEqual(load(text), JSON.parse(JSON.stringify(power)))) throw new Error(`power ${index + 1} does not read back as written`);
    }
    const folder = join(out, 'powers', departmentId);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(join(folder, `${code}.yaml`), text);
    bytes += Buffer.byteLength(text);
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
    if ((index + 1) % 2000 === 0) log(`  ${index + 1} / ${powers}`);
  }
  const summary = { generatorVersion, seed, powers, files: powers + 1, bytes, lines, seconds: Math.round(performance.now() - started) / 1000 };
  writeFileSync(join(out, manifestName), JSON.stringify(summary, null, 2) + '\n');
  return { out, ...summary };
}

/** The manifest of a generated catalogue, or undefined. */
export async function readManifest(out) {
  try {
    const { readFile } = await import('node:fs/promises');
    return JSON.parse(await readFile(join(out, manifestName), 'utf8'));
  } catch {
    return undefined;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { powers: { type: 'string', default: '10000' }, out: { type: 'string' }, seed: { type: 'string', default: String(defaultSeed) } },
  });
  const powers = Number(values.powers);
  const seed = Number(values.seed);
  if (!Number.isInteger(powers) || powers < 1) throw new Error(`--powers must be a positive integer, not ${values.powers}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not ${values.seed}`);
  const result = await generateCatalogue({ powers, seed, out: values.out ?? defaultOut(powers), log: (line) => console.log(line) });
  console.log(`wrote ${result.files} files (${(result.bytes / 1e6).toFixed(1)} MB, ${result.lines} lines) to ${result.out} in ${result.seconds} s`);
}
