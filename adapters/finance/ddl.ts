import { autoIncrementKey, idIndex, plainIndex, tableOptions } from '../sql-dialect.js';
import type { Dialect } from '../../lib/database-location.js';

/** The one-card disbursement system (惠民惠农补贴“一卡通”). */
export function financeDdl(dialect: Dialect): string[] {
  return [
    `CREATE TABLE BT_XM (
      XMDM VARCHAR(20) NOT NULL PRIMARY KEY,
      XMMC VARCHAR(100),
      ZGBMDM VARCHAR(10),
      ZJJCDM CHAR(1),
      FFZQDM CHAR(1),
      BZJE DECIMAL(10,2) NULL,
      ZGTJ VARCHAR(40) NULL,
      ZCYJ VARCHAR(500),
      GKBZ CHAR(1),
      ND CHAR(4)
    )${tableOptions(dialect)}`,
    `CREATE TABLE BT_DXZH (
      ${autoIncrementKey(dialect, 'ZHID')},
      SFZH CHAR(18),
      XM VARCHAR(50),
      ZHLXDM CHAR(1),
      KHYHDM VARCHAR(10),
      YHZH VARCHAR(32),
      ZT CHAR(1),
      DJRQ CHAR(8)
    )${tableOptions(dialect)}`,
    `CREATE TABLE FF_PC (
      PCH VARCHAR(30) NOT NULL PRIMARY KEY,
      XMDM VARCHAR(20),
      FFQJ CHAR(6),
      XZQHDM CHAR(6),
      ZTDM CHAR(2),
      LRR VARCHAR(30),
      SHR VARCHAR(30) NULL,
      TJSJ DATETIME NULL
    )${tableOptions(dialect)}`,
    `CREATE TABLE FF_MX (
      MXID BIGINT NOT NULL PRIMARY KEY,
      PCH VARCHAR(30),
      SFZH CHAR(18),
      XM VARCHAR(50),
      YHZH VARCHAR(32),
      JE DECIMAL(12,2),
      FFZTDM CHAR(1),
      SBYY VARCHAR(200) NULL,
      DZSJ DATETIME NULL
    )${tableOptions(dialect)}`,
    idIndex(dialect, 'BT_DXZH', 'SFZH'),
    plainIndex('FF_PC', ['XMDM', 'FFQJ']),
    plainIndex('FF_MX', ['PCH', 'MXID']),
    // Searches by line status within batches (failed lines, left unpaid): see search.ts.
    plainIndex('FF_MX', ['PCH', 'FFZTDM', 'MXID']),
    // Late credits: per batch, the lines credited after a threshold (search.ts).
    plainIndex('FF_MX', ['PCH', 'DZSJ']),
    // The distinct persons paid in a set of batches, from the index alone (search.ts idNumbers).
    plainIndex('FF_MX', ['SFZH', 'PCH']),
    idIndex(dialect, 'FF_MX', 'SFZH'),
  ];
}
