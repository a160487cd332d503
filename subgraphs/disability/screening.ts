import type { IsoDate } from '../../lib/dates.js';
import type { ScreeningCertificate } from '../../adapters/disability/records.js';
import { certificateValidAt, isSevere, maskCertificateNumber } from '../../adapters/disability/validity.js';
import type { HitSink } from '../runtime/screening-columns.js';
import { ENUM_LABELS_ZH } from '../../lib/labels-zh.js';

export const NO_VALID_DISABILITY_CERT = 'NO_VALID_DISABILITY_CERT';
export const DISABILITY_LEVEL_TOO_LOW = 'DISABILITY_LEVEL_TOO_LOW';

export interface DisabilitySubject {
  key: string;
  /** Normalised; an invalid one was not looked up and holds no certificates. */
  idNumber: string;
  idNumberValid: boolean;
  date: IsoDate;
  requireSevere: boolean;
}

// The evidence names an unknown category in its own words, not as an unrecognised code.
const CATEGORY_WORDS: Record<ScreeningCertificate['category'], string> = { ...ENUM_LABELS_ZH.DisabilityCategory, UNRECOGNISED: '未知类别' };

/**
 * The findings for one subject, into `hits`. By ruling 3, with several certificates valid on the
 * date (which the federation should never issue) the level is too low when none of the valid ones
 * is of level 1 or 2: a valid certificate whose level code is not 1–4 does not prove a severe
 * disability, so alone it is too low, and the evidence names its code.
 */
export function screenSubject(subject: DisabilitySubject, certificates: readonly ScreeningCertificate[], hits: HitSink): void {
  const valid = certificates.filter((c) => certificateValidAt(c, subject.date));
  if (valid.length === 0) {
    hits.add(subject.key, NO_VALID_DISABILITY_CERT, noValidEvidence(subject, certificates));
  } else if (subject.requireSevere && !valid.some(isSevere)) {
    const reasons = valid.map((c) => `${describe(c)}，${c.level === null ? `等级代码${quoted(c.levelCode)}不是 1–4 级，不能证明重度残疾` : `${c.level} 级不是重度残疾`}`);
    hits.add(subject.key, DISABILITY_LEVEL_TOO_LOW, `${subject.date} 有效的残疾人证均非一级或二级（重度）：${reasons.join('；')}`);
  }
}

function quoted(code: string | null): string {
  return code === null ? '（空）' : `“${code}”`;
}

function noValidEvidence(subject: DisabilitySubject, certificates: readonly ScreeningCertificate[]): string {
  if (!subject.idNumberValid) return `${subject.date} 无有效残疾人证：身份证号无效，未查询`;
  if (certificates.length === 0) return `${subject.date} 无有效残疾人证：无任何残疾人证记录`;
  const reasons = certificates.map((c) => `${describe(c)}，${whyNotValid(c, subject.date)}`);
  return `${subject.date} 无有效残疾人证：${reasons.join('；')}`;
}

function describe(c: ScreeningCertificate): string {
  const category = c.category === 'UNRECOGNISED' ? `类别代码${quoted(c.categoryCode)}未知` : `${c.categoryCode} ${CATEGORY_WORDS[c.category]}`;
  const level = c.level === null ? `等级代码${quoted(c.levelCode)}` : `${c.level} 级`;
  return `残疾人证 ${maskCertificateNumber(c.certificateNumber)}（${category}，${level}）`;
}

/** Why a certificate is not valid on `date`: the first reason in the order the rule reads the dates. */
function whyNotValid(c: ScreeningCertificate, date: IsoDate): string {
  const unreadable = [
    ['发证日期', c.issueDateUnreadable],
    ['有效期至', c.validUntilUnreadable],
    ['注销日期', c.cancellationDateUnreadable],
  ].filter((pair): pair is [string, string] => pair[1] !== null);
  if (unreadable.length > 0) return `${unreadable.map(([what, raw]) => `${what}“${raw}”无法识别`).join('，')}，按无效处理`;
  if (c.issueDate === null) return '无发证日期';
  if (c.validUntil === null) return `${c.issueDate} 发证，无有效期`;
  if (date < c.issueDate) return `${c.issueDate} 才发证，晚于 ${date}`;
  if (date > c.validUntil) return `有效期至 ${c.validUntil}，已过期`;
  if (c.cancellationDate !== null && c.cancellationDate <= date) return `${c.cancellationDate} 已注销`;
  // Unreachable for an invalid certificate; kept so the evidence never claims a wrong reason.
  return certificateValidAt(c, date) ? '有效' : '无效';
}
