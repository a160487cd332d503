/**
 * What the wrapped resolvers of one schema share: the policy table, each field's own resolver and
 * policy (taken before anything is wrapped), the treatment cache and the register look-ups.
 */
import DataLoader from 'dataloader';
import {
  defaultFieldResolver,
  getNamedType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { Department } from '../../lib/departments.js';
import type { Identity } from '../identity.js';
import { decide, fieldPolicy, HUB_POLICY, type FieldPolicy, type PolicyTable, type Treatment } from '../policy.js';
import { isValidIdNumber, normaliseIdNumber } from '../../lib/id-number.js';
import type { PersonScopeLookups } from '../register-scope.js';
import { codeInRegions } from '../scope.js';
import type { RequestAccess } from './request-access.js';
import { then } from './maybe-async.js';
import { rootFieldName } from './paths.js';

export interface EnforcementOptions extends PersonScopeLookups {
  /** The department whose subgraph this is (owner of fields the table does not list); null for hub services. */
  department: Department | null;
  /** `Type.field` of every @key field: never masked here, see access/enforce.ts. */
  keyFields: ReadonlySet<string>;
  policy?: PolicyTable;
  // registerDivisions, paidUnder (access/register-scope.ts): without them no person is in an analyst's scope.
}

/** Batches are disbursed by counties: a region of more than 6 digits (a township) disburses none. */
const COUNTY_DIGITS = 6;

type Resolver = GraphQLFieldResolver<unknown, unknown>;

export class Enforcement {
  readonly table: PolicyTable;
  /** The schema's own object types: not introspection's, not federation's (`_Service`, `_Entity`). */
  readonly objectTypes: GraphQLObjectType[];
  private readonly originals = new Map<string, Resolver>();
  private readonly policies = new Map<string, FieldPolicy>();
  private readonly treatments = new Map<string, Treatment>();
  private readonly personLoaders = new WeakMap<RequestAccess, DataLoader<string, boolean>>();
  private readonly vouchingRoots = new WeakMap<RequestAccess, Map<string, boolean>>();

  constructor(
    readonly schema: GraphQLSchema,
    readonly options: EnforcementOptions,
  ) {
    this.table = options.policy ?? HUB_POLICY;
    this.objectTypes = Object.values(schema.getTypeMap()).filter(
      (t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__') && !t.name.startsWith('_'),
    );
    for (const type of this.objectTypes) {
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        this.originals.set(coordinate, (field.resolve ?? defaultFieldResolver) as Resolver);
        this.policies.set(coordinate, fieldPolicy(this.table, coordinate));
      }
    }
  }

  /** The subgraph's own resolver of `Type.field`, as it was before enforcement wrapped it. */
  original(coordinate: string): Resolver {
    return this.originals.get(coordinate)!;
  }

  policy(coordinate: string): FieldPolicy {
    return this.policies.get(coordinate)!;
  }

  treatment(identity: Identity, coordinate: string, info: GraphQLResolveInfo): Treatment {
    const policy = this.policy(coordinate);
    if (identity.role === 'public' && policy.publicVia) return decide(identity, policy, this.options.department, rootFieldName(info));
    const key = `${identity.role}|${identity.department ?? ''}|${coordinate}`;
    let cached = this.treatments.get(key);
    if (!cached) {
      cached = decide(identity, policy, this.options.department);
      this.treatments.set(key, cached);
    }
    return cached;
  }

  /** Resolves a path of arg-less fields through the subgraph's own (unwrapped) resolvers. */
  resolvePath(typeName: string, source: unknown, path: string[], context: unknown, info: GraphQLResolveInfo): unknown {
    if (path.length === 0 || source == null) return source;
    const [step, ...rest] = path as [string, ...string[]];
    const type = this.schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[step] : undefined;
    const resolve = this.originals.get(`${typeName}.${step}`);
    // A rule naming a field this schema lacks cannot be checked: the row counts as not visible.
    if (!field || !resolve) return undefined;
    // The default resolver reads the property named by info.fieldName, so the info must name this step.
    const stepInfo: GraphQLResolveInfo = { ...info, fieldName: step, returnType: field.type, parentType: type as GraphQLObjectType };
    const value = resolve(source, {}, context, stepInfo);
    const nextType = getNamedType(field.type).name;
    return then(value, (resolved) => this.resolvePath(nextType, resolved, rest, context, info));
  }

  /**
   * In a hub service's subgraph (no department), rows under a root field scoped by its region
   * argument or by its own resolver are in scope: they are keys of other subgraphs' entities, which
   * those subgraphs check again when their fields are asked for.
   */
  vouchedByRoot(access: RequestAccess, info: GraphQLResolveInfo): boolean {
    if (this.options.department !== null) return false;
    let byRoot = this.vouchingRoots.get(access);
    if (!byRoot) {
      byRoot = new Map();
      this.vouchingRoots.set(access, byRoot);
    }
    let path = info.path;
    while (path.prev) path = path.prev;
    const key = String(path.key);
    let vouched = byRoot.get(key);
    if (vouched === undefined) {
      const rootType = info.operation.operation === 'mutation' ? 'Mutation' : 'Query';
      const root = rootFieldName(info);
      const policy = root ? this.policies.get(`${rootType}.${root}`) : undefined;
      vouched = policy !== undefined && (policy.regionArgument !== undefined || policy.scopedByResolver === true);
      byRoot.set(key, vouched);
    }
    return vouched;
  }

  /**
   * Whether a person is in the analyst's scope (ruling 5): registered in one of their regions, or
   * paid by a batch of a county within them. Batched per request: the register is asked first,
   * finance only about the persons the register does not place in the regions.
   */
  personInScope(access: RequestAccess, idNumber: string): Promise<boolean> {
    let loader = this.personLoaders.get(access);
    if (!loader) {
      const regions = access.identity.regions;
      loader = new DataLoader<string, boolean>(async (ids) => {
        const valid = ids.filter(isValidIdNumber);
        const inScope = new Set<string>();
        // A register that cannot be asked still leaves finance to show who the county pays; the rest fail with its error.
        let registerFailure: Error | null = null;
        const divisions =
          this.options.registerDivisions && valid.length > 0
            ? await this.options.registerDivisions(valid).catch((error: unknown) => {
                registerFailure = error instanceof Error ? error : new Error(String(error));
                return new Map<string, string | null>();
              })
            : new Map<string, string | null>();
        for (const id of valid) {
          const division = divisions.get(id);
          if (division && codeInRegions(division, regions)) inScope.add(id);
        }
        const rest = valid.filter((id) => !inScope.has(id));
        const paidUnder = this.options.paidUnder;
        if (paidUnder && rest.length > 0) {
          const counties = regions.filter((region) => region.length <= COUNTY_DIGITS);
          const paid = await Promise.all(counties.map((county) => paidUnder(county, rest)));
          for (const set of paid) for (const id of set) inScope.add(id);
        }
        const failure = registerFailure as Error | null;
        return ids.map((id) => (inScope.has(id) ? true : failure && isValidIdNumber(id) ? failure : false));
      });
      this.personLoaders.set(access, loader);
    }
    // A certificate number begins with its holder's ID number.
    return loader.load(normaliseIdNumber(idNumber).slice(0, 18));
  }
}
