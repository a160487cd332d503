/**
 * Tests write screening subjects and read hits one object per subject or hit, as a person reads
 * them; the wire carries one list per field. These convert between the two.
 */
import type { BaseContext } from '@apollo/server';
import { Kind, getOperationAST, parse } from 'graphql';
import type { Identity } from '../access/identity.js';
import type { GraphQLServiceDefinition } from '../subgraphs/runtime/subgraph-server.js';
import { executeSubgraph, type SubgraphResult } from './subgraph.js';

/** The list (column) of the screening inputs that carries each subject field. */
const COLUMN_OF_FIELD: Record<string, string> = {
  key: 'keys',
  idNumber: 'idNumbers',
  date: 'dates',
  name: 'names',
  countyCode: 'countyCodes',
  checkAge80: 'checkAge80',
  accountNumber: 'accountNumbers',
  requireSevere: 'requireSevere',
};
const FIELD_OF_COLUMN = Object.fromEntries(Object.entries(COLUMN_OF_FIELD).map(([field, column]) => [column, field]));

/** Subjects written one object each, as the columns a screening query takes. */
export function subjectColumns(subjects: readonly Record<string, unknown>[]): Record<string, unknown[]> {
  const fields = new Set(subjects.flatMap((s) => Object.keys(s)));
  const columns: Record<string, unknown[]> = {};
  for (const field of fields) {
    const column = COLUMN_OF_FIELD[field];
    if (!column) throw new Error(`no screening column carries the subject field "${field}"`);
    columns[column] = subjects.map((s) => s[field]);
  }
  return columns;
}

/** Columns as the subjects they describe, one object each (a plain list, e.g. line ids, stays as it is). */
export function subjectRows(columns: unknown): any[] {
  if (Array.isArray(columns)) return columns;
  const entries = Object.entries(columns as Record<string, unknown[]>);
  const count = entries[0]?.[1].length ?? 0;
  return Array.from({ length: count }, (_, i) => Object.fromEntries(entries.map(([column, list]) => [FIELD_OF_COLUMN[column] ?? column, list[i]])));
}

export interface HitRow {
  key: string;
  rule: string;
  evidence: string;
}

/** A screening answer (`{ keys, rules, evidence }`) as one object per hit; null or undefined stay so. */
export function hitRows(hits: { keys?: string[]; rules?: string[]; evidence?: string[] } | null | undefined): HitRow[] {
  if (hits == null) return hits as unknown as HitRow[];
  const count = hits.keys?.length ?? hits.rules?.length ?? hits.evidence?.length ?? 0;
  // Only the lists the query selected: a hit shows the fields asked for.
  return Array.from({ length: count }, (_, i) => {
    const row: Record<string, string> = {};
    if (hits.keys) row.key = hits.keys[i]!;
    if (hits.rules) row.rule = hits.rules[i]!;
    if (hits.evidence) row.evidence = hits.evidence[i]!;
    return row as unknown as HitRow;
  });
}

/** Hits written one object each, as a screening query answers them. */
export function hitColumns(hits: readonly HitRow[]): { keys: string[]; rules: string[]; evidence: string[] } {
  return { keys: hits.map((h) => h.key), rules: hits.map((h) => h.rule), evidence: hits.map((h) => h.evidence) };
}

/** An executed screening query's result with the answer of `field` as one object per hit. */
export function withHitRows<R extends { data?: Record<string, any> | null }>(result: R, field: string): R {
  if (!result.data || !(field in result.data)) return result;
  return { ...result, data: { ...result.data, [field]: hitRows(result.data[field]) } };
}

/**
 * executeSubgraph for a screening query written the way a person reads it: every variable that is
 * a list of subject objects is sent as columns, and the query's answer comes back one object per hit.
 */
export async function executeScreening<TContext extends BaseContext>(
  definition: GraphQLServiceDefinition<TContext>,
  query: string,
  variables: Record<string, unknown> = {},
  identity?: Identity,
): Promise<SubgraphResult> {
  const wire = Object.fromEntries(
    Object.entries(variables).map(([name, value]) => [
      name,
      Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'object' && v !== null) ? subjectColumns(value) : value,
    ]),
  );
  const result = await executeSubgraph(definition, query, wire, identity);
  const operation = getOperationAST(parse(query));
  const root = operation?.selectionSet.selections[0];
  return root?.kind === Kind.FIELD ? withHitRows(result, root.alias?.value ?? root.name.value) : result;
}
