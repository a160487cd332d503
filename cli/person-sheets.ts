/**
 * `hub person` as sheets: one per section of the picture (payment lines, register, accounts,
 * cards, dibao household, support, certificates, sentences, employment), for the table, CSV and
 * xlsx exports. Headers of date-dependent columns name the date they are for.
 */
import type { LabelledEnum } from '../lib/labels-zh.js';
import type { CliPersonQuery } from './__generated__/operations.js';
import type { Unanswered } from './partial-answer.js';
import { DEPARTMENT_INFO } from '../lib/departments.js';
import { single, type Column, type Sheet } from './tabular.js';

export type PersonPicture = CliPersonQuery['person'];
type Cell = string | number | boolean | null | undefined;

/** A column; `kind` is a Column kind, or the enum whose Chinese labels show the codes. */
function col<T>(key: string, header: string, label: string, width: number, value: (row: T) => Cell, kind?: Column<T>['kind'] | LabelledEnum): Column<T> {
  const coded = kind !== undefined && !['text', 'amount', 'count', 'time'].includes(kind);
  return {
    key,
    header,
    label,
    width,
    kind: coded ? undefined : (kind as Column<T>['kind']),
    labels: coded ? (kind as LabelledEnum) : undefined,
    value: (row) => {
      const v = value(row);
      return v === null || v === undefined ? null : typeof v === 'boolean' ? (v ? '是' : '否') : v;
    },
  };
}

/** Why a section is empty when its department did not answer: shown instead of "(none)". */
type Missing = (field: string) => string | undefined;

function sheet<T>(name: string, rows: readonly T[] | null | undefined, columns: Column<T>[], note?: string): Sheet<T> {
  return { name, columns, rows: single([...(rows ?? [])]), note };
}

/**
 * The sections of the picture, as sheets; `date` labels the date-dependent columns. A section whose
 * department could not answer (`unanswered`) says so instead of looking empty.
 */
export function personSheets(person: PersonPicture, date: string, unanswered: readonly Unanswered[] = []): Sheet<any>[] {
  const missing: Missing = (field) => {
    const part = unanswered.find((u) => u.fields.includes(field));
    return part ? `无法显示：${part.department ? DEPARTMENT_INFO[part.department].nameZh : part.who}未能答复${part.reasons.length ? `（${part.reasons.join('、')}）` : ''}` : undefined;
  };
  const registration = person.registration ? [{ ...person.registration, registeredAt: person.registeredAt }] : [];
  const memberships = (person.dibaoMemberships ?? []).flatMap((m) => (m.household.members.length ? m.household.members : [null]).map((member) => ({ ...m, member })));
  return [
    sheet('发放明细', person.paymentLines, [
      col('lineId', '明细编号', 'Line', 12, (r) => r.id),
      col('programme', '项目', 'Programme', 10, (r) => r.batch.programme?.code),
      col('programmeName', '项目名称', 'Name', 18, (r) => r.batch.programme?.name),
      col('period', '期间', 'Period', 8, (r) => r.batch.period),
      col('batchNumber', '批次号', 'Batch', 22, (r) => r.batch.batchNumber),
      col('county', '发放县区', 'County', 8, (r) => r.batch.countyCode),
      col('accountNumber', '收款账号', 'Account', 20, (r) => r.accountNumber),
      col('amount', '金额（元）', 'Amount', 12, (r) => r.amount, 'amount'),
      col('status', '状态', 'Status', 9, (r) => r.status, 'PaymentLineStatus'),
      col('failureReason', '失败原因', 'Failure', 12, (r) => r.failureReason),
      col('sentToBankAt', '报送银行时间', 'Sent', 19, (r) => r.batch.sentToBankAt, 'time'),
      col('creditedAt', '到账时间', 'Credited', 19, (r) => r.creditedAt, 'time'),
    ], missing('paymentLines')),
    sheet('户籍登记', registration, [
      col('name', '姓名', 'Name', 8, (r) => r.name),
      col('sex', '性别', 'Sex', 6, (r) => r.sex, 'Sex'),
      col('birthDate', '出生日期', 'Born', 10, (r) => r.birthDate),
      col('divisionCode', '户籍区划', 'Division', 12, (r) => r.divisionCode),
      col('status', '人员状态', 'Status', 10, (r) => r.status, 'RegistrationStatus'),
      col('deathDate', '死亡日期', 'Died', 10, (r) => r.deathDate),
      col('cancellationDate', '注销日期', 'Cancelled', 10, (r) => r.cancellationDate),
      col('registeredAt', `${date}在册`, 'Registered', 10, (r) => r.registeredAt),
      col('address', '户籍地址', 'Address', 30, (r) => r.address),
    ], missing('registration')),
    sheet('登记账户', person.registeredAccounts, [
      col('recordId', '记录号', 'Record', 8, (r) => r.recordId),
      col('accountType', '账户类型', 'Type', 16, (r) => r.accountType, 'AccountType'),
      col('bankCode', '开户行', 'Bank', 6, (r) => r.bankCode),
      col('accountNumber', '账号', 'Account', 20, (r) => r.accountNumber),
      col('inUse', '在用', 'In use', 6, (r) => r.inUse),
      col('registeredOn', '登记日期', 'Registered', 10, (r) => r.registeredOn),
    ], missing('registeredAccounts')),
    sheet('社保卡', person.socialSecurityCards, [
      col('cardNumber', '社保卡号', 'Card', 16, (r) => r.cardNumber),
      col('bankCode', '银行', 'Bank', 6, (r) => r.bankCode),
      col('accountNumber', '金融账号', 'Account', 20, (r) => r.accountNumber),
      col('status', '卡状态', 'Status', 10, (r) => r.status, 'CardStatus'),
      col('issueDate', '发卡日期', 'Issued', 10, (r) => r.issueDate),
    ], missing('socialSecurityCards')),
    sheet('低保家庭', memberships, [
      col('householdNumber', '家庭编号', 'Household', 14, (r) => r.household.householdNumber),
      col('relation', '本人关系', 'Relation', 8, (r) => r.relation, 'HouseholdRelation'),
      col('category', '类别', 'Category', 10, (r) => r.household.category, 'DibaoCategory'),
      col('monthlyAllowance', '月保障金（元）', 'Allowance', 12, (r) => r.household.monthlyAllowance, 'amount'),
      col('startDate', '纳保日期', 'From', 10, (r) => r.household.startDate),
      col('endDate', '退保日期', 'Until', 10, (r) => r.household.endDate),
      col('activeAt', `${date}在保`, 'Active', 8, (r) => r.household.activeAt),
      col('memberName', '成员姓名', 'Member', 8, (r) => r.member?.name),
      col('memberRelation', '成员关系', 'Relation', 8, (r) => r.member?.relation, 'HouseholdRelation'),
      col('memberIdNumber', '成员身份证号', 'Member ID', 18, (r) => r.member?.idNumber),
    ], missing('dibaoMemberships')),
    sheet('特困供养', person.extremePovertySupport, [
      col('recordId', '记录号', 'Record', 8, (r) => r.recordId),
      col('form', '供养方式', 'Form', 10, (r) => r.form, 'SupportForm'),
      col('startDate', '开始日期', 'From', 10, (r) => r.startDate),
      col('endDate', '终止日期', 'Until', 10, (r) => r.endDate),
      col('activeAt', `${date}在供养`, 'Active', 8, (r) => r.activeAt),
    ], missing('extremePovertySupport')),
    sheet('残疾人证', person.disabilityCertificates, [
      col('certificateNumber', '残疾人证号', 'Certificate', 20, (r) => r.certificateNumber),
      col('category', '类别', 'Category', 10, (r) => r.category, 'DisabilityCategory'),
      col('level', '等级', 'Level', 5, (r) => r.level, 'count'),
      col('issueDate', '发证日期', 'Issued', 10, (r) => r.issueDate),
      col('validUntil', '有效期至', 'Valid until', 10, (r) => r.validUntil),
      col('cancellationDate', '注销日期', 'Cancelled', 10, (r) => r.cancellationDate),
      col('validAt', `${date}有效`, 'Valid', 8, (r) => r.validAt),
    ], missing('disabilityCertificates')),
    sheet('服刑记录', person.sentences, [
      col('offenderNumber', '罪犯编号', 'Offender', 14, (r) => r.offenderNumber),
      col('type', '刑种', 'Type', 14, (r) => r.type, 'SentenceType'),
      col('startDate', '刑期起', 'From', 10, (r) => r.startDate),
      col('endDate', '刑期止', 'Until', 10, (r) => r.endDate),
      col('releaseDate', '释放日期', 'Released', 10, (r) => r.releaseDate),
      col('inCustodyAt', `${date}在押`, 'In custody', 8, (r) => r.inCustodyAt),
    ], missing('sentences')),
    sheet('单位参保', person.insuredEmployments, [
      col('employerName', '单位名称', 'Employer', 24, (r) => r.employerName),
      col('employerType', '单位类型', 'Type', 10, (r) => r.employerType, 'EmployerType'),
      col('startDate', '参保开始', 'From', 10, (r) => r.startDate),
      col('endDate', '参保终止', 'Until', 10, (r) => r.endDate),
      col('activeAt', `${date}在保`, 'Active', 8, (r) => r.activeAt),
    ], missing('insuredEmployments')),
  ];
}
