import { idIndex, tableOptions } from '../sql-dialect.js';
import type { Dialect } from '../../lib/database-location.js';

/** Sentence execution records (刑罚执行). */
export function justiceDdl(dialect: Dialect): string[] {
  return [
    `CREATE TABLE ZF_XFZX (
      ZFBH VARCHAR(20) NOT NULL PRIMARY KEY,
      ZJHM CHAR(18),
      XM VARCHAR(50),
      XZDM CHAR(2),
      XQQR CHAR(8),
      XQZR CHAR(8) NULL,
      SJSFRQ CHAR(8) NULL,
      JYMC VARCHAR(100)
    )${tableOptions(dialect)}`,
    idIndex(dialect, 'ZF_XFZX', 'ZJHM'),
  ];
}
