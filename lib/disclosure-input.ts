/**
 * What the public may send, checked with messages in Chinese. Used twice on purpose: by the site's
 * server, so a mistake is answered at once and next to the field, and by the disclosure subgraph,
 * which cannot trust that a request came through the site (anyone may call the gateway).
 */
import { idNumberProblem, normaliseIdNumber } from './id-number.js';
import { trimLegacyText } from './text.js';
import { periodStart } from './dates.js';

export const COMPLAINT_CATEGORIES = {
  FRAUD: '冒领骗取补贴',
  WRONG_PAYMENT: '错发（发给不符合条件的人或金额不对）',
  MISSED_PAYMENT: '漏发（符合条件但没有发放）',
  DEDUCTION: '克扣、截留、挪用',
  NOT_CREDITED: '补贴未到账',
  OTHER: '其他问题',
} as const;
export type ComplaintCategory = keyof typeof COMPLAINT_CATEGORIES;

export const LIMITS = {
  nameMax: 30,
  descriptionMin: 10,
  descriptionMax: 1000,
  contactNameMax: 30,
  searchMax: 20,
} as const;

/** One problem with one field: `field` is the form field (and input field) it belongs to. */
export interface FieldProblem {
  field: string;
  message: string;
}

export class InputProblems extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => p.message).join('；'));
    this.name = 'InputProblems';
  }
}

/** Characters counted as a person sees them (a CJK character or an emoji is one). */
export function length(text: string): number {
  return Array.from(text).length;
}

/** Strips what a browser or an input method leaves around a value; control characters are refused below. */
export function clean(value: unknown): string {
  return typeof value === 'string' ? trimLegacyText(value) : '';
}

// Line breaks are allowed in the description only; other control characters never.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROL_OR_NEWLINE = /[\u0000-\u001F\u007F]/;

export function idNumberMessage(raw: string): string | null {
  const id = normaliseIdNumber(raw);
  if (id === '') return '请填写身份证号码';
  switch (idNumberProblem(id)) {
    case null:
      return null;
    case 'LENGTH':
      return `身份证号码应为18位，现在是${length(id)}位`;
    case 'CHARACTERS':
      return '身份证号码应为17位数字加最后一位数字或X';
    case 'BIRTH_DATE':
      return '身份证号码中的出生日期不正确，请核对';
    case 'CHECK_CHARACTER':
      return '身份证号码校验位不正确，请核对是否输错';
  }
}

function personName(raw: unknown, field: string, required: boolean, problems: FieldProblem[]): string | null {
  const name = clean(raw);
  if (name === '') {
    if (required) problems.push({ field, message: '请填写姓名' });
    return null;
  }
  if (CONTROL_OR_NEWLINE.test(name)) problems.push({ field, message: '姓名中不能有换行或特殊控制字符' });
  else if (length(name) > LIMITS.nameMax) problems.push({ field, message: `姓名最多${LIMITS.nameMax}个字` });
  else if (/\d/.test(name)) problems.push({ field, message: '姓名中不能有数字' });
  return name;
}

export interface LookupInput {
  name: string;
  idNumber: string;
}

/** 个人查询: both fields required; the ID number normalised (trimmed, upper-case X). */
export function validateLookup(raw: { name?: unknown; idNumber?: unknown }): LookupInput {
  const problems: FieldProblem[] = [];
  const name = personName(raw.name, 'name', true, problems);
  const idText = clean(raw.idNumber);
  const idProblem = idNumberMessage(idText);
  if (idProblem) problems.push({ field: 'idNumber', message: idProblem });
  if (problems.length) throw new InputProblems(problems);
  return { name: name!, idNumber: normaliseIdNumber(idText) };
}

export interface ComplaintInput {
  programmeCode: string;
  batchNumber: string | null;
  period: string | null;
  category: ComplaintCategory;
  description: string;
  subjectIdNumber: string | null;
  contactName: string | null;
  contactPhone: string | null;
}

// Mainland mobile numbers, or a landline with an optional area code and extension.
const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?|\d{7,8})$/;
const CODE = /^[A-Za-z0-9_-]{1,30}$/;

/** 投诉举报: every problem at once, so the form can mark each field. */
export function validateComplaint(raw: Record<string, unknown>): ComplaintInput {
  const problems: FieldProblem[] = [];
  const programmeCode = clean(raw.programmeCode);
  if (programmeCode === '') problems.push({ field: 'programmeCode', message: '请选择所反映的补贴项目' });
  else if (!CODE.test(programmeCode)) problems.push({ field: 'programmeCode', message: '补贴项目代码不正确，请从列表中选择' });

  const batchNumber = clean(raw.batchNumber) || null;
  if (batchNumber !== null && !CODE.test(batchNumber)) {
    problems.push({ field: 'batchNumber', message: '发放批次号只能包含字母、数字和短横线，最多30位' });
  }
  const periodText = clean(raw.period).replace(/[-年月/.\s]/g, '') || null;
  if (periodText !== null && (!/^\d{6}$/.test(periodText) || !periodStart(periodText))) {
    problems.push({ field: 'period', message: '发放期间应写成年月，例如 202403' });
  }

  const categoryText = clean(raw.category);
  if (!(categoryText in COMPLAINT_CATEGORIES)) problems.push({ field: 'category', message: '请选择问题类型' });

  const description = typeof raw.description === 'string' ? raw.description.replace(/\r\n?/g, '\n').trim() : '';
  if (description === '') problems.push({ field: 'description', message: '请描述具体情况' });
  else if (CONTROL.test(description)) problems.push({ field: 'description', message: '情况描述中有无法识别的特殊字符，请删除后再提交' });
  else if (length(description) < LIMITS.descriptionMin) {
    problems.push({ field: 'description', message: `情况描述至少${LIMITS.descriptionMin}个字，现在是${length(description)}个字` });
  } else if (length(description) > LIMITS.descriptionMax) {
    problems.push({ field: 'description', message: `情况描述最多${LIMITS.descriptionMax}个字，现在是${length(description)}个字` });
  }

  const subjectText = clean(raw.subjectIdNumber);
  let subjectIdNumber: string | null = null;
  if (subjectText !== '') {
    const problem = idNumberMessage(subjectText);
    if (problem) problems.push({ field: 'subjectIdNumber', message: problem });
    else subjectIdNumber = normaliseIdNumber(subjectText);
  }

  const contactName = personName(raw.contactName, 'contactName', false, problems);
  const phoneText = clean(raw.contactPhone).replace(/[\s()（）]/g, '');
  let contactPhone: string | null = null;
  if (phoneText !== '') {
    if (!PHONE.test(phoneText)) problems.push({ field: 'contactPhone', message: '联系电话应为11位手机号或带区号的固定电话，例如 0916-1234567' });
    else contactPhone = phoneText;
  }

  if (problems.length) throw new InputProblems(problems);
  return {
    programmeCode,
    batchNumber,
    period: periodText,
    category: categoryText as ComplaintCategory,
    description,
    subjectIdNumber,
    contactName,
    contactPhone,
  };
}

/** Tracking numbers: `TS` + 8-digit date + `-` + 8 characters without look-alikes (0/O, 1/I/L). */
export const TRACKING_NUMBER = /^TS\d{8}-[2-9A-HJKMNP-Z]{8}$/;

export function normaliseTrackingNumber(raw: unknown): string {
  return clean(raw).toUpperCase().replace(/\s+/g, '');
}

export function trackingNumberMessage(trackingNumber: string): string | null {
  if (trackingNumber === '') return '请填写受理编号';
  return TRACKING_NUMBER.test(trackingNumber) ? null : '受理编号格式不正确，应类似 TS20240305-7KQ3M9XH';
}

export interface AnnouncementScopeInput {
  batchNumber: string | null;
  division: string | null;
  period: string | null;
  programmeCode: string | null;
  search: string | null;
}

/** 发放公示: a batch, or a township/village with a period. */
export function validateAnnouncementScope(raw: Record<string, unknown>): AnnouncementScopeInput {
  const problems: FieldProblem[] = [];
  const batchNumber = clean(raw.batchNumber) || null;
  const division = clean(raw.division) || null;
  const period = clean(raw.period) || null;
  const programmeCode = clean(raw.programmeCode) || null;
  const search = clean(raw.search) || null;
  if (batchNumber !== null && !CODE.test(batchNumber)) problems.push({ field: 'batchNumber', message: '发放批次号不正确' });
  if (programmeCode !== null && !CODE.test(programmeCode)) problems.push({ field: 'programmeCode', message: '补贴项目代码不正确' });
  if (batchNumber === null) {
    if (division === null) problems.push({ field: 'division', message: '请选择发放批次，或选择乡镇（街道）、村（社区）' });
    else if (!/^\d{9}(\d{3})?$/.test(division)) problems.push({ field: 'division', message: '乡镇代码应为9位数字，村（社区）代码应为12位数字' });
    if (period === null) problems.push({ field: 'period', message: '按乡镇或村查询时请选择发放期间' });
  }
  if (period !== null && (!/^\d{6}$/.test(period) || !periodStart(period))) problems.push({ field: 'period', message: '发放期间应写成年月，例如 202403' });
  if (search !== null && (length(search) > LIMITS.searchMax || CONTROL_OR_NEWLINE.test(search))) {
    problems.push({ field: 'search', message: `搜索的姓名最多${LIMITS.searchMax}个字` });
  }
  if (problems.length) throw new InputProblems(problems);
  return { batchNumber, division: batchNumber === null ? division : null, period, programmeCode, search };
}
