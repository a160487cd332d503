import { EntitySchema } from 'typeorm';

/** A row of CJR_ZXX exactly as the disability federation stores it. */
export interface CertificateRow {
  CJRZH: string;
  SFZH: string | null;
  XM: string | null;
  CJLBDM: string | null;
  CJDJDM: string | null;
  FZRQ: string | null;
  YXQZ: string | null;
  ZXRQ: string | null;
}

// Column types are metadata only (the hub never synchronises a department schema); CHAR columns are
// declared varchar because TypeORM's SQLite driver has no 'char'.
export const CertificateEntity = new EntitySchema<CertificateRow>({
  name: 'CJR_ZXX',
  tableName: 'CJR_ZXX',
  columns: {
    CJRZH: { type: 'varchar', length: 20, primary: true },
    SFZH: { type: 'varchar', length: 18, nullable: true },
    XM: { type: 'varchar', length: 50, nullable: true },
    CJLBDM: { type: 'varchar', length: 1, nullable: true },
    CJDJDM: { type: 'varchar', length: 1, nullable: true },
    FZRQ: { type: 'varchar', length: 8, nullable: true },
    YXQZ: { type: 'varchar', length: 8, nullable: true },
    ZXRQ: { type: 'varchar', length: 8, nullable: true },
  },
});

export const DISABILITY_ENTITIES = [CertificateEntity];
