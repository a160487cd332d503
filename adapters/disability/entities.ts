import { char, code, date8, idNumber, idNumberIndex, legacyTable, primaryKey, varchar, type RowOf } from '../legacy-table.js';

/** Second-generation disability certificates (第二代残疾人证). */
export const CertificateTable = legacyTable({
  name: 'CJR_ZXX',
  department: 'DISABILITY',
  columns: {
    CJRZH: primaryKey(char(20)),
    SFZH: idNumber(),
    XM: varchar(50),
    CJLBDM: code(1, ['1', '2', '3', '4', '5', '6', '7']),
    CJDJDM: code(1, ['1', '2', '3', '4']),
    FZRQ: date8(),
    YXQZ: date8(),
    ZXRQ: date8(),
  },
  indexes: [idNumberIndex('SFZH')],
});

/** A row of CJR_ZXX exactly as the disability federation stores it. */
export type CertificateRow = RowOf<typeof CertificateTable>;
