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
 *
 * The steps live in access/enforce/: field.ts (one field's resolver), rows.ts (row rules),
 * enforcement.ts (what a schema's resolvers share), request-access.ts (the identity in the context).
 */
import type { GraphQLSchema } from 'graphql';
import { Enforcement, type EnforcementOptions } from './enforce/enforcement.js';
import { guardedResolver } from './enforce/field.js';

export type { EnforcementOptions } from './enforce/enforcement.js';
export { accessOf, attachAccess, identityOf, type RequestAccess } from './enforce/request-access.js';
export { forbiddenField } from './enforce/refusals.js';

const FEDERATION_FIELDS = new Set(['Query._entities', 'Query._service']);

/** Wraps every field resolver of `schema` in place and returns it. */
export function enforceAccessPolicy(schema: GraphQLSchema, options: EnforcementOptions): GraphQLSchema {
  const enforcement = new Enforcement(schema, options);
  for (const type of enforcement.objectTypes) {
    for (const field of Object.values(type.getFields())) {
      if (FEDERATION_FIELDS.has(`${type.name}.${field.name}`)) continue;
      field.resolve = guardedResolver(enforcement, type, field);
    }
  }
  return schema;
}
