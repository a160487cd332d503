/**
 * The gateway's last pass over a response: masks, by the same policy table, what the subgraphs had
 * to leave unmasked because the gateway needed it to join them (key fields such as Person.idNumber).
 * Walks the operation and the data side by side, so aliases and fragments are followed.
 */
import {
  getNamedType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type DocumentNode,
} from 'graphql';
import type { Identity } from './identity.js';
import { maskValue } from './masks.js';
import { decide, HUB_POLICY, type PolicyTable } from './policy.js';

export function maskResponseData(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  data: Record<string, unknown> | null | undefined,
  identity: Identity,
  table: PolicyTable = HUB_POLICY,
): void {
  if (!data || identity.role === 'service') return;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const maskObject = (selectionSet: SelectionSetNode, type: GraphQLNamedType | null | undefined, object: Record<string, unknown>, seen: Set<string>): void => {
    // An object's concrete type, when the schema has abstract types, comes from __typename if asked.
    const concrete = typeof object.__typename === 'string' ? (schema.getType(object.__typename) ?? type) : type;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : concrete;
        maskObject(selection.selectionSet, condition ?? concrete, object, seen);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        maskObject(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? concrete, object, new Set([...seen, fragment.name.value]));
        continue;
      }
      const key = selection.alias?.value ?? selection.name.value;
      if (!(key in object) || !concrete || !(isObjectType(concrete) || isInterfaceType(concrete))) continue;
      const field = concrete.getFields()[selection.name.value];
      if (!field) continue;
      const value = object[key];
      if (selection.selectionSet) {
        const childType = getNamedType(field.type);
        const visitChild = (child: unknown): void => {
          if (Array.isArray(child)) child.forEach(visitChild);
          else if (child && typeof child === 'object') maskObject(selection.selectionSet!, childType, child as Record<string, unknown>, seen);
        };
        visitChild(value);
        continue;
      }
      // Only listed fields: an unlisted one was already decided, owner and all, by the subgraph serving it.
      const policy = table.fields[`${concrete.name}.${selection.name.value}`];
      if (!policy) continue;
      if (decide(identity, policy, null) === 'masked') object[key] = maskValue(policy.kind, value);
    }
  };

  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  maskObject(operation.selectionSet, root, data, new Set());
}
