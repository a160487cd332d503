import { autoIncrementKey, idIndex, plainIndex, tableOptions } from '../sql-dialect.js';
import type { Dialect } from '../../lib/database-location.js';

/** Social assistance: dibao households and their members, persons in extreme poverty. */
export function civilAffairsDdl(dialect: Dialect): string[] {
  return [
    `CREATE TABLE DB_JT (
      JTBH VARCHAR(20) NOT NULL PRIMARY KEY,
      HZSFZH CHAR(18),
      XZQHDM CHAR(12),
      BZLBDM CHAR(1),
      YBZJE DECIMAL(10,2),
      NBRQ CHAR(8),
      TBRQ CHAR(8) NULL
    )${tableOptions(dialect)}`,
    `CREATE TABLE DB_JTCY (
      ${autoIncrementKey(dialect, 'CYID')},
      JTBH VARCHAR(20),
      SFZH CHAR(18),
      XM VARCHAR(50),
      YHZGXDM CHAR(2)
    )${tableOptions(dialect)}`,
    `CREATE TABLE TK_GYRY (
      ${autoIncrementKey(dialect, 'GYID')},
      SFZH CHAR(18),
      XM VARCHAR(50),
      GYXSDM CHAR(1),
      KSRQ CHAR(8),
      ZZRQ CHAR(8) NULL
    )${tableOptions(dialect)}`,
    idIndex(dialect, 'DB_JT', 'HZSFZH'),
    idIndex(dialect, 'DB_JTCY', 'SFZH'),
    plainIndex('DB_JTCY', ['JTBH']),
    idIndex(dialect, 'TK_GYRY', 'SFZH'),
  ];
}
