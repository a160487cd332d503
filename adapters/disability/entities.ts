import { char, idNumber, idNumberIndex, legacyTable, primaryKey, varchar, type RowOf } from '../legacy-table.js';

/** Second-generation disability certificates (第二代残疾人证). */
export const CertificateTable = legacyTable({
  name: 'CJR_ZXX',
  department: 'DISABILITY',
  columns: {
    CJRZH: primaryKey(char(20)),
    SFZH: idNumber(),
    XM: varchar(50),
    CJLBDM: char(1),
    CJDJDM: char(1),
    FZRQ: char(8),
    YXQZ: char(8),
    ZXRQ: char(8),
  },
  indexes: [idNumberIndex('SFZH')],
});

/** A row of CJR_ZXX exactly as the disability federation stores it. */
export type CertificateRow = RowOf<typeof CertificateTable>;
