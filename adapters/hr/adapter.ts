import { normaliseIdNumber } from '../../lib/id-number.js';
import { normaliseCode, normaliseName, trimLegacyText } from '../../lib/text.js';
import { parseLegacyDate, readLegacyDate } from '../../lib/dates.js';
import { chunk } from '../../lib/chunks.js';
import { codeTable } from '../code-table.js';
import { DepartmentDatabase } from '../database.js';
import { LOOKUP_CHUNK_SIZE, SET_LOOKUP_CHUNK_SIZE, idMatchSql } from '../sql-dialect.js';
import { accountMatchSql } from './account-sql.js';
import { CardTable, InsuredEmploymentTable, type CardRow, type InsuredEmploymentRow } from './entities.js';
import type { AccountCard, CardStatus, EmployerType, InsuredEmploymentRecord, SocialSecurityCardRecord } from './records.js';
import { RawSql } from '../raw-sql.js';
import type { DataSource } from 'typeorm';
import type { DatabaseLocation } from '../../lib/database-location.js';

const CARD_STATUS = codeTable<Exclude<CardStatus, 'UNRECOGNISED'>>({ '0': 'NOT_ACTIVATED', '1': 'ACTIVE', '2': 'REPORTED_LOST', '3': 'CANCELLED' });
const EMPLOYER_TYPE = codeTable<Exclude<EmployerType, 'UNRECOGNISED'>>({
  '10': 'GOVERNMENT_ORGAN',
  '20': 'PUBLIC_INSTITUTION',
  '30': 'ENTERPRISE',
  '90': 'OTHER',
});

/** Trimmed legacy text, with an empty value meaning none. */
function trimmedOrNull(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const text = trimLegacyText(raw);
  return text === '' ? null : text;
}

/** The form in which account numbers are compared: trimmed of legacy padding; null when empty. */
export function normaliseAccountNumber(raw: string | null | undefined): string | null {
  return trimmedOrNull(raw);
}

export function toSocialSecurityCardRecord(row: CardRow): SocialSecurityCardRecord {
  const statusCode = normaliseCode(row.KZTDM);
  const holder = normaliseIdNumber(row.SFZH);
  return {
    cardNumber: trimLegacyText(row.SBKH),
    holderIdNumber: holder === '' ? null : holder,
    holderName: normaliseName(row.XM),
    bankCode: normaliseCode(row.YHDM),
    accountNumber: normaliseAccountNumber(row.YHZH),
    status: CARD_STATUS.read(statusCode),
    statusCode,
    issueDate: parseLegacyDate(row.FKRQ),
  };
}

export function toInsuredEmploymentRecord(row: InsuredEmploymentRow): InsuredEmploymentRecord {
  const typeCode = normaliseCode(row.DWLXDM);
  const start = readLegacyDate(row.CBKSRQ);
  const end = readLegacyDate(row.CBZZRQ);
  return {
    recordId: String(row.ID),
    idNumber: normaliseIdNumber(row.SFZH),
    employerNumber: normaliseCode(row.DWBH),
    employerName: normaliseName(row.DWMC),
    employerType: EMPLOYER_TYPE.read(typeCode),
    employerTypeCode: typeCode,
    startDate: start.date,
    startDateUnreadable: start.unreadable,
    endDate: end.date,
    endDateUnreadable: end.unreadable,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What a statement selects of the cards: every column under its documented name, so rows read as CardRows. */
function cardColumns(sql: RawSql): string {
  return sql.entityColumns('c', CardTable.name, CardTable.columnNames);
}

interface AccountCardRow {
  SBKH: string;
  SFZH: string | null;
  YHZH: string | null;
  KZTDM: string | null;
}

/** Read-only access to the HR and social security bureau's cards and insured employment (人社). */
export class HrAdapter {
  readonly db: DepartmentDatabase;

  constructor(location: DatabaseLocation) {
    this.db = new DepartmentDatabase('HR', location);
  }

  /** Cards held by each normalised ID number, ordered by card number; persons without cards are absent. */
  async cardsByHolderIdNumbers(idNumbers: readonly string[]): Promise<Map<string, SocialSecurityCardRecord[]>> {
    const found = new Map<string, SocialSecurityCardRecord[]>();
    const unique = [...new Set(idNumbers)];
    await this.db.run(async (ds) => {
      const sql = this.raw(ds);
      const select = `SELECT ${cardColumns(sql)} FROM ${sql.from(CardTable.name, 'c')}`;
      const order = ` ORDER BY ${sql.column('c', CardTable.name, 'SBKH')}`;
      for (const ids of chunk(unique, LOOKUP_CHUNK_SIZE)) {
        const match = idMatchSql(this.db.dialect, sql.column('c', CardTable.name, 'SFZH'), ids, 'ids');
        const where = sql.where(match.sql, match.params);
        for (const row of await sql.entityRows<CardRow>(CardTable.name, `${select} WHERE ${where.sql}${order}`, where.values, 'SBKH')) {
          const record = toSocialSecurityCardRecord(row);
          if (record.holderIdNumber !== null) push(found, record.holderIdNumber, record);
        }
      }
    });
    return found;
  }

  /**
   * Cards carrying each account number, compared trimmed (legacy rows are padded), ordered by card
   * number; accounts that are no card's account are absent.
   */
  async cardsByAccountNumbers(accountNumbers: readonly string[]): Promise<Map<string, SocialSecurityCardRecord[]>> {
    const found = new Map<string, SocialSecurityCardRecord[]>();
    await this.readCardsByAccount(accountNumbers, (sql) => cardColumns(sql), (row: CardRow, inChunk) => {
      const record = toSocialSecurityCardRecord(row);
      // The MySQL fragment also returns every leading-padded account; keep only the ones asked for.
      if (record.accountNumber !== null && inChunk.has(record.accountNumber)) push(found, record.accountNumber, record);
    });
    return found;
  }

  /**
   * `cardsByAccountNumbers` for the screening rules (subgraphs/hr/rules.ts): the same cards, in the
   * same order, with only what the rules and their evidence read. A screening question names
   * thousands of accounts; names, bank codes and issue dates would be read and mapped for nothing.
   */
  async accountCards(accountNumbers: readonly string[]): Promise<Map<string, AccountCard[]>> {
    const found = new Map<string, AccountCard[]>();
    const statuses = new Map<string | null, Pick<AccountCard, 'status' | 'statusCode'>>();
    await this.readCardsByAccount(
      accountNumbers,
      (sql) => sql.entityColumns('c', CardTable.name, ['SBKH', 'SFZH', 'YHZH', 'KZTDM']),
      (row: AccountCardRow, inChunk) => {
        const account = normaliseAccountNumber(row.YHZH);
        if (account === null || !inChunk.has(account)) return;
        let status = statuses.get(row.KZTDM);
        if (status === undefined) {
          const statusCode = normaliseCode(row.KZTDM);
          status = { status: CARD_STATUS.read(statusCode), statusCode };
          statuses.set(row.KZTDM, status);
        }
        const holder = normaliseIdNumber(row.SFZH);
        push(found, account, { cardNumber: trimLegacyText(row.SBKH), holderIdNumber: holder === '' ? null : holder, status: status.status, statusCode: status.statusCode });
      },
    );
    return found;
  }

  /** Cards by card number (trimmed). */
  async cardsByCardNumbers(cardNumbers: readonly string[]): Promise<Map<string, SocialSecurityCardRecord>> {
    const found = new Map<string, SocialSecurityCardRecord>();
    const unique = [...new Set(cardNumbers.map((n) => trimLegacyText(n)).filter((n) => n !== ''))];
    await this.db.run(async (ds) => {
      const sql = this.raw(ds);
      const key = sql.column('c', CardTable.name, 'SBKH');
      const select = `SELECT ${cardColumns(sql)} FROM ${sql.from(CardTable.name, 'c')}`;
      for (const numbers of chunk(unique, LOOKUP_CHUNK_SIZE)) {
        const where = sql.where(`${key} IN (:...numbers)`, { numbers });
        for (const row of await sql.entityRows<CardRow>(CardTable.name, `${select} WHERE ${where.sql} ORDER BY ${key}`, where.values, 'SBKH')) {
          const record = toSocialSecurityCardRecord(row);
          if (!found.has(record.cardNumber)) found.set(record.cardNumber, record);
        }
      }
    });
    return found;
  }

  /** Insured employment of each normalised ID number, by start date then row id; persons without any are absent. */
  async employmentsByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, InsuredEmploymentRecord[]>> {
    const found = new Map<string, InsuredEmploymentRecord[]>();
    const unique = [...new Set(idNumbers)];
    await this.db.run(async (ds) => {
      const sql = this.raw(ds);
      const column = (name: string) => sql.column('e', InsuredEmploymentTable.name, name);
      const columns = sql.entityColumns('e', InsuredEmploymentTable.name, InsuredEmploymentTable.columnNames);
      const select = `SELECT ${columns} FROM ${sql.from(InsuredEmploymentTable.name, 'e')}`;
      const order = ` ORDER BY ${column('CBKSRQ')}, ${column('ID')}`;
      for (const ids of chunk(unique, LOOKUP_CHUNK_SIZE)) {
        const match = idMatchSql(this.db.dialect, column('SFZH'), ids, 'ids');
        const where = sql.where(match.sql, match.params);
        for (const row of await sql.entityRows<InsuredEmploymentRow>(InsuredEmploymentTable.name, `${select} WHERE ${where.sql}${order}`, where.values, 'ID')) {
          const record = toInsuredEmploymentRecord(row);
          push(found, record.idNumber, record);
        }
      }
    });
    return found;
  }

  close(): Promise<void> {
    return this.db.close();
  }

  private raw(ds: DataSource): RawSql {
    return new RawSql(ds, this.db.layout, this.db.dialect);
  }

  /**
   * The cards whose account may be one of `accountNumbers` (trimmed), by card number. On MySQL every
   * statement also returns every card whose account starts with padding (accountMatchSql), so the
   * accounts go in as few statements as the parameter limits allow: a chunk of a cross-check reads
   * those cards once, not once per thousand accounts.
   */
  private async readCardsByAccount<R>(
    accountNumbers: readonly string[],
    columns: (sql: RawSql) => string,
    take: (row: R & { SBKH: string }, inChunk: ReadonlySet<string>) => void,
  ): Promise<void> {
    const wanted = new Set<string>();
    for (const raw of accountNumbers) {
      const account = normaliseAccountNumber(raw);
      if (account !== null) wanted.add(account);
    }
    await this.db.run(async (ds) => {
      const sql = this.raw(ds);
      const select = `SELECT ${columns(sql)} FROM ${sql.from(CardTable.name, 'c')}`;
      const order = ` ORDER BY ${sql.column('c', CardTable.name, 'SBKH')}`;
      for (const accounts of chunk([...wanted], SET_LOOKUP_CHUNK_SIZE)) {
        const match = accountMatchSql(this.db.dialect, sql.column('c', CardTable.name, 'YHZH'), accounts, 'accounts');
        const where = sql.where(match.sql, match.params);
        const inChunk = new Set(accounts);
        for (const row of await sql.entityRows<R & { SBKH: string }>(CardTable.name, `${select} WHERE ${where.sql}${order}`, where.values, 'SBKH')) take(row, inChunk);
      }
    });
  }
}
