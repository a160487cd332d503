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
import type { RegisterDivisions } from '../register-scope.js';
import type { RequestAccess } from './request-access.js';
import { then } from './maybe-async.js';
import { rootFieldName } from './paths.js';

export interface EnforcementOptions {
  /** The department whose subgraph this is (owner of fields the table does not list); null for hub services. */
  department: Department | null;
  /** `Type.field` of every @key field: never masked here, see access/enforce.ts. */
  keyFields: ReadonlySet<string>;
  policy?: PolicyTable;
  /** How to ask the register where a person lives (access/register-scope.ts); without it, ID prefixes alone decide. */
  registerDivisions?: RegisterDivisions;
}

type Resolver = GraphQLFieldResolver<unknown, unknown>;

export class Enforcement {
  readonly table: PolicyTable;
  /** The schema's own object types: not introspection's, not federation's (`_Service`, `_Entity`). */
  readonly objectTypes: GraphQLObjectType[];
  private readonly originals = new Map<string, Resolver>();
  private readonly policies = new Map<string, FieldPolicy>();
  private readonly treatments = new Map<string, Treatment>();
  private readonly divisionLoaders = new WeakMap<RequestAccess, DataLoader<string, string | null>>();

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

  /** The register's division of a person, batched per request; only called when options.registerDivisions is set. */
  registerDivision(access: RequestAccess, idNumber: string): Promise<string | null> {
    let loader = this.divisionLoaders.get(access);
    if (!loader) {
      const lookup = this.options.registerDivisions!;
      loader = new DataLoader<string, string | null>(async (ids) => {
        const found = await lookup(ids);
        return ids.map((id) => found.get(id) ?? null);
      });
      this.divisionLoaders.set(access, loader);
    }
    return loader.load(idNumber);
  }
}
