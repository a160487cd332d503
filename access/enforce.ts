/**
 * Enforcement inside every subgraph: each field resolver of the built schema is wrapped, by
 * `Type.field`, with the policy table (access/policy.ts). It works over any subgraph's schema, so a
 * department's code never decides who may see what.
 *
 * Per field, before the department's resolver runs: refuse what the role may not see, check the
 * parent row (analyst's region, public's published-only) and an analyst's arguments. After it runs:
 * drop or refuse rows of the returned type the role may not see, suppress small public aggregates,
 * and mask by kind. Key fields are not masked here: the gateway needs the real key to join
 * subgraphs, and masks them in the final response instead (access/response.ts).
 */
import {
  defaultFieldResolver,
  getNamedType,
  GraphQLError,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import DataLoader from 'dataloader';
import type { Department } from '../lib/departments.js';
import { describeScope, type Identity } from './identity.js';
import { maskValue } from './masks.js';
import { decide, fieldPolicy, HUB_POLICY, SMALL_COUNT, type FieldPolicy, type PolicyTable, type RowRule, type Treatment } from './policy.js';
import { codeInRegions, forbiddenOutsideScope, idNumbersOutsidePrefix, shownCode } from './scope.js';
import { normaliseIdNumber } from '../lib/id-number.js';
import { unauthenticated } from './tokens.js';
import type { RegisterDivisions } from './register-scope.js';

const ACCESS = Symbol.for('huimin-hub.access');

/** What one request carries through the resolvers: the identity and its per-request caches. */
export interface RequestAccess {
  identity: Identity;
  rows: WeakMap<object, Map<string, Promise<RowVerdict> | RowVerdict>>;
}

type RowVerdict = { ok: true } | { ok: false; what: string };

/**
 * Attaches the verified identity to a subgraph's request context. Enumerable on purpose: Apollo's
 * executeOperation shallow-copies the context with Object.assign, which copies enumerable symbols.
 */
export function attachAccess<T extends object>(context: T, identity: Identity): T {
  (context as Record<symbol, RequestAccess>)[ACCESS] = { identity, rows: new WeakMap() };
  return context;
}

export function accessOf(context: unknown): RequestAccess | undefined {
  return context && typeof context === 'object' ? (context as Record<symbol, RequestAccess | undefined>)[ACCESS] : undefined;
}

/** The identity of the request, for department code that wants to narrow its own SQL (e.g. by region). */
export function identityOf(context: unknown): Identity {
  const access = accessOf(context);
  if (!access) throw unauthenticated('the request carries no verified identity');
  return access.identity;
}

// Field errors carry no HTTP status: one would turn the subgraph's whole response into an HTTP error
// at the gateway, and the other fields' data would be lost.
export function forbiddenField(identity: Identity, coordinate: string): GraphQLError {
  return new GraphQLError(`Forbidden: ${coordinate} is not available to role ${identity.role}`, {
    extensions: { code: 'FORBIDDEN', field: coordinate, scope: describeScope(identity) },
  });
}

function hiddenRow(identity: Identity, typeName: string): GraphQLError {
  return new GraphQLError(`Forbidden: this ${typeName} is not available to role ${identity.role}`, {
    extensions: { code: 'FORBIDDEN', scope: describeScope(identity) },
  });
}

export interface EnforcementOptions {
  /** The department whose subgraph this is (owner of fields the table does not list); null for hub services. */
  department: Department | null;
  /** `Type.field` of every @key field: never masked here, see the module comment. */
  keyFields: ReadonlySet<string>;
  policy?: PolicyTable;
  /** How to ask the register where a person lives (access/register-scope.ts); without it, ID prefixes alone decide. */
  registerDivisions?: RegisterDivisions;
}

const FEDERATION_FIELDS = new Set(['Query._entities', 'Query._service']);
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

function isPromise<T>(value: unknown): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** Applies `fn` now when the value is at hand, later when it is a promise: most fields stay synchronous. */
function then<T, U>(value: T | Promise<T>, fn: (resolved: T) => U | Promise<U>): U | Promise<U> {
  return isPromise<T>(value) ? value.then(fn) : fn(value);
}

/** The response key of the root field this resolver runs under, as its field name (aliases resolved). */
function rootFieldName(info: GraphQLResolveInfo): string | undefined {
  let path = info.path;
  while (path.prev) path = path.prev;
  const key = String(path.key);
  const find = (selectionSet: SelectionSetNode): string | undefined => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD && (selection.alias?.value ?? selection.name.value) === key) return selection.name.value;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const found = find(selection.selectionSet);
        if (found) return found;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[selection.name.value];
        const found = fragment && find(fragment.selectionSet);
        if (found) return found;
      }
    }
    return undefined;
  };
  return find(info.operation.selectionSet);
}

/** Wraps every field resolver of `schema` in place and returns it. */
export function enforceAccessPolicy(schema: GraphQLSchema, options: EnforcementOptions): GraphQLSchema {
  const table = options.policy ?? HUB_POLICY;
  const originals = new Map<string, GraphQLFieldResolver<unknown, unknown>>();
  const policies = new Map<string, FieldPolicy>();
  const treatments = new Map<string, Treatment>();
  const divisionLoaders = new WeakMap<RequestAccess, DataLoader<string, string | null>>();
  const registerDivision = (access: RequestAccess, idNumber: string): Promise<string | null> => {
    let loader = divisionLoaders.get(access);
    if (!loader) {
      const lookup = options.registerDivisions!;
      loader = new DataLoader<string, string | null>(async (ids) => {
        const found = await lookup(ids);
        return ids.map((id) => found.get(id) ?? null);
      });
      divisionLoaders.set(access, loader);
    }
    return loader.load(idNumber);
  };

  const objectTypes = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith('__') && !t.name.startsWith('_'));
  for (const type of objectTypes) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      originals.set(coordinate, (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, unknown>);
      policies.set(coordinate, fieldPolicy(table, coordinate));
    }
  }

  function treatment(identity: Identity, coordinate: string, info: GraphQLResolveInfo): Treatment {
    const policy = policies.get(coordinate)!;
    if (identity.role === 'public' && policy.publicVia) return decide(identity, policy, options.department, rootFieldName(info));
    const key = `${identity.role}|${identity.department ?? ''}|${coordinate}`;
    let cached = treatments.get(key);
    if (!cached) {
      cached = decide(identity, policy, options.department);
      treatments.set(key, cached);
    }
    return cached;
  }

  /** Resolves a path of arg-less fields through the subgraph's own (unwrapped) resolvers. */
  function resolvePath(typeName: string, source: unknown, path: string[], context: unknown, info: GraphQLResolveInfo): unknown {
    if (path.length === 0 || source == null) return source;
    const [step, ...rest] = path as [string, ...string[]];
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[step] : undefined;
    const resolve = originals.get(`${typeName}.${step}`);
    // A rule naming a field this schema lacks cannot be checked: the row counts as not visible.
    if (!field || !resolve) return undefined;
    // The default resolver reads the property named by info.fieldName, so the info must name this step.
    const stepInfo: GraphQLResolveInfo = { ...info, fieldName: step, returnType: field.type, parentType: type as GraphQLObjectType };
    const value = resolve(source, {}, context, stepInfo);
    const nextType = getNamedType(field.type).name;
    return then(value, (resolved) => resolvePath(nextType, resolved, rest, context, info));
  }

  function rowVerdict(access: RequestAccess, typeName: string, rule: RowRule, row: object, context: unknown, info: GraphQLResolveInfo): RowVerdict | Promise<RowVerdict> {
    const { identity } = access;
    let byType = access.rows.get(row);
    const cached = byType?.get(typeName);
    if (cached) return cached;
    let verdict: RowVerdict | Promise<RowVerdict>;
    if (identity.role === 'public') {
      const when = rule.publicWhen;
      verdict =
        when === undefined
          ? { ok: true }
          : when === 'never'
            ? { ok: false, what: typeName }
            : then(resolvePath(typeName, row, when.path, context, info), (value): RowVerdict => (value === when.equals ? { ok: true } : { ok: false, what: typeName }));
    } else if (identity.role === 'analyst' && rule.region) {
      verdict = then(resolvePath(typeName, row, rule.region, context, info), (value): RowVerdict | Promise<RowVerdict> => {
        const codes = (Array.isArray(value) ? value : [value]).filter((v) => v != null).map(String);
        const outside = codes.find((code) => !codeInRegions(code, identity.regions));
        // No code at all: the region cannot be shown to be inside, so the row stays hidden.
        if (!Array.isArray(value) && codes.length === 0) return { ok: false, what: `${typeName} without a region` };
        if (outside === undefined) return { ok: true };
        const refused: RowVerdict = { ok: false, what: `${typeName} ${shownCode(outside)}` };
        // Born elsewhere but registered here: in scope by the register's division.
        if (rule.registerDivision && options.registerDivisions && codes.length === 1) {
          return registerDivision(access, normaliseIdNumber(outside).slice(0, 18)).then((division) => (division !== null && codeInRegions(division, identity.regions) ? { ok: true } : refused));
        }
        return refused;
      });
    } else {
      verdict = { ok: true };
    }
    if (!byType) {
      byType = new Map();
      access.rows.set(row, byType);
    }
    byType.set(typeName, verdict);
    if (isPromise(verdict)) verdict.then((settled) => byType!.set(typeName, settled), () => byType!.delete(typeName));
    return verdict;
  }

  function refuseRow(identity: Identity, typeName: string, verdict: { ok: false; what: string }): GraphQLError {
    return identity.role === 'analyst' ? forbiddenOutsideScope(identity, verdict.what) : hiddenRow(identity, typeName);
  }

  /**
   * Rows of the returned type the role may not see: in a list they are left out, as a WHERE on the
   * region would leave them out; asked for alone, the public gets null (as if absent) and an analyst
   * FORBIDDEN naming the scope.
   */
  function filterRows(access: RequestAccess, returnType: GraphQLOutputType, value: unknown, context: unknown, info: GraphQLResolveInfo, inList = false): unknown {
    if (value == null || access.identity.role === 'service') return value;
    const inner = isNonNullType(returnType) ? returnType.ofType : returnType;
    if (isListType(inner)) {
      if (!Array.isArray(value)) return value;
      const items = value.map((item) => filterRows(access, inner.ofType, item, context, info, true));
      const settled = items.some(isPromise) ? Promise.all(items) : (items as unknown[]);
      return then(settled, (list) => list.filter((item) => item !== HIDDEN));
    }
    const named = getNamedType(inner);
    const rule = table.rows[named.name];
    if (!rule || typeof value !== 'object' || !isObjectType(named)) return value;
    return then(rowVerdict(access, named.name, rule, value as object, context, info), (verdict) => {
      if (verdict.ok) return value;
      if (access.identity.role === 'analyst' && !inList) throw refuseRow(access.identity, named.name, verdict);
      return HIDDEN;
    });
  }

  for (const type of objectTypes) {
    if (!isObjectType(type)) continue;
    const rule = table.rows[type.name];
    const root = ROOT_TYPES.has(type.name);
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      if (FEDERATION_FIELDS.has(coordinate)) continue;
      const original = originals.get(coordinate)!;
      const policy = policies.get(coordinate)!;
      const isKey = options.keyFields.has(coordinate);
      const suppressed = rule?.suppress?.fields.includes(field.name) ? rule.suppress : undefined;
      const returnType = field.type;
      const hasArgs = field.args.length > 0;

      field.resolve = (source, args, context, info) => {
        const access = accessOf(context);
        // Fail closed: a context without a verified identity (a new entry point, a test) resolves nothing.
        if (!access) throw noIdentity();
        const { identity } = access;
        const decision = treatment(identity, coordinate, info);
        if (decision === 'refused') throw forbiddenField(identity, coordinate);
        let outsideIds: string[] = [];
        if (identity.role === 'analyst' && hasArgs) {
          if (policy.regionArgument && valueAt(args, policy.regionArgument) == null) {
            throw forbiddenOutsideScope(identity, `${coordinate} without ${policy.regionArgument} (name a division within your regions)`);
          }
          outsideIds = idNumbersOutsidePrefix(identity, args);
          if (outsideIds.length && !options.registerDivisions) throw forbiddenOutsideScope(identity, `ID number ${shownCode(outsideIds[0]!)}`);
        }

        const run = () => {
          // Rows an analyst reached through a required region argument are in scope by that argument.
          const scopedByArgument = identity.role === 'analyst' && policy.regionArgument !== undefined;
          const resolved = then(original(source, args, context, info), (value) => (scopedByArgument ? value : filterRows(access, returnType, value, context, info)));
          return then(resolved, (value) => {
            if (value === HIDDEN) return null;
            return decision === 'masked' && !isKey ? maskValue(policy.kind, value) : value;
          });
        };
        const guarded = () => {
          if (suppressed && identity.role === 'public') {
            const count = resolvePath(type.name, source, [suppressed.countField], context, info);
            return then(count, (n) => (typeof n === 'number' && n >= SMALL_COUNT ? run() : null));
          }
          return run();
        };
        // The parent row: a safety net for objects that arrive other than through a filtered field (_entities).
        const checked = () => {
          if (!root && rule && source && typeof source === 'object' && identity.role !== 'service') {
            return then(rowVerdict(access, type.name, rule, source as object, context, info), (verdict) => {
              if (!verdict.ok) throw refuseRow(identity, type.name, verdict);
              return guarded();
            });
          }
          return guarded();
        };
        if (outsideIds.length === 0) return checked();
        // ID numbers born elsewhere may still be registered in the region: asked before anything is read.
        return Promise.all(outsideIds.map((id) => registerDivision(access, id))).then((divisions) => {
          const i = divisions.findIndex((division) => division === null || !codeInRegions(division, identity.regions));
          if (i >= 0) throw forbiddenOutsideScope(identity, `ID number ${shownCode(outsideIds[i]!)}`);
          return checked();
        });
      };
    }
  }
  return schema;
}

function valueAt(args: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), args);
}

function noIdentity(): GraphQLError {
  return new GraphQLError('Not authenticated: the request carries no verified identity', { extensions: { code: 'UNAUTHENTICATED' } });
}

/** Marks a row the public may not see, so lists drop it and single fields answer null. */
const HIDDEN: unique symbol = Symbol('hidden row');
