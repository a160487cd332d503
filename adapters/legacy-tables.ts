/**
 * Every legacy table the hub reads, by name: the one list the department databases, the embedded
 * sample county and the test fixtures are built from.
 */
import type { Department } from '../lib/departments.js';
import type { Dialect } from '../lib/database-location.js';
import type { NewRowOf, RowOf } from './legacy-table.js';
import { RegisterTable } from './public-security/entities.js';
import { SentenceTable } from './justice/entities.js';
import { HouseholdTable, MemberTable, SupportTable } from './civil-affairs/entities.js';
import { CardTable, InsuredEmploymentTable } from './hr/entities.js';
import { CertificateTable } from './disability/entities.js';
import { AccountTable, BatchTable, LineTable, ProgrammeTable } from './finance/entities.js';

const TABLE_LIST = [
  RegisterTable,
  SentenceTable,
  HouseholdTable,
  MemberTable,
  SupportTable,
  CardTable,
  InsuredEmploymentTable,
  CertificateTable,
  ProgrammeTable,
  AccountTable,
  BatchTable,
  LineTable,
] as const;

type TableList = (typeof TABLE_LIST)[number];

export const LEGACY_TABLES = Object.fromEntries(TABLE_LIST.map((table) => [table.name, table])) as {
  readonly [T in TableList as T['name']]: T;
};

export type LegacyTableName = TableList['name'];

export const LEGACY_TABLE_NAMES: readonly LegacyTableName[] = TABLE_LIST.map((table) => table.name);

/** A row of table `T` exactly as its department stores it. */
export type LegacyTableRow<T extends LegacyTableName> = RowOf<(typeof LEGACY_TABLES)[T]>;

/** A row of table `T` as a writer supplies it (an auto-increment key may be left out). */
export type NewLegacyTableRow<T extends LegacyTableName> = NewRowOf<(typeof LEGACY_TABLES)[T]>;

export type LegacyTableOf<T extends LegacyTableName> = (typeof LEGACY_TABLES)[T];

export function tablesOf(department: Department): Array<LegacyTableOf<LegacyTableName>> {
  return TABLE_LIST.filter((table) => table.department === department);
}

/**
 * DDL of a department's legacy tables, for the embedded sample databases and for tests: indexes
 * apart, so a bulk writer can build them after the data.
 */
export function departmentDdl(department: Department, dialect: Dialect): { tables: string[]; indexes: string[] } {
  const ddl = tablesOf(department).map((table) => table.ddl(dialect));
  return { tables: ddl.map((d) => d.table), indexes: ddl.flatMap((d) => d.indexes) };
}
