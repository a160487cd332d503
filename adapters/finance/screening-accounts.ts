/**
 * The finance rules' read of the account register (subgraphs/finance/screening.ts): of each
 * person's registered accounts only those the rules compare with, in use and with a number, and
 * of each only what the evidence names. A screening question names thousands of persons; a full
 * record per registered account (an entity, then every code and date mapped) cost more than the rules.
 */
import { chunk } from '../../lib/chunks.js';
import type { Dialect } from '../../lib/database-location.js';
import { parseLegacyDate, type IsoDate } from '../../lib/dates.js';
import { normaliseIdNumber } from '../../lib/id-number.js';
import { normaliseCode, normaliseName } from '../../lib/text.js';
import { idMatchSql, LOOKUP_CHUNK_SIZE } from '../sql-dialect.js';
import type { RawSql } from '../raw-sql.js';
import { flagSet } from './codes.js';
import { AccountTable } from './entities.js';
import type { RowOf } from '../legacy-table.js';
import { idText } from './line-ids.js';
import type { RegisteredAccountRecord } from './records.js';

/** A registered account in use with a number: each field as its RegisteredAccountRecord has it. */
export interface ScreeningAccount extends Pick<RegisteredAccountRecord, 'recordId' | 'registeredOn'> {
  accountNumber: string;
}

type AccountRow = Pick<RowOf<typeof AccountTable>, 'ZHID' | 'SFZH' | 'YHZH' | 'ZT' | 'DJRQ'>;

/** In-use accounts with a number of each normalised ID number, by record id; persons without any are absent. */
export async function readScreeningAccounts(sql: RawSql, dialect: Dialect, idNumbers: readonly string[]): Promise<Map<string, ScreeningAccount[]>> {
  const found = new Map<string, ScreeningAccount[]>();
  const select = `SELECT ${sql.entityColumns('a', AccountTable.name, ['ZHID', 'SFZH', 'YHZH', 'ZT', 'DJRQ'])} FROM ${sql.from(AccountTable.name, 'a')}`;
  const order = ` ORDER BY ${sql.column('a', AccountTable.name, 'ZHID')}`;
  const person = sql.column('a', AccountTable.name, 'SFZH');
  // Registration dates repeat (accounts are registered in campaigns): each distinct one is read once.
  const dates = new Map<string, IsoDate | null>();
  for (const ids of chunk([...new Set(idNumbers)], LOOKUP_CHUNK_SIZE)) {
    const match = idMatchSql(dialect, person, ids, 'ids');
    const where = sql.where(match.sql, match.params);
    const rows = await sql.entityRows<AccountRow>(AccountTable.name, `${select} WHERE ${where.sql}${order}`, where.values, 'ZHID');
    for (const row of rows) {
      if (!flagSet(normaliseCode(row.ZT))) continue;
      const accountNumber = normaliseName(row.YHZH);
      if (accountNumber === null || accountNumber === '') continue;
      let registeredOn: IsoDate | null = null;
      if (row.DJRQ != null) {
        registeredOn = dates.get(row.DJRQ) ?? null;
        if (registeredOn === null && !dates.has(row.DJRQ)) {
          registeredOn = parseLegacyDate(row.DJRQ);
          dates.set(row.DJRQ, registeredOn);
        }
      }
      const account: ScreeningAccount = { recordId: idText(row.ZHID), accountNumber, registeredOn };
      const idNumber = normaliseIdNumber(row.SFZH);
      const list = found.get(idNumber);
      if (list) list.push(account);
      else found.set(idNumber, [account]);
    }
  }
  return found;
}
