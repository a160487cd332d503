/**
 * What the department responsible for a programme is told about a finding, per rule: the fact it
 * must act on, without the details of another department's records (no sentence, no date of
 * death, no other person's card). The full evidence stays with finance and the deciding department.
 */
import type { Rule } from './rules.js';

export const FINDING_SUMMARIES_ZH: Readonly<Record<Rule, string>> = {
  ID_INVALID: '身份证号码无效',
  PERSON_UNKNOWN: '户籍登记中查无此人',
  NAME_MISMATCH: '姓名与户籍登记不一致',
  DECEASED: '发放期间前已死亡',
  REGISTRATION_CANCELLED: '发放期间前户籍已注销',
  REGION_MISMATCH: '户籍不在发放县区',
  IN_CUSTODY: '发放期间起始日在押',
  DUPLICATE_PAYMENT: '同一项目同一期间重复发放（本笔为后发）',
  ACCOUNT_NOT_REGISTERED: '收款账户不是本人在用的登记账户',
  MULTIPLE_ACCOUNTS: '本人登记有多个在用账户（一人多卡）',
  CARD_HOLDER_MISMATCH: '收款账户为他人社保卡账户',
  CARD_NOT_ACTIVE: '收款社保卡未处于正常状态',
  AMOUNT_ABOVE_STANDARD: '发放金额高于补助标准',
  NOT_ON_DIBAO: '发放期间起始日不在低保保障范围',
  NOT_SUPPORTED_PERSON: '发放期间起始日无特困供养记录',
  NO_VALID_DISABILITY_CERT: '发放期间起始日无有效残疾人证',
  DISABILITY_LEVEL_TOO_LOW: '残疾等级未达到重度（一、二级）',
  UNDER_AGE: '发放期间起始日未满80周岁',
  PUBLIC_EMPLOYEE_ON_DIBAO: '发放期间起始日在机关事业单位参保就业',
};
