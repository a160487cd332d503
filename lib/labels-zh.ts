/**
 * Chinese labels of the codes the hub sends, for people: every enum of the supergraph by type,
 * and the programmes' eligibility condition codes. Programs (jsonl, GraphQL) keep the stable codes;
 * tables, CSV and workbooks show these labels. cli/labels.test.ts checks that every enum value a
 * CLI operation can receive has one here.
 */
import { DEPARTMENT_INFO, type Department } from './departments.js';
import { RULE_LABELS_ZH } from './rules.js';
import { COMPLAINT_CATEGORIES } from './disclosure-input.js';

/** Shown for a code the department holds but the hub does not know (the stored code is beside it). */
const UNRECOGNISED = '未识别代码';

const DEPARTMENT_LABELS = Object.fromEntries(Object.entries(DEPARTMENT_INFO).map(([code, info]) => [code, info.nameZh])) as Record<Department, string>;

const ROLLUP_DIMENSIONS = {
  PROGRAMME: '项目',
  PERIOD: '期间',
  FUNDING_LEVEL: '资金级次',
  DEPARTMENT: '主管部门',
  STATUS: '状态',
  COUNTY: '发放县区',
};

export const ENUM_LABELS_ZH = {
  AccountType: { SOCIAL_SECURITY_CARD: '社保卡金融账户', BANK_CARD: '银行卡', PASSBOOK: '存折', UNRECOGNISED },
  BatchCheck: { SAME_USER_ENTERED_AND_APPROVED: '录入与审核为同一人', SENT_BEFORE_APPROVAL: '未审核先送银行', SENT_AFTER_DEADLINE: '超过发放期限送银行' },
  BatchCheckOutcome: { PASSED: '通过', FLAGGED: '发现问题', CANNOT_BE_CHECKED: '无法核查', NOT_CHECKED: '未核查' },
  BatchStatus: { DRAFTED: '已制单', APPROVED: '已审核', SENT_TO_BANK: '已送银行', PAID: '已发放', PARTLY_FAILED: '部分失败', UNRECOGNISED },
  CardStatus: { NOT_ACTIVATED: '未激活', ACTIVE: '正常', REPORTED_LOST: '挂失', CANCELLED: '注销', UNRECOGNISED },
  CrosscheckDepartment: DEPARTMENT_LABELS,
  CrosscheckRule: RULE_LABELS_ZH,
  CrosscheckRunStatus: { RUNNING: '核查中', COMPLETED: '已完成', COMPLETED_WITH_GAPS: '已完成（部分未核查）', FAILED: '失败' },
  CrosscheckScopeKind: { BATCH: '单个批次', BATCHES: '多个批次', PROGRAMME: '项目当期', PERIOD: '当期全部项目' },
  DibaoCategory: { URBAN: '城市低保', RURAL: '农村低保', UNRECOGNISED },
  DisabilityCategory: {
    VISUAL: '视力残疾',
    HEARING: '听力残疾',
    SPEECH: '言语残疾',
    PHYSICAL: '肢体残疾',
    INTELLECTUAL: '智力残疾',
    MENTAL: '精神残疾',
    MULTIPLE: '多重残疾',
    UNRECOGNISED,
  },
  EmployerType: { GOVERNMENT_ORGAN: '机关', PUBLIC_INSTITUTION: '事业单位', ENTERPRISE: '企业', OTHER: '其他', UNRECOGNISED },
  FindingActionKind: { STOP: '停发', VERIFIED: '核实无误', CORRECTED: '已更正' },
  FollowUpStatus: { OPEN: '待处理', STOPPED: '已停发', VERIFIED: '核实无误', CORRECTED: '已更正' },
  FundingLevel: { CENTRAL: '中央', PROVINCIAL: '省级', MUNICIPAL: '市级', COUNTY: '县级', UNRECOGNISED },
  HouseholdRelation: { SELF: '本人', SPOUSE: '配偶', CHILD: '子女', PARENT: '父母', OTHER: '其他', UNRECOGNISED },
  PaymentCycle: { MONTHLY: '按月', QUARTERLY: '按季', YEARLY: '按年', ONE_OFF: '一次性', UNRECOGNISED },
  PaymentLineStatus: { PENDING: '待到账', CREDITED: '已入账', FAILED: '发放失败', UNRECOGNISED },
  PaymentRollupDimension: ROLLUP_DIMENSIONS,
  RecoveryStatus: { PENDING: '待追回', PARTIAL: '部分追回', RECOVERED: '已追回', WRITTEN_OFF: '核销' },
  RegistrationStatus: { NORMAL: '正常', DECEASED: '死亡', CANCELLED: '注销', UNRECOGNISED },
  ResponsibleDepartment: {
    FINANCE: '财政',
    CIVIL_AFFAIRS: '民政',
    HR: '人社',
    DISABILITY: '残联',
    AGRICULTURE: '农业农村',
    HEALTH: '卫健',
    EDUCATION: '教育',
    VETERANS: '退役军人',
    UNRECOGNISED,
  },
  ReviewDecision: { CONFIRMED: '已确认', DISMISSED: '已排除' },
  RollupDimension: { ...ROLLUP_DIMENSIONS, TOWNSHIP: '乡镇（户籍）', VILLAGE: '村/社区（户籍）' },
  SentenceType: {
    FIXED_TERM_IMPRISONMENT: '有期徒刑',
    LIFE_IMPRISONMENT: '无期徒刑',
    DEATH_WITH_REPRIEVE: '死刑缓期执行',
    CRIMINAL_DETENTION: '拘役',
    PUBLIC_SURVEILLANCE: '管制',
    SUSPENDED_SENTENCE: '缓刑',
    UNRECOGNISED,
  },
  WriteOffDecision: { PENDING: '待审批', APPROVED: '已批准', REJECTED: '已驳回' },
  Sex: { MALE: '男', FEMALE: '女', UNKNOWN: '未知' },
  SupportForm: { INSTITUTIONAL: '集中供养', AT_HOME: '分散供养', UNRECOGNISED },
} satisfies Record<string, Record<string, string>>;

/**
 * Codes the schema carries as String rather than as an enum (the disclosure subgraph's complaints),
 * labelled like the enums; kept apart so the check against the schema's enums does not see them.
 */
export const TEXT_CODE_LABELS_ZH = {
  ComplaintStatusCode: { RECEIVED: '已受理', IN_PROGRESS: '办理中', CLOSED: '已办结' },
  ComplaintStepKind: { REPLY: '答复', TRANSFER: '转办', CLOSE: '办结' },
  // The words the public chose the category by on the site.
  ComplaintCategory: COMPLAINT_CATEGORIES,
  ComplaintDeadline: { OVERDUE: '超期' },
} satisfies Record<string, Record<string, string>>;

const LABELS_ZH = { ...ENUM_LABELS_ZH, ...TEXT_CODE_LABELS_ZH };

export type LabelledEnum = keyof typeof LABELS_ZH;

/** The label of `code` of enum `type`; a code without one is shown as it is rather than lost. */
export function enumLabel(type: LabelledEnum, code: string): string {
  return (LABELS_ZH[type] as Record<string, string>)[code] ?? code;
}

/** The programmes' eligibility condition codes (BT_XM.ZGTJ), which travel as text, not as an enum. */
export const ELIGIBILITY_CONDITION_LABELS_ZH: Record<string, string> = {
  DIBAO: '低保对象',
  TEKUN: '特困供养人员',
  DISABLED_ANY: '持有效残疾人证',
  DISABLED_SEVERE: '持有效一、二级残疾人证',
  DIBAO_DISABLED: '低保对象且持有效残疾人证',
  AGE_80: '年满80周岁',
};

export function eligibilityConditionLabel(code: string): string {
  return ELIGIBILITY_CONDITION_LABELS_ZH[code] ?? code;
}
