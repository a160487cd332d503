import { autoIncrement, char, code, date8, decimal, idNumber, idNumberIndex, indexOn, legacyTable, primaryKey, varchar, type RowOf } from '../legacy-table.js';

/** Dibao (minimum living guarantee) households. */
export const HouseholdTable = legacyTable({
  name: 'DB_JT',
  department: 'CIVIL_AFFAIRS',
  columns: {
    JTBH: primaryKey(varchar(20)),
    HZSFZH: idNumber(),
    XZQHDM: char(12),
    BZLBDM: code(1, ['1', '2']),
    YBZJE: decimal(10, 2),
    NBRQ: date8(),
    TBRQ: date8(),
  },
  indexes: [idNumberIndex('HZSFZH')],
});

/** Members of dibao households. */
export const MemberTable = legacyTable({
  name: 'DB_JTCY',
  department: 'CIVIL_AFFAIRS',
  columns: {
    CYID: autoIncrement(),
    JTBH: varchar(20),
    SFZH: idNumber(),
    XM: varchar(50),
    YHZGXDM: code(2, ['01', '02', '03', '04', '99']),
  },
  indexes: [idNumberIndex('SFZH'), indexOn('JTBH')],
});

/** Persons in extreme poverty supported by the state (特困供养). */
export const SupportTable = legacyTable({
  name: 'TK_GYRY',
  department: 'CIVIL_AFFAIRS',
  columns: {
    GYID: autoIncrement(),
    SFZH: idNumber(),
    XM: varchar(50),
    GYXSDM: code(1, ['1', '2']),
    KSRQ: date8(),
    ZZRQ: date8(),
  },
  indexes: [idNumberIndex('SFZH')],
});

/** A row of DB_JT exactly as civil affairs stores it. */
export type HouseholdRow = RowOf<typeof HouseholdTable>;
/** A row of DB_JTCY. */
export type MemberRow = RowOf<typeof MemberTable>;
/** A row of TK_GYRY. */
export type SupportRow = RowOf<typeof SupportTable>;
