/**
 * The fixed vocabularies of the catalogue format (docs/format.md), with their Chinese and English
 * labels. The JSON Schemas list the same values; a test keeps the two in step.
 */

/** A label in each language Sunlit speaks. */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

function vocabulary<const T extends string>(entries: Record<T, Label>) {
  return { values: Object.keys(entries) as T[], labels: entries };
}

/** 职权类别: the ten categories, with the national service-item type code used in exports. */
export const categories = vocabulary({
  licensing: { zh: '行政许可', en: 'administrative licensing' },
  penalty: { zh: '行政处罚', en: 'administrative penalty' },
  coercion: { zh: '行政强制', en: 'administrative coercion' },
  levy: { zh: '行政征收', en: 'administrative levy' },
  payment: { zh: '行政给付', en: 'administrative payment' },
  inspection: { zh: '行政检查', en: 'administrative inspection' },
  confirmation: { zh: '行政确认', en: 'administrative confirmation' },
  reward: { zh: '行政奖励', en: 'administrative reward' },
  adjudication: { zh: '行政裁决', en: 'administrative adjudication' },
  other: { zh: '其他行政权力', en: 'other administrative power' },
});
export type Category = (typeof categories.values)[number];

/** Two-digit codes of the categories (01 … 10) used in official exports. */
export const categoryCodes: Readonly<Record<Category, string>> = {
  licensing: '01',
  penalty: '02',
  coercion: '03',
  levy: '04',
  payment: '05',
  inspection: '06',
  confirmation: '07',
  reward: '08',
  adjudication: '09',
  other: '10',
};

/** 环节类型: what kind of step a state is, whatever it is called. */
export const steps = vocabulary({
  apply: { zh: '申请', en: 'application' },
  receive: { zh: '接收 / 登记', en: 'receipt' },
  correction: { zh: '补正', en: 'correction' },
  accept: { zh: '受理', en: 'acceptance' },
  investigate: { zh: '调查取证', en: 'investigation' },
  review: { zh: '审查', en: 'review' },
  consult: { zh: '征求意见', en: 'consultation' },
  notify: { zh: '告知', en: 'notice' },
  hearing: { zh: '听证', en: 'hearing' },
  decide: { zh: '决定', en: 'decision' },
  deliver: { zh: '送达', en: 'delivery' },
  execute: { zh: '执行', en: 'execution' },
  publish: { zh: '公开', en: 'publication' },
  close: { zh: '办结 / 结案', en: 'closing' },
  other: { zh: '其他', en: 'other' },
});
export type Step = (typeof steps.values)[number];

export const outcomes = vocabulary({
  granted: { zh: '准予', en: 'granted' },
  refused: { zh: '不予', en: 'refused' },
  'not-accepted': { zh: '不予受理', en: 'not accepted' },
  decided: { zh: '已作出决定', en: 'decided' },
  penalised: { zh: '给予处罚', en: 'penalised' },
  'not-penalised': { zh: '不予处罚', en: 'not penalised' },
  withdrawn: { zh: '撤回 / 视为放弃', en: 'withdrawn' },
  transferred: { zh: '移送', en: 'transferred' },
  other: { zh: '其他', en: 'other' },
});
export type Outcome = (typeof outcomes.values)[number];

/** 监督制约环节 kinds. */
export const checkpointKinds = vocabulary({
  'legal-review': { zh: '法制审核', en: 'legal review' },
  'collective-decision': { zh: '集体讨论', en: 'collective decision' },
  approval: { zh: '负责人审批', en: 'approval by the head' },
  recusal: { zh: '回避', en: 'recusal' },
  hearing: { zh: '听证', en: 'hearing' },
  publicity: { zh: '公示 / 公开', en: 'publicity' },
  notification: { zh: '告知', en: 'notification' },
  record: { zh: '全过程记录', en: 'full-process record' },
  'two-officers': { zh: '两人以上执法', en: 'two or more officers' },
});
export type CheckpointKind = (typeof checkpointKinds.values)[number];

export const riskLevels = vocabulary({
  high: { zh: '高', en: 'high' },
  medium: { zh: '中', en: 'medium' },
  low: { zh: '低', en: 'low' },
});
export type RiskLevel = (typeof riskLevels.values)[number];

export const rightKinds = vocabulary({
  statement: { zh: '陈述', en: 'statement' },
  defence: { zh: '申辩', en: 'defence' },
  hearing: { zh: '听证', en: 'hearing' },
  reconsideration: { zh: '行政复议', en: 'administrative reconsideration' },
  litigation: { zh: '行政诉讼', en: 'administrative litigation' },
  complaint: { zh: '投诉举报', en: 'complaint' },
  compensation: { zh: '国家赔偿', en: 'state compensation' },
});
export type RightKind = (typeof rightKinds.values)[number];

export const periodUnits = vocabulary({
  workday: { zh: '工作日', en: 'working days' },
  day: { zh: '日', en: 'days' },
  month: { zh: '月', en: 'months' },
  year: { zh: '年', en: 'years' },
  hour: { zh: '小时', en: 'hours' },
});
export type PeriodUnit = (typeof periodUnits.values)[number];

export const levels = vocabulary({
  province: { zh: '省级', en: 'province' },
  city: { zh: '市级', en: 'city' },
  county: { zh: '县级', en: 'county' },
  township: { zh: '乡级', en: 'township' },
});
export type Level = (typeof levels.values)[number];

export const targets = vocabulary({
  citizen: { zh: '公民', en: 'citizens' },
  'legal-person': { zh: '法人', en: 'legal persons' },
  'other-organisation': { zh: '其他组织', en: 'other organisations' },
});
export type Target = (typeof targets.values)[number];

export const basisRoles = vocabulary({
  establishing: { zh: '设定依据', en: 'establishing' },
  implementing: { zh: '实施依据', en: 'implementing' },
});
export type BasisRole = (typeof basisRoles.values)[number];

/** A language of content and of messages. */
export const languages = vocabulary({
  'zh-Hans': { zh: '简体中文', en: 'simplified Chinese' },
  'zh-Hant': { zh: '繁体中文', en: 'traditional Chinese' },
  en: { zh: '英文', en: 'English' },
});
export const locales = languages.values;
export type Locale = (typeof locales)[number];

/** Every vocabulary, by the name of its `$defs` entry in the JSON Schemas. */
export const vocabularies = {
  category: categories,
  step: steps,
  outcome: outcomes,
  checkpointKind: checkpointKinds,
  riskLevel: riskLevels,
  rightKind: rightKinds,
  unit: periodUnits,
  level: levels,
  target: targets,
  basisRole: basisRoles,
  locale: languages,
} as const;
