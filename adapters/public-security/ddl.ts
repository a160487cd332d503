import { idIndex, plainIndex, tableOptions } from '../sql-dialect.js';
import type { Dialect } from '../../lib/database-location.js';

/** The population register as the public security bureau keeps it (常住人口信息). */
export function publicSecurityDdl(dialect: Dialect): string[] {
  return [
    `CREATE TABLE RK_RYJBXX (
      GMSFHM CHAR(18) NOT NULL PRIMARY KEY,
      XM VARCHAR(50),
      XBDM CHAR(1),
      CSRQ CHAR(8),
      MZDM CHAR(2),
      HJDZ_XZQHDM CHAR(12),
      HJDZ_DZMC VARCHAR(200),
      RYZTDM CHAR(1),
      SWRQ CHAR(8) NULL,
      ZXRQ CHAR(8) NULL,
      GXSJ DATETIME
    )${tableOptions(dialect)}`,
    ...(dialect === 'sqlite' ? [idIndex(dialect, 'RK_RYJBXX', 'GMSFHM')] : []),
    // Persons in a township or village, paged by (division, ID number): personsInDivision.
    plainIndex('RK_RYJBXX', ['HJDZ_XZQHDM', 'GMSFHM']),
  ];
}
