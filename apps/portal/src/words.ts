/**
 * The interface words of the public site. zh-Hans is the source; zh-Hant pages are the zh-Hans pages
 * converted by OpenCC (content and interface alike); en pages use these English words around the
 * catalogue's own (Chinese) content.
 */
export interface PortalWords {
  readonly skip: string;
  readonly home: string;
  readonly powers: string;
  readonly laws: string;
  readonly stats: string;
  readonly about: string;
  readonly changes: string;
  readonly downloads: string;
  readonly languages: string;
  readonly authority: string;
  readonly edition: string;
  readonly effective: string;
  readonly powerCount: string;
  readonly byCategory: string;
  readonly byDepartment: string;
  readonly byLevel: string;
  readonly allPowers: string;
  readonly search: string;
  readonly searchHint: string;
  readonly filter: string;
  readonly any: string;
  readonly shown: string;
  readonly noMatch: string;
  readonly filterPages: string;
  readonly code: string;
  readonly name: string;
  readonly category: string;
  readonly department: string;
  readonly unit: string;
  readonly level: string;
  readonly targets: string;
  readonly establishing: string;
  readonly implementing: string;
  readonly basis: string;
  readonly conditions: string;
  readonly materials: string;
  readonly statutory: string;
  readonly promised: string;
  readonly fees: string;
  readonly noFee: string;
  readonly rights: string;
  readonly duties: string;
  readonly accountability: string;
  readonly risks: string;
  readonly controls: string;
  readonly owner: string;
  readonly discretion: string;
  readonly supervision: string;
  readonly publicity: string;
  readonly remarks: string;
  readonly clocks: string;
  readonly flow: string;
  readonly flowSteps: string;
  readonly none: string;
  readonly citedBy: string;
  readonly issuer: string;
  readonly version: string;
  readonly articles: string;
  readonly source: string;
  readonly statsTitle: string;
  readonly count: string;
  readonly withCheckpoint: string;
  readonly riskPoints: string;
  readonly highRisk: string;
  readonly stepsTotal: string;
  readonly aboutTitle: string;
  readonly aboutText: string;
  readonly aboutData: string;
  readonly aboutLanguages: string;
  readonly generatedBy: string;
  readonly wholeCatalogue: string;
  readonly thisPower: string;
  readonly yamlSources: string;
  readonly changesTitle: string;
  readonly comparedWith: string;
  readonly added: string;
  readonly removed: string;
  readonly changed: string;
  readonly unchanged: string;
  readonly before: string;
  readonly after: string;
  readonly noChanges: string;
  readonly revise: string;
  readonly phone: string;
  readonly email: string;
  readonly address: string;
  readonly channels: string;
  readonly within: string;
  readonly step: string;
  readonly notFound: string;
  readonly field: string;
  readonly colon: string;
  readonly list: string;
}

export const zhHans: PortalWords = {
  skip: '跳到正文',
  home: '首页',
  powers: '职权事项',
  laws: '法律依据',
  stats: '统计',
  about: '关于本数据',
  changes: '变更',
  downloads: '下载',
  languages: '语言',
  authority: '公布机关',
  edition: '版本',
  effective: '施行日期',
  powerCount: '共 {n} 项行政职权',
  byCategory: '按职权类别',
  byDepartment: '按实施主体',
  byLevel: '按行使层级',
  allPowers: '全部职权事项',
  search: '搜索',
  searchHint: '按名称、编码或法律依据搜索，例如“公开”',
  filter: '筛选',
  any: '全部',
  shown: '显示 {n} 项，共 {total} 项',
  noMatch: '没有符合条件的职权事项。',
  filterPages: '分类浏览',
  code: '事项编码',
  name: '事项名称',
  category: '职权类别',
  department: '实施主体',
  unit: '承办机构',
  level: '行使层级',
  targets: '职权对象',
  establishing: '设定依据',
  implementing: '实施依据',
  basis: '依据',
  conditions: '行使条件',
  materials: '申请材料',
  statutory: '法定时限',
  promised: '承诺时限',
  fees: '收费依据及标准',
  noFee: '不收费',
  rights: '相对人权利（救济途径）',
  duties: '责任事项',
  accountability: '追责情形',
  risks: '廉政风险点及防控措施',
  controls: '防控措施',
  owner: '责任人',
  discretion: '裁量基准',
  supervision: '监督方式',
  publicity: '公开方式',
  remarks: '备注',
  clocks: '计时规则',
  flow: '权力运行流程图',
  flowSteps: '流程步骤（文字版）',
  none: '无',
  citedBy: '引用本法的职权事项',
  issuer: '制定机关',
  version: '文本日期',
  articles: '引用的条文',
  source: '原文',
  statsTitle: '统计',
  count: '事项数',
  withCheckpoint: '设有监督制约环节的事项',
  riskPoints: '廉政风险点',
  highRisk: '其中高风险',
  stepsTotal: '流程环节总数',
  aboutTitle: '关于本数据',
  aboutText: '本网站由 Sunlit 根据目录的 YAML 源文件生成。每项职权的流程图由数据直接绘制，图后附有文字版流程步骤，供读屏软件和打印使用。',
  aboutData: '数据可以下载为 YAML 源文件、JSON、CSV 和 XLSX（按官方权力清单表格的列顺序，每项职权一行）。',
  aboutLanguages: '繁体中文页面由简体中文页面经 OpenCC 自动转换生成；英文页面只翻译界面文字，清单内容保持中文原文。',
  generatedBy: '由 Sunlit 生成',
  wholeCatalogue: '整个目录',
  thisPower: '本事项',
  yamlSources: 'YAML 源文件',
  changesTitle: '本版变更',
  comparedWith: '与上一版（{edition}）相比',
  added: '新增事项',
  removed: '取消事项',
  changed: '调整事项',
  unchanged: '未变更 {n} 项',
  before: '调整前',
  after: '调整后',
  noChanges: '与上一版相比没有变更。',
  revise: '调整或改变部门行政权力要及时修订职权目录，重新依法向社会公布。',
  phone: '电话',
  email: '电子邮箱',
  address: '地址',
  channels: '渠道',
  within: '期限',
  step: '环节',
  notFound: '页面不存在',
  field: '项目',
  colon: '：',
  list: '、',
};

export const en: PortalWords = {
  skip: 'Skip to content',
  home: 'Home',
  powers: 'Powers',
  laws: 'Laws',
  stats: 'Statistics',
  about: 'About this data',
  changes: 'Changes',
  downloads: 'Downloads',
  languages: 'Language',
  authority: 'Published by',
  edition: 'Edition',
  effective: 'In force from',
  powerCount: '{n} administrative powers',
  byCategory: 'By category',
  byDepartment: 'By department',
  byLevel: 'By level',
  allPowers: 'All powers',
  search: 'Search',
  searchHint: 'Search by name, code or legal basis, e.g. 公开',
  filter: 'Filter',
  any: 'All',
  shown: '{n} of {total} shown',
  noMatch: 'No power matches.',
  filterPages: 'Browse',
  code: 'Code',
  name: 'Name',
  category: 'Category',
  department: 'Department',
  unit: 'Handling unit',
  level: 'Level',
  targets: 'Addressed to',
  establishing: 'Establishing basis',
  implementing: 'Implementing basis',
  basis: 'Basis',
  conditions: 'Conditions',
  materials: 'Materials',
  statutory: 'Statutory time limit',
  promised: 'Promised time limit',
  fees: 'Fees',
  noFee: 'No fee',
  rights: 'Rights and remedies',
  duties: 'Duties',
  accountability: 'Accountability',
  risks: 'Integrity risks and controls',
  controls: 'Controls',
  owner: 'Owner',
  discretion: 'Discretion standards',
  supervision: 'Supervision',
  publicity: 'Published in',
  remarks: 'Remarks',
  clocks: 'Clocks',
  flow: 'Flow chart',
  flowSteps: 'Steps of the flow (text)',
  none: 'None',
  citedBy: 'Powers citing this law',
  issuer: 'Issuer',
  version: 'Text of',
  articles: 'Articles cited',
  source: 'Source',
  statsTitle: 'Statistics',
  count: 'Powers',
  withCheckpoint: 'Powers with a supervision checkpoint',
  riskPoints: 'Integrity-risk points',
  highRisk: 'of which high',
  stepsTotal: 'Steps in all flows',
  aboutTitle: 'About this data',
  aboutText: 'This site is generated by Sunlit from the catalogue’s YAML sources. Each flow chart is drawn from the data and followed by the same flow as text, for screen readers and for print.',
  aboutData: 'The data can be downloaded as YAML sources, JSON, CSV and XLSX (one row per power, in the official column order).',
  aboutLanguages: 'Traditional Chinese pages are converted from the simplified ones by OpenCC; English pages translate the interface only, the catalogue stays in Chinese.',
  generatedBy: 'Generated by Sunlit',
  wholeCatalogue: 'Whole catalogue',
  thisPower: 'This power',
  yamlSources: 'YAML sources',
  changesTitle: 'Changes in this edition',
  comparedWith: 'Compared with the previous edition ({edition})',
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  unchanged: '{n} unchanged',
  before: 'Before',
  after: 'After',
  noChanges: 'No changes since the previous edition.',
  revise: 'When a department’s powers change, the catalogue is revised and published again.',
  phone: 'Phone',
  email: 'Email',
  address: 'Address',
  channels: 'Channels',
  within: 'Within',
  step: 'Step',
  notFound: 'Page not found',
  field: 'Field',
  colon: ': ',
  list: ', ',
};
