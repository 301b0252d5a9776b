/**
 * The statutory skeleton flow of each category (shared domain notes, section 2). Where a general
 * procedure statute exists (许可法, 处罚法, 强制法, 政府信息公开条例) the steps, periods and checkpoints
 * cite its articles; the other categories have no general procedure statute, so their templates hold
 * the usual steps only and take their time limit from the power's own statutory limit.
 */
import type { ClockDocument, FlowDocument, RefDocument, RightDocument } from '../documents.js';
import type { Category } from '../vocabulary.js';
import type { TemplateLawId } from './laws.js';

/** Which template: one per category, the penalty category has two (ordinary and summary procedure), ogi is under `other`. */
export type TemplateId =
  | 'licensing'
  | 'penalty'
  | 'penalty-summary'
  | 'coercion'
  | 'levy'
  | 'payment'
  | 'inspection'
  | 'confirmation'
  | 'reward'
  | 'adjudication'
  | 'ogi'
  | 'other';

/** A statutory skeleton: the parts of a power a template supplies. */
export interface PowerTemplate {
  readonly id: TemplateId;
  readonly category: Category;
  /** Name of the procedure, e.g. 行政许可一般程序. */
  readonly name: { readonly zh: string; readonly en: string };
  /** Law registry entries the template cites. */
  readonly laws: readonly TemplateLawId[];
  /** Procedural basis, used when a power has no basis of its own yet. */
  readonly basis: readonly RefDocument[];
  readonly flow: FlowDocument;
  readonly clocks: Readonly<Record<string, ClockDocument>>;
  /**
   * Where a clock for the power's own statutory time limit starts and stops, for templates whose
   * category has no general statutory period (the limit comes from the power's own law).
   */
  readonly limitClock?: { readonly from: string; readonly until: readonly string[] };
  readonly rights: readonly RightDocument[];
  readonly accountability: readonly { readonly text: string; readonly basis: readonly string[] }[];
}

const reconsideration: RightDocument = {
  kind: 'reconsideration',
  within: { within: 60, unit: 'day', note: '自知道或者应当知道该行政行为之日起' },
  basis: ['admin-reconsideration 20.1'],
};
const litigation: RightDocument = {
  kind: 'litigation',
  within: { within: 6, unit: 'month', note: '直接起诉的，自知道或者应当知道作出行政行为之日起；经复议的，自收到复议决定书之日起15日内' },
  basis: ['admin-litigation 46.1', 'admin-litigation 45'],
};

const licensing: PowerTemplate = {
  id: 'licensing',
  category: 'licensing',
  name: { zh: '行政许可一般程序', en: 'licensing, ordinary procedure' },
  laws: ['admin-licensing', 'admin-reconsideration', 'admin-litigation'],
  basis: [{ ref: 'admin-licensing 29', role: 'implementing', note: '程序依据（模板）；设定依据待补充' }],
  flow: {
    initial: '申请',
    description: '申请 → 接收（补正） → 受理 → 审查（核查、告知利害关系人、听证） → 决定 → 颁发送达',
    states: {
      申请: { step: 'apply', actor: '申请人', action: '提出书面申请（含信函、数据电文）', basis: ['admin-licensing 29'], on: { 提交申请: '接收' } },
      接收: {
        step: 'receive',
        actor: '受理窗口',
        action: '核对申请材料是否齐全、符合法定形式；可以当场更正的，允许当场更正',
        basis: ['admin-licensing 32.1'],
        duties: ['不需要取得许可的，即时告知不受理', '不属于本机关职权范围的，即时作出不予受理决定并告知向有关机关申请', '受理或者不予受理均出具加盖专用印章、注明日期的书面凭证'],
        risk: { level: 'medium', text: '应当受理而不受理，不一次告知补正内容', controls: ['公示申请材料目录和示范文本', '补正内容一次性书面告知'], owner: '窗口负责人' },
        on: { 需要补正: '补正', 受理: '受理', 不予受理: '不予受理' },
      },
      补正: {
        step: 'correction',
        actor: '申请人',
        action: '按一次告知的全部内容补正材料',
        basis: ['admin-licensing 32.1.4'],
        documents: ['补正材料通知书'],
        on: { 提交补正材料: '接收', 撤回申请: '撤回' },
      },
      受理: {
        step: 'accept',
        actor: '受理窗口',
        action: '出具加盖专用印章、注明日期的受理凭证',
        basis: ['admin-licensing 32.1.5', 'admin-licensing 32.2'],
        checkpoint: { kind: 'notification', basis: ['admin-licensing 32.2'] },
        documents: ['受理通知书'],
        on: { 转入审查: '审查' },
      },
      审查: {
        step: 'review',
        actor: '承办机构',
        action: '对申请材料进行审查；需要核实实质内容的，指派两名以上工作人员核查',
        basis: ['admin-licensing 34', 'admin-licensing 36'],
        risk: { level: 'high', text: '擅自增加或者减少审查条件，指定中介服务，拖延办理', controls: ['按公布的审查标准逐项审查', '审查意见留痕', '禁止指定中介服务'], owner: '科室负责人' },
        on: {
          需要现场核查: '现场核查',
          告知利害关系人: '听取利害关系人意见',
          告知听证权利: '听证权利告知',
          需要检验检测鉴定评审: '特别程序',
          延期: {
            description: '二十日内不能作出决定的，经本行政机关负责人批准延长十日，并将延长理由告知申请人',
            basis: ['admin-licensing 42.1'],
            checkpoint: { kind: 'approval', by: '本行政机关负责人', basis: ['admin-licensing 42.1'] },
          },
          提请决定: '决定',
          撤回申请: '撤回',
        },
      },
      现场核查: {
        step: 'investigate',
        actor: '承办机构',
        action: '指派两名以上工作人员核查申请材料的实质内容',
        basis: ['admin-licensing 34.3'],
        checkpoint: { kind: 'two-officers', basis: ['admin-licensing 34.3'] },
        documents: ['现场核查记录'],
        on: { 核查完毕: '审查' },
      },
      听取利害关系人意见: {
        step: 'notify',
        actor: '承办机构',
        action: '许可事项直接关系他人重大利益的，告知利害关系人，听取申请人、利害关系人的陈述和申辩',
        basis: ['admin-licensing 36'],
        checkpoint: { kind: 'notification', basis: ['admin-licensing 36'] },
        on: { 听取意见完毕: '审查' },
      },
      听证权利告知: {
        step: 'notify',
        actor: '承办机构',
        action: '许可直接涉及申请人与他人之间重大利益关系的，告知申请人、利害关系人享有要求听证的权利',
        basis: ['admin-licensing 47.1'],
        checkpoint: { kind: 'notification', basis: ['admin-licensing 47.1'] },
        deadline: { within: 5, unit: 'workday', basis: ['admin-licensing 47.1', 'admin-licensing 82'], note: '自被告知听证权利之日起5日内提出听证申请' },
        documents: ['听证告知书'],
        on: { 申请听证: '听证', 未申请听证: '审查' },
      },
      听证: {
        step: 'hearing',
        actor: '听证主持人（审查人员以外的人员）',
        action: '举行听证七日前通知时间、地点；公开举行；制作听证笔录，根据听证笔录作出决定',
        basis: ['admin-licensing 47.1', 'admin-licensing 48'],
        checkpoint: { kind: 'hearing', basis: ['admin-licensing 48'] },
        deadline: { within: 20, unit: 'workday', basis: ['admin-licensing 47.1'], note: '收到听证申请后20日内组织听证' },
        documents: ['听证通知书', '听证笔录'],
        on: { 听证结束: '决定' },
      },
      特别程序: {
        step: 'other',
        actor: '承办机构',
        action: '依法需要招标、拍卖、检验、检测、检疫、鉴定、专家评审的，书面告知申请人所需时间；所需时间不计入办理期限',
        basis: ['admin-licensing 45'],
        checkpoint: { kind: 'notification', basis: ['admin-licensing 45'] },
        on: { 特别程序完毕: '审查' },
      },
      决定: {
        step: 'decide',
        actor: '本行政机关负责人',
        action: '作出准予或者不予行政许可的书面决定；不予许可的说明理由并告知救济途径',
        basis: ['admin-licensing 37', 'admin-licensing 38'],
        checkpoint: { kind: 'approval', by: '本行政机关负责人' },
        risk: { level: 'high', text: '对不符合法定条件的申请准予许可，或者对符合条件的申请不予许可', controls: ['集体研究或者负责人审批', '准予许可的决定依法公开'], owner: '分管负责人' },
        on: {
          作出决定: [
            { target: '颁发送达', guard: '准予', basis: ['admin-licensing 38.1'] },
            { target: '不予许可', guard: '不予', basis: ['admin-licensing 38.2'] },
          ],
        },
      },
      颁发送达: {
        step: 'deliver',
        actor: '受理窗口',
        action: '颁发、送达许可证件；准予许可的决定予以公开',
        basis: ['admin-licensing 39', 'admin-licensing 40', 'admin-licensing 44'],
        deadline: { within: 10, unit: 'workday', basis: ['admin-licensing 44', 'admin-licensing 82'], note: '自作出决定之日起10日内' },
        documents: ['准予行政许可决定书', '许可证件'],
        on: { 送达完毕: '准予许可' },
      },
      准予许可: { type: 'final', step: 'close', outcome: 'granted', basis: ['admin-licensing 40'], duties: ['依法对被许可人从事许可事项的活动实施监督检查（第六十一条）'] },
      不予许可: { type: 'final', step: 'deliver', outcome: 'refused', basis: ['admin-licensing 38.2'], documents: ['不予行政许可决定书'], remedies: true },
      不予受理: { type: 'final', step: 'decide', outcome: 'not-accepted', basis: ['admin-licensing 32.1.2', 'admin-licensing 32.2'], documents: ['不予受理决定书'], remedies: true },
      撤回: { type: 'final', step: 'close', outcome: 'withdrawn', description: '申请人撤回申请' },
    },
  },
  clocks: {
    decision: {
      name: '许可决定期限',
      within: 20,
      unit: 'workday',
      from: '受理',
      until: ['颁发送达', '不予许可', '撤回'],
      pause: ['听证权利告知', '听证', '特别程序'],
      extend: { by: 10, unit: 'workday', on: '延期', times: 1 },
      warn: 3,
      basis: ['admin-licensing 42.1', 'admin-licensing 45', 'admin-licensing 82'],
      note: '自受理之日起计算；法律、法规另有规定的，依照其规定',
    },
    'correction-notice': {
      name: '一次告知补正期限',
      within: 5,
      unit: 'workday',
      from: '接收',
      until: ['补正', '受理', '不予受理'],
      basis: ['admin-licensing 32.1.4'],
      note: '逾期不告知的，自收到申请材料之日起即为受理',
    },
  },
  rights: [
    { kind: 'statement', basis: ['admin-licensing 7', 'admin-licensing 36'] },
    { kind: 'defence', basis: ['admin-licensing 7', 'admin-licensing 36'] },
    { kind: 'hearing', within: { within: 5, unit: 'workday', note: '自被告知听证权利之日起' }, basis: ['admin-licensing 47'] },
    reconsideration,
    litigation,
    { kind: 'compensation', basis: ['admin-licensing 7', 'admin-licensing 76'] },
  ],
  accountability: [
    { text: '对符合法定条件的申请不予受理；不一次告知必须补正的全部内容；未依法说明不受理或者不予许可的理由；依法应当举行听证而不举行听证等', basis: ['admin-licensing 72'] },
    { text: '办理许可、实施监督检查，索取或者收受他人财物或者谋取其他利益的', basis: ['admin-licensing 73'] },
    { text: '对不符合法定条件的申请人准予许可或者超越法定职权准予许可；对符合法定条件的申请人不予许可或者不在法定期限内作出准予许可决定的', basis: ['admin-licensing 74'] },
    { text: '擅自收费或者不按照法定项目和标准收费的', basis: ['admin-licensing 75'] },
    { text: '不依法履行监督职责或者监督不力，造成严重后果的', basis: ['admin-licensing 77'] },
  ],
};

const penaltyRights: readonly RightDocument[] = [
  { kind: 'statement', basis: ['admin-penalty 7.1', 'admin-penalty 45'] },
  { kind: 'defence', text: '行政机关不得因当事人陈述、申辩而给予更重的处罚', basis: ['admin-penalty 7.1', 'admin-penalty 45'] },
];
const penaltyAccountability = [
  { text: '没有法定的处罚依据、擅自改变处罚种类和幅度、违反法定的处罚程序的；对符合立案标准的案件不及时立案的', basis: ['admin-penalty 76'] },
  { text: '不使用罚款、没收财物单据或者使用非法定部门制发的单据的', basis: ['admin-penalty 77'] },
  { text: '自行收缴罚款的', basis: ['admin-penalty 78'] },
  { text: '截留、私分或者变相私分罚款、没收的违法所得或者财物的；索取或者收受他人财物、将收缴罚款据为己有的', basis: ['admin-penalty 79'] },
];

const penalty: PowerTemplate = {
  id: 'penalty',
  category: 'penalty',
  name: { zh: '行政处罚普通程序', en: 'penalty, ordinary procedure' },
  laws: ['admin-penalty', 'admin-reconsideration', 'admin-litigation'],
  basis: [{ ref: 'admin-penalty 54', role: 'implementing', note: '程序依据（模板）；设定依据待补充' }],
  flow: {
    initial: '案件来源',
    description: '案件来源 → 核查 → 立案 → 调查取证 → 审查 → 事先告知 → 陈述申辩 / 听证 → 法制审核 / 集体讨论 → 决定 → 送达 → 执行 → 结案',
    states: {
      案件来源: { step: 'other', actor: '执法机构', action: '通过检查、投诉举报、移送、交办等发现违法线索', on: { 发现违法线索: '核查' } },
      核查: {
        step: 'investigate',
        actor: '执法机构',
        action: '核查线索，判断是否符合立案标准',
        basis: ['admin-penalty 54.1'],
        risk: { level: 'high', text: '应当立案而不立案，选择性执法', controls: ['线索登记台账', '不予立案说明理由并经负责人审批'], owner: '执法机构负责人' },
        on: { 符合立案标准: '立案', 不予立案: '不予立案' },
      },
      立案: { step: 'accept', actor: '执法机构负责人', action: '符合立案标准的，及时立案', basis: ['admin-penalty 54.2'], checkpoint: { kind: 'approval', by: '行政机关负责人' }, documents: ['立案审批表'], on: { 开展调查: '调查取证' } },
      调查取证: {
        step: 'investigate',
        actor: '执法人员（两名以上）',
        action: '全面、客观、公正地调查，收集证据；出示执法证件；询问或者检查制作笔录',
        basis: ['admin-penalty 42.1', 'admin-penalty 43', 'admin-penalty 54.1', 'admin-penalty 55'],
        checkpoint: { kind: 'two-officers', basis: ['admin-penalty 42.1'] },
        duties: ['与案件有直接利害关系的执法人员应当回避'],
        documents: ['询问笔录', '现场检查笔录'],
        risk: { level: 'high', text: '调查取证不全面、不客观，违法取证', controls: ['执法全过程记录', '两名以上执法人员共同调查'], owner: '执法机构负责人' },
        on: { 先行登记保存: '先行登记保存', 调查终结: '审查' },
      },
      先行登记保存: {
        step: 'other',
        actor: '执法人员',
        action: '证据可能灭失或者以后难以取得的，经行政机关负责人批准先行登记保存，并在七日内作出处理决定',
        basis: ['admin-penalty 56'],
        checkpoint: { kind: 'approval', by: '行政机关负责人', basis: ['admin-penalty 56'] },
        deadline: { within: 7, unit: 'workday', basis: ['admin-penalty 56', 'admin-penalty 85'] },
        documents: ['先行登记保存证据通知书'],
        on: { 作出处理决定: '调查取证' },
      },
      审查: {
        step: 'review',
        actor: '行政机关负责人',
        action: '调查终结，对调查结果进行审查',
        basis: ['admin-penalty 57.1'],
        on: { 拟给予处罚: '事先告知', 不予处罚: '不予处罚', 移送司法机关: '移送' },
      },
      事先告知: {
        step: 'notify',
        actor: '执法机构',
        action: '告知拟作出的处罚内容及事实、理由、依据，以及陈述、申辩、要求听证等权利',
        basis: ['admin-penalty 44', 'admin-penalty 63'],
        checkpoint: { kind: 'notification', basis: ['admin-penalty 44'] },
        documents: ['行政处罚事先告知书', '行政处罚听证告知书'],
        on: { 陈述申辩: '陈述申辩', 要求听证: '听证', 放弃陈述申辩: '决定审核' },
      },
      陈述申辩: {
        step: 'review',
        actor: '执法机构',
        action: '充分听取当事人意见，对提出的事实、理由和证据进行复核；成立的，应当采纳',
        basis: ['admin-penalty 45'],
        duties: ['不得因当事人陈述、申辩而给予更重的处罚'],
        on: { 复核完毕: '决定审核' },
      },
      听证: {
        step: 'hearing',
        actor: '听证主持人（非本案调查人员）',
        action: '当事人在告知后五日内要求听证的组织听证；举行七日前通知；制作听证笔录',
        basis: ['admin-penalty 63', 'admin-penalty 64', 'admin-penalty 65'],
        checkpoint: { kind: 'hearing', basis: ['admin-penalty 64'] },
        documents: ['听证通知书', '听证笔录'],
        on: { 听证结束: '决定审核' },
      },
      决定审核: {
        step: 'review',
        actor: '行政机关负责人',
        action: '根据调查结果、陈述申辩和听证笔录拟定处理意见',
        basis: ['admin-penalty 57', 'admin-penalty 65'],
        on: { 需要法制审核: '法制审核', 需要集体讨论: '集体讨论', 提请决定: '决定', 不予处罚: '不予处罚' },
      },
      法制审核: {
        step: 'review',
        actor: '法制审核机构',
        action: '涉及重大公共利益、经过听证、案情疑难复杂等情形，作出决定前进行法制审核；未经审核或者审核未通过的不得作出决定',
        basis: ['admin-penalty 58'],
        checkpoint: { kind: 'legal-review', basis: ['admin-penalty 58'] },
        on: { 审核通过: '决定审核', 审核未通过: '调查取证' },
      },
      集体讨论: {
        step: 'review',
        actor: '行政机关负责人集体',
        action: '对情节复杂或者重大违法行为给予处罚，负责人集体讨论决定',
        basis: ['admin-penalty 57.2'],
        checkpoint: { kind: 'collective-decision', basis: ['admin-penalty 57.2'] },
        on: { 讨论决定: '决定' },
      },
      决定: {
        step: 'decide',
        actor: '行政机关负责人',
        action: '作出处罚决定，制作载明法定事项并加盖印章的行政处罚决定书',
        basis: ['admin-penalty 57.1', 'admin-penalty 59'],
        risk: { level: 'high', text: '处罚畸轻畸重，擅自改变处罚种类、幅度', controls: ['执行裁量基准', '法制审核', '集体讨论'], owner: '分管负责人' },
        on: {
          作出决定: [
            { target: '送达', guard: '给予处罚', basis: ['admin-penalty 57.1.1'] },
            { target: '不予处罚', guard: '不予处罚', basis: ['admin-penalty 57.1.2', 'admin-penalty 57.1.3'] },
            { target: '移送', guard: '移送司法机关', basis: ['admin-penalty 57.1.4'] },
          ],
        },
      },
      送达: {
        step: 'deliver',
        actor: '执法机构',
        action: '宣告后当场交付；当事人不在场的，七日内依照民事诉讼法送达；经同意可以电子方式送达',
        basis: ['admin-penalty 61'],
        deadline: { within: 7, unit: 'workday', basis: ['admin-penalty 61.1', 'admin-penalty 85'], note: '当事人不在场时' },
        documents: ['行政处罚决定书', '送达回证'],
        on: { 送达完毕: '执行' },
      },
      执行: {
        step: 'execute',
        actor: '当事人',
        action: '自收到决定书之日起十五日内到指定银行或者通过电子支付系统缴纳罚款（罚缴分离）',
        basis: ['admin-penalty 66', 'admin-penalty 67'],
        deadline: { within: 15, unit: 'day', basis: ['admin-penalty 67.3'], note: '自收到行政处罚决定书之日起' },
        risk: { level: 'medium', text: '自行收缴罚款，截留、私分罚款', controls: ['罚缴分离', '使用财政部门统一制发的票据'], owner: '财务负责人' },
        on: { 履行完毕: '结案', 逾期不履行: '强制执行' },
      },
      强制执行: {
        step: 'execute',
        actor: '执法机构',
        action: '每日按罚款数额的百分之三加处罚款（不超过罚款数额）；依法申请人民法院强制执行',
        basis: ['admin-penalty 72'],
        on: { 执行完毕: '结案' },
      },
      结案: { type: 'final', step: 'close', outcome: 'penalised', action: '结案归档；具有一定社会影响的决定依法公开', basis: ['admin-penalty 47', 'admin-penalty 48'], remedies: true },
      不予立案: { type: 'final', step: 'close', outcome: 'other', description: '不符合立案标准' },
      不予处罚: { type: 'final', step: 'close', outcome: 'not-penalised', basis: ['admin-penalty 57.1.2', 'admin-penalty 57.1.3'] },
      移送: { type: 'final', step: 'close', outcome: 'transferred', basis: ['admin-penalty 27', 'admin-penalty 57.1.4'], description: '违法行为涉嫌犯罪的，移送司法机关' },
    },
  },
  clocks: {
    decision: {
      name: '处罚决定期限',
      within: 90,
      unit: 'day',
      from: '立案',
      until: ['送达', '不予处罚', '移送'],
      warn: 10,
      basis: ['admin-penalty 60'],
      note: '自立案之日起；法律、法规、规章另有规定的，从其规定',
    },
  },
  rights: [
    ...penaltyRights,
    { kind: 'hearing', within: { within: 5, unit: 'workday', note: '自告知之日起' }, basis: ['admin-penalty 63', 'admin-penalty 64.1', 'admin-penalty 85'] },
    reconsideration,
    litigation,
    { kind: 'compensation', basis: ['admin-penalty 7.2'] },
  ],
  accountability: penaltyAccountability,
};

const penaltySummary: PowerTemplate = {
  id: 'penalty-summary',
  category: 'penalty',
  name: { zh: '行政处罚简易程序', en: 'penalty, summary procedure' },
  laws: ['admin-penalty', 'admin-reconsideration', 'admin-litigation'],
  basis: [{ ref: 'admin-penalty 51', role: 'implementing', note: '程序依据（模板）；设定依据待补充' }],
  flow: {
    initial: '现场执法',
    description: '简易程序：现场执法 → 当场告知 → [陈述申辩] → 当场决定 → 当场交付 → 缴纳罚款（或当场收缴）',
    states: {
      现场执法: {
        step: 'investigate',
        actor: '执法人员',
        action: '出示执法证件，核实违法事实；违法事实确凿并有法定依据，对公民处二百元以下、对法人或者其他组织处三千元以下罚款或者警告的，可以当场决定',
        basis: ['admin-penalty 51', 'admin-penalty 52.1'],
        checkpoint: { kind: 'record', basis: ['admin-penalty 47'] },
        on: { 适用简易程序: '当场告知', 转为普通程序: '转普通程序' },
      },
      当场告知: {
        step: 'notify',
        actor: '执法人员',
        action: '告知拟作出的处罚内容及事实、理由、依据和陈述、申辩的权利',
        basis: ['admin-penalty 44', 'admin-penalty 62'],
        checkpoint: { kind: 'notification', basis: ['admin-penalty 44'] },
        on: { 陈述申辩: '陈述申辩', 放弃陈述申辩: '当场决定' },
      },
      陈述申辩: {
        step: 'review',
        actor: '执法人员',
        action: '听取陈述和申辩并复核；成立的应当采纳',
        basis: ['admin-penalty 45'],
        duties: ['不得因当事人陈述、申辩而给予更重的处罚'],
        on: { 复核完毕: '当场决定', 转为普通程序: '转普通程序' },
      },
      当场决定: {
        step: 'decide',
        actor: '执法人员',
        action: '填写预定格式、编有号码的行政处罚决定书，载明法定事项并签名或者盖章',
        basis: ['admin-penalty 51', 'admin-penalty 52.2'],
        risk: { level: 'medium', text: '擅自改变处罚种类、幅度；当场收缴罚款不出具票据', controls: ['执法记录仪全程记录', '当场处罚决定报所属机关备案'], owner: '执法机构负责人' },
        on: {
          作出决定: [
            { target: '交付决定书', guard: '给予处罚', basis: ['admin-penalty 51'] },
            { target: '不予处罚', guard: '不予处罚', basis: ['admin-penalty 45.1'] },
          ],
        },
      },
      交付决定书: {
        step: 'deliver',
        actor: '执法人员',
        action: '当场交付决定书；拒绝签收的在决定书上注明；报所属行政机关备案',
        basis: ['admin-penalty 52.1', 'admin-penalty 52.3'],
        documents: ['当场行政处罚决定书'],
        on: { 仅予警告: '结案', 交付完毕: '缴纳罚款' },
      },
      缴纳罚款: {
        step: 'execute',
        actor: '当事人',
        action: '自收到决定书之日起十五日内到指定银行或者通过电子支付系统缴纳',
        basis: ['admin-penalty 53', 'admin-penalty 67.3'],
        deadline: { within: 15, unit: 'day', basis: ['admin-penalty 67.3'] },
        on: {
          缴纳完毕: '结案',
          当场收缴: { target: '交至行政机关', description: '一百元以下罚款或者不当场收缴事后难以执行的，当场收缴并出具专用票据', basis: ['admin-penalty 68', 'admin-penalty 70'] },
          逾期未缴纳: '强制执行',
        },
      },
      交至行政机关: {
        step: 'execute',
        actor: '执法人员',
        action: '将当场收缴的罚款交至行政机关',
        basis: ['admin-penalty 71'],
        deadline: { within: 2, unit: 'workday', basis: ['admin-penalty 71', 'admin-penalty 85'] },
        risk: { level: 'medium', text: '当场收缴的罚款截留、私分', controls: ['专用票据', '票款核对'], owner: '执法机构负责人' },
        on: { 已交至行政机关: '缴付银行' },
      },
      缴付银行: {
        step: 'execute',
        actor: '行政机关财务人员',
        action: '将罚款缴付指定的银行',
        basis: ['admin-penalty 71'],
        deadline: { within: 2, unit: 'workday', basis: ['admin-penalty 71', 'admin-penalty 85'] },
        on: { 已缴付银行: '结案' },
      },
      强制执行: { step: 'execute', actor: '行政机关', action: '加处罚款；依法申请人民法院强制执行', basis: ['admin-penalty 72'], on: { 执行完毕: '结案' } },
      结案: { type: 'final', step: 'close', outcome: 'penalised', basis: ['admin-penalty 47'], remedies: true },
      不予处罚: { type: 'final', step: 'close', outcome: 'not-penalised', basis: ['admin-penalty 45.1'] },
      转普通程序: { type: 'final', step: 'close', outcome: 'transferred', description: '不符合简易程序条件的，依普通程序立案办理', basis: ['admin-penalty 54'] },
    },
  },
  clocks: {},
  rights: [
    ...penaltyRights,
    { ...reconsideration, text: '对当场作出的行政处罚决定不服的，应当先申请行政复议', basis: ['admin-reconsideration 20.1', 'admin-reconsideration 23.1.1'] },
    { kind: 'litigation', within: { within: 15, unit: 'day', note: '自收到复议决定书之日起' }, basis: ['admin-litigation 45'] },
    { kind: 'compensation', basis: ['admin-penalty 7.2'] },
  ],
  accountability: penaltyAccountability,
};

const coercion: PowerTemplate = {
  id: 'coercion',
  category: 'coercion',
  name: { zh: '行政强制措施（查封、扣押）', en: 'coercive measure (sealing, seizure)' },
  laws: ['admin-coercion', 'admin-reconsideration', 'admin-litigation'],
  basis: [{ ref: 'admin-coercion 18', role: 'implementing', note: '程序依据（模板）；设定依据待补充' }],
  flow: {
    initial: '发现',
    description: '报批 → 实施（两名以上执法人员、通知到场、告知、现场笔录） → 查封扣押期间 → 处理决定；紧急情况当场实施、二十四小时内补批',
    states: {
      发现: { step: 'investigate', actor: '执法人员', action: '发现依法需要采取行政强制措施的情形', on: { 报请批准: '报批', 情况紧急当场实施: '实施' } },
      报批: {
        step: 'review',
        actor: '行政机关负责人',
        action: '实施前向行政机关负责人报告并经批准',
        basis: ['admin-coercion 18.1.1'],
        checkpoint: { kind: 'approval', by: '行政机关负责人', basis: ['admin-coercion 18.1.1'] },
        risk: { level: 'high', text: '无法定依据或者超越范围采取强制措施', controls: ['负责人审批', '法制审核'], owner: '分管负责人' },
        on: { 批准: '实施', 不予批准: '不予实施' },
      },
      实施: {
        step: 'execute',
        actor: '执法人员（两名以上）',
        action: '出示执法证件；通知当事人到场；当场告知理由、依据、权利和救济途径；听取陈述申辩；制作现场笔录；当场交付决定书和清单',
        basis: ['admin-coercion 18', 'admin-coercion 24.1'],
        checkpoint: { kind: 'two-officers', basis: ['admin-coercion 18.1.2'] },
        documents: ['查封（扣押）决定书', '查封（扣押）清单', '现场笔录'],
        on: { 紧急实施补报: '补办批准', 实施完毕: '查封扣押期间' },
      },
      补办批准: {
        step: 'review',
        actor: '行政机关负责人',
        action: '情况紧急当场实施的，二十四小时内向负责人报告并补办批准手续；负责人认为不应当采取的，立即解除',
        basis: ['admin-coercion 19'],
        checkpoint: { kind: 'approval', by: '行政机关负责人', basis: ['admin-coercion 19'] },
        deadline: { within: 24, unit: 'hour', basis: ['admin-coercion 19'] },
        on: { 补办批准: '查封扣押期间', 不予批准: '解除' },
      },
      查封扣押期间: {
        step: 'other',
        actor: '承办机构',
        action: '妥善保管查封、扣押的场所、设施或者财物，查清事实',
        basis: ['admin-coercion 25', 'admin-coercion 26'],
        risk: { level: 'medium', text: '使用、损毁查封扣押的财物，逾期不作处理决定', controls: ['财物登记造册', '期限预警'], owner: '承办机构负责人' },
        on: {
          延长期限: {
            description: '情况复杂的，经行政机关负责人批准可以延长，不得超过三十日，延长决定书面告知当事人',
            basis: ['admin-coercion 25.1', 'admin-coercion 25.2'],
            checkpoint: { kind: 'approval', by: '行政机关负责人', basis: ['admin-coercion 25.1'] },
          },
          需要检测检验鉴定: '检测检验',
          作出处理决定: '处理决定',
        },
      },
      检测检验: {
        step: 'other',
        actor: '承办机构',
        action: '需要检测、检验、检疫或者技术鉴定的，期间不计入查封扣押期限，并书面告知当事人',
        basis: ['admin-coercion 25.3'],
        checkpoint: { kind: 'notification', basis: ['admin-coercion 25.3'] },
        on: { 检测完毕: '查封扣押期间' },
      },
      处理决定: {
        step: 'decide',
        actor: '行政机关负责人',
        action: '在查封、扣押期限内作出处理决定：依法没收、销毁，或者解除查封、扣押',
        basis: ['admin-coercion 27', 'admin-coercion 28'],
        on: {
          作出决定: [
            { target: '依法处理', guard: '没收或者销毁', basis: ['admin-coercion 27'] },
            { target: '解除', guard: '解除', basis: ['admin-coercion 28'] },
          ],
        },
      },
      依法处理: { type: 'final', step: 'close', outcome: 'decided', basis: ['admin-coercion 27'], remedies: true },
      解除: { type: 'final', step: 'close', outcome: 'other', basis: ['admin-coercion 28'], description: '解除查封、扣押，立即退还财物' },
      不予实施: { type: 'final', step: 'close', outcome: 'other', description: '负责人不予批准' },
    },
  },
  clocks: {
    seizure: {
      name: '查封扣押期限',
      within: 30,
      unit: 'day',
      from: '实施',
      until: ['处理决定', '解除'],
      pause: ['检测检验'],
      extend: { by: 30, unit: 'day', on: '延长期限', times: 1 },
      warn: 5,
      basis: ['admin-coercion 25'],
      note: '法律、行政法规另有规定的除外',
    },
  },
  rights: [
    { kind: 'statement', basis: ['admin-coercion 8.1', 'admin-coercion 18.1.6'] },
    { kind: 'defence', basis: ['admin-coercion 8.1', 'admin-coercion 18.1.6'] },
    reconsideration,
    litigation,
    { kind: 'compensation', basis: ['admin-coercion 8.1'] },
  ],
  accountability: [
    { text: '没有法律、法规依据，改变强制对象、条件、方式，违反法定程序实施行政强制的', basis: ['admin-coercion 61'] },
    { text: '扩大查封、扣押范围，使用或者损毁查封、扣押的财物，在法定期间不作出处理决定或者未依法及时解除的', basis: ['admin-coercion 62'] },
    { text: '截留、私分或者变相私分查封、扣押的财物的', basis: ['admin-coercion 63'] },
    { text: '利用行政强制权为单位或者个人谋取利益的', basis: ['admin-coercion 64'] },
  ],
};

const ogi: PowerTemplate = {
  id: 'ogi',
  category: 'other',
  name: { zh: '政府信息公开（依申请公开）', en: 'government information on request' },
  laws: ['ogi-reg', 'admin-reconsideration', 'admin-litigation'],
  basis: [{ ref: 'ogi-reg 27', role: 'establishing' }],
  flow: {
    initial: '申请',
    description: '申请 → 登记（补正） → 审查（征求意见、延期） → 答复',
    states: {
      申请: { step: 'apply', actor: '申请人', action: '以书面形式（含信件、数据电文）提出；书面确有困难的可以口头提出', basis: ['ogi-reg 29'], on: { 提交申请: '登记' } },
      登记: {
        step: 'receive',
        actor: '政府信息公开工作机构',
        action: '登记申请，按第三十一条确定收到申请之日；能够当场答复的当场答复',
        basis: ['ogi-reg 31', 'ogi-reg 33.1'],
        on: { 需要补正: '补正', 登记完成: '审查', 当场答复: '答复' },
      },
      补正: {
        step: 'correction',
        actor: '申请人',
        action: '申请内容不明确的，一次性告知补正事项和合理期限',
        basis: ['ogi-reg 30'],
        documents: ['补正申请告知书'],
        on: { 收到补正: '登记', 逾期未补正: '视为放弃' },
      },
      审查: {
        step: 'review',
        actor: '政府信息公开工作机构',
        action: '检索、保密审查，判断答复类型',
        basis: ['ogi-reg 36', 'ogi-reg 37'],
        risk: { level: 'high', text: '应公开未公开、选择性公开', controls: ['答复文书经法制审核', '全程留痕'], owner: '工作机构负责人' },
        on: {
          征求第三方意见: '征求第三方意见',
          征求其他机关意见: '征求其他机关意见',
          延期: {
            description: '需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长不超过20个工作日',
            basis: ['ogi-reg 33.2'],
            checkpoint: { kind: 'approval', by: '政府信息公开工作机构负责人', basis: ['ogi-reg 33.2'] },
          },
          答复: '答复',
        },
      },
      征求第三方意见: {
        step: 'consult',
        actor: '第三方',
        action: '公开会损害第三方合法权益的，书面征求第三方意见',
        basis: ['ogi-reg 32'],
        deadline: { within: 15, unit: 'workday', basis: ['ogi-reg 32'] },
        on: { 收到意见: '审查', 逾期未提出意见: '审查' },
      },
      征求其他机关意见: {
        step: 'consult',
        actor: '被征求意见机关',
        action: '两个以上行政机关共同制作的，征求相关机关意见；逾期未提出意见的视为同意公开',
        basis: ['ogi-reg 34'],
        deadline: { within: 15, unit: 'workday', basis: ['ogi-reg 34'] },
        on: { 收到意见: '审查', 逾期视为同意: '审查' },
      },
      答复: {
        type: 'final',
        step: 'decide',
        outcome: 'decided',
        action: '按第三十六条作出答复并按申请人要求的形式提供；原则上不收取费用',
        basis: ['ogi-reg 36', 'ogi-reg 40', 'ogi-reg 42'],
        checkpoint: { kind: 'approval', by: '政府信息公开工作机构负责人' },
        remedies: true,
      },
      视为放弃: { type: 'final', step: 'close', outcome: 'withdrawn', basis: ['ogi-reg 30'] },
    },
  },
  clocks: {
    reply: {
      name: '答复期限',
      within: 20,
      unit: 'workday',
      from: '登记',
      until: ['答复'],
      pause: ['征求第三方意见', '征求其他机关意见'],
      extend: { by: 20, unit: 'workday', on: '延期', times: 1 },
      warn: 3,
      basis: ['ogi-reg 33'],
    },
    'correction-notice': { name: '补正告知期限', within: 7, unit: 'workday', from: '登记', until: ['补正', '审查', '答复'], basis: ['ogi-reg 30'] },
  },
  rights: [
    { kind: 'complaint', text: '向上一级行政机关或者政府信息公开工作主管部门投诉、举报', basis: ['ogi-reg 51'] },
    { ...reconsideration, text: '申请政府信息公开，行政机关不予公开的，应当先申请行政复议', basis: ['ogi-reg 51', 'admin-reconsideration 20.1', 'admin-reconsideration 23.1.4'] },
    { ...litigation, basis: ['ogi-reg 51', 'admin-litigation 46.1', 'admin-litigation 45'] },
  ],
  accountability: [
    { text: '未建立健全政府信息公开有关制度、机制的', basis: ['ogi-reg 52'] },
    { text: '不依法履行政府信息公开职能；不及时更新公开的政府信息内容、公开指南和公开目录的', basis: ['ogi-reg 53'] },
  ],
};

const inspection: PowerTemplate = {
  id: 'inspection',
  category: 'inspection',
  name: { zh: '行政检查', en: 'inspection' },
  laws: ['admin-penalty', 'admin-reconsideration', 'admin-litigation'],
  basis: [{ ref: 'admin-penalty 54.1', role: 'implementing', note: '程序依据（模板）；设定依据待补充' }],
  limitClock: { from: '检查实施', until: ['检查结论'] },
  flow: {
    initial: '制定检查计划',
    description: '制定检查计划 → 通知（暗访不通知） → 检查实施 → 检查结论 → 处理 → 结果公开',
    states: {
      制定检查计划: { step: 'other', actor: '承办机构', action: '制定检查方案，随机抽取检查对象、随机选派执法检查人员', on: { 通知检查对象: '通知', 不予通知直接检查: '检查实施' } },
      通知: { step: 'notify', actor: '承办机构', action: '告知检查事项和时间（依法可以不通知的除外）', checkpoint: { kind: 'notification' }, on: { 开始检查: '检查实施' } },
      检查实施: {
        step: 'investigate',
        actor: '执法人员（两名以上）',
        action: '出示执法证件；查阅资料、查看现场、听取陈述申辩；检查制作笔录',
        basis: ['admin-penalty 55'],
        checkpoint: { kind: 'two-officers', basis: ['admin-penalty 42.1'] },
        documents: ['现场检查笔录'],
        risk: { level: 'medium', text: '随意检查、重复检查，妨碍正常生产经营，索取或者收受财物', controls: ['双随机抽查', '执法全过程记录'], owner: '承办机构负责人' },
        on: { 检查完毕: '检查结论' },
      },
      检查结论: {
        step: 'review',
        actor: '承办机构',
        action: '形成检查结论',
        on: { 未发现问题: '结果公开', 责令改正: '整改复查', 发现违法需要处罚: '移交立案' },
      },
      整改复查: { step: 'execute', actor: '承办机构', action: '责令限期改正并复查', on: { 整改到位: '结果公开', 拒不改正: '移交立案' } },
      结果公开: { step: 'publish', actor: '承办机构', action: '检查结果依法公开', checkpoint: { kind: 'publicity' }, on: { 公开完毕: '办结' } },
      办结: { type: 'final', step: 'close', outcome: 'decided' },
      移交立案: { type: 'final', step: 'close', outcome: 'transferred', description: '发现违法行为，依法立案处罚或者采取强制措施', basis: ['admin-penalty 54.2'] },
    },
  },
  clocks: {},
  rights: [
    { kind: 'statement', text: '执法人员不出示执法证件的，有权拒绝接受检查', basis: ['admin-penalty 55.1'] },
    reconsideration,
    litigation,
    { kind: 'compensation', basis: ['admin-penalty 81'] },
  ],
  accountability: [{ text: '违法实施检查措施，给公民人身或者财产造成损害、给法人或者其他组织造成损失的', basis: ['admin-penalty 81'] }],
};

/** The application-based skeleton shared by payment, confirmation, adjudication and other. */
function applicationFlow(kind: 'payment' | 'confirmation' | 'other'): FlowDocument {
  const words = {
    payment: { decide: '决定给付', yes: '给付', no: '不予给付', deliver: '发放', publicity: true },
    confirmation: { decide: '确认决定', yes: '确认', no: '不予确认', deliver: '送达发证', publicity: false },
    other: { decide: '决定', yes: '准予', no: '不予', deliver: '送达', publicity: false },
  }[kind];
  const afterReview = words.publicity ? '公示' : '决定';
  return {
    initial: '申请',
    description: words.publicity ? '申请 → 受理（补正） → 审查核实 → 公示 → 决定 → 发放' : '申请 → 受理（补正） → 审查核实 → 决定 → 送达',
    states: {
      申请: { step: 'apply', actor: '申请人', action: '提出申请，提交申请材料', on: { 提交申请: '接收' } },
      接收: {
        step: 'receive',
        actor: '受理窗口',
        action: '核对材料是否齐全、符合法定形式；不齐全的一次性告知补正',
        risk: { level: 'medium', text: '应当受理而不受理，不一次告知补正内容', controls: ['公示申请材料目录', '补正内容一次性书面告知'], owner: '窗口负责人' },
        on: { 需要补正: '补正', 受理: '受理', 不予受理: '不予受理' },
      },
      补正: { step: 'correction', actor: '申请人', action: '按一次告知的内容补正材料', documents: ['补正材料通知书'], on: { 提交补正材料: '接收', 撤回申请: '撤回' } },
      受理: { step: 'accept', actor: '受理窗口', action: '出具受理凭证', checkpoint: { kind: 'notification' }, documents: ['受理通知书'], on: { 转入审查: '审查' } },
      审查: {
        step: 'review',
        actor: '承办机构',
        action: '审查申请材料，必要时调查核实',
        risk: { level: kind === 'payment' ? 'high' : 'medium', text: '审查不严或者擅自增减条件，优亲厚友', controls: ['按公布的条件逐项审查', '两人以上核查', '审查意见留痕'], owner: '科室负责人' },
        on: { 需要调查核实: '调查核实', 审查完毕: afterReview },
      },
      调查核实: { step: 'investigate', actor: '承办机构（两名以上工作人员）', action: '入户调查、核实有关情况', checkpoint: { kind: 'two-officers' }, on: { 核实完毕: '审查' } },
      ...(words.publicity
        ? {
            公示: {
              step: 'publish' as const,
              actor: '承办机构',
              action: '对拟给付对象予以公示，接受异议',
              checkpoint: { kind: 'publicity' as const },
              on: { 有异议: '复核', 公示无异议: '决定' },
            },
            复核: { step: 'review' as const, actor: '承办机构', action: '对异议进行复核', on: { 复核完毕: '决定' } },
          }
        : {}),
      决定: {
        step: 'decide',
        actor: '本机关负责人',
        action: `${words.decide}；${words.no}的书面告知理由和救济途径`,
        checkpoint: { kind: 'approval', by: '本机关负责人' },
        risk: { level: 'high', text: `对不符合条件的${words.yes}，对符合条件的${words.no}`, controls: ['负责人审批', '结果公开'], owner: '分管负责人' },
        on: {
          作出决定: [
            { target: words.deliver, guard: words.yes },
            { target: words.no, guard: words.no },
          ],
        },
      },
      [words.deliver]: { step: kind === 'payment' ? 'execute' : 'deliver', actor: '承办机构', action: words.deliver, on: { 办理完毕: '办结' } },
      办结: { type: 'final', step: 'close', outcome: kind === 'payment' ? 'granted' : 'decided', remedies: true },
      [words.no]: { type: 'final', step: 'deliver', outcome: 'refused', documents: [`${words.no}决定书（说明理由）`], remedies: true },
      不予受理: { type: 'final', step: 'decide', outcome: 'not-accepted', remedies: true },
      撤回: { type: 'final', step: 'close', outcome: 'withdrawn' },
    },
  };
}

const applicationRights: readonly RightDocument[] = [reconsideration, litigation];

const payment: PowerTemplate = {
  id: 'payment',
  category: 'payment',
  name: { zh: '行政给付', en: 'administrative payment' },
  laws: ['admin-reconsideration', 'admin-litigation'],
  basis: [{ ref: 'admin-litigation 12.1.10', role: 'implementing', note: '模板占位：给付的设定依据待补充' }],
  limitClock: { from: '受理', until: ['决定'] },
  flow: applicationFlow('payment'),
  clocks: {},
  rights: applicationRights,
  accountability: [{ text: '对符合条件的申请不予给付、对不符合条件的申请给予给付，或者截留、挪用、私分给付资金的', basis: [] }],
};

const confirmation: PowerTemplate = {
  id: 'confirmation',
  category: 'confirmation',
  name: { zh: '行政确认', en: 'administrative confirmation' },
  laws: ['admin-reconsideration', 'admin-litigation'],
  basis: [{ ref: 'admin-reconsideration 20.1', role: 'implementing', note: '模板占位：确认的设定依据待补充' }],
  limitClock: { from: '受理', until: ['决定'] },
  flow: applicationFlow('confirmation'),
  clocks: {},
  rights: applicationRights,
  accountability: [{ text: '对符合条件的申请不予确认、对不符合条件的申请予以确认，或者不在规定期限内作出确认的', basis: [] }],
};

const other: PowerTemplate = {
  id: 'other',
  category: 'other',
  name: { zh: '其他行政权力', en: 'other administrative power' },
  laws: ['admin-reconsideration', 'admin-litigation'],
  basis: [{ ref: 'admin-reconsideration 20.1', role: 'implementing', note: '模板占位：设定依据待补充' }],
  limitClock: { from: '受理', until: ['决定'] },
  flow: applicationFlow('other'),
  clocks: {},
  rights: applicationRights,
  accountability: [{ text: '不依法履行职责，或者滥用职权、玩忽职守、徇私舞弊的', basis: [] }],
};

const levy: PowerTemplate = {
  id: 'levy',
  category: 'levy',
  name: { zh: '行政征收', en: 'administrative levy' },
  laws: ['admin-coercion', 'admin-reconsideration', 'admin-litigation'],
  basis: [{ ref: 'admin-coercion 45', role: 'implementing', note: '模板占位：征收的设定依据待补充' }],
  limitClock: { from: '核定', until: ['征收决定'] },
  flow: {
    initial: '申报',
    description: '申报 → 核定 → 征收决定 → 缴纳 → 开具票据；逾期不缴纳的加处滞纳金、催告、强制执行',
    states: {
      申报: { step: 'apply', actor: '缴纳义务人', action: '按规定申报，或者由征收机关依职权调查', on: { 申报完毕: '核定' } },
      核定: {
        step: 'review',
        actor: '承办机构',
        action: '审核申报材料，核定征收项目、标准和数额',
        risk: { level: 'high', text: '擅自减免、少征多征，人情征收', controls: ['按公布的项目和标准核定', '减免须集体研究'], owner: '科室负责人' },
        on: { 核定完毕: '征收决定' },
      },
      征收决定: {
        step: 'decide',
        actor: '本机关负责人',
        action: '作出征收决定，书面通知缴纳义务人缴纳项目、数额、期限和救济途径',
        checkpoint: { kind: 'approval', by: '本机关负责人' },
        documents: ['征收决定书（缴款通知书）'],
        on: { 送达: '缴纳' },
      },
      缴纳: { step: 'execute', actor: '缴纳义务人', action: '按期缴纳', on: { 缴纳完毕: '开具票据', 逾期未缴纳: '加处滞纳金' } },
      加处滞纳金: {
        step: 'execute',
        actor: '承办机构',
        action: '依法加处罚款或者滞纳金，标准应当告知当事人',
        basis: ['admin-coercion 45'],
        on: { 缴纳完毕: '开具票据', 超过三十日仍不履行: '催告' },
      },
      催告: {
        step: 'notify',
        actor: '承办机构',
        action: '书面催告履行期限、方式、金额和陈述申辩权利',
        basis: ['admin-coercion 35', 'admin-coercion 46'],
        checkpoint: { kind: 'notification', basis: ['admin-coercion 35'] },
        documents: ['催告书'],
        on: { 缴纳完毕: '开具票据', 催告期满仍不履行: '强制执行' },
      },
      强制执行: {
        step: 'execute',
        actor: '承办机构',
        action: '依法强制执行；没有行政强制执行权的，申请人民法院强制执行（催告书送达十日后）',
        basis: ['admin-coercion 46', 'admin-coercion 53', 'admin-coercion 54'],
        on: { 执行完毕: '办结' },
      },
      开具票据: { step: 'close', actor: '承办机构', action: '开具财政部门统一制发的票据', on: { 归档: '办结' } },
      办结: { type: 'final', step: 'close', outcome: 'decided', remedies: true },
    },
  },
  clocks: {},
  rights: [{ kind: 'statement', basis: ['admin-coercion 36'] }, { kind: 'defence', basis: ['admin-coercion 36'] }, reconsideration, litigation],
  accountability: [{ text: '违法实施行政强制执行，或者擅自收费、不按照法定项目和标准征收的', basis: ['admin-coercion 61'] }],
};

const reward: PowerTemplate = {
  id: 'reward',
  category: 'reward',
  name: { zh: '行政奖励', en: 'administrative reward' },
  laws: ['admin-reconsideration', 'admin-litigation'],
  basis: [{ ref: 'admin-reconsideration 20.1', role: 'implementing', note: '模板占位：奖励的设定依据待补充' }],
  flow: {
    initial: '推荐申报',
    description: '推荐申报 → 审核 → 评审 → 公示 → 决定 → 颁奖公开',
    states: {
      推荐申报: { step: 'apply', actor: '推荐单位或者申报人', action: '按通知推荐或者申报', on: { 提交材料: '审核' } },
      审核: { step: 'review', actor: '承办机构', action: '审核申报材料是否符合条件', on: { 符合条件: '评审', 不符合条件: '不予奖励' } },
      评审: {
        step: 'review',
        actor: '评审委员会',
        action: '按公布的标准评审，提出拟奖励名单',
        checkpoint: { kind: 'collective-decision', by: '评审委员会' },
        risk: { level: 'medium', text: '暗箱操作、优亲厚友', controls: ['评审标准公开', '评审专家回避'], owner: '承办机构负责人' },
        on: { 评审完毕: '公示' },
      },
      公示: { step: 'publish', actor: '承办机构', action: '公示拟奖励名单，接受异议', checkpoint: { kind: 'publicity' }, on: { 有异议: '复核', 公示无异议: '决定' } },
      复核: { step: 'review', actor: '承办机构', action: '核实异议', on: { 复核完毕: '决定' } },
      决定: {
        step: 'decide',
        actor: '本机关负责人',
        action: '作出奖励决定',
        checkpoint: { kind: 'approval', by: '本机关负责人' },
        on: { 作出决定: [{ target: '颁奖公开', guard: '奖励' }, { target: '不予奖励', guard: '不予奖励' }] },
      },
      颁奖公开: { step: 'publish', actor: '承办机构', action: '颁发奖励并公开', checkpoint: { kind: 'publicity' }, on: { 颁发完毕: '办结' } },
      办结: { type: 'final', step: 'close', outcome: 'granted' },
      不予奖励: { type: 'final', step: 'close', outcome: 'refused' },
    },
  },
  clocks: {},
  rights: [{ kind: 'complaint', text: '对评审和公示结果提出异议、投诉举报' }, reconsideration, litigation],
  accountability: [{ text: '在奖励评审中弄虚作假、徇私舞弊的', basis: [] }],
};

const adjudication: PowerTemplate = {
  id: 'adjudication',
  category: 'adjudication',
  name: { zh: '行政裁决', en: 'administrative adjudication' },
  laws: ['admin-reconsideration', 'admin-litigation'],
  basis: [{ ref: 'admin-reconsideration 20.1', role: 'implementing', note: '模板占位：裁决的设定依据待补充' }],
  limitClock: { from: '受理', until: ['裁决', '调解结案'] },
  flow: {
    initial: '申请',
    description: '申请 → 受理 → 通知答辩 → 调查 / 调解 → 裁决 → 送达',
    states: {
      申请: { step: 'apply', actor: '申请人', action: '就与行政管理活动密切相关的民事纠纷申请裁决', on: { 提交申请: '接收' } },
      接收: { step: 'receive', actor: '承办机构', action: '审查申请是否符合受理条件', on: { 需要补正: '补正', 受理: '受理', 不予受理: '不予受理' } },
      补正: { step: 'correction', actor: '申请人', action: '补正申请材料', on: { 提交补正材料: '接收', 撤回申请: '撤回' } },
      受理: { step: 'accept', actor: '承办机构', action: '受理并通知被申请人', checkpoint: { kind: 'notification' }, on: { 通知答辩: '答辩' } },
      答辩: { step: 'notify', actor: '被申请人', action: '在规定期限内提交答辩书和证据', on: { 答辩期满: '调查' } },
      调查: {
        step: 'investigate',
        actor: '承办机构（两名以上工作人员）',
        action: '调查核实证据，听取双方意见；可以组织调解',
        checkpoint: { kind: 'recusal' },
        risk: { level: 'high', text: '偏袒一方当事人，违法裁决', controls: ['回避制度', '听取双方意见', '裁决书说明理由'], owner: '承办机构负责人' },
        on: { 组织调解: '调解', 调查终结: '裁决' },
      },
      调解: { step: 'other', actor: '承办机构', action: '在自愿、合法基础上调解', on: { 调解成功: '调解结案', 调解不成: '裁决' } },
      裁决: { step: 'decide', actor: '本机关负责人', action: '作出裁决，制作裁决书，告知救济途径', checkpoint: { kind: 'approval', by: '本机关负责人' }, documents: ['行政裁决书'], on: { 送达: '送达' } },
      送达: { step: 'deliver', actor: '承办机构', action: '向双方当事人送达裁决书', on: { 送达完毕: '办结' } },
      办结: { type: 'final', step: 'close', outcome: 'decided', remedies: true },
      调解结案: { type: 'final', step: 'close', outcome: 'other', documents: ['调解书'] },
      不予受理: { type: 'final', step: 'decide', outcome: 'not-accepted', remedies: true },
      撤回: { type: 'final', step: 'close', outcome: 'withdrawn' },
    },
  },
  clocks: {},
  rights: applicationRights,
  accountability: [{ text: '偏袒一方当事人、违法裁决或者不在规定期限内作出裁决的', basis: [] }],
};

/** Every template, by id. */
export const templates: Readonly<Record<TemplateId, PowerTemplate>> = {
  licensing,
  penalty,
  'penalty-summary': penaltySummary,
  coercion,
  levy,
  payment,
  inspection,
  confirmation,
  reward,
  adjudication,
  ogi,
  other,
};
