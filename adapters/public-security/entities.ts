import { EntitySchema } from 'typeorm';

/** A row of RK_RYJBXX exactly as the register stores it. */
export interface RegisterRow {
  GMSFHM: string;
  XM: string | null;
  XBDM: string | null;
  CSRQ: string | null;
  MZDM: string | null;
  HJDZ_XZQHDM: string | null;
  HJDZ_DZMC: string | null;
  RYZTDM: string | null;
  SWRQ: string | null;
  ZXRQ: string | null;
  GXSJ: string | null;
}

// Column types are metadata only (the hub never synchronises a department schema); CHAR columns are
// declared varchar because TypeORM's SQLite driver has no 'char'.
export const RegisterEntity = new EntitySchema<RegisterRow>({
  name: 'RK_RYJBXX',
  tableName: 'RK_RYJBXX',
  columns: {
    GMSFHM: { type: 'varchar', length: 18, primary: true },
    XM: { type: 'varchar', length: 50, nullable: true },
    XBDM: { type: 'varchar', length: 1, nullable: true },
    CSRQ: { type: 'varchar', length: 8, nullable: true },
    MZDM: { type: 'varchar', length: 2, nullable: true },
    HJDZ_XZQHDM: { type: 'varchar', length: 12, nullable: true },
    HJDZ_DZMC: { type: 'varchar', length: 200, nullable: true },
    RYZTDM: { type: 'varchar', length: 1, nullable: true },
    SWRQ: { type: 'varchar', length: 8, nullable: true },
    ZXRQ: { type: 'varchar', length: 8, nullable: true },
    // DATETIME in the department; read as text (see DepartmentDatabase) so no zone is guessed.
    GXSJ: { type: 'varchar', nullable: true },
  },
});

export const PUBLIC_SECURITY_ENTITIES = [RegisterEntity];
