import { autoIncrement, bigint, char, code, date8, datetime, decimal, idNumber, idNumberIndex, indexOn, legacyTable, primaryKey, varchar, type RowOf } from '../legacy-table.js';

/** Subsidy programmes of the one-card system (惠民惠农补贴“一卡通”). */
export const ProgrammeTable = legacyTable({
  name: 'BT_XM',
  department: 'FINANCE',
  columns: {
    XMDM: primaryKey(varchar(20)),
    XMMC: varchar(100),
    // Documented as VARCHAR(10); its values are codes all the same.
    ZGBMDM: { ...varchar(10), meaning: { kind: 'code', codes: ['CZ', 'MZ', 'RS', 'CL', 'NY', 'WJ', 'JY', 'TY'] } },
    ZJJCDM: code(1, ['1', '2', '3', '4']),
    FFZQDM: code(1, ['M', 'Q', 'Y', 'O']),
    BZJE: decimal(10, 2),
    ZGTJ: varchar(40),
    ZCYJ: varchar(500),
    GKBZ: code(1, ['0', '1']),
    ND: char(4),
  },
});

/** The one-person-one-card account register. */
export const AccountTable = legacyTable({
  name: 'BT_DXZH',
  department: 'FINANCE',
  columns: {
    ZHID: autoIncrement(),
    SFZH: idNumber(),
    XM: varchar(50),
    ZHLXDM: code(1, ['1', '2', '3']),
    KHYHDM: varchar(10),
    YHZH: varchar(32),
    ZT: code(1, ['0', '1']),
    DJRQ: date8(),
  },
  indexes: [idNumberIndex('SFZH')],
});

/** Disbursement batches. */
export const BatchTable = legacyTable({
  name: 'FF_PC',
  department: 'FINANCE',
  columns: {
    PCH: primaryKey(varchar(30)),
    XMDM: varchar(20),
    FFQJ: char(6),
    XZQHDM: char(6),
    ZTDM: code(2, ['01', '02', '03', '04', '05']),
    LRR: varchar(30),
    SHR: varchar(30),
    TJSJ: datetime(),
  },
  indexes: [indexOn('XMDM', 'FFQJ')],
});

/** Payment lines. */
export const LineTable = legacyTable({
  name: 'FF_MX',
  department: 'FINANCE',
  columns: {
    MXID: primaryKey(bigint()),
    PCH: varchar(30),
    SFZH: idNumber(),
    XM: varchar(50),
    YHZH: varchar(32),
    JE: decimal(12, 2),
    FFZTDM: code(1, ['0', '1', '2']),
    SBYY: varchar(200),
    DZSJ: datetime(),
  },
  indexes: [
    indexOn('PCH', 'MXID'),
    // Searches by line status within batches (failed lines, left unpaid): see search.ts.
    indexOn('PCH', 'FFZTDM', 'MXID'),
    // Late credits: per batch, the lines credited after a threshold.
    indexOn('PCH', 'DZSJ'),
    // The distinct persons paid in a set of batches, from the index alone (idNumbers).
    indexOn('SFZH', 'PCH'),
    idNumberIndex('SFZH'),
  ],
});

/** A row of BT_XM exactly as the one-card system stores it. */
export type ProgrammeRow = RowOf<typeof ProgrammeTable>;
/** A row of BT_DXZH. */
export type AccountRow = RowOf<typeof AccountTable>;
/** A row of FF_PC. */
export type BatchRow = RowOf<typeof BatchTable>;
/** A row of FF_MX. */
export type LineRow = RowOf<typeof LineTable>;
