import assert from './assert.js';
import type { BaseContext } from '@apollo/server';
import { createSubgraphServer, type GraphQLServiceDefinition } from '../subgraphs/runtime/subgraph-server.js';
import { attachAccess } from '../access/enforce.js';
import { serviceIdentity, type Identity } from '../access/identity.js';

/** What in-process subgraph tests run as unless they say otherwise: an internal identity that sees everything. */
export const TEST_IDENTITY: Identity = serviceIdentity('test');

export interface SubgraphResult {
  data?: Record<string, any> | null;
  errors?: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, any> }>;
}

/**
 * Runs an operation in-process against the subgraph built from its real SDL, with a fresh request
 * context, as `identity` (what the gateway's internal token would carry; full access by default).
 */
export async function executeSubgraph<TContext extends BaseContext>(
  definition: GraphQLServiceDefinition<TContext>,
  query: string,
  variables: Record<string, unknown> = {},
  identity: Identity = TEST_IDENTITY,
): Promise<SubgraphResult> {
  const server = createSubgraphServer(definition);
  await server.start();
  try {
    const response = await server.executeOperation({ query, variables }, { contextValue: attachAccess(await definition.createContext(), identity) });
    assert.equal(response.body.kind, 'single');
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    // Plain objects (graphql-js builds null-prototype ones) so deepStrictEqual compares values only.
    return JSON.parse(JSON.stringify(response.body.singleResult)) as SubgraphResult;
  } finally {
    await server.stop();
  }
}

/** `_entities` representations for Person keys. */
export function personRepresentations(idNumbers: string[]) {
  return idNumbers.map((idNumber) => ({ __typename: 'Person', idNumber }));
}
