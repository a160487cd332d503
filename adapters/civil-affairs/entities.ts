import { EntitySchema } from 'typeorm';

/** A row of DB_JT (dibao households) exactly as civil affairs stores it. */
export interface HouseholdRow {
  JTBH: string;
  HZSFZH: string | null;
  XZQHDM: string | null;
  BZLBDM: string | null;
  /** DECIMAL(10,2): text from mysql2, a number from SQLite; never used as a float. */
  YBZJE: string | number | null;
  NBRQ: string | null;
  TBRQ: string | null;
}

/** A row of DB_JTCY (members of dibao households). */
export interface MemberRow {
  /** BIGINT: text from mysql2, a number from SQLite. */
  CYID: string | number;
  JTBH: string | null;
  SFZH: string | null;
  XM: string | null;
  YHZGXDM: string | null;
}

/** A row of TK_GYRY (persons in extreme poverty supported by the state). */
export interface SupportRow {
  GYID: string | number;
  SFZH: string | null;
  XM: string | null;
  GYXSDM: string | null;
  KSRQ: string | null;
  ZZRQ: string | null;
}

// Column types are metadata only (the hub never synchronises a department schema); CHAR columns are
// declared varchar because TypeORM's SQLite driver has no 'char'.
export const HouseholdEntity = new EntitySchema<HouseholdRow>({
  name: 'DB_JT',
  tableName: 'DB_JT',
  columns: {
    JTBH: { type: 'varchar', length: 20, primary: true },
    HZSFZH: { type: 'varchar', length: 18, nullable: true },
    XZQHDM: { type: 'varchar', length: 12, nullable: true },
    BZLBDM: { type: 'varchar', length: 1, nullable: true },
    YBZJE: { type: 'decimal', precision: 10, scale: 2, nullable: true },
    NBRQ: { type: 'varchar', length: 8, nullable: true },
    TBRQ: { type: 'varchar', length: 8, nullable: true },
  },
});

export const MemberEntity = new EntitySchema<MemberRow>({
  name: 'DB_JTCY',
  tableName: 'DB_JTCY',
  columns: {
    CYID: { type: 'bigint', primary: true },
    JTBH: { type: 'varchar', length: 20, nullable: true },
    SFZH: { type: 'varchar', length: 18, nullable: true },
    XM: { type: 'varchar', length: 50, nullable: true },
    YHZGXDM: { type: 'varchar', length: 2, nullable: true },
  },
});

export const SupportEntity = new EntitySchema<SupportRow>({
  name: 'TK_GYRY',
  tableName: 'TK_GYRY',
  columns: {
    GYID: { type: 'bigint', primary: true },
    SFZH: { type: 'varchar', length: 18, nullable: true },
    XM: { type: 'varchar', length: 50, nullable: true },
    GYXSDM: { type: 'varchar', length: 1, nullable: true },
    KSRQ: { type: 'varchar', length: 8, nullable: true },
    ZZRQ: { type: 'varchar', length: 8, nullable: true },
  },
});

export const CIVIL_AFFAIRS_ENTITIES = [HouseholdEntity, MemberEntity, SupportEntity];
