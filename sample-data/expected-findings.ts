/**
 * The reference evaluator: the cross-check rules applied literally, line by line, to the legacy
 * rows the generator wrote. It deliberately shares no code with the generator's notion of
 * eligibility (nor with the hub's own lib helpers), so that a mistake in either shows up as a
 * disagreement in the tests instead of being baked into the ground truth.
 *
 * Memory stays proportional to the payment lines: the lines are collected while the county is
 * written, then the county is generated a second time and only the rows that concern an ID or an
 * account number on some line are kept.
 */
import type { LegacyTableName, NewLegacyTableRow } from '../adapters/legacy-tables.js';
import { RULES, type Rule } from '../lib/rules.js';
import type { ExpectedFinding, RowSink } from './rows.js';

/** A row as the generator wrote it. */
type Row<T extends LegacyTableName> = NewLegacyTableRow<T>;

// ---- normalisation, written out again on purpose --------------------------------------------

function trim(raw: string | null | undefined): string {
  if (raw == null) return '';
  let start = 0;
  let end = raw.length;
  while (start < end && isPadding(raw[start]!)) start++;
  while (end > start && isPadding(raw[end - 1]!)) end--;
  return raw.slice(start, end);
}

function isPadding(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === '\u3000';
}

export function normalId(raw: string | null | undefined): string {
  const t = trim(raw);
  return t.endsWith('x') ? `${t.slice(0, -1)}X` : t;
}

/**
 * A CHAR(8) date cell: '' and NULL are no date; a real calendar date is a date; anything else is
 * junk, which the rulings resolve per column to the reading that flags the line.
 */
type Cell = { kind: 'none' } | { kind: 'date'; value: string } | { kind: 'junk' };

function cell(raw: string | null | undefined): Cell {
  const t = trim(raw);
  if (t === '') return { kind: 'none' };
  return realDate(t) ? { kind: 'date', value: t } : { kind: 'junk' };
}

function realDate(t: string): boolean {
  if (!/^[0-9]{8}$/.test(t)) return false;
  const y = Number(t.slice(0, 4));
  const m = Number(t.slice(4, 6));
  const d = Number(t.slice(6, 8));
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return m >= 1 && m <= 12 && d >= 1 && d <= monthDays[m - 1]!;
}

/** The readable date, or null for none and junk alike (callers that care ask `cell` first). */
function date(raw: string | null | undefined): string | null {
  const c = cell(raw);
  return c.kind === 'date' ? c.value : null;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

function validId(id: string): boolean {
  if (id.length !== 18) return false;
  for (let i = 0; i < 17; i++) if (id[i]! < '0' || id[i]! > '9') return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (m < 1 || m > 12 || d < 1 || d > monthDays[m - 1]!) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i]!;
  return id[17] === '10X98765432'[sum % 11];
}

/** Exact decimal text to fen (the generator writes DECIMAL columns as text; NULL pays nothing). */
function fen(raw: string | number | null): number {
  const [whole, frac = ''] = trim(raw === null ? null : String(raw)).split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0').slice(0, 2));
}

// ---- collecting ------------------------------------------------------------------------------

/** Keeps the finance tables a check reads whole: programmes, batches, lines (and the intents). */
export class LineCollector implements RowSink {
  readonly programmes = new Map<string, Row<'BT_XM'>>();
  readonly batches = new Map<string, Row<'FF_PC'>>();
  readonly lines: Row<'FF_MX'>[] = [];
  readonly intents = new Map<number, ReadonlySet<Rule> | null>();

  row<T extends LegacyTableName>(table: T, row: Row<T>): void {
    if (table === 'BT_XM') this.programmes.set(trim((row as Row<'BT_XM'>).XMDM), row as Row<'BT_XM'>);
    else if (table === 'FF_PC') this.batches.set(trim((row as Row<'FF_PC'>).PCH), row as Row<'FF_PC'>);
    else if (table === 'FF_MX') this.lines.push(row as Row<'FF_MX'>);
  }

  lineIntent(mxid: number, intended: ReadonlySet<Rule> | null): void {
    this.intents.set(mxid, intended);
  }

  /** The IDs and account numbers the other departments' rows are needed for. */
  interest(): { ids: Set<string>; accounts: Set<string> } {
    const ids = new Set<string>();
    const accounts = new Set<string>();
    for (const l of this.lines) {
      ids.add(normalId(l.SFZH));
      accounts.add(trim(l.YHZH));
    }
    return { ids, accounts };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The other departments' rows about the IDs and accounts of interest. */
export class FactCollector implements RowSink {
  readonly register = new Map<string, Row<'RK_RYJBXX'>[]>();
  readonly sentences = new Map<string, Row<'ZF_XFZX'>[]>();
  readonly households = new Map<string, Row<'DB_JT'>>();
  /** Households by their head's normalised ID: a head without a member row is a member all the same. */
  readonly headed = new Map<string, Row<'DB_JT'>[]>();
  readonly memberships = new Map<string, Row<'DB_JTCY'>[]>();
  readonly support = new Map<string, Row<'TK_GYRY'>[]>();
  readonly cardsByAccount = new Map<string, Row<'SBK_KXX'>[]>();
  readonly employments = new Map<string, Row<'CB_DWCBRY'>[]>();
  readonly certificates = new Map<string, Row<'CJR_ZXX'>[]>();
  readonly accounts = new Map<string, Row<'BT_DXZH'>[]>();

  constructor(private readonly interest: { ids: Set<string>; accounts: Set<string> }) {}

  row<T extends LegacyTableName>(table: T, row: Row<T>): void {
    const { ids } = this.interest;
    switch (table) {
      case 'RK_RYJBXX': {
        const r = row as Row<'RK_RYJBXX'>;
        const id = normalId(r.GMSFHM);
        if (ids.has(id)) push(this.register, id, r);
        break;
      }
      case 'ZF_XFZX': {
        const r = row as Row<'ZF_XFZX'>;
        const id = normalId(r.ZJHM);
        if (ids.has(id)) push(this.sentences, id, r);
        break;
      }
      case 'DB_JT': {
        // Households are few; keep them all rather than guess which members will follow.
        const r = row as Row<'DB_JT'>;
        this.households.set(trim(r.JTBH), r);
        push(this.headed, normalId(r.HZSFZH), r);
        break;
      }
      case 'DB_JTCY': {
        const r = row as Row<'DB_JTCY'>;
        const id = normalId(r.SFZH);
        if (ids.has(id)) push(this.memberships, id, r);
        break;
      }
      case 'TK_GYRY': {
        const r = row as Row<'TK_GYRY'>;
        const id = normalId(r.SFZH);
        if (ids.has(id)) push(this.support, id, r);
        break;
      }
      case 'SBK_KXX': {
        const r = row as Row<'SBK_KXX'>;
        const account = trim(r.YHZH);
        if (this.interest.accounts.has(account)) push(this.cardsByAccount, account, r);
        break;
      }
      case 'CB_DWCBRY': {
        const r = row as Row<'CB_DWCBRY'>;
        const id = normalId(r.SFZH);
        if (ids.has(id)) push(this.employments, id, r);
        break;
      }
      case 'CJR_ZXX': {
        const r = row as Row<'CJR_ZXX'>;
        const id = normalId(r.SFZH);
        if (ids.has(id)) push(this.certificates, id, r);
        break;
      }
      case 'BT_DXZH': {
        const r = row as Row<'BT_DXZH'>;
        const id = normalId(r.SFZH);
        if (ids.has(id)) push(this.accounts, id, r);
        break;
      }
      default:
        break;
    }
  }
}

// ---- the rules -----------------------------------------------------------------------------------

/** Dibao and support periods: a junk start never started, a junk end has ended (ruling 1). */
function assistanceActiveOn(d: string, startRaw: string | null, endRaw: string | null): boolean {
  const start = cell(startRaw);
  const end = cell(endRaw);
  if (start.kind !== 'date' || start.value > d) return false;
  if (end.kind === 'junk') return false;
  return end.kind === 'none' || d < end.value;
}

/** Insured employment: a junk end is still open (ruling 1), and a junk start, by the same policy, has started. */
function employmentActiveOn(d: string, startRaw: string | null, endRaw: string | null): boolean {
  const start = cell(startRaw);
  const end = cell(endRaw);
  const started = start.kind === 'junk' || (start.kind === 'date' && start.value <= d);
  return started && (end.kind !== 'date' || d < end.value);
}

function yearsOld(birth: string, d: string): number {
  const years = Number(d.slice(0, 4)) - Number(birth.slice(0, 4));
  return d.slice(4, 8) >= birth.slice(4, 8) ? years : years - 1;
}

/** Every finding for every collected line, ordered by line id then rule. */
export function evaluateLines(lines: LineCollector, facts: FactCollector): ExpectedFinding[] {
  const failed = (l: Row<'FF_MX'>): boolean => trim(l.FFZTDM) === '2';
  const batchOf = (l: Row<'FF_MX'>): Row<'FF_PC'> => {
    const b = lines.batches.get(trim(l.PCH));
    if (!b) throw new Error(`line ${l.MXID} names a batch that does not exist`);
    return b;
  };

  // DUPLICATE_PAYMENT: within each (ID, programme, period) the first non-failed line is the payment.
  const firstPaid = new Map<string, number>();
  for (const l of lines.lines) {
    const id = normalId(l.SFZH);
    if (!validId(id) || failed(l)) continue;
    const b = batchOf(l);
    const key = `${id}|${trim(b.XMDM)}|${trim(b.FFQJ)}`;
    const seen = firstPaid.get(key);
    if (seen === undefined || Number(l.MXID) < seen) firstPaid.set(key, Number(l.MXID));
  }

  const out: ExpectedFinding[] = [];
  for (const l of lines.lines) {
    const found = new Set<Rule>();
    const id = normalId(l.SFZH);
    const b = batchOf(l);
    const xm = lines.programmes.get(trim(b.XMDM));
    const d = `${trim(b.FFQJ)}01`;

    if (!validId(id)) {
      found.add('ID_INVALID');
    } else {
      // Finance only.
      const first = firstPaid.get(`${id}|${trim(b.XMDM)}|${trim(b.FFQJ)}`);
      if (!failed(l) && first !== undefined && first < Number(l.MXID)) found.add('DUPLICATE_PAYMENT');
      const registered = facts.accounts.get(id) ?? [];
      const inUse = registered.filter((a) => trim(a.ZT) === '1');
      if (!inUse.some((a) => trim(a.YHZH) === trim(l.YHZH))) found.add('ACCOUNT_NOT_REGISTERED');
      if (new Set(inUse.map((a) => trim(a.YHZH))).size >= 2) found.add('MULTIPLE_ACCOUNTS');
      if (xm && xm.BZJE !== null && trim(String(xm.BZJE)) !== '' && fen(l.JE) > fen(xm.BZJE)) found.add('AMOUNT_ABOVE_STANDARD');

      const registerRows = facts.register.get(id) ?? [];
      if (registerRows.length > 1) throw new Error('the register holds one ID twice; the rules do not say which row counts');
      const person = registerRows[0];
      if (!person) {
        found.add('PERSON_UNKNOWN');
      } else {
        evaluatePerson(l, id, d, b, xm, person, facts, found);
      }
    }
    for (const rule of RULES) if (found.has(rule)) out.push({ lineId: String(l.MXID), rule });
  }
  out.sort((a, b) => Number(a.lineId) - Number(b.lineId) || RULES.indexOf(a.rule) - RULES.indexOf(b.rule));
  return out;
}

function evaluatePerson(
  l: Row<'FF_MX'>,
  id: string,
  d: string,
  b: Row<'FF_PC'>,
  xm: Row<'BT_XM'> | undefined,
  person: Row<'RK_RYJBXX'>,
  facts: FactCollector,
  found: Set<Rule>,
): void {
  // Public security.
  // A line without a name is a mismatch whatever the register holds (ruling 4).
  if (trim(l.XM) === '' || trim(l.XM) !== trim(person.XM)) found.add('NAME_MISMATCH');
  // A junk date of death or cancellation reads as before d (ruling 1).
  const death = cell(person.SWRQ);
  if (death.kind === 'junk' || (death.kind === 'date' && death.value < d)) found.add('DECEASED');
  const cancelled = cell(person.ZXRQ);
  if (trim(person.RYZTDM) === '2' && (cancelled.kind === 'junk' || (cancelled.kind === 'date' && cancelled.value < d))) found.add('REGISTRATION_CANCELLED');
  if (trim(person.HJDZ_XZQHDM).slice(0, 6) !== trim(b.XZQHDM)) found.add('REGION_MISMATCH');

  // Justice.
  for (const s of facts.sentences.get(id) ?? []) {
    if (!['01', '02', '03', '04'].includes(trim(s.XZDM))) continue;
    // A junk start has started; a junk actual release falls back to the end of the term; a junk end is never.
    const start = cell(s.XQQR);
    const started = start.kind === 'junk' || (start.kind === 'date' && start.value <= d);
    const release = date(s.SJSFRQ) ?? date(s.XQZR);
    if (started && (release === null || d < release)) found.add('IN_CUSTODY');
  }

  // HR: the card that carries the account paid into.
  for (const card of facts.cardsByAccount.get(trim(l.YHZH)) ?? []) {
    // A card with no holder ID names no other person (ruling 4).
    const holder = normalId(card.SFZH);
    if (holder !== '' && holder !== id) found.add('CARD_HOLDER_MISMATCH');
    if (trim(card.KZTDM) !== '1') found.add('CARD_NOT_ACTIVE');
  }

  const condition = xm ? trim(xm.ZGTJ) : '';
  if (condition === '') return;

  if (condition === 'DIBAO' || condition === 'DIBAO_DISABLED') {
    const households = [
      ...(facts.memberships.get(id) ?? []).map((m) => facts.households.get(trim(m.JTBH))),
      ...(facts.headed.get(id) ?? []),
    ];
    const onDibao = households.some((h) => h !== undefined && assistanceActiveOn(d, h.NBRQ, h.TBRQ));
    if (!onDibao) found.add('NOT_ON_DIBAO');
    const publicJob = (facts.employments.get(id) ?? []).some(
      (e) => ['10', '20'].includes(trim(e.DWLXDM)) && employmentActiveOn(d, e.CBKSRQ, e.CBZZRQ),
    );
    if (publicJob) found.add('PUBLIC_EMPLOYEE_ON_DIBAO');
  }
  if (condition === 'TEKUN') {
    if (!(facts.support.get(id) ?? []).some((s) => assistanceActiveOn(d, s.KSRQ, s.ZZRQ))) found.add('NOT_SUPPORTED_PERSON');
  }
  if (condition === 'DISABLED_ANY' || condition === 'DISABLED_SEVERE' || condition === 'DIBAO_DISABLED') {
    const valid = (facts.certificates.get(id) ?? []).filter((c) => {
      // Any junk date makes the certificate not valid (ruling 1).
      if ([c.FZRQ, c.YXQZ, c.ZXRQ].some((raw) => cell(raw).kind === 'junk')) return false;
      const from = date(c.FZRQ);
      const until = date(c.YXQZ);
      const cancelledOn = date(c.ZXRQ);
      return from !== null && until !== null && from <= d && d <= until && (cancelledOn === null || d < cancelledOn);
    });
    if (valid.length === 0) found.add('NO_VALID_DISABILITY_CERT');
    else if (condition === 'DISABLED_SEVERE' && !valid.some((c) => ['1', '2'].includes(trim(c.CJDJDM)))) {
      found.add('DISABILITY_LEVEL_TOO_LOW');
    }
  }
  if (condition === 'AGE_80') {
    // No readable register date of birth: the one inside the (valid) ID number decides (ruling 2).
    const birth = date(person.CSRQ) ?? id.slice(6, 14);
    if (yearsOld(birth, d) < 80) found.add('UNDER_AGE');
  }
}
