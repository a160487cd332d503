/**
 * Row rules at work: whether the identity may see one object of a type (cached per request and
 * object), and the rows of a resolved value it may not see, dropped or refused.
 */
import { getNamedType, isListType, isNonNullType, isObjectType, type GraphQLOutputType, type GraphQLResolveInfo } from 'graphql';
import { normaliseIdNumber } from '../../lib/id-number.js';
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

function analystVerdict(
  e: Enforcement,
  access: RequestAccess,
  typeName: string,
  rule: RowRule & { region: string[] },
  row: object,
  context: unknown,
  info: GraphQLResolveInfo,
): RowVerdict | Promise<RowVerdict> {
  const { identity } = access;
  return then(e.resolvePath(typeName, row, rule.region, context, info), (value): RowVerdict | Promise<RowVerdict> => {
    const codes = (Array.isArray(value) ? value : [value]).filter((v) => v != null).map(String);
    const outside = codes.find((code) => !codeInRegions(code, identity.regions));
    // No code at all: the region cannot be shown to be inside, so the row stays hidden.
    if (!Array.isArray(value) && codes.length === 0) return { ok: false, what: `${typeName} without a region` };
    if (outside === undefined) return { ok: true };
    const refused: RowVerdict = { ok: false, what: `${typeName} ${shownCode(outside)}` };
    // Born elsewhere but registered here: in scope by the register's division.
    if (rule.registerDivision && e.options.registerDivisions && codes.length === 1) {
      return e
        .registerDivision(access, normaliseIdNumber(outside).slice(0, 18))
        .then((division) => (division !== null && codeInRegions(division, identity.regions) ? { ok: true } : refused));
    }
    return refused;
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
  const region = rule.region;
  const verdict =
    identity.role === 'public'
      ? publicVerdict(e, typeName, rule, row, context, info)
      : identity.role === 'analyst' && region
        ? analystVerdict(e, access, typeName, { ...rule, region }, row, context, info)
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
