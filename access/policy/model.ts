/**
 * The vocabulary of the policy table: what a field shows (its kind), who asks (the column), what
 * they get (the treatment), the default matrix of kind by column, and the row rules' shape.
 */
import type { Department } from '../../lib/departments.js';

export const FIELD_KINDS = ['ID_NUMBER', 'NAME', 'ACCOUNT', 'ADDRESS', 'SENSITIVE_FACT', 'AMOUNT', 'LINK', 'PUBLIC'] as const;
/**
 * ID_NUMBER, NAME, ACCOUNT, ADDRESS: personal, maskable. SENSITIVE_FACT: deaths, sentences,
 * disabilities, poverty and other personal facts that cannot be masked, only withheld. AMOUNT: money
 * paid to or for someone. LINK: leads from one record to a person's records (the target's own fields
 * carry their own policy). PUBLIC: no personal data.
 */
export type FieldKind = (typeof FIELD_KINDS)[number];
export type Treatment = 'visible' | 'masked' | 'refused';
/** The columns of the matrix: department staff see their own department's fields differently. */
export type PolicyColumn = 'public' | 'analyst' | 'departmentOwn' | 'departmentOther' | 'auditor';
export const POLICY_COLUMNS: PolicyColumn[] = ['public', 'analyst', 'departmentOwn', 'departmentOther', 'auditor'];

/** `SERVING`: whichever department's subgraph serves the field (shared types such as ScreeningHits). */
export type Owner = Department | 'SERVING';

export interface FieldPolicy {
  kind: FieldKind;
  owner: Owner;
  override?: Partial<Record<PolicyColumn, Treatment>>;
  /** Visible to the public only under these root fields (e.g. a person's own-payments lookup). */
  publicVia?: string[];
  /**
   * For analysts, the argument (a dot path into the arguments) that must be given and lie within
   * their regions: a search or total over every county would count lines outside the scope. The
   * rows the field returns are then in scope by that argument (their own row rules still apply below).
   */
  regionArgument?: string;
  /**
   * On a hub service's root field: its own resolver checks an analyst's scope before it answers
   * (a cross-check run by the counties of its batches). The rows it returns, keys of other
   * subgraphs' entities, are then in scope, as they are under a `regionArgument`.
   */
  scopedByResolver?: boolean;
}

const V = 'visible';
const M = 'masked';
const R = 'refused';

/** Auditors read the audit log and nothing else; a hub service (crosscheck, tests) sees everything. */
export const DEFAULT_TREATMENTS: Record<FieldKind, Record<PolicyColumn, Treatment>> = {
  PUBLIC: { public: V, analyst: V, departmentOwn: V, departmentOther: V, auditor: R },
  LINK: { public: R, analyst: V, departmentOwn: V, departmentOther: V, auditor: R },
  ID_NUMBER: { public: M, analyst: V, departmentOwn: V, departmentOther: M, auditor: R },
  NAME: { public: M, analyst: V, departmentOwn: V, departmentOther: M, auditor: R },
  ADDRESS: { public: M, analyst: V, departmentOwn: V, departmentOther: M, auditor: R },
  ACCOUNT: { public: R, analyst: M, departmentOwn: V, departmentOther: M, auditor: R },
  AMOUNT: { public: R, analyst: V, departmentOwn: V, departmentOther: R, auditor: R },
  SENSITIVE_FACT: { public: R, analyst: V, departmentOwn: V, departmentOther: R, auditor: R },
};

/**
 * Row rules: which objects of a type a role may see at all. For an analyst, `region` is the path
 * (through the subgraph's own resolvers) to the division code(s) their region prefixes must cover,
 * and `person` the path to the ID number(s) of the person(s) the row is about (or codes that begin
 * with one, such as a certificate number): a row with both is in scope when either says so. A
 * person is in scope when registered in the analyst's regions or paid by their counties' batches
 * (ruling 5); the ID number's own prefix decides nothing. `publicWhen` is the path that must
 * resolve to `equals` for the public to see the row (`never`: the public sees no such rows). Types
 * without a rule are reached only through a parent that has one, or through a root field whose
 * policy already limits who may call it.
 */
export interface RowRule {
  region?: string[];
  person?: string[];
  publicWhen?: { path: string[]; equals: unknown } | 'never';
  /** Aggregates: the public sees these fields only when the count at `countField` is at least SMALL_COUNT. */
  suppress?: { countField: string; fields: string[] };
}

/** Aggregates over fewer persons than this are withheld from the public (re-identification risk). */
export const SMALL_COUNT = 5;

export interface PolicyTable {
  fields: Record<string, FieldPolicy>;
  rows: Record<string, RowRule>;
}
