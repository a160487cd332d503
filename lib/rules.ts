/**
 * The cross-check rules of the hub, by code: the one list every part of the hub names them from
 * (engine, store, CLI exports, the sample generator's reference evaluator).
 */
export const RULES = [
  'ID_INVALID',
  'PERSON_UNKNOWN',
  'NAME_MISMATCH',
  'DECEASED',
  'REGISTRATION_CANCELLED',
  'REGION_MISMATCH',
  'IN_CUSTODY',
  'DUPLICATE_PAYMENT',
  'ACCOUNT_NOT_REGISTERED',
  'MULTIPLE_ACCOUNTS',
  'CARD_HOLDER_MISMATCH',
  'CARD_NOT_ACTIVE',
  'AMOUNT_ABOVE_STANDARD',
  'NOT_ON_DIBAO',
  'NOT_SUPPORTED_PERSON',
  'NO_VALID_DISABILITY_CERT',
  'DISABILITY_LEVEL_TOO_LOW',
  'UNDER_AGE',
  'PUBLIC_EMPLOYEE_ON_DIBAO',
] as const;

export type Rule = (typeof RULES)[number];

export function isRule(value: string): value is Rule {
  return (RULES as readonly string[]).includes(value);
}

/** Chinese names of the rules, for analysts' exports (xlsx sheet names, table headings). */
export const RULE_LABELS_ZH: Record<Rule, string> = {
  ID_INVALID: '身份证号无效',
  PERSON_UNKNOWN: '户籍无此人',
  NAME_MISMATCH: '姓名不符',
  DECEASED: '已死亡',
  REGISTRATION_CANCELLED: '户籍已注销',
  REGION_MISMATCH: '户籍地不符',
  IN_CUSTODY: '服刑在押',
  DUPLICATE_PAYMENT: '重复发放',
  ACCOUNT_NOT_REGISTERED: '账户未登记',
  MULTIPLE_ACCOUNTS: '一人多户',
  CARD_HOLDER_MISMATCH: '社保卡持卡人不符',
  CARD_NOT_ACTIVE: '社保卡未激活或停用',
  AMOUNT_ABOVE_STANDARD: '超标准发放',
  NOT_ON_DIBAO: '非低保对象',
  NOT_SUPPORTED_PERSON: '非特困供养人员',
  NO_VALID_DISABILITY_CERT: '无有效残疾人证',
  DISABILITY_LEVEL_TOO_LOW: '残疾等级不符',
  UNDER_AGE: '未满80周岁',
  PUBLIC_EMPLOYEE_ON_DIBAO: '机关事业单位人员享受低保',
};
