import { char, idNumber, idNumberIndex, legacyTable, primaryKey, varchar, type RowOf } from '../legacy-table.js';

/** Sentence execution records (刑罚执行). */
export const SentenceTable = legacyTable({
  name: 'ZF_XFZX',
  department: 'JUSTICE',
  columns: {
    ZFBH: primaryKey(varchar(20)),
    ZJHM: idNumber(),
    XM: varchar(50),
    XZDM: char(2),
    XQQR: char(8),
    XQZR: char(8),
    SJSFRQ: char(8),
    JYMC: varchar(100),
  },
  indexes: [idNumberIndex('ZJHM')],
});

/** A row of ZF_XFZX exactly as the justice department stores it. */
export type SentenceRow = RowOf<typeof SentenceTable>;
