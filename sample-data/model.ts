/**
 * The generator's own picture of the county: persons and their facts in every department, before
 * they are spelled (dirtily) into legacy rows. Also the generator's notion of who a correct
 * system pays, which decides the clean payment lines.
 */
import type { Bank, Employer, ProgrammeCode, Village } from './catalog.js';
import type { Rule } from '../lib/rules.js';
import type { LegacyTableName, NewLegacyTableRow } from '../adapters/legacy-tables.js';

/**
 * Cells written instead of what the model would spell: the dirty values real data holds
 * (an unreadable date `20240230`, a blank division code, an unknown level code) that the model's
 * own notion of eligibility does not read. Scenarios that set them say what the rules make of it.
 */
export type Cells<T extends LegacyTableName> = Partial<NewLegacyTableRow<T>>;

export interface Card {
  sbkh: string;
  account: string;
  bank: Bank;
  status: '0' | '1' | '2' | '3';
  issued: string;
  cells?: Cells<'SBK_KXX'>;
}

export interface RegisteredAccount {
  ownerId: string;
  ownerName: string;
  type: '1' | '2' | '3';
  bankCode: string;
  account: string;
  inUse: boolean;
  registered: string;
}

export interface Employment {
  employer: Employer;
  start: string;
  end: string | null;
  cells?: Cells<'CB_DWCBRY'>;
}

export interface Certificate {
  category: string;
  level: string;
  issued: string;
  validUntil: string;
  cancelled: string | null;
  cells?: Cells<'CJR_ZXX'>;
}

export interface Sentence {
  no: string;
  type: '01' | '02' | '03' | '04' | '05' | '06';
  start: string;
  end: string | null;
  actualRelease: string | null;
  place: string;
  cells?: Cells<'ZF_XFZX'>;
}

export interface Support {
  form: '1' | '2';
  start: string;
  end: string | null;
  cells?: Cells<'TK_GYRY'>;
}

export interface Household {
  no: string;
  head: Person;
  village: Village;
  allowanceFen: number;
  start: string;
  end: string | null;
  members: { person: Person; relation: string }[];
  cells?: Cells<'DB_JT'>;
}

export interface Person {
  id: string;
  name: string;
  sex: '1' | '2';
  birth: string;
  ethnic: string;
  village: Village;
  address: string;
  /** False for people the population register does not know (PERSON_UNKNOWN). */
  inRegister: boolean;
  /** Registered in the sample county (not a neighbouring one). */
  inCounty: boolean;
  status: '0' | '1' | '2';
  death: string | null;
  cancelled: string | null;
  cards: Card[];
  accounts: RegisteredAccount[];
  employments: Employment[];
  certificates: Certificate[];
  sentences: Sentence[];
  support: Support[];
  memberships: { household: Household; relation: string }[];
  /** The account a correct system pays this person into. */
  payAccount: string | null;
  roles: Set<ProgrammeCode>;
  amounts: Partial<Record<ProgrammeCode, number>>;
  /** Planted persons never fail at the bank at random: their lines' findings are planned exactly. */
  planted: boolean;
  /** How the person's ID is spelled in every table: at random, always with a lower-case x, always padded. */
  idStyle: 'random' | 'lower' | 'padded';
  cells?: Cells<'RK_RYJBXX'>;
}

export interface PlannedLine {
  programme: ProgrammeCode;
  period: string;
  supplementary: boolean;
  person: Person | null;
  /** Cells exactly as entered. */
  sfzh: string;
  name: string;
  account: string;
  fen: number;
  failed: boolean;
  /** What the generator meant this line to be flagged with; null: not planned. */
  intended: Set<Rule> | null;
}

// ---- dates as YYYYMMDD text ----------------------------------------------------------------

const DAY_MS = 86_400_000;

export function dayOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8))) / DAY_MS;
}

export function dateOf(day: number): string {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const dd = d.getUTCDate();
  return `${y}${m < 10 ? '0' : ''}${m}${dd < 10 ? '0' : ''}${dd}`;
}

export function addDays(date: string, days: number): string {
  return dateOf(dayOf(date) + days);
}

/** Same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  let md = date.slice(4);
  if (md === '0229' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) md = '0228';
  return `${y}${md}`;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** Whole years on `date`; dates here are always the 1st of a month, so 29 February needs no rule. */
export function ageAt(birth: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birth.slice(0, 4));
  return date.slice(4) >= birth.slice(4) ? years : years - 1;
}

// ---- the generator's view of eligibility ------------------------------------------------------

const CUSTODIAL = new Set(['01', '02', '03', '04']);

export function inCustody(p: Person, d: string): boolean {
  return p.sentences.some((s) => {
    if (!CUSTODIAL.has(s.type) || s.start > d) return false;
    const release = s.actualRelease ?? s.end;
    return release === null || d < release;
  });
}

export function householdActive(h: Household, d: string): boolean {
  return h.start <= d && (h.end === null || d < h.end);
}

export function validCertificate(p: Person, d: string): Certificate | null {
  return (
    p.certificates.find((c) => c.issued <= d && d <= c.validUntil && (c.cancelled === null || d < c.cancelled)) ?? null
  );
}

export function publicEmployee(p: Person, d: string): boolean {
  return p.employments.some(
    (e) => (e.employer.type === '10' || e.employer.type === '20') && e.start <= d && (e.end === null || d < e.end),
  );
}

export function supported(p: Person, d: string): Support | null {
  return p.support.find((s) => s.start <= d && (s.end === null || d < s.end)) ?? null;
}

/** Alive, registered in the county and free at `d`: a correct system pays such a person. */
export function payable(p: Person, d: string): boolean {
  if (!p.inRegister || !p.inCounty || p.payAccount === null) return false;
  if (p.death !== null && p.death < d) return false;
  if (p.status === '2' && p.cancelled !== null && p.cancelled < d) return false;
  return !inCustody(p, d);
}

/** Whether the person meets the programme's condition at `d`, and the amount a correct system pays. */
export function entitlement(p: Person, code: ProgrammeCode, d: string): number | null {
  switch (code) {
    case 'MZ-DB': {
      const m = p.memberships.find((x) => x.relation === '01' && householdActive(x.household, d));
      return m && !publicEmployee(p, d) ? m.household.allowanceFen : null;
    }
    case 'CL-SH': {
      const onDibao = p.memberships.some((x) => householdActive(x.household, d));
      const cert = validCertificate(p, d);
      if (!onDibao || cert === null || publicEmployee(p, d)) return null;
      return cert.level <= '2' ? 10000 : 8000;
    }
    case 'CL-HL': {
      const cert = validCertificate(p, d);
      return cert !== null && cert.level <= '2' ? 10000 : null;
    }
    case 'CL-KF':
      return validCertificate(p, d) !== null ? (p.amounts['CL-KF'] ?? 30000) : null;
    case 'MZ-TK': {
      const s = supported(p, d);
      return s === null ? null : s.form === '2' ? 90000 : 76000;
    }
    case 'MZ-GL': {
      const age = ageAt(p.birth, d);
      return age < 80 ? null : age >= 100 ? 30000 : age >= 90 ? 20000 : 10000;
    }
    default:
      return p.amounts[code] ?? null;
  }
}
