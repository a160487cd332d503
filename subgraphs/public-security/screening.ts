/**
 * The population register's answers to the cross-check rules (crosscheck-rules.md and its
 * rulings): only hits, each with evidence in plain Chinese words and ISO dates that never quotes
 * the ID number. An unreadable date resolves to the reading that flags the line for review
 * (ruling 1), and the evidence quotes the stored value.
 */
import type { RegistrationRecord, ScreeningRegistration } from '../../adapters/public-security/records.js';
import { ageOn, idNumberBirthDate, type IsoDate } from '../../lib/dates.js';
import type { HitSink } from '../runtime/screening-columns.js';

export interface RegisterSubject {
  key: string;
  idNumber: string;
  date: IsoDate;
  /** Normalised name as paid (empty: the line carries none, which never matches); null: names are not compared. */
  name: string | null;
  countyCode: string;
  checkAge80: boolean;
}

export type RegisterRule = 'PERSON_UNKNOWN' | 'NAME_MISMATCH' | 'DECEASED' | 'REGISTRATION_CANCELLED' | 'REGION_MISMATCH' | 'UNDER_AGE';

const MINIMUM_AGE = 80;

const STATUS_WORDS: Record<RegistrationRecord['status'], string> = {
  NORMAL: '正常',
  DECEASED: '死亡',
  CANCELLED: '注销',
  UNRECOGNISED: '未知状态',
};

/** `2024-03-01` -> `2024-03`: the paid period as the evidence names it. */
function periodOf(d: IsoDate): string {
  return d.slice(0, 7);
}

function statusClause(record: ScreeningRegistration): string {
  return record.statusCode === null ? '户籍无状态代码' : `户籍状态 ${record.statusCode} ${STATUS_WORDS[record.status]}`;
}

/**
 * UNDER_AGE by ruling 2: the register's date of birth; when it is missing or unreadable, the one
 * inside the (valid) ID number, and the evidence says which decided.
 */
function underAgeEvidence(subject: RegisterSubject, record: ScreeningRegistration): string | null {
  const d = subject.date;
  let birth = record.birthDate;
  let source = `户籍出生日期 ${birth}`;
  if (birth === null) {
    birth = idNumberBirthDate(subject.idNumber);
    if (birth === null) return null;
    const registered = record.birthDateUnreadable === null ? '户籍无出生日期' : `户籍出生日期“${record.birthDateUnreadable}”无法识别`;
    source = `${registered}，按身份证号中的出生日期 ${birth}`;
  }
  const age = ageOn(birth, d);
  if (age >= MINIMUM_AGE) return null;
  return `${source}，至发放期初 ${d} 为 ${age} 周岁，未满 ${MINIMUM_AGE} 周岁`;
}

// A module function rather than a closure per subject: under tsx (keepNames) each named closure costs a defineProperty.
function hit(hits: HitSink, key: string, rule: RegisterRule, evidence: string): void {
  hits.add(key, rule, evidence);
}

/** The subject's hits, in the order of the rule table, into `hits`. */
export function screenRegistration(subject: RegisterSubject, record: ScreeningRegistration | null, hits: HitSink): void {
  const key = subject.key;
  // The rules say nothing else is evaluated for a person the register does not know.
  if (!record) return hit(hits, key, 'PERSON_UNKNOWN', '户籍库中没有此身份证号的人员');
  const d = subject.date;
  const paidName = subject.name;
  // A line paid without a name matches no one, even a register entry without a name (ruling 4).
  if (paidName !== null && (paidName === '' || paidName !== (record.name ?? ''))) {
    const registered = record.name === null || record.name === '' ? '户籍无姓名' : `户籍姓名“${record.name}”`;
    hit(hits, key, 'NAME_MISMATCH', paidName === '' ? `发放明细未填姓名，${registered}` : `发放姓名“${paidName}”与${registered}不符`);
  }
  // The death date decides, not the status: a register that forgot to mark the person deceased still records the death.
  if (record.deathDate !== null && record.deathDate < d) {
    hit(hits, key, 'DECEASED', `${record.deathDate} 已死亡，发放期间 ${periodOf(d)}（${statusClause(record)}）`);
  } else if (record.deathDateUnreadable !== null) {
    hit(hits, key, 'DECEASED', `死亡日期“${record.deathDateUnreadable}”无法识别，按发放前已死亡处理，发放期间 ${periodOf(d)}（${statusClause(record)}）`);
  }
  if (record.status === 'CANCELLED') {
    if (record.cancellationDate !== null && record.cancellationDate < d) {
      hit(hits, key, 'REGISTRATION_CANCELLED', `${record.cancellationDate} 户籍已注销，发放期间 ${periodOf(d)}`);
    } else if (record.cancellationDateUnreadable !== null) {
      hit(hits, key, 'REGISTRATION_CANCELLED', `户籍已注销，注销日期“${record.cancellationDateUnreadable}”无法识别，按发放前已注销处理，发放期间 ${periodOf(d)}`);
    }
  }
  const registeredCounty = record.divisionCode === null ? null : record.divisionCode.slice(0, 6);
  if (registeredCounty !== subject.countyCode) {
    hit(
      hits,
      key,
      'REGION_MISMATCH',
      registeredCounty === null
        ? `户籍无区划代码，发放县为 ${subject.countyCode}`
        : `户籍地区划 ${record.divisionCode}（县 ${registeredCounty}）不在发放县 ${subject.countyCode}`,
    );
  }
  if (subject.checkAge80) {
    const evidence = underAgeEvidence(subject, record);
    if (evidence !== null) hit(hits, key, 'UNDER_AGE', evidence);
  }
}
