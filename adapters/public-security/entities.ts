import { char, code, date8, datetime, idNumber, idNumberIndex, indexOn, legacyTable, primaryKey, varchar, type RowOf } from '../legacy-table.js';

/** The population register as the public security bureau keeps it (常住人口信息). */
export const RegisterTable = legacyTable({
  name: 'RK_RYJBXX',
  department: 'PUBLIC_SECURITY',
  columns: {
    GMSFHM: primaryKey(idNumber()),
    XM: varchar(50),
    XBDM: code(1, ['1', '2', '9']),
    CSRQ: date8(),
    MZDM: char(2),
    HJDZ_XZQHDM: char(12),
    HJDZ_DZMC: varchar(200),
    RYZTDM: code(1, ['0', '1', '2']),
    SWRQ: date8(),
    ZXRQ: date8(),
    GXSJ: datetime(),
  },
  indexes: [
    // MariaDB looks the primary key up as stored; SQLite needs the normalised form indexed.
    idNumberIndex('GMSFHM', { sqliteOnly: true }),
    // Persons in a township or village, paged by (division, ID number): personsInDivision.
    indexOn('HJDZ_XZQHDM', 'GMSFHM'),
  ],
});

/** A row of RK_RYJBXX exactly as the register stores it. */
export type RegisterRow = RowOf<typeof RegisterTable>;
