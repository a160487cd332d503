import assert from 'node:assert/strict';
import type { BaseContext } from '@apollo/server';
import { createSubgraphServer, type SubgraphDefinition } from '../subgraphs/runtime/subgraph-server.js';

export interface SubgraphResult {
  data?: Record<string, any> | null;
  errors?: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, any> }>;
}

/** Runs an operation in-process against the subgraph built from its real SDL, with a fresh request context. */
export async function executeSubgraph<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<SubgraphResult> {
  const server = createSubgraphServer(definition);
  await server.start();
  try {
    const response = await server.executeOperation({ query, variables }, { contextValue: await definition.createContext() });
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
