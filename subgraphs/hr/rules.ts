/**
 * The HR screening rules of the cross-check (crosscheck-rules.md), as pure functions over the
 * canonical records, so the Person fields and the screening queries cannot disagree.
 */
import type { AccountCard, CardStatus, EmployerType, InsuredEmploymentRecord } from '../../adapters/hr/records.js';
import type { IsoDate } from '../../lib/dates.js';
import { maskIdNumber } from '../../lib/id-number.js';
import type { HitSink } from '../runtime/screening-columns.js';

export const CARD_HOLDER_MISMATCH = 'CARD_HOLDER_MISMATCH';
export const CARD_NOT_ACTIVE = 'CARD_NOT_ACTIVE';
export const PUBLIC_EMPLOYEE_ON_DIBAO = 'PUBLIC_EMPLOYEE_ON_DIBAO';

/** Employer types `10` and `20`: the state pays the salary, which excludes dibao. */
const PUBLIC_EMPLOYER_TYPES: ReadonlySet<EmployerType> = new Set(['GOVERNMENT_ORGAN', 'PUBLIC_INSTITUTION']);

const STATUS_WORDS: Record<CardStatus, string> = {
  NOT_ACTIVATED: '未激活',
  ACTIVE: '正常',
  REPORTED_LOST: '挂失',
  CANCELLED: '注销',
  UNRECOGNISED: '未知状态',
};

const EMPLOYER_TYPE_WORDS: Record<EmployerType, string> = {
  GOVERNMENT_ORGAN: '机关',
  PUBLIC_INSTITUTION: '事业单位',
  ENTERPRISE: '企业',
  OTHER: '其他',
  UNRECOGNISED: '未知类型',
};

/**
 * `[start, end)`; no end means still employed, no start means never shown as employed. Ruling 1:
 * an unreadable end is still open, and an unreadable start, by the same policy (the reading that
 * flags the line for review), has started.
 */
export function employmentActiveAt(employment: InsuredEmploymentRecord, date: IsoDate): boolean {
  const started = employment.startDate !== null ? employment.startDate <= date : employment.startDateUnreadable !== null;
  return started && (employment.endDate === null || date < employment.endDate);
}

export function publicEmploymentActiveAt(employment: InsuredEmploymentRecord, date: IsoDate): boolean {
  return PUBLIC_EMPLOYER_TYPES.has(employment.employerType) && employmentActiveAt(employment, date);
}

/** A card recorded for someone else. A card with no holder ID names no other person, so it is not one. */
function heldByAnotherPerson(card: AccountCard, idNumber: string): boolean {
  return card.holderIdNumber !== null && card.holderIdNumber !== idNumber;
}

/** Anything but an active card, including a missing or unrecognised status. */
function notActive(card: AccountCard): boolean {
  return card.status !== 'ACTIVE';
}

function describeCard(card: AccountCard): string {
  const holder = card.holderIdNumber === null ? '未登记持卡人身份证号' : `持卡人 ${maskIdNumber(card.holderIdNumber)}`;
  const status = card.statusCode === null ? '无状态代码' : `状态 ${card.statusCode} ${STATUS_WORDS[card.status]}`;
  return `社保卡 ${card.cardNumber}（${holder}，${status}）`;
}

function cardsClause(cards: AccountCard[]): string {
  return cards.map(describeCard).join('；');
}

/**
 * CARD_HOLDER_MISMATCH and CARD_NOT_ACTIVE for one subject, given the cards that carry its account,
 * into `hits`. Several cards may share an account: each rule fires once, naming every card that qualifies.
 */
export function cardAccountHits(key: string, idNumber: string, cards: readonly AccountCard[], hits: HitSink): void {
  if (cards.length === 0) return;
  const othersCards = cards.filter((card) => heldByAnotherPerson(card, idNumber));
  if (othersCards.length > 0) {
    hits.add(key, CARD_HOLDER_MISMATCH, `发放账户是他人社保卡的银行账户：${cardsClause(othersCards)}`);
  }
  const inactiveCards = cards.filter(notActive);
  if (inactiveCards.length > 0) {
    hits.add(key, CARD_NOT_ACTIVE, `发放账户所属社保卡不是正常状态：${cardsClause(inactiveCards)}`);
  }
}

function describeEmployment(employment: InsuredEmploymentRecord): string {
  const employer = [employment.employerNumber, employment.employerName].filter((part) => part !== null).join(' ') || '未登记单位';
  const type = `${employment.employerTypeCode ?? '无代码'} ${EMPLOYER_TYPE_WORDS[employment.employerType]}`;
  const start =
    employment.startDate !== null ? `${employment.startDate} 起` : `参保开始日期“${employment.startDateUnreadable}”无法识别，按已开始处理`;
  const end =
    employment.endDate !== null
      ? `至 ${employment.endDate}`
      : employment.endDateUnreadable !== null
        ? `参保终止日期“${employment.endDateUnreadable}”无法识别，按仍在参保处理`
        : '无终止日期';
  return `参保记录 ${employment.recordId}：${employer}（${type}），${start}，${end}`;
}

/** PUBLIC_EMPLOYEE_ON_DIBAO for one subject at `date`, if it applies, into `hits`. */
export function publicEmploymentHit(key: string, date: IsoDate, employments: readonly InsuredEmploymentRecord[], hits: HitSink): void {
  if (employments.length === 0) return;
  const active = employments.filter((employment) => publicEmploymentActiveAt(employment, date));
  if (active.length > 0) hits.add(key, PUBLIC_EMPLOYEE_ON_DIBAO, `${date} 在机关事业单位参保：${active.map(describeEmployment).join('；')}`);
}
