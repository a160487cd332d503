import { autoIncrement, char, idNumber, idNumberIndex, indexOn, legacyTable, primaryKey, varchar, type LegacyIndex, type RowOf } from '../legacy-table.js';
import { sqliteTrimmed } from '../sql-dialect.js';

// SQLite compares padded text as is, so account lookups go through the trimmed form: index that.
const trimmedAccountIndex: LegacyIndex<'YHZH'> = {
  columns: ['YHZH'],
  sql: (table, dialect) => (dialect === 'sqlite' ? `CREATE INDEX IX_${table}_YHZH_NORM ON ${table} (${sqliteTrimmed('YHZH')})` : null),
};

/** Social security cards, each carrying a bank account. */
export const CardTable = legacyTable({
  name: 'SBK_KXX',
  department: 'HR',
  columns: {
    SBKH: primaryKey(varchar(20)),
    SFZH: idNumber(),
    XM: varchar(50),
    YHDM: varchar(10),
    YHZH: varchar(32),
    KZTDM: char(1),
    FKRQ: char(8),
  },
  indexes: [idNumberIndex('SFZH'), indexOn('YHZH'), trimmedAccountIndex],
});

/** Persons insured through an employer. */
export const InsuredEmploymentTable = legacyTable({
  name: 'CB_DWCBRY',
  department: 'HR',
  columns: {
    ID: autoIncrement(),
    SFZH: idNumber(),
    DWBH: varchar(20),
    DWMC: varchar(100),
    DWLXDM: char(2),
    CBKSRQ: char(8),
    CBZZRQ: char(8),
  },
  indexes: [idNumberIndex('SFZH')],
});

/** A row of SBK_KXX exactly as the bureau stores it. */
export type CardRow = RowOf<typeof CardTable>;
/** A row of CB_DWCBRY. */
export type InsuredEmploymentRow = RowOf<typeof InsuredEmploymentTable>;
