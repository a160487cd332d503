import { autoIncrementKey, idIndex, plainIndex, tableOptions } from '../sql-dialect.js';
import { sqliteTrimmedAccount } from './account-sql.js';
import type { Dialect } from '../../lib/database-location.js';

/** Social security cards (each carrying a bank account) and insured employment. */
export function hrDdl(dialect: Dialect): string[] {
  return [
    `CREATE TABLE SBK_KXX (
      SBKH VARCHAR(20) NOT NULL PRIMARY KEY,
      SFZH CHAR(18),
      XM VARCHAR(50),
      YHDM VARCHAR(10),
      YHZH VARCHAR(32),
      KZTDM CHAR(1),
      FKRQ CHAR(8)
    )${tableOptions(dialect)}`,
    `CREATE TABLE CB_DWCBRY (
      ${autoIncrementKey(dialect, 'ID')},
      SFZH CHAR(18),
      DWBH VARCHAR(20),
      DWMC VARCHAR(100),
      DWLXDM CHAR(2),
      CBKSRQ CHAR(8),
      CBZZRQ CHAR(8) NULL
    )${tableOptions(dialect)}`,
    idIndex(dialect, 'SBK_KXX', 'SFZH'),
    plainIndex('SBK_KXX', ['YHZH']),
    // SQLite compares padded text as is, so account lookups go through the trimmed form: index that.
    ...(dialect === 'sqlite' ? [`CREATE INDEX IX_SBK_KXX_YHZH_NORM ON SBK_KXX (${sqliteTrimmedAccount('YHZH')})`] : []),
    idIndex(dialect, 'CB_DWCBRY', 'SFZH'),
  ];
}
