/**
 * The resolver that enforces the table on one field, around the subgraph's own, in steps: who may
 * see the field at all and with which arguments (before anything is read), the parent row, small
 * public aggregates, and then the field's own rows and masking.
 */
import type { GraphQLField, GraphQLFieldResolver, GraphQLObjectType, GraphQLOutputType, GraphQLResolveInfo } from 'graphql';
import type { Identity } from '../identity.js';
import { maskValue } from '../masks.js';
import { SMALL_COUNT, type FieldPolicy, type RowRule, type Treatment } from '../policy.js';
import { forbiddenOutsideScope, idNumbersInArguments, shownCode } from '../scope.js';
import type { Enforcement } from './enforcement.js';
import { then } from './maybe-async.js';
import { valueAt } from './paths.js';
import { forbiddenField, noIdentity, refuseRow } from './refusals.js';
import { accessOf, type RequestAccess } from './request-access.js';
import { filterRows, HIDDEN, rowVerdict } from './rows.js';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** What is fixed about one field when the schema is wrapped. */
interface FieldSite {
  typeName: string;
  coordinate: string;
  original: GraphQLFieldResolver<unknown, unknown>;
  policy: FieldPolicy;
  /** The row rule of the parent type; none on root types. */
  parentRule: RowRule | undefined;
  isKey: boolean;
  suppressed: RowRule['suppress'];
  returnType: GraphQLOutputType;
  hasArgs: boolean;
}

/** One call of the field's resolver, once the identity may see the field. */
interface FieldCall {
  source: unknown;
  args: Record<string, unknown>;
  context: unknown;
  info: GraphQLResolveInfo;
  access: RequestAccess;
  decision: Treatment;
}

function fieldSite(e: Enforcement, type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): FieldSite {
  const coordinate = `${type.name}.${field.name}`;
  const rule = e.table.rows[type.name];
  return {
    typeName: type.name,
    coordinate,
    original: e.original(coordinate),
    policy: e.policy(coordinate),
    parentRule: ROOT_TYPES.has(type.name) ? undefined : rule,
    isKey: e.options.keyFields.has(coordinate),
    suppressed: rule?.suppress?.fields.includes(field.name) ? rule.suppress : undefined,
    returnType: field.type,
    hasArgs: field.args.length > 0,
  };
}

/**
 * An analyst's arguments: a required region argument must be given, and every region in them must
 * lie in scope. Returns the ID numbers in them, each to be shown in scope before anything is read.
 */
function idNumbersToCheck(site: FieldSite, identity: Identity, args: Record<string, unknown>): string[] {
  if (identity.role !== 'analyst' || !site.hasArgs) return [];
  const { regionArgument } = site.policy;
  if (regionArgument && valueAt(args, regionArgument) == null) {
    throw forbiddenOutsideScope(identity, `${site.coordinate} without ${regionArgument} (name a division within your regions)`);
  }
  return idNumbersInArguments(identity, args);
}

/** The subgraph's own resolver, then the returned rows the identity may not see, then masking by kind. */
function resolveAndShape(e: Enforcement, site: FieldSite, call: FieldCall): unknown {
  const { access } = call;
  // Rows an analyst reached through a required region argument are in scope by that argument.
  const scopedByArgument = access.identity.role === 'analyst' && site.policy.regionArgument !== undefined;
  const resolved = then(site.original(call.source, call.args, call.context, call.info), (value) =>
    scopedByArgument ? value : filterRows(e, access, site.returnType, value, call.context, call.info),
  );
  return then(resolved, (value) => {
    if (value === HIDDEN) return null;
    return call.decision === 'masked' && !site.isKey ? maskValue(site.policy.kind, value) : value;
  });
}

/** An aggregate over fewer than SMALL_COUNT persons is null for the public. */
function withholdSmallAggregate(e: Enforcement, site: FieldSite, call: FieldCall): unknown {
  const { suppressed } = site;
  if (suppressed && call.access.identity.role === 'public') {
    const count = e.resolvePath(site.typeName, call.source, [suppressed.countField], call.context, call.info);
    return then(count, (n) => (typeof n === 'number' && n >= SMALL_COUNT ? resolveAndShape(e, site, call) : null));
  }
  return resolveAndShape(e, site, call);
}

/** The parent row: a safety net for objects that arrive other than through a filtered field (_entities). */
function checkParentRow(e: Enforcement, site: FieldSite, call: FieldCall): unknown {
  const { identity } = call.access;
  const rule = site.parentRule;
  if (rule && call.source && typeof call.source === 'object' && identity.role !== 'service') {
    return then(rowVerdict(e, call.access, site.typeName, rule, call.source, call.context, call.info), (verdict) => {
      if (!verdict.ok) throw refuseRow(identity, site.typeName, verdict);
      return withholdSmallAggregate(e, site, call);
    });
  }
  return withholdSmallAggregate(e, site, call);
}

export function guardedResolver(e: Enforcement, type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  const site = fieldSite(e, type, field);
  return (source, args: Record<string, unknown>, context, info) => {
    const access = accessOf(context);
    // Fail closed: a context without a verified identity (a new entry point, a test) resolves nothing.
    if (!access) throw noIdentity();
    const { identity } = access;
    const decision = e.treatment(identity, site.coordinate, info);
    if (decision === 'refused') throw forbiddenField(identity, site.coordinate);
    const idNumbers = idNumbersToCheck(site, identity, args);
    const call: FieldCall = { source, args, context, info, access, decision };
    if (idNumbers.length === 0) return checkParentRow(e, site, call);
    // Registered or paid in the regions, whatever the prefix (ruling 5): asked before anything is read.
    return Promise.all(idNumbers.map((id) => e.personInScope(access, id))).then((inScope) => {
      const i = inScope.indexOf(false);
      if (i >= 0) throw forbiddenOutsideScope(identity, `ID number ${shownCode(idNumbers[i]!)}`);
      return checkParentRow(e, site, call);
    });
  };
}
