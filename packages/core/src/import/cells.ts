/**
 * Reading what the cells of an official power table hold: categories, time limits, fees, legal
 * basis, levels, parties. Pure functions, browser-safe. Each returns what it read and, when it had
 * to guess, a note (in Chinese, for the import report) saying what it assumed.
 */
import type { LawDocument, PeriodDocument, RefDocument } from '../documents.js';
import { templateLaws } from '../templates/laws.js';
import { categories, type BasisRole, type Category, type Level, type PeriodUnit, type Target } from '../vocabulary.js';

/** A value read from a cell, and what had to be assumed to read it (absent when certain). */
export interface Reading<T> {
  readonly value: T;
  readonly assumed?: string;
}

const digits: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const units: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A number written in Chinese numerals or Arabic digits: "四十二" → 42, "一百零五" → 105,
 * "十" → 10, "二〇" → 20, "42" → 42. Undefined when the text is not a number.
 */
export function parseChineseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  if (trimmed === '' || ![...trimmed].every((char) => char in digits || char in units)) return undefined;
  // Digit by digit without units (二〇二六) is read positionally.
  if (![...trimmed].some((char) => char in units)) return Number([...trimmed].map((char) => digits[char]).join(''));
  let total = 0;
  let current = 0;
  for (const char of trimmed) {
    if (char in digits) current = digits[char]!;
    else {
      total += (current === 0 ? 1 : current) * units[char]!;
      current = 0;
    }
  }
  return total + current;
}

const numeral = '[0-9０-９零〇一二两三四五六七八九十百千]+';

/** Old and local names of the categories, with the category they are imported as. */
const categoryAliases: readonly (readonly [RegExp, Category, string?])[] = [
  [/^非行政许可(审批)?/, 'other', '“非行政许可审批”已于 2015 年取消，按“其他行政权力”导入，请核对该事项现在的类别'],
  [/^(行政)?审批$/, 'licensing', '“审批”按“行政许可”导入，请核对'],
  [/^行政监督/, 'inspection', '“行政监督”按“行政检查”导入'],
  [/^行政收费/, 'levy', '“行政收费”按“行政征收”导入'],
  [/^行政征用/, 'levy', '“行政征用”按“行政征收”导入，请核对'],
  [/^公共服务/, 'other', '公共服务事项不是行政职权，按“其他行政权力”导入，请核对是否应列入清单'],
  [/^行政指导/, 'other', '“行政指导”按“其他行政权力”导入'],
  [/^行政备案|^备案/, 'other', '“备案”按“其他行政权力”导入，请核对'],
];

/** 职权类别 from its Chinese name (行政许可, 许可, 其他权力 …), its code (01 … 10) or its English value. */
export function parseCategory(text: string): Reading<Category> | undefined {
  const cell = text.replace(/\s+/g, '');
  if (cell === '') return undefined;
  for (const value of categories.values) {
    const zh = categories.labels[value].zh;
    if (cell === value || cell === zh || cell === zh.replace(/^行政/, '')) return { value };
  }
  if (/^(其他(行政)?权力|其他类?|其他行政职权)$/.test(cell)) return { value: 'other' };
  const code = /^(?:0?([1-9])|10)$/.exec(cell);
  if (code) {
    const number = code[1] === undefined ? 10 : Number(code[1]);
    return { value: categories.values[number - 1]!, assumed: `类别编码 ${cell} 按国家政务服务事项类型代码理解` };
  }
  for (const [pattern, value, note] of categoryAliases) if (pattern.test(cell)) return { value, ...(note && { assumed: note }) };
  for (const value of categories.values) {
    const zh = categories.labels[value].zh;
    if (cell.startsWith(zh) || cell.includes(zh)) return { value, assumed: `“${text.trim()}”按“${zh}”导入` };
  }
  return undefined;
}

/** The unit of a period written in 日 / 天: working days where the statute says so, else calendar days. */
function dayUnit(category: Category | undefined, within: number): Reading<PeriodUnit> {
  if (category === 'licensing') return { value: 'workday', assumed: '“日”按工作日理解（行政许可法第八十二条：许可期限以工作日计算）' };
  if (category === 'penalty' && [2, 3, 5, 7].includes(within)) return { value: 'workday', assumed: '“日”按工作日理解（行政处罚法第八十五条）' };
  if (category === 'coercion' && within <= 10) return { value: 'workday', assumed: '“日”按工作日理解（行政强制法第六十九条）' };
  return { value: 'day' };
}

const unitPattern = new RegExp(`(${numeral})\\s*(个)?\\s*(工作日|个?自然日|日|天|个?月|年|小时)`, 'g');

/** One period found in text: "20个工作日", "三个月", "二十日". */
function periodsIn(text: string, category: Category | undefined): { period: PeriodDocument; assumed?: string; index: number }[] {
  const found: { period: PeriodDocument; assumed?: string; index: number }[] = [];
  for (const match of text.matchAll(unitPattern)) {
    const within = parseChineseNumber(match[1]!);
    if (within === undefined) continue;
    const word = match[3]!.replace(/^个/, '');
    let unit: PeriodUnit;
    let assumed: string | undefined;
    if (word === '工作日') unit = 'workday';
    else if (word === '自然日') unit = 'day';
    else if (word === '月') unit = 'month';
    else if (word === '年') unit = 'year';
    else if (word === '小时') unit = 'hour';
    else ({ value: unit, assumed } = dayUnit(category, within));
    found.push({ period: { within, unit }, index: match.index, ...(assumed && { assumed }) });
  }
  return found;
}

/** A time limit cell: what the statute allows and what the office promises. */
export interface TimeLimit {
  readonly statutory?: PeriodDocument;
  readonly promised?: PeriodDocument;
}

const immediate = /即办|即时办结|当场(办结|办理|作出|决定|答复)|立即办理|随到随办/;
const none = /^(无|—+|-+|\/|／|不适用|暂无|无法定时限)$/;

/**
 * A time limit cell: "20个工作日", "法定20日，承诺5个工作日", "即办". `role` says which limit a
 * cell holds when it does not say itself (a 法定时限 or 承诺时限 column); the category decides
 * whether a bare 日 is a working day (许可法82, 处罚法85, 强制法69).
 */
export function parseTimeLimit(text: string, role: 'statutory' | 'promised' | 'either', category?: Category): Reading<TimeLimit> | undefined {
  const cell = text.trim().replace(/\s+/g, '');
  if (cell === '' || none.test(cell)) return undefined;
  const periods = periodsIn(cell, category);
  const notes: string[] = [];
  let statutory: PeriodDocument | undefined;
  let promised: PeriodDocument | undefined;
  for (const { period, assumed, index } of periods) {
    const before = cell.slice(Math.max(0, index - 6), index);
    const isPromised = /承诺/.test(before) || (role === 'promised' && !/法定/.test(before));
    if (assumed) notes.push(assumed);
    if (isPromised) promised ??= period;
    else if (/法定/.test(before) || role !== 'promised') {
      if (statutory) notes.push(`单元格中有多个期限，法定时限取第一个（${statutory.within}）`);
      else statutory = period;
    }
  }
  if (periods.length === 0) {
    if (immediate.test(cell)) {
      const period: PeriodDocument = { within: 0, unit: 'day', note: cell };
      return { value: role === 'promised' ? { promised: period } : { statutory: period } };
    }
    return undefined;
  }
  if (immediate.test(cell) && role !== 'statutory' && promised === undefined) promised = { within: 0, unit: 'day', note: '即办' };
  const rest = cell.replace(unitPattern, '').replace(/法定|承诺|时限|期限|[：:，,；;。（）()、]/g, '');
  const withNote = (period: PeriodDocument | undefined) => (period && rest !== '' ? { ...period, note: text.trim() } : period);
  if (rest !== '') notes.push('单元格中还有期限以外的说明，原文记入备注');
  const value: TimeLimit = { ...(statutory && { statutory: withNote(statutory)! }), ...(promised && { promised: withNote(promised)! }) };
  return { value, ...(notes.length > 0 && { assumed: [...new Set(notes)].join('；') }) };
}

/** A fee cell: nothing for 不收费, else the standard as written. */
export function parseFees(text: string): Reading<{ readonly item: string; readonly standard: string }[]> | undefined {
  const cell = text.trim();
  if (cell === '') return undefined;
  if (/^(不收费|无|免费|否|—+|-+|\/|不收取费用|0|0元|无收费|无收费项目)。?$/.test(cell.replace(/\s+/g, '')) || /^不收(取)?费/.test(cell)) return { value: [] };
  return { value: [{ item: '收费', standard: cell }], assumed: '收费标准按原文记录，收费项目和依据请核对' };
}

/** 行使层级: 省级, 市级, 县级, 乡级 and the usual ways of writing them. */
export function parseLevels(text: string): Reading<Level[]> | undefined {
  const cell = text.replace(/\s+/g, '');
  if (cell === '') return undefined;
  const found = new Set<Level>();
  if (/省|自治区|直辖市/.test(cell)) found.add('province');
  if (/市/.test(cell) && !/^(直辖市)$/.test(cell)) found.add('city');
  if (/县|区/.test(cell)) found.add('county');
  if (/乡|镇|街道/.test(cell)) found.add('township');
  if (found.size === 0) return undefined;
  const order: Level[] = ['province', 'city', 'county', 'township'];
  const value = order.filter((level) => found.has(level));
  return /^(省级|市级|县级|乡级|省|市|县|乡镇|[省市县乡]级?[、,，/][省市县乡、,，/级镇]*)$/.test(cell) ? { value } : { value, assumed: `“${cell}”按${value.join('、')}层级理解` };
}

/** 职权对象: 公民, 法人, 其他组织. */
export function parseTargets(text: string): Reading<Target[]> | undefined {
  const cell = text.replace(/\s+/g, '');
  const value: Target[] = [];
  if (/公民|自然人|个人/.test(cell)) value.push('citizen');
  if (/法人|企业|单位/.test(cell)) value.push('legal-person');
  if (/其他组织|社会组织/.test(cell)) value.push('other-organisation');
  return value.length > 0 ? { value } : undefined;
}

/** A stable short hash (FNV-1a, 32 bits, base 36) for ids made from Chinese text. */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** Known statutes by their titles, with and without 中华人民共和国. */
const knownLaws = new Map<string, LawDocument>();
for (const law of Object.values(templateLaws)) {
  knownLaws.set(law.title, law);
  knownLaws.set(law.title.replace(/^中华人民共和国/, ''), law);
}

/** The law registry entry for a title: a known statute, or a new entry with a stable id. */
export function lawForTitle(title: string): LawDocument {
  let clean = title.replace(/[（(][^）)]*(修正|修订|年|号)[^）)]*[）)]$/, '').trim();
  // National laws are titled 中华人民共和国…法; tables often leave the prefix out.
  if (/法$/.test(clean) && !/办法$/.test(clean) && !clean.startsWith('中华人民共和国') && !/^[\u4e00-\u9fa5]{2,3}(省|市|自治区)/.test(clean)) clean = `中华人民共和国${clean}`;
  return knownLaws.get(clean) ?? { id: `law-${stableHash(clean)}`, title: clean };
}

/** What a basis cell held: the laws it names, the refs to their articles, and article texts. */
export interface BasisReading {
  readonly laws: LawDocument[];
  readonly refs: RefDocument[];
  /** Laws named without an article: they cannot be cited, only registered. */
  readonly withoutArticle: string[];
}

const articlePattern = new RegExp(
  `第(${numeral})条(?:之(${numeral}))?(?:第(${numeral})款)?(?:第(${numeral})项|第?[（(](${numeral})[）)]项?)?`,
  'g',
);

/**
 * Legal basis text: "《中华人民共和国行政许可法》第四十二条第一款：……" into registry entries and
 * refs ("admin-licensing 42.1"). Several laws and articles in one text are all read; the text after
 * a citation's colon, up to the next law, is kept as the article's text.
 */
export function parseBasis(text: string, role?: BasisRole): Reading<BasisReading> | undefined {
  const cell = text.trim();
  if (cell === '' || none.test(cell)) return undefined;
  const laws = new Map<string, LawDocument & { articles?: Record<string, string> }>();
  const refs: RefDocument[] = [];
  const withoutArticle: string[] = [];
  const notes: string[] = [];
  // Each segment starts at a law title.
  const titled = [...cell.matchAll(/《([^》]{2,80})》/g)];
  const segments: { title: string; body: string }[] = titled.map((match, index) => ({
    title: match[1]!,
    body: cell.slice(match.index + match[0].length, titled[index + 1]?.index ?? cell.length),
  }));
  if (segments.length === 0) {
    // No book-title marks: look for names ending the way Chinese laws do, just before 第…条.
    for (const match of cell.matchAll(new RegExp(`([\\u4e00-\\u9fa5]{2,40}?(?:法|条例|规定|办法|细则|决定))(?=第${numeral}条)`, 'g'))) {
      segments.push({ title: match[1]!.replace(/^(根据|依据|按照|依照)/, ''), body: cell.slice(match.index + match[0].length).split(/[。；;]/)[0]! });
    }
    if (segments.length > 0) notes.push('法规名称没有书名号，按“…法/条例/办法第…条”识别，请核对');
  }
  for (const { title, body } of segments) {
    const law = { ...lawForTitle(title) };
    const registered = laws.get(law.id) ?? law;
    laws.set(law.id, registered);
    const articles = [...body.matchAll(articlePattern)].filter((match) => !/^之/.test(match[2] ?? ''));
    // Only citations before the article text (the first colon) belong to this law.
    const colon = body.search(/[：:]/);
    const cited = articles.filter((match) => colon === -1 || match.index < colon);
    if (cited.length === 0) {
      withoutArticle.push(registered.title);
      continue;
    }
    for (const match of cited) {
      const article = parseChineseNumber(match[1]!);
      if (article === undefined) continue;
      if (match[2] !== undefined) notes.push(`第${match[1]}条之${match[2]}无法用条号表示，按第${article}条引用`);
      const clause = match[3] !== undefined ? parseChineseNumber(match[3]) : undefined;
      const item = match[4] ?? match[5];
      const itemNumber = item !== undefined ? parseChineseNumber(item) : undefined;
      let number = String(article);
      if (clause !== undefined) number += `.${clause}`;
      if (itemNumber !== undefined) {
        if (clause === undefined) number += '.1';
        number += `.${itemNumber}`;
        if (clause === undefined) notes.push(`第${article}条第（${item}）项未写明款，按第一款引用`);
      }
      const ref = `${registered.id} ${number}`;
      if (!refs.some((existing) => existing.ref === ref)) refs.push({ ref, ...(role && { role }) });
    }
    if (colon !== -1 && cited.length === 1) {
      const articleText = body.slice(colon + 1).trim().replace(/[；;。，,]?\s*$/, '');
      if (articleText !== '') {
        const number = refs[refs.length - 1]!.ref.split(' ')[1]!;
        registered.articles = { ...registered.articles, [number]: articleText.length > 2000 ? articleText.slice(0, 2000) : articleText };
      }
    }
  }
  if (segments.length === 0) return { value: { laws: [], refs: [], withoutArticle: [] }, assumed: '没有识别出法规名称和条款，依据原文记入备注' };
  if (withoutArticle.length > 0) notes.push(`${withoutArticle.map((title) => `《${title}》`).join('、')}未写明条款，只登记法规、未引用`);
  return { value: { laws: [...laws.values()], refs, withoutArticle }, ...(notes.length > 0 && { assumed: [...new Set(notes)].join('；') }) };
}

/** A phone number in a supervision cell (监督电话: 024-12345678, 12345). */
export function findPhone(text: string): string | undefined {
  return /(?:\d{3,4}[-－—]\d{5,8}(?:[-－]\d+)?|1\d{10}|12345|\d{7,8})/.exec(text)?.[0];
}

/** A multi-item cell split into its items: "1.…2.…", "（一）…（二）…", one per line. */
export function splitItems(text: string): string[] {
  const cell = text.trim();
  if (cell === '') return [];
  const marker = new RegExp(`(?:^|\\s|[。；;])(?:[0-9]{1,2}[.、．]|[（(](?:${numeral}|[0-9]{1,2})[）)]|[一二三四五六七八九十]+、)`, 'g');
  const starts = [...cell.matchAll(marker)].map((match) => match.index + (/^[。；;\s]/.test(match[0]) ? 1 : 0));
  const parts =
    starts.length >= 2
      ? starts.map((start, index) => cell.slice(start, starts[index + 1] ?? cell.length))
      : cell.split(/\r?\n/);
  return parts
    .map((part) => part.replace(new RegExp(`^\\s*(?:[0-9]{1,2}[.、．]|[（(](?:${numeral}|[0-9]{1,2})[）)]|[一二三四五六七八九十]+、)\\s*`), '').trim())
    .filter((part) => part !== '');
}
