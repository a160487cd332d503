import { EntitySchema } from 'typeorm';

/** A row of SBK_KXX (social security cards) exactly as the bureau stores it. */
export interface CardRow {
  SBKH: string;
  SFZH: string | null;
  XM: string | null;
  YHDM: string | null;
  YHZH: string | null;
  KZTDM: string | null;
  FKRQ: string | null;
}

/** A row of CB_DWCBRY (persons insured through an employer). */
export interface InsuredEmploymentRow {
  ID: string | number;
  SFZH: string | null;
  DWBH: string | null;
  DWMC: string | null;
  DWLXDM: string | null;
  CBKSRQ: string | null;
  CBZZRQ: string | null;
}

// Column types are metadata only (the hub never synchronises a department schema); CHAR columns are
// declared varchar because TypeORM's SQLite driver has no 'char'.
export const CardEntity = new EntitySchema<CardRow>({
  name: 'SBK_KXX',
  tableName: 'SBK_KXX',
  columns: {
    SBKH: { type: 'varchar', length: 20, primary: true },
    SFZH: { type: 'varchar', length: 18, nullable: true },
    XM: { type: 'varchar', length: 50, nullable: true },
    YHDM: { type: 'varchar', length: 10, nullable: true },
    YHZH: { type: 'varchar', length: 32, nullable: true },
    KZTDM: { type: 'varchar', length: 1, nullable: true },
    FKRQ: { type: 'varchar', length: 8, nullable: true },
  },
});

export const InsuredEmploymentEntity = new EntitySchema<InsuredEmploymentRow>({
  name: 'CB_DWCBRY',
  tableName: 'CB_DWCBRY',
  columns: {
    // BIGINT arrives as text from mysql2 (bigNumberStrings) and as a number from SQLite.
    ID: { type: 'bigint', primary: true },
    SFZH: { type: 'varchar', length: 18, nullable: true },
    DWBH: { type: 'varchar', length: 20, nullable: true },
    DWMC: { type: 'varchar', length: 100, nullable: true },
    DWLXDM: { type: 'varchar', length: 2, nullable: true },
    CBKSRQ: { type: 'varchar', length: 8, nullable: true },
    CBZZRQ: { type: 'varchar', length: 8, nullable: true },
  },
});

export const HR_ENTITIES = [CardEntity, InsuredEmploymentEntity];
