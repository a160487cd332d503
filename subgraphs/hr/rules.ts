/**
 * The HR screening rules of the cross-check (crosscheck-rules.md), as pure functions over the
 * canonical records, so the Person fields and the screening queries cannot disagree.
 */
import type { CardStatus, EmployerType, InsuredEmploymentRecord, SocialSecurityCardRecord } from '../../adapters/hr/records.js';
import { inHalfOpenRange, type IsoDate } from '../../lib/dates.js';
import { maskIdNumber } from '../../lib/id-number.js';
import type { HitSink } from '../runtime/screening-columns.js';

export const CARD_HOLDER_MISMATCH = 'CARD_HOLDER_MISMATCH';
export const CARD_NOT_ACTIVE = 'CARD_NOT_ACTIVE';
export const PUBLIC_EMPLOYEE_ON_DIBAO = 'PUBLIC_EMPLOYEE_ON_DIBAO';

/** Employer types `10` and `20`: the state pays the salary, which excludes dibao. */
const PUBLIC_EMPLOYER_TYPES: ReadonlySet<EmployerType> = new Set(['GOVERNMENT_ORGAN', 'PUBLIC_INSTITUTION']);

const STATUS_WORDS: Record<CardStatus, string> = {
  NOT_ACTIVATED: 'not activated',
  ACTIVE: 'active',
  REPORTED_LOST: 'reported lost',
  CANCELLED: 'cancelled',
  UNRECOGNISED: 'unrecognised',
};

const EMPLOYER_TYPE_WORDS: Record<EmployerType, string> = {
  GOVERNMENT_ORGAN: 'government organ',
  PUBLIC_INSTITUTION: 'public institution',
  ENTERPRISE: 'enterprise',
  OTHER: 'other',
  UNRECOGNISED: 'unrecognised',
};

/** `[start, end)`; no end means still employed, no start means never shown as employed. */
export function employmentActiveAt(employment: InsuredEmploymentRecord, date: IsoDate): boolean {
  return inHalfOpenRange(date, employment.startDate, employment.endDate);
}

export function publicEmploymentActiveAt(employment: InsuredEmploymentRecord, date: IsoDate): boolean {
  return PUBLIC_EMPLOYER_TYPES.has(employment.employerType) && employmentActiveAt(employment, date);
}

/** A card recorded for someone else. A card with no holder ID names no other person, so it is not one. */
function heldByAnotherPerson(card: SocialSecurityCardRecord, idNumber: string): boolean {
  return card.holderIdNumber !== null && card.holderIdNumber !== idNumber;
}

/** Anything but an active card, including a missing or unrecognised status. */
function notActive(card: SocialSecurityCardRecord): boolean {
  return card.status !== 'ACTIVE';
}

function describeCard(card: SocialSecurityCardRecord): string {
  const holder = card.holderIdNumber === null ? 'no holder ID recorded' : `holder ${maskIdNumber(card.holderIdNumber)}`;
  const status = card.statusCode === null ? 'no status code' : `status ${card.statusCode} ${STATUS_WORDS[card.status]}`;
  return `${card.cardNumber} (${holder}, ${status})`;
}

function cardsClause(cards: SocialSecurityCardRecord[]): string {
  return `${cards.length === 1 ? 'card' : 'cards'} ${cards.map(describeCard).join('; ')}`;
}

/**
 * CARD_HOLDER_MISMATCH and CARD_NOT_ACTIVE for one subject, given the cards that carry its account,
 * into `hits`. Several cards may share an account: each rule fires once, naming every card that qualifies.
 */
export function cardAccountHits(key: string, idNumber: string, cards: readonly SocialSecurityCardRecord[], hits: HitSink): void {
  if (cards.length === 0) return;
  const othersCards = cards.filter((card) => heldByAnotherPerson(card, idNumber));
  if (othersCards.length > 0) {
    hits.add(key, CARD_HOLDER_MISMATCH, `the account is the bank account of another person's social security ${cardsClause(othersCards)}`);
  }
  const inactiveCards = cards.filter(notActive);
  if (inactiveCards.length > 0) {
    hits.add(key, CARD_NOT_ACTIVE, `the account is the bank account of a social security card that is not active: ${cardsClause(inactiveCards)}`);
  }
}

function describeEmployment(employment: InsuredEmploymentRecord): string {
  const employer = [employment.employerNumber, employment.employerName].filter((part) => part !== null).join(' ') || 'unnamed employer';
  const type = `type ${employment.employerTypeCode} ${EMPLOYER_TYPE_WORDS[employment.employerType]}`;
  const end = employment.endDate === null ? 'with no end date' : `to ${employment.endDate}`;
  return `insured employment ${employment.recordId} at ${employer} (${type}) from ${employment.startDate} ${end}`;
}

/** PUBLIC_EMPLOYEE_ON_DIBAO for one subject at `date`, if it applies, into `hits`. */
export function publicEmploymentHit(key: string, date: IsoDate, employments: readonly InsuredEmploymentRecord[], hits: HitSink): void {
  if (employments.length === 0) return;
  const active = employments.filter((employment) => publicEmploymentActiveAt(employment, date));
  if (active.length > 0) hits.add(key, PUBLIC_EMPLOYEE_ON_DIBAO, `${active.map(describeEmployment).join('; ')}; active on ${date}`);
}
