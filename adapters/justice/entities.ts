import { code, date8, idNumber, idNumberIndex, legacyTable, primaryKey, varchar, type RowOf } from '../legacy-table.js';

/** Sentence execution records (刑罚执行). */
export const SentenceTable = legacyTable({
  name: 'ZF_XFZX',
  department: 'JUSTICE',
  columns: {
    ZFBH: primaryKey(varchar(20)),
    ZJHM: idNumber(),
    XM: varchar(50),
    XZDM: code(2, ['01', '02', '03', '04', '05', '06']),
    XQQR: date8(),
    XQZR: date8(),
    SJSFRQ: date8(),
    JYMC: varchar(100),
  },
  indexes: [idNumberIndex('ZJHM')],
});

/** A row of ZF_XFZX exactly as the justice department stores it. */
export type SentenceRow = RowOf<typeof SentenceTable>;
