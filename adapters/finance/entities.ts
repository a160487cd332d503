import { EntitySchema } from 'typeorm';

/** A row of BT_XM (subsidy programmes) exactly as the one-card system stores it. */
export interface ProgrammeRow {
  XMDM: string;
  XMMC: string | null;
  ZGBMDM: string | null;
  ZJJCDM: string | null;
  FFZQDM: string | null;
  BZJE: string | number | null;
  ZGTJ: string | null;
  ZCYJ: string | null;
  GKBZ: string | null;
  ND: string | null;
}

/** A row of BT_DXZH (the one-person-one-card account register). */
export interface AccountRow {
  ZHID: string | number;
  SFZH: string | null;
  XM: string | null;
  ZHLXDM: string | null;
  KHYHDM: string | null;
  YHZH: string | null;
  ZT: string | null;
  DJRQ: string | null;
}

/** A row of FF_PC (disbursement batches). */
export interface BatchRow {
  PCH: string;
  XMDM: string | null;
  FFQJ: string | null;
  XZQHDM: string | null;
  ZTDM: string | null;
  LRR: string | null;
  SHR: string | null;
  TJSJ: string | null;
}

/** A row of FF_MX (payment lines). */
export interface LineRow {
  MXID: string | number;
  PCH: string | null;
  SFZH: string | null;
  XM: string | null;
  YHZH: string | null;
  JE: string | number | null;
  FFZTDM: string | null;
  SBYY: string | null;
  DZSJ: string | null;
}

// Column types are metadata only (the hub never synchronises a department schema); CHAR columns are
// declared varchar because TypeORM's SQLite driver has no 'char', DATETIME as varchar so no zone is guessed.
export const ProgrammeEntity = new EntitySchema<ProgrammeRow>({
  name: 'BT_XM',
  tableName: 'BT_XM',
  columns: {
    XMDM: { type: 'varchar', length: 20, primary: true },
    XMMC: { type: 'varchar', length: 100, nullable: true },
    ZGBMDM: { type: 'varchar', length: 10, nullable: true },
    ZJJCDM: { type: 'varchar', length: 1, nullable: true },
    FFZQDM: { type: 'varchar', length: 1, nullable: true },
    BZJE: { type: 'decimal', precision: 10, scale: 2, nullable: true },
    ZGTJ: { type: 'varchar', length: 40, nullable: true },
    ZCYJ: { type: 'varchar', length: 500, nullable: true },
    GKBZ: { type: 'varchar', length: 1, nullable: true },
    ND: { type: 'varchar', length: 4, nullable: true },
  },
});

export const AccountEntity = new EntitySchema<AccountRow>({
  name: 'BT_DXZH',
  tableName: 'BT_DXZH',
  columns: {
    ZHID: { type: 'bigint', primary: true },
    SFZH: { type: 'varchar', length: 18, nullable: true },
    XM: { type: 'varchar', length: 50, nullable: true },
    ZHLXDM: { type: 'varchar', length: 1, nullable: true },
    KHYHDM: { type: 'varchar', length: 10, nullable: true },
    YHZH: { type: 'varchar', length: 32, nullable: true },
    ZT: { type: 'varchar', length: 1, nullable: true },
    DJRQ: { type: 'varchar', length: 8, nullable: true },
  },
});

export const BatchEntity = new EntitySchema<BatchRow>({
  name: 'FF_PC',
  tableName: 'FF_PC',
  columns: {
    PCH: { type: 'varchar', length: 30, primary: true },
    XMDM: { type: 'varchar', length: 20, nullable: true },
    FFQJ: { type: 'varchar', length: 6, nullable: true },
    XZQHDM: { type: 'varchar', length: 6, nullable: true },
    ZTDM: { type: 'varchar', length: 2, nullable: true },
    LRR: { type: 'varchar', length: 30, nullable: true },
    SHR: { type: 'varchar', length: 30, nullable: true },
    TJSJ: { type: 'varchar', nullable: true },
  },
});

export const LineEntity = new EntitySchema<LineRow>({
  name: 'FF_MX',
  tableName: 'FF_MX',
  columns: {
    MXID: { type: 'bigint', primary: true },
    PCH: { type: 'varchar', length: 30, nullable: true },
    SFZH: { type: 'varchar', length: 18, nullable: true },
    XM: { type: 'varchar', length: 50, nullable: true },
    YHZH: { type: 'varchar', length: 32, nullable: true },
    JE: { type: 'decimal', precision: 12, scale: 2, nullable: true },
    FFZTDM: { type: 'varchar', length: 1, nullable: true },
    SBYY: { type: 'varchar', length: 200, nullable: true },
    DZSJ: { type: 'varchar', nullable: true },
  },
});

export const FINANCE_ENTITIES = [ProgrammeEntity, AccountEntity, BatchEntity, LineEntity];
