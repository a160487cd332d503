/**
 * Row rules at work: whether the identity may see one object of a type (cached per request and
 * object), and the rows of a resolved value it may not see, dropped or refused.
 */
import { getNamedType, isListType, isNonNullType, isObjectType, type GraphQLOutputType, type GraphQLResolveInfo } from 'graphql';
import type { RowRule } from '../policy.js';
import { codeInRegions, shownCode } from '../scope.js';
import type { Enforcement } from './enforcement.js';
import { isPromise, then } from './maybe-async.js';
import { refuseRow } from './refusals.js';
import type { RequestAccess, RowVerdict } from './request-access.js';

/** Marks a row the public may not see, so lists drop it and single fields answer null. */
export const HIDDEN: unique symbol = Symbol('hidden row');

const VISIBLE: RowVerdict = { ok: true };

function publicVerdict(e: Enforcement, typeName: string, rule: RowRule, row: object, context: unknown, info: GraphQLResolveInfo): RowVerdict | Promise<RowVerdict> {
  const when = rule.publicWhen;
  if (when === undefined) return { ok: true };
  if (when === 'never') return { ok: false, what: typeName };
  return then(e.resolvePath(typeName, row, when.path, context, info), (value): RowVerdict => (value === when.equals ? { ok: true } : { ok: false, what: typeName }));
}

function codesOf(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((v) => v != null).map(String);
}

/** The region path: every code inside the regions (true), some outside (the first), or no code at all (null). */
function regionVerdict(codes: string[], regions: readonly string[]): true | string | null {
  if (codes.length === 0) return null;
  return codes.find((code) => !codeInRegions(code, regions)) ?? true;
}

/** The person path: every person in scope (true), or the first who is not. */
function personVerdict(e: Enforcement, access: RequestAccess, codes: string[]): Promise<true | string> {
  return Promise.all(codes.map((code) => e.personInScope(access, code))).then((inScope) => {
    const i = inScope.indexOf(false);
    return i < 0 ? true : codes[i]!;
  });
}

/**
 * An analyst's row: in scope when its region path lies inside the regions or its person path names
 * persons in scope (ruling 5: registered in the regions or paid by their batches, never by prefix).
 */
function analystVerdict(e: Enforcement, access: RequestAccess, typeName: string, rule: RowRule, row: object, context: unknown, info: GraphQLResolveInfo): RowVerdict | Promise<RowVerdict> {
  const { identity } = access;
  const byRegion = rule.region ? e.resolvePath(typeName, row, rule.region, context, info) : undefined;
  return then(byRegion, (regionValue): RowVerdict | Promise<RowVerdict> => {
    const region = rule.region ? regionVerdict(codesOf(regionValue), identity.regions) : null;
    if (region === true) return VISIBLE;
    if (!rule.person) {
      // An empty list of codes holds nothing outside; a single row without a code cannot be shown to be inside.
      if (region === null) return Array.isArray(regionValue) ? VISIBLE : { ok: false, what: `${typeName} without a region` };
      return { ok: false, what: `${typeName} ${shownCode(region)}` };
    }
    return then(e.resolvePath(typeName, row, rule.person, context, info), (personValue): RowVerdict | Promise<RowVerdict> => {
      const codes = codesOf(personValue);
      if (codes.length === 0) {
        if (Array.isArray(personValue)) return VISIBLE;
        return { ok: false, what: region === null ? `${typeName} without a person or region` : `${typeName} ${shownCode(region)}` };
      }
      return personVerdict(e, access, codes).then((verdict): RowVerdict => (verdict === true ? VISIBLE : { ok: false, what: `${typeName} of ID number ${shownCode(verdict)}` }));
    });
  });
}

/** May the identity see this object of `typeName`? Asked once per request, object and type. */
export function rowVerdict(
  e: Enforcement,
  access: RequestAccess,
  typeName: string,
  rule: RowRule,
  row: object,
  context: unknown,
  info: GraphQLResolveInfo,
): RowVerdict | Promise<RowVerdict> {
  const { identity } = access;
  let byType = access.rows.get(row);
  const cached = byType?.get(typeName);
  if (cached) return cached;
  const verdict =
    identity.role === 'public'
      ? publicVerdict(e, typeName, rule, row, context, info)
      : identity.role === 'analyst' && (rule.region || rule.person) && !e.vouchedByRoot(access, info)
        ? analystVerdict(e, access, typeName, rule, row, context, info)
        : VISIBLE;
  if (!byType) {
    byType = new Map();
    access.rows.set(row, byType);
  }
  byType.set(typeName, verdict);
  if (isPromise(verdict)) verdict.then((settled) => byType!.set(typeName, settled), () => byType!.delete(typeName));
  return verdict;
}

/**
 * Rows of the returned type the role may not see: in a list they are left out, as a WHERE on the
 * region would leave them out; asked for alone, the public gets null (as if absent) and an analyst
 * FORBIDDEN naming the scope.
 */
export function filterRows(
  e: Enforcement,
  access: RequestAccess,
  returnType: GraphQLOutputType,
  value: unknown,
  context: unknown,
  info: GraphQLResolveInfo,
  inList = false,
): unknown {
  if (value == null || access.identity.role === 'service') return value;
  const inner = isNonNullType(returnType) ? returnType.ofType : returnType;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return value;
    const items = value.map((item) => filterRows(e, access, inner.ofType, item, context, info, true));
    const settled = items.some(isPromise) ? Promise.all(items) : (items as unknown[]);
    return then(settled, (list) => list.filter((item) => item !== HIDDEN));
  }
  const named = getNamedType(inner);
  const rule = e.table.rows[named.name];
  if (!rule || typeof value !== 'object' || !isObjectType(named)) return value;
  return then(rowVerdict(e, access, named.name, rule, value as object, context, info), (verdict) => {
    if (verdict.ok) return value;
    if (access.identity.role === 'analyst' && !inList) throw refuseRow(access.identity, named.name, verdict);
    return HIDDEN;
  });
}
