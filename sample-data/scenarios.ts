/**
 * The planted anomalies, and the boundary cases that look like anomalies but are not. Each
 * scenario builds a small unit of persons (always with a fixed number of register persons, so
 * the county has exactly the requested size) and says which findings each of its lines should
 * get. The reference evaluator re-derives those findings from the rows on its own; tests check
 * that both agree.
 */
import type { Random } from './prng.js';
import { PARTLY_FAILED, PERIODS, PERIOD_STARTS, mainPeriods, programme, type ProgrammeCode, type Village } from './catalog.js';
import {
  addDays,
  addYears,
  householdActive,
  inCustody,
  validCertificate,
  type Card,
  type Employment,
  type Person,
  type PlannedLine,
  type Sentence,
} from './model.js';
import type { Rule } from '../lib/rules.js';

export interface PersonOptions {
  age?: number;
  birth?: string;
  sex?: '1' | '2';
  family?: string;
  village?: Village;
  /** Disability level of a forced certificate. */
  level?: string;
  /** Status of the person's (only) social security card, which is also their registered account. */
  cardStatus?: Card['status'];
  /** The registered account: the card's ('1', default), a bank card ('2') or a passbook ('3'). */
  accountType?: '1' | '2' | '3';
  /** No card and no registered account at all. */
  noAccount?: boolean;
  /** Force an ID number whose check character is X. */
  xId?: boolean;
}

export type LineOverrides = Partial<Pick<PlannedLine, 'account' | 'fen' | 'sfzh' | 'name' | 'supplementary' | 'failed'>>;

export interface ScenarioContext {
  readonly rng: Random;
  /** A register person eligible for the programme over the whole window, paid into their own active card. */
  beneficiary(code: ProgrammeCode, options?: PersonOptions): Person;
  /** A register person with an active card registered as their account, eligible for nothing. */
  resident(options?: PersonOptions): Person;
  /** A person with a valid ID the register does not know, with `accounts` in-use registered accounts. */
  stranger(accounts: number): Person;
  /** Adds (and returns) the lines a correct system pays to the unit's persons as they are now. */
  natural(): PlannedLine[];
  line(p: Person, code: ProgrammeCode, period: string, intended: readonly Rule[], overrides?: LineOverrides): PlannedLine;
  /** A line for every main-batch period of the programme whose period start satisfies `when`. */
  plantWhere(p: Person, code: ProgrammeCode, when: (d: string) => boolean, intended: readonly Rule[]): PlannedLine[];
  newAccount(): { account: string; bankCode: string };
  register(p: Person, account: string, type: '1' | '2' | '3', bankCode: string, inUse: boolean): void;
  employ(p: Person, type: '10' | '20' | '30' | '90', start: string, end: string | null): Employment;
  sentence(p: Person, type: Sentence['type'], start: string, end: string | null, actualRelease: string | null): Sentence;
  /** Another social security card of `p`'s carrying `account` (issued before the person's current card). */
  card(p: Person, status: Card['status'], account: string): Card;
  neighbourVillage(): Village;
  invalidId(id: string, variant: number): string;
  nameVariant(name: string, variant: number): string;
  /** The ID spelled with padding or a lower-case x: the same person after normalisation. */
  dirtyIdSpelling(id: string, variant: number): string;
}

export interface Scenario {
  name: string;
  /** Register persons the scenario creates (strangers do not count). */
  size: number;
  build(ctx: ScenarioContext, occurrence: number): void;
}

const MONTHLY: ProgrammeCode[] = ['MZ-DB', 'MZ-TK', 'MZ-GL', 'CL-HL', 'CL-SH'];
/** What real CHAR(8) date columns hold besides dates: impossible days and months, zeros, other layouts. */
const JUNK_DATES = ['20240230', '00000000', '20231301', '2023-1-5', '99999999'];
const D = PERIOD_STARTS;

function rot<T>(items: readonly T[], n: number): T {
  return items[n % items.length]!;
}

function only(lines: PlannedLine[], period?: string): PlannedLine {
  const line = period === undefined ? lines[0] : lines.find((l) => l.period === period);
  if (!line) throw new Error(`scenario expected a clean line${period ? ` for ${period}` : ''}`);
  return line;
}

function mark(lines: PlannedLine[], person: Person, rule: Rule): void {
  for (const l of lines) if (l.person === person) l.intended!.add(rule);
}

/** A date strictly inside the month of period index k (never its first day). */
function insideMonth(ctx: ScenarioContext, k: number): string {
  return addDays(D[k]!, ctx.rng.int(1, 27));
}

export const SCENARIOS: Scenario[] = [
  // ---- identity ------------------------------------------------------------------------------
  {
    name: 'id-invalid',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(['MZ-GL', 'MZ-DB', 'CL-HL', 'NY-GD', 'MZ-TK'] as const, j));
      const lines = ctx.natural();
      const l = rot(lines, j);
      l.sfzh = ctx.invalidId(p.id, j);
      l.intended = new Set(['ID_INVALID']);
    },
  },
  {
    name: 'unknown-registered',
    size: 1,
    build(ctx) {
      ctx.resident();
      const s = ctx.stranger(1);
      ctx.line(s, 'MZ-LSJZ', '202402', ['PERSON_UNKNOWN'], { fen: ctx.rng.int(5, 20) * 10000 });
    },
  },
  {
    // Only the finance rules run for an unknown person: the foreign, lost card must not be reported.
    name: 'unknown-into-foreign-lost-card',
    size: 1,
    build(ctx, j) {
      const owner = ctx.resident({ cardStatus: '2', accountType: '2' });
      const s = ctx.stranger(0);
      ctx.line(s, 'MZ-DB', rot(PERIODS, j), ['PERSON_UNKNOWN', 'ACCOUNT_NOT_REGISTERED'], {
        account: owner.cards[0]!.account,
        fen: ctx.rng.int(300, 900) * 100,
      });
    },
  },
  {
    name: 'unknown-above-standard',
    size: 1,
    build(ctx, j) {
      ctx.resident();
      const s = ctx.stranger(1);
      ctx.line(s, 'CL-HL', rot(PERIODS, j), ['PERSON_UNKNOWN', 'AMOUNT_ABOVE_STANDARD'], { fen: 15000 });
    },
  },
  {
    name: 'unknown-two-accounts-paid-twice',
    size: 1,
    build(ctx, j) {
      ctx.resident();
      const s = ctx.stranger(2);
      const period = rot(PERIODS, j);
      ctx.line(s, 'MZ-TK', period, ['PERSON_UNKNOWN', 'MULTIPLE_ACCOUNTS'], { fen: 90000 });
      ctx.line(s, 'MZ-TK', period, ['PERSON_UNKNOWN', 'MULTIPLE_ACCOUNTS', 'DUPLICATE_PAYMENT'], { fen: 90000 });
    },
  },
  {
    name: 'name-mismatch',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(['MZ-GL', 'MZ-DB', 'CL-HL', 'MZ-TK', 'NY-GD', 'TY-YF'] as const, j));
      const l = rot(ctx.natural(), j);
      l.name = ctx.nameVariant(p.name, j);
      l.intended!.add('NAME_MISMATCH');
    },
  },
  {
    // Padding is not a different name.
    name: 'name-padded',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(['MZ-GL', 'CL-HL', 'MZ-DB'] as const, j));
      const pads: [string, string][] = [['\u3000', ''], ['', '\u3000'], [' ', ' '], ['\u3000', ' ']];
      for (const [i, l] of ctx.natural().entries()) {
        const [a, b] = rot(pads, i + j);
        l.name = `${a}${p.name}${b}`;
      }
    },
  },
  {
    name: 'lower-case-x-everywhere',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(MONTHLY, j), { xId: true });
      p.idStyle = 'lower';
      ctx.natural();
    },
  },
  {
    name: 'padded-id-everywhere',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(MONTHLY, j));
      p.idStyle = 'padded';
      ctx.natural();
    },
  },

  // ---- population register ---------------------------------------------------------------------
  {
    name: 'deceased-still-paid',
    size: 1,
    build(ctx, j) {
      const code = rot(MONTHLY, j);
      const p = ctx.beneficiary(code);
      const k = j % 4;
      p.status = '1';
      p.death = k === 0 ? addDays('20231201', ctx.rng.int(0, 30)) : insideMonth(ctx, k - 1);
      ctx.natural();
      const death = p.death;
      ctx.plantWhere(p, code, (d) => death < d, ['DECEASED']);
    },
  },
  {
    // Died on the first day of the period: not "before d", so that month is still due.
    name: 'died-on-period-start',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(MONTHLY, j));
      p.status = '1';
      p.death = D[1 + (j % 3)]!;
      ctx.natural();
    },
  },
  {
    name: 'cancelled-still-paid',
    size: 1,
    build(ctx, j) {
      const code = rot(MONTHLY, j + 2);
      const p = ctx.beneficiary(code);
      const k = j % 4;
      p.status = '2';
      p.cancelled = k === 0 ? addDays('20231101', ctx.rng.int(0, 45)) : insideMonth(ctx, k - 1);
      ctx.natural();
      const cancelled = p.cancelled;
      ctx.plantWhere(p, code, (d) => cancelled < d, ['REGISTRATION_CANCELLED']);
    },
  },
  {
    name: 'cancelled-on-period-start',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(MONTHLY, j + 1));
      p.status = '2';
      p.cancelled = D[1 + (j % 3)]!;
      ctx.natural();
    },
  },
  {
    name: 'moved-to-another-county',
    size: 1,
    build(ctx, j) {
      const code = rot(['MZ-DB', 'MZ-GL', 'CL-HL', 'MZ-TK', 'TY-YF'] as const, j);
      const p = ctx.beneficiary(code);
      p.village = ctx.neighbourVillage();
      p.address = `${p.village.addressPrefix}${ctx.rng.int(1, 8)}组${ctx.rng.int(1, 90)}号`;
      p.inCounty = false;
      ctx.plantWhere(p, code, () => true, ['REGION_MISMATCH']);
    },
  },

  // ---- justice ---------------------------------------------------------------------------------
  {
    name: 'in-prison-whole-window',
    size: 1,
    build(ctx, j) {
      const code = rot(['MZ-GL', 'MZ-DB', 'CL-HL', 'NY-GD'] as const, j);
      const p = ctx.beneficiary(code);
      const type = rot(['01', '02', '03'] as const, j);
      const start = addDays('20150101', ctx.rng.int(0, 3000));
      ctx.sentence(p, type, start, type === '01' ? addYears('20250101', ctx.rng.int(0, 6)) : null, null);
      ctx.natural();
      ctx.plantWhere(p, code, () => true, ['IN_CUSTODY']);
    },
  },
  {
    name: 'detained-within-window',
    size: 1,
    build(ctx, j) {
      const code = rot(MONTHLY, j);
      const p = ctx.beneficiary(code);
      const k = j % 3;
      ctx.sentence(p, '04', insideMonth(ctx, k), addDays(D[k + 1]!, ctx.rng.int(5, 40)), null);
      ctx.natural();
      ctx.plantWhere(p, code, (d) => inCustody(p, d), ['IN_CUSTODY']);
    },
  },
  {
    // A sentence starting on d is already being served on d.
    name: 'custody-starts-on-period-start',
    size: 1,
    build(ctx, j) {
      const code = rot(MONTHLY, j + 3);
      const p = ctx.beneficiary(code);
      const k = j % 4;
      const type = rot(['04', '01'] as const, j);
      ctx.sentence(p, type, D[k]!, type === '04' ? addDays(D[k]!, ctx.rng.int(10, 25)) : addYears(D[k]!, 3), null);
      ctx.natural();
      ctx.plantWhere(p, code, (d) => inCustody(p, d), ['IN_CUSTODY']);
    },
  },
  {
    // Released on d (parole via SJSFRQ, or the sentence simply ends): free on d.
    name: 'released-on-period-start',
    size: 1,
    build(ctx, j) {
      const code = rot(MONTHLY, j + 1);
      const p = ctx.beneficiary(code);
      const k = 1 + (j % 3);
      const start = addDays('20210101', ctx.rng.int(0, 500));
      if (j % 2 === 0) ctx.sentence(p, '01', start, addYears(D[k]!, 1), D[k]!);
      else ctx.sentence(p, '01', start, D[k]!, null);
      ctx.natural();
      ctx.plantWhere(p, code, (d) => inCustody(p, d), ['IN_CUSTODY']);
    },
  },
  {
    // Public surveillance and probation are served in the community.
    name: 'community-sentence',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(MONTHLY, j + 2));
      const type = rot(['05', '06'] as const, j);
      const start = addDays('20230101', ctx.rng.int(0, 300));
      ctx.sentence(p, type, start, addYears(start, 2), null);
      ctx.natural();
    },
  },

  // ---- finance: duplicates ---------------------------------------------------------------------
  {
    name: 'paid-twice-in-one-batch',
    size: 1,
    build(ctx, j) {
      const code = rot(['MZ-GL', 'CL-HL', 'MZ-TK', 'MZ-DB', 'CL-SH'] as const, j);
      const p = ctx.beneficiary(code, { xId: j % 2 === 0 });
      const first = rot(ctx.natural(), j);
      ctx.line(p, code, first.period, ['DUPLICATE_PAYMENT'], { fen: first.fen, sfzh: ctx.dirtyIdSpelling(p.id, j) });
    },
  },
  {
    name: 'paid-again-in-supplementary-batch',
    size: 1,
    build(ctx, j) {
      const plan = rot(PARTLY_FAILED, j);
      const p = ctx.beneficiary(plan.programme);
      const first = only(ctx.natural(), plan.period);
      ctx.line(p, plan.programme, plan.period, ['DUPLICATE_PAYMENT'], { fen: first.fen, supplementary: true });
    },
  },
  {
    // The first payment failed at the bank, so the 补发 line is the only real payment.
    name: 'failed-then-repaid',
    size: 1,
    build(ctx, j) {
      const plan = rot(PARTLY_FAILED, j + 1);
      const p = ctx.beneficiary(plan.programme);
      const first = only(ctx.natural(), plan.period);
      first.failed = true;
      ctx.line(p, plan.programme, plan.period, [], { fen: first.fen, supplementary: true });
    },
  },
  {
    // ok, failed, ok in one batch: only the third is a duplicate.
    name: 'three-lines-one-failed',
    size: 1,
    build(ctx, j) {
      const plan = rot(PARTLY_FAILED, j + 2);
      const p = ctx.beneficiary(plan.programme);
      const first = only(ctx.natural(), plan.period);
      ctx.line(p, plan.programme, plan.period, [], { fen: first.fen, failed: true });
      ctx.line(p, plan.programme, plan.period, ['DUPLICATE_PAYMENT'], { fen: first.fen });
    },
  },

  // ---- finance: accounts -----------------------------------------------------------------------
  {
    name: 'paid-into-retired-account',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(MONTHLY, j));
      const old = ctx.newAccount();
      ctx.register(p, old.account, '3', old.bankCode, false);
      const l = rot(ctx.natural(), j);
      l.account = old.account;
      l.intended!.add('ACCOUNT_NOT_REGISTERED');
    },
  },
  {
    name: 'paid-into-unregistered-account',
    size: 1,
    build(ctx, j) {
      ctx.beneficiary(rot(['MZ-GL', 'NY-GD', 'MZ-DB', 'TY-YF', 'CL-HL'] as const, j));
      const l = rot(ctx.natural(), j);
      l.account = ctx.newAccount().account;
      l.intended!.add('ACCOUNT_NOT_REGISTERED');
    },
  },
  {
    name: 'paid-into-spouse-bank-card',
    size: 2,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(MONTHLY, j + 1), { sex: '1' });
      const spouse = ctx.resident({ sex: '2', accountType: '2', village: p.village, age: 50 });
      const l = rot(ctx.natural(), j);
      l.account = spouse.payAccount!;
      l.intended!.add('ACCOUNT_NOT_REGISTERED');
    },
  },
  {
    name: 'two-accounts-in-use',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(MONTHLY, j + 2));
      const second = ctx.newAccount();
      ctx.register(p, second.account, '2', second.bankCode, true);
      mark(ctx.natural(), p, 'MULTIPLE_ACCOUNTS');
    },
  },
  {
    // One account registered twice is still one card.
    name: 'same-account-registered-twice',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(MONTHLY, j + 3));
      ctx.register(p, p.payAccount!, '1', p.cards[0]!.bank.code, true);
      ctx.natural();
    },
  },
  {
    // 代领: an old person's money goes to the son's card, and finance registered it that way.
    name: 'paid-into-relatives-card-registered',
    size: 2,
    build(ctx) {
      const elder = ctx.beneficiary('MZ-GL', { noAccount: true });
      const son = ctx.resident({ sex: '1', age: 48, family: Array.from(elder.name)[0], village: elder.village });
      ctx.register(elder, son.cards[0]!.account, '1', son.cards[0]!.bank.code, true);
      mark(ctx.natural(), elder, 'CARD_HOLDER_MISMATCH');
    },
  },
  {
    name: 'paid-into-relatives-card-unregistered',
    size: 2,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(MONTHLY, j), { sex: '2' });
      const spouse = ctx.resident({ sex: '1', age: 55, village: p.village });
      const l = rot(ctx.natural(), j);
      l.account = spouse.cards[0]!.account;
      l.intended!.add('CARD_HOLDER_MISMATCH');
      l.intended!.add('ACCOUNT_NOT_REGISTERED');
    },
  },
  {
    name: 'card-not-active',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(MONTHLY, j + 4), { cardStatus: rot(['2', '0', '3'] as const, j) });
      mark(ctx.natural(), p, 'CARD_NOT_ACTIVE');
    },
  },

  // ---- finance: amounts ------------------------------------------------------------------------
  {
    name: 'amount-above-standard',
    size: 1,
    build(ctx, j) {
      const code = rot(['MZ-GL', 'CL-HL', 'MZ-TK', 'CL-SH', 'TY-YF', 'CL-KF'] as const, j);
      ctx.beneficiary(code);
      const l = rot(ctx.natural(), j);
      const standard = programme(code).standardFen!;
      l.fen = j % 2 === 0 ? standard * 10 : standard + 1;
      l.intended!.add('AMOUNT_ABOVE_STANDARD');
    },
  },
  {
    // Exactly the standard is within it; no standard means nothing to exceed.
    name: 'amount-at-standard-or-no-standard',
    size: 1,
    build(ctx, j) {
      const code = rot(['CL-HL', 'MZ-TK', 'NY-GD', 'MZ-LSJZ', 'MZ-GL'] as const, j);
      ctx.beneficiary(code);
      const l = rot(ctx.natural(), j);
      l.fen = programme(code).standardFen ?? 2_000_000;
    },
  },

  // ---- civil affairs ---------------------------------------------------------------------------
  {
    name: 'dibao-paid-to-non-member',
    size: 1,
    build(ctx, j) {
      if (j % 2 === 0) {
        const p = ctx.resident({ age: 52 });
        ctx.line(p, 'MZ-DB', rot(PERIODS, j), ['NOT_ON_DIBAO'], { fen: ctx.rng.int(300, 900) * 100 });
      } else {
        // A disabled person who is not on dibao gets the dibao-only disability allowance.
        const p = ctx.beneficiary('CL-HL');
        ctx.natural();
        ctx.line(p, 'CL-SH', rot(PERIODS, j), ['NOT_ON_DIBAO'], { fen: 10000 });
      }
    },
  },
  {
    name: 'dibao-ended-still-paid',
    size: 1,
    build(ctx, j) {
      const code = rot(['MZ-DB', 'CL-SH'] as const, j);
      const p = ctx.beneficiary(code);
      const h = p.memberships[0]!.household;
      const k = j % 4;
      h.end = k === 0 ? addDays('20231001', ctx.rng.int(0, 60)) : insideMonth(ctx, k - 1);
      ctx.natural();
      ctx.plantWhere(p, code, (d) => !householdActive(h, d), ['NOT_ON_DIBAO']);
    },
  },
  {
    // TBRQ is exclusive: a guarantee ending on d is no longer active on d.
    name: 'dibao-ended-on-period-start',
    size: 1,
    build(ctx, j) {
      const code = rot(['MZ-DB', 'CL-SH'] as const, j);
      const p = ctx.beneficiary(code);
      const k = 1 + (j % 3);
      p.memberships[0]!.household.end = D[k]!;
      ctx.natural();
      ctx.line(p, code, PERIODS[k]!, ['NOT_ON_DIBAO']);
    },
  },
  {
    name: 'dibao-paid-before-entry',
    size: 1,
    build(ctx, j) {
      const code = rot(['MZ-DB', 'CL-SH'] as const, j);
      const p = ctx.beneficiary(code);
      const k = j % 3;
      p.memberships[0]!.household.start = insideMonth(ctx, k);
      ctx.natural();
      ctx.line(p, code, PERIODS[k]!, ['NOT_ON_DIBAO'], { fen: code === 'MZ-DB' ? p.memberships[0]!.household.allowanceFen : 10000 });
    },
  },
  {
    // NBRQ is inclusive: a household entering on d is on dibao on d.
    name: 'dibao-entered-on-period-start',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(['MZ-DB', 'CL-SH'] as const, j));
      p.memberships[0]!.household.start = D[1 + (j % 3)]!;
      ctx.natural();
    },
  },
  {
    name: 'support-ended-still-paid',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary('MZ-TK');
      const s = p.support[0]!;
      s.end = j % 2 === 0 ? D[1 + (j % 3)]! : insideMonth(ctx, j % 3);
      ctx.natural();
      const end = s.end;
      ctx.plantWhere(p, 'MZ-TK', (d) => !(d < end), ['NOT_SUPPORTED_PERSON']);
    },
  },
  {
    name: 'support-paid-to-non-supported',
    size: 1,
    build(ctx, j) {
      const p = ctx.resident({ age: 70 });
      ctx.line(p, 'MZ-TK', rot(PERIODS, j), ['NOT_SUPPORTED_PERSON'], { fen: 90000 });
    },
  },

  // ---- disability federation -------------------------------------------------------------------
  {
    name: 'certificate-expired',
    size: 1,
    build(ctx, j) {
      const code = rot(['CL-HL', 'CL-SH', 'CL-KF'] as const, j);
      const p = ctx.beneficiary(code);
      const k = code === 'CL-KF' ? 3 : 1 + (j % 3);
      const cert = p.certificates[0]!;
      cert.validUntil = addDays(D[k]!, -ctx.rng.int(1, 20));
      cert.issued = addYears(addDays(cert.validUntil, 1), -10);
      ctx.natural();
      ctx.plantWhere(p, code, (d) => validCertificate(p, d) === null, ['NO_VALID_DISABILITY_CERT']);
    },
  },
  {
    // YXQZ is inclusive: valid on its last day.
    name: 'certificate-valid-until-period-start',
    size: 1,
    build(ctx, j) {
      const code = rot(['CL-HL', 'CL-SH', 'CL-KF'] as const, j);
      const p = ctx.beneficiary(code);
      const k = code === 'CL-KF' ? 3 : 1 + (j % 3);
      const cert = p.certificates[0]!;
      cert.validUntil = D[k]!;
      cert.issued = addYears(addDays(cert.validUntil, 1), -10);
      ctx.natural();
      ctx.plantWhere(p, code, (d) => validCertificate(p, d) === null, ['NO_VALID_DISABILITY_CERT']);
    },
  },
  {
    // ZXRQ is exclusive: cancelled on d means not valid on d.
    name: 'certificate-cancelled',
    size: 1,
    build(ctx, j) {
      const code = rot(['CL-HL', 'CL-SH'] as const, j);
      const p = ctx.beneficiary(code);
      p.certificates[0]!.cancelled = j % 2 === 0 ? D[1 + (j % 3)]! : insideMonth(ctx, j % 3);
      ctx.natural();
      ctx.plantWhere(p, code, (d) => validCertificate(p, d) === null, ['NO_VALID_DISABILITY_CERT']);
    },
  },
  {
    name: 'no-certificate',
    size: 1,
    build(ctx, j) {
      const variant = j % 3;
      if (variant === 2) {
        // On dibao but never certified, paid the dibao disability allowance.
        const p = ctx.beneficiary('MZ-DB');
        ctx.natural();
        ctx.line(p, 'CL-SH', rot(PERIODS, j), ['NO_VALID_DISABILITY_CERT'], { fen: 10000 });
      } else {
        const p = ctx.resident({ age: 40 });
        const code: ProgrammeCode = variant === 0 ? 'CL-KF' : 'CL-HL';
        ctx.line(p, code, rot(mainPeriods(code), j), ['NO_VALID_DISABILITY_CERT'], { fen: 10000 });
      }
    },
  },
  {
    name: 'level-too-low',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary('CL-HL', { level: rot(['3', '4'], j) });
      ctx.natural();
      ctx.plantWhere(p, 'CL-HL', () => true, ['DISABILITY_LEVEL_TOO_LOW']);
    },
  },
  {
    // Re-assessed from level 2 to 3: the old certificate is cancelled the day the new one is issued.
    name: 'level-lowered-on-reassessment',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary('CL-HL', { level: '2' });
      const old = p.certificates[0]!;
      const on = insideMonth(ctx, j % 3);
      old.cancelled = on;
      p.certificates.push({ category: old.category, level: '3', issued: on, validUntil: addDays(addYears(on, 10), -1), cancelled: null });
      ctx.natural();
      ctx.plantWhere(p, 'CL-HL', (d) => validCertificate(p, d)?.level === '3', ['DISABILITY_LEVEL_TOO_LOW']);
    },
  },

  // ---- age -------------------------------------------------------------------------------------
  {
    name: 'under-eighty',
    size: 1,
    build(ctx, j) {
      const p = ctx.resident({ birth: addDays('19440502', ctx.rng.int(0, 1500)) });
      ctx.line(p, 'MZ-GL', rot(PERIODS, j), ['UNDER_AGE'], { fen: 10000 });
    },
  },
  {
    // Turns 80 exactly on d (29 February 1944 turns 80 before 1 March 2024).
    name: 'turns-eighty-on-period-start',
    size: 1,
    build(ctx, j) {
      const k = 1 + (j % 3);
      const birth = j % 6 === 4 ? '19440229' : `1944${D[k]!.slice(4)}`;
      const p = ctx.beneficiary('MZ-GL', { birth });
      ctx.natural();
      const before = birth === '19440229' ? PERIODS[1]! : PERIODS[k - 1]!;
      ctx.line(p, 'MZ-GL', before, ['UNDER_AGE'], { fen: 10000 });
    },
  },

  // ---- HR: employment --------------------------------------------------------------------------
  {
    name: 'public-employee-on-dibao',
    size: 1,
    build(ctx, j) {
      const code = rot(['MZ-DB', 'CL-SH'] as const, j);
      const p = ctx.beneficiary(code);
      ctx.employ(p, rot(['10', '20'] as const, j), addDays('20210301', ctx.rng.int(0, 700)), null);
      ctx.natural();
      ctx.plantWhere(p, code, () => true, ['PUBLIC_EMPLOYEE_ON_DIBAO']);
    },
  },
  {
    // CBZZRQ is exclusive: employment ending on d is over on d.
    name: 'public-employment-ended-on-period-start',
    size: 1,
    build(ctx, j) {
      const code = rot(['MZ-DB', 'CL-SH'] as const, j);
      const p = ctx.beneficiary(code);
      const k = 1 + (j % 3);
      ctx.employ(p, rot(['20', '10'] as const, j), addDays('20190901', ctx.rng.int(0, 900)), D[k]!);
      ctx.natural();
      ctx.plantWhere(p, code, (d) => d < D[k]!, ['PUBLIC_EMPLOYEE_ON_DIBAO']);
    },
  },
  {
    name: 'enterprise-employee-on-dibao',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(['MZ-DB', 'CL-SH'] as const, j));
      ctx.employ(p, rot(['30', '90'] as const, j), addDays('20220101', ctx.rng.int(0, 600)), null);
      ctx.natural();
    },
  },

  // ---- ruling 1: unreadable dates resolve to the reading that flags the line -------------------
  {
    // NBRQ not a date never started; TBRQ not a date has ended.
    name: 'dibao-date-unreadable',
    size: 1,
    build(ctx, j) {
      const code = rot(['MZ-DB', 'CL-SH'] as const, j);
      const p = ctx.beneficiary(code);
      const lines = ctx.natural();
      p.memberships[0]!.household.cells = j % 2 === 0 ? { NBRQ: rot(JUNK_DATES, j) } : { TBRQ: rot(JUNK_DATES, j) };
      mark(lines, p, 'NOT_ON_DIBAO');
    },
  },
  {
    // KSRQ not a date never started; ZZRQ not a date has ended.
    name: 'support-date-unreadable',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary('MZ-TK');
      const lines = ctx.natural();
      p.support[0]!.cells = j % 2 === 0 ? { ZZRQ: rot(JUNK_DATES, j + 1) } : { KSRQ: rot(JUNK_DATES, j + 1) };
      mark(lines, p, 'NOT_SUPPORTED_PERSON');
    },
  },
  {
    // CBZZRQ not a date is still open; a CBKSRQ not a date, by the same policy, has started.
    name: 'public-employment-date-unreadable',
    size: 1,
    build(ctx, j) {
      const code = rot(['MZ-DB', 'CL-SH'] as const, j);
      const p = ctx.beneficiary(code);
      const e = ctx.employ(p, rot(['10', '20'] as const, j), addDays('20200301', ctx.rng.int(0, 700)), null);
      e.cells = j % 2 === 0 ? { CBZZRQ: rot(JUNK_DATES, j + 2) } : { CBKSRQ: rot(JUNK_DATES, j + 2) };
      ctx.natural();
      ctx.plantWhere(p, code, () => true, ['PUBLIC_EMPLOYEE_ON_DIBAO']);
    },
  },
  {
    // SJSFRQ not a date falls back to XQZR; XQZR not a date with no readable SJSFRQ is never
    // released, with one it is released then; XQQR not a date has started.
    name: 'sentence-date-unreadable',
    size: 1,
    build(ctx, j) {
      const code = rot(MONTHLY, j + 2);
      const p = ctx.beneficiary(code);
      const start = addDays('20200101', ctx.rng.int(0, 600));
      const k = 1 + (Math.floor(j / 4) % 3);
      const junk = rot(JUNK_DATES, j + 3);
      const variant = j % 4;
      if (variant === 0) ctx.sentence(p, '01', start, D[k]!, null).cells = { SJSFRQ: junk };
      else if (variant === 1) ctx.sentence(p, '01', start, null, null).cells = { XQZR: junk };
      else if (variant === 2) ctx.sentence(p, '01', start, null, D[k]!).cells = { XQZR: junk };
      else ctx.sentence(p, '04', start, D[k]!, null).cells = { XQQR: junk };
      ctx.natural();
      ctx.plantWhere(p, code, (d) => inCustody(p, d), ['IN_CUSTODY']);
    },
  },
  {
    // FZRQ, YXQZ or ZXRQ not a date: that certificate is not valid.
    name: 'certificate-date-unreadable',
    size: 1,
    build(ctx, j) {
      const code = rot(['CL-HL', 'CL-SH', 'CL-KF'] as const, j);
      const p = ctx.beneficiary(code);
      const lines = ctx.natural();
      const junk = rot(JUNK_DATES, j + 4);
      const variant = Math.floor(j / 3) % 3;
      p.certificates[0]!.cells = variant === 0 ? { ZXRQ: junk } : variant === 1 ? { YXQZ: junk } : { FZRQ: junk };
      mark(lines, p, 'NO_VALID_DISABILITY_CERT');
    },
  },
  {
    // SWRQ not a date reads as a death before d; ZXRQ not a date, as a cancellation before d.
    name: 'register-date-unreadable',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(MONTHLY, j + 1));
      const lines = ctx.natural();
      if (j % 2 === 0) {
        p.status = '1';
        p.cells = { SWRQ: rot(JUNK_DATES, j) };
        mark(lines, p, 'DECEASED');
      } else {
        p.status = '2';
        p.cells = { ZXRQ: rot(JUNK_DATES, j) };
        mark(lines, p, 'REGISTRATION_CANCELLED');
      }
    },
  },

  // ---- ruling 2: no readable register date of birth --------------------------------------------
  {
    // The date of birth inside the ID number decides instead.
    name: 'age-from-id-number',
    size: 1,
    build(ctx, j) {
      const csrq = rot(['19440230', '', '00000000', null] as const, j);
      if (j % 2 === 0) {
        const p = ctx.resident({ birth: addDays('19440502', ctx.rng.int(0, 1500)) });
        p.cells = { CSRQ: csrq };
        ctx.line(p, 'MZ-GL', rot(PERIODS, j), ['UNDER_AGE'], { fen: 10000 });
      } else {
        const p = ctx.beneficiary('MZ-GL');
        p.cells = { CSRQ: csrq };
        ctx.natural();
      }
    },
  },

  // ---- ruling 3: several certificates, unknown levels ------------------------------------------
  {
    // A valid certificate whose level code is not 1–4 does not prove a severe disability.
    name: 'severe-level-unknown-code',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary('CL-HL', { level: rot(['1', '2'], j) });
      const lines = ctx.natural();
      const c = p.certificates[0]!;
      const level = rot(['0', '5', '9'], j);
      c.cells = { CJDJDM: level, CJRZH: `${p.id}${c.category}${level}` };
      mark(lines, p, 'DISABILITY_LEVEL_TOO_LOW');
    },
  },
  {
    // Two certificates valid at once: too low only when neither is of level 1 or 2.
    name: 'several-valid-certificates',
    size: 1,
    build(ctx, j) {
      const variant = j % 3;
      const first = variant === 0 ? rot(['3', '4'], j) : rot(['1', '2'], j);
      const p = ctx.beneficiary('CL-HL', { level: first });
      const c = p.certificates[0]!;
      const second = variant === 0 ? (first === '3' ? '4' : '3') : variant === 1 ? rot(['3', '4'], j) : '9';
      const issued = addDays(c.issued, ctx.rng.int(0, 300));
      p.certificates.push({ category: c.category === '4' ? '6' : '4', level: second, issued, validUntil: addDays(addYears(issued, 10), -1), cancelled: null });
      ctx.natural();
      if (variant === 0) ctx.plantWhere(p, 'CL-HL', () => true, ['DISABILITY_LEVEL_TOO_LOW']);
    },
  },

  // ---- ruling 4: readings confirmed ------------------------------------------------------------
  {
    name: 'register-without-division-code',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(['MZ-GL', 'MZ-DB', 'CL-HL', 'MZ-TK'] as const, j));
      p.cells = { HJDZ_XZQHDM: rot([null, ''], j) };
      mark(ctx.natural(), p, 'REGION_MISMATCH');
    },
  },
  {
    name: 'line-without-name',
    size: 1,
    build(ctx, j) {
      ctx.beneficiary(rot(MONTHLY, j + 3));
      const l = rot(ctx.natural(), j);
      l.name = rot(['', '\u3000'], j);
      l.intended!.add('NAME_MISMATCH');
    },
  },
  {
    // A failed line is skipped by DUPLICATE_PAYMENT only: its other findings stand.
    name: 'failed-line-still-checked',
    size: 1,
    build(ctx, j) {
      const plan = rot(PARTLY_FAILED, j + 3);
      const p = ctx.beneficiary(plan.programme);
      const first = only(ctx.natural(), plan.period);
      first.failed = true;
      first.account = ctx.newAccount().account;
      first.intended!.add('ACCOUNT_NOT_REGISTERED');
      ctx.line(p, plan.programme, plan.period, [], { fen: first.fen, supplementary: true });
    },
  },
  {
    // A card with no holder ID names no other person.
    name: 'card-without-holder-id',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(MONTHLY, j + 1));
      p.cards[0]!.cells = { SFZH: rot(['', null], j) };
      ctx.natural();
    },
  },
  {
    // Every card carrying the account counts: an old card on the same account that is not active.
    name: 'account-on-two-cards',
    size: 1,
    build(ctx, j) {
      const p = ctx.beneficiary(rot(MONTHLY, j + 2));
      ctx.card(p, rot(['3', '2', '0'] as const, j), p.payAccount!);
      mark(ctx.natural(), p, 'CARD_NOT_ACTIVE');
    },
  },
];
