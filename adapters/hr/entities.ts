import { autoIncrement, code, date8, idNumber, idNumberIndex, indexOn, legacyTable, primaryKey, varchar, type LegacyIndex, type RowOf } from '../legacy-table.js';
import { sqliteTrimmed } from '../sql-dialect.js';

// SQLite compares padded text as is, so account lookups go through the trimmed form: index that.
const trimmedAccountIndex: LegacyIndex<'YHZH'> = {
  columns: ['YHZH'],
  sql: (table, dialect, names) => {
    const column = names?.column('YHZH') ?? 'YHZH';
    return dialect === 'sqlite' ? `CREATE INDEX IX_${names?.tableLabel ?? table}_${column}_NORM ON ${names?.table ?? table} (${sqliteTrimmed(column)})` : null;
  },
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
    KZTDM: code(1, ['0', '1', '2', '3']),
    FKRQ: date8(),
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
    DWLXDM: code(2, ['10', '20', '30', '90']),
    CBKSRQ: date8(),
    CBZZRQ: date8(),
  },
  indexes: [idNumberIndex('SFZH')],
});

/** A row of SBK_KXX exactly as the bureau stores it. */
export type CardRow = RowOf<typeof CardTable>;
/** A row of CB_DWCBRY. */
export type InsuredEmploymentRow = RowOf<typeof InsuredEmploymentTable>;
