/**
 * The four finance-only cross-check rules (crosscheck-rules.md), evaluated over payment lines with
 * the department's own data. Only findings leave here, each with evidence in plain words.
 */
import type { ProgrammeRecord } from '../../adapters/finance/records.js';
import type { ScreeningAccount } from '../../adapters/finance/screening-accounts.js';
import type { ScreeningGroupLine, ScreeningLine } from '../../adapters/finance/screening-lines.js';
import { formatPeriod } from '../../lib/dates.js';
import { maskAccountNumber } from '../../lib/masking.js';
import { fenToDecimal } from '../../lib/money.js';
import type { HitSink } from '../runtime/screening-columns.js';
import { compareLineIds } from '../../lib/line-ids.js';

export type FinanceRule = 'DUPLICATE_PAYMENT' | 'ACCOUNT_NOT_REGISTERED' | 'MULTIPLE_ACCOUNTS' | 'AMOUNT_ABOVE_STANDARD';

/** What the rules need besides the lines themselves. */
export interface FinanceScreeningData {
  programmes: ReadonlyMap<string, ProgrammeRecord>;
  /** Registered accounts in use with a number, by normalised ID number, by record id. */
  accounts: ReadonlyMap<string, readonly ScreeningAccount[]>;
  /** Every line of the screened persons under the screened (programme, period) pairs, any batch. */
  sameProgrammePeriodLines: readonly ScreeningGroupLine[];
}

/** Only a failed line pays nothing; a line of any other status, recognised or not, counts as paying. */
export function isFailed(line: Pick<ScreeningLine, 'status'>): boolean {
  return line.status === 'FAILED';
}

/**
 * Values by (programme code, period): a question's lines fall into a few such pairs, so a nested
 * map finds a pair without making a key text per line.
 */
class ByProgrammePeriod<V> {
  private readonly byProgramme = new Map<string, Map<string, V>>();

  get(programmeCode: string, period: string): V | undefined {
    return this.byProgramme.get(programmeCode)?.get(period);
  }

  getOrAdd(programmeCode: string, period: string, make: () => V): V {
    let periods = this.byProgramme.get(programmeCode);
    if (periods === undefined) this.byProgramme.set(programmeCode, (periods = new Map()));
    let value = periods.get(period);
    if (value === undefined) periods.set(period, (value = make()));
    return value;
  }
}

/** The lines the rules apply to: the caller reports ID_INVALID itself and evaluates nothing else for those. */
export function screenableLines<L extends ScreeningLine>(lines: readonly L[]): L[] {
  return lines.filter((line) => line.idNumberValid);
}

/** The (programme, period) groups whose other lines the duplicate rule must see. */
export function duplicateSearchGroups(lines: readonly ScreeningLine[]): Array<{ programmeCode: string; period: string; idNumbers: string[] }> {
  const groups = new ByProgrammePeriod<{ programmeCode: string; period: string; idNumbers: string[] }>();
  const ordered: Array<{ programmeCode: string; period: string; idNumbers: string[] }> = [];
  for (const line of lines) {
    const { programmeCode, period } = line.batch;
    // A failed line is never flagged, and a batch without programme or period has no group to duplicate.
    if (isFailed(line) || programmeCode === null || period === null) continue;
    const group = groups.getOrAdd(programmeCode, period, () => {
      const added = { programmeCode, period, idNumbers: [] };
      ordered.push(added);
      return added;
    });
    group.idNumbers.push(line.idNumber);
  }
  return ordered;
}

const NO_ACCOUNTS: readonly ScreeningAccount[] = [];

/** How many different numbers the accounts carry; one or none needs no set. */
function distinctNumbers(accounts: readonly ScreeningAccount[]): number {
  return accounts.length < 2 ? accounts.length : new Set(accounts.map((account) => account.accountNumber)).size;
}

function describeAccount(account: ScreeningAccount): string {
  const registered = account.registeredOn ? `，${account.registeredOn} 登记` : '';
  return `登记记录 ${account.recordId}（账户 ${maskAccountNumber(account.accountNumber)}${registered}）`;
}

/** Evaluates the four rules for each line into `sink`; hits come in the lines' order, rules in table order. */
export function screenLines(lines: readonly ScreeningLine[], data: FinanceScreeningData, sink: HitSink): void {
  const hit = (line: ScreeningLine, rule: FinanceRule, evidence: string) => sink.add(line.id, rule, evidence);
  // The earliest not-failed line of each (programme, period, person) group is the one that pays.
  const firstPaying = new ByProgrammePeriod<Map<string, ScreeningGroupLine>>();
  for (const other of data.sameProgrammePeriodLines) {
    const { programmeCode, period } = other.batch;
    if (isFailed(other) || programmeCode === null || period === null) continue;
    const persons = firstPaying.getOrAdd(programmeCode, period, () => new Map());
    const current = persons.get(other.idNumber);
    if (!current || compareLineIds(other.id, current.id) < 0) persons.set(other.idNumber, other);
  }

  for (const line of screenableLines(lines)) {
    const { programmeCode, period } = line.batch;

    if (!isFailed(line) && programmeCode !== null && period !== null) {
      const first = firstPaying.get(programmeCode, period)?.get(line.idNumber);
      if (first && compareLineIds(first.id, line.id) < 0) {
        hit(line, 'DUPLICATE_PAYMENT', `明细 ${first.id}（批次 ${first.batch.batchNumber}）已向此人发放项目 ${programmeCode} ${formatPeriod(period)} 期间的补贴`);
      }
    }

    const accounts = data.accounts.get(line.idNumber) ?? NO_ACCOUNTS;
    if (line.accountNumber === null || !accounts.some((account) => account.accountNumber === line.accountNumber)) {
      const paidInto = line.accountNumber === null ? '发放明细无账户' : `发放账户 ${maskAccountNumber(line.accountNumber)} 不是此人登记在用的账户`;
      const registered = accounts.length === 0 ? '此人无在用的登记账户' : `此人在用的登记账户：${accounts.map(describeAccount).join('，')}`;
      hit(line, 'ACCOUNT_NOT_REGISTERED', `${paidInto}；${registered}`);
    }

    const distinct = distinctNumbers(accounts);
    if (distinct >= 2) {
      hit(line, 'MULTIPLE_ACCOUNTS', `此人有 ${distinct} 个不同的在用登记账户：${accounts.map(describeAccount).join('，')}`);
    }

    const standard = programmeCode === null ? null : (data.programmes.get(programmeCode)?.standardAmountFen ?? null);
    if (standard !== null && line.amountFen > standard) {
      hit(line, 'AMOUNT_ABOVE_STANDARD', `发放 ${fenToDecimal(line.amountFen)} 元，超过标准 ${fenToDecimal(standard)} 元（项目 ${programmeCode}${period ? `，${formatPeriod(period)} 期间` : ''}）`);
    }
  }
}
