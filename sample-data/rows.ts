/**
 * The legacy rows the generator writes, as plain objects keyed by the legacy column names.
 * Values are exactly what goes into the column (dirty spellings included), so the reference
 * evaluator sees what a department adapter would read.
 */
import type { Department } from '../lib/departments.js';

export interface RkRow {
  GMSFHM: string;
  XM: string;
  XBDM: string;
  CSRQ: string;
  MZDM: string;
  HJDZ_XZQHDM: string;
  HJDZ_DZMC: string;
  RYZTDM: string;
  SWRQ: string | null;
  ZXRQ: string | null;
  GXSJ: string;
}

export interface ZfRow {
  ZFBH: string;
  ZJHM: string;
  XM: string;
  XZDM: string;
  XQQR: string;
  XQZR: string | null;
  SJSFRQ: string | null;
  JYMC: string;
}

export interface DbJtRow {
  JTBH: string;
  HZSFZH: string;
  XZQHDM: string;
  BZLBDM: string;
  YBZJE: string;
  NBRQ: string;
  TBRQ: string | null;
}

export interface DbJtcyRow {
  JTBH: string;
  SFZH: string;
  XM: string;
  YHZGXDM: string;
}

export interface TkRow {
  SFZH: string;
  XM: string;
  GYXSDM: string;
  KSRQ: string;
  ZZRQ: string | null;
}

export interface SbkRow {
  SBKH: string;
  SFZH: string;
  XM: string;
  YHDM: string;
  YHZH: string;
  KZTDM: string;
  FKRQ: string;
}

export interface CbRow {
  SFZH: string;
  DWBH: string;
  DWMC: string;
  DWLXDM: string;
  CBKSRQ: string;
  CBZZRQ: string | null;
}

export interface CjrRow {
  CJRZH: string;
  SFZH: string;
  XM: string;
  CJLBDM: string;
  CJDJDM: string;
  FZRQ: string;
  YXQZ: string;
  ZXRQ: string | null;
}

export interface XmRow {
  XMDM: string;
  XMMC: string;
  ZGBMDM: string;
  ZJJCDM: string;
  FFZQDM: string;
  BZJE: string | null;
  ZGTJ: string | null;
  ZCYJ: string;
  GKBZ: string;
  ND: string;
}

export interface DxzhRow {
  SFZH: string;
  XM: string;
  ZHLXDM: string;
  KHYHDM: string;
  YHZH: string;
  ZT: string;
  DJRQ: string;
}

export interface PcRow {
  PCH: string;
  XMDM: string;
  FFQJ: string;
  XZQHDM: string;
  ZTDM: string;
  LRR: string;
  SHR: string | null;
  TJSJ: string | null;
}

export interface MxRow {
  MXID: number;
  PCH: string;
  SFZH: string;
  XM: string;
  YHZH: string;
  JE: string;
  FFZTDM: string;
  SBYY: string | null;
  DZSJ: string | null;
}

export interface TableRows {
  RK_RYJBXX: RkRow;
  ZF_XFZX: ZfRow;
  DB_JT: DbJtRow;
  DB_JTCY: DbJtcyRow;
  TK_GYRY: TkRow;
  SBK_KXX: SbkRow;
  CB_DWCBRY: CbRow;
  CJR_ZXX: CjrRow;
  BT_XM: XmRow;
  BT_DXZH: DxzhRow;
  FF_PC: PcRow;
  FF_MX: MxRow;
}

export type TableName = keyof TableRows;

interface TableInfo<T extends TableName> {
  department: Department;
  /** Columns written, in order; auto-increment keys are left to the database. */
  columns: readonly (keyof TableRows[T] & string)[];
  /** CHAR(18) ID columns: MariaDB cannot hold a padded ID in them (see writers). */
  idColumns: readonly (keyof TableRows[T] & string)[];
}

export const TABLES: { [T in TableName]: TableInfo<T> } = {
  RK_RYJBXX: {
    department: 'PUBLIC_SECURITY',
    columns: ['GMSFHM', 'XM', 'XBDM', 'CSRQ', 'MZDM', 'HJDZ_XZQHDM', 'HJDZ_DZMC', 'RYZTDM', 'SWRQ', 'ZXRQ', 'GXSJ'],
    idColumns: ['GMSFHM'],
  },
  ZF_XFZX: {
    department: 'JUSTICE',
    columns: ['ZFBH', 'ZJHM', 'XM', 'XZDM', 'XQQR', 'XQZR', 'SJSFRQ', 'JYMC'],
    idColumns: ['ZJHM'],
  },
  DB_JT: {
    department: 'CIVIL_AFFAIRS',
    columns: ['JTBH', 'HZSFZH', 'XZQHDM', 'BZLBDM', 'YBZJE', 'NBRQ', 'TBRQ'],
    idColumns: ['HZSFZH'],
  },
  DB_JTCY: { department: 'CIVIL_AFFAIRS', columns: ['JTBH', 'SFZH', 'XM', 'YHZGXDM'], idColumns: ['SFZH'] },
  TK_GYRY: { department: 'CIVIL_AFFAIRS', columns: ['SFZH', 'XM', 'GYXSDM', 'KSRQ', 'ZZRQ'], idColumns: ['SFZH'] },
  SBK_KXX: {
    department: 'HR',
    columns: ['SBKH', 'SFZH', 'XM', 'YHDM', 'YHZH', 'KZTDM', 'FKRQ'],
    idColumns: ['SFZH'],
  },
  CB_DWCBRY: {
    department: 'HR',
    columns: ['SFZH', 'DWBH', 'DWMC', 'DWLXDM', 'CBKSRQ', 'CBZZRQ'],
    idColumns: ['SFZH'],
  },
  CJR_ZXX: {
    department: 'DISABILITY',
    columns: ['CJRZH', 'SFZH', 'XM', 'CJLBDM', 'CJDJDM', 'FZRQ', 'YXQZ', 'ZXRQ'],
    idColumns: ['SFZH'],
  },
  BT_XM: {
    department: 'FINANCE',
    columns: ['XMDM', 'XMMC', 'ZGBMDM', 'ZJJCDM', 'FFZQDM', 'BZJE', 'ZGTJ', 'ZCYJ', 'GKBZ', 'ND'],
    idColumns: [],
  },
  BT_DXZH: {
    department: 'FINANCE',
    columns: ['SFZH', 'XM', 'ZHLXDM', 'KHYHDM', 'YHZH', 'ZT', 'DJRQ'],
    idColumns: ['SFZH'],
  },
  FF_PC: {
    department: 'FINANCE',
    columns: ['PCH', 'XMDM', 'FFQJ', 'XZQHDM', 'ZTDM', 'LRR', 'SHR', 'TJSJ'],
    idColumns: [],
  },
  FF_MX: {
    department: 'FINANCE',
    columns: ['MXID', 'PCH', 'SFZH', 'XM', 'YHZH', 'JE', 'FFZTDM', 'SBYY', 'DZSJ'],
    idColumns: ['SFZH'],
  },
};

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export const RULE_CODES = [
  'ID_INVALID',
  'PERSON_UNKNOWN',
  'NAME_MISMATCH',
  'DECEASED',
  'REGISTRATION_CANCELLED',
  'REGION_MISMATCH',
  'IN_CUSTODY',
  'DUPLICATE_PAYMENT',
  'ACCOUNT_NOT_REGISTERED',
  'MULTIPLE_ACCOUNTS',
  'CARD_HOLDER_MISMATCH',
  'CARD_NOT_ACTIVE',
  'AMOUNT_ABOVE_STANDARD',
  'NOT_ON_DIBAO',
  'NOT_SUPPORTED_PERSON',
  'NO_VALID_DISABILITY_CERT',
  'DISABILITY_LEVEL_TOO_LOW',
  'UNDER_AGE',
  'PUBLIC_EMPLOYEE_ON_DIBAO',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

export interface ExpectedFinding {
  lineId: string;
  rule: RuleCode;
}

/** Where generated rows go: a database writer, the reference evaluator, or both. */
export interface RowSink {
  row<T extends TableName>(table: T, row: TableRows[T]): void;
  /**
   * The findings the generator meant a line to have (null: not planned, e.g. the bench batch).
   * Only tests compare this with the reference evaluator.
   */
  lineIntent?(mxid: number, intended: ReadonlySet<RuleCode> | null): void;
  /** Lets an asynchronous writer catch up; the generator awaits it between households. */
  drain?(): Promise<void> | void;
}
