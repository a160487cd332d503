import { idIndex, tableOptions } from '../sql-dialect.js';
import type { Dialect } from '../../lib/database-location.js';

/** Second-generation disability certificates (第二代残疾人证). */
export function disabilityDdl(dialect: Dialect): string[] {
  return [
    `CREATE TABLE CJR_ZXX (
      CJRZH CHAR(20) NOT NULL PRIMARY KEY,
      SFZH CHAR(18),
      XM VARCHAR(50),
      CJLBDM CHAR(1),
      CJDJDM CHAR(1),
      FZRQ CHAR(8),
      YXQZ CHAR(8),
      ZXRQ CHAR(8) NULL
    )${tableOptions(dialect)}`,
    idIndex(dialect, 'CJR_ZXX', 'SFZH'),
  ];
}
