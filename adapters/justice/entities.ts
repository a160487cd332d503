import { EntitySchema } from 'typeorm';

/** A row of ZF_XFZX exactly as the justice department stores it. */
export interface SentenceRow {
  ZFBH: string;
  ZJHM: string | null;
  XM: string | null;
  XZDM: string | null;
  XQQR: string | null;
  XQZR: string | null;
  SJSFRQ: string | null;
  JYMC: string | null;
}

// Column types are metadata only (the hub never synchronises a department schema); CHAR columns are
// declared varchar because TypeORM's SQLite driver has no 'char'.
export const SentenceEntity = new EntitySchema<SentenceRow>({
  name: 'ZF_XFZX',
  tableName: 'ZF_XFZX',
  columns: {
    ZFBH: { type: 'varchar', length: 20, primary: true },
    ZJHM: { type: 'varchar', length: 18, nullable: true },
    XM: { type: 'varchar', length: 50, nullable: true },
    XZDM: { type: 'varchar', length: 2, nullable: true },
    XQQR: { type: 'varchar', length: 8, nullable: true },
    XQZR: { type: 'varchar', length: 8, nullable: true },
    SJSFRQ: { type: 'varchar', length: 8, nullable: true },
    JYMC: { type: 'varchar', length: 100, nullable: true },
  },
});

export const JUSTICE_ENTITIES = [SentenceEntity];
