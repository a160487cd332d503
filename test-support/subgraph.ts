import { afterAll, beforeAll } from '@jest/globals';
import assert from './assert.js';
import { createLegacyTestDatabase, type LegacyTestDatabase } from './legacy-db.js';
import type { BaseContext } from '@apollo/server';
import type { DatabaseLocation } from '../lib/database-location.js';
import type { Department } from '../lib/departments.js';
import type { RunningHttpServer } from '../lib/graphql-http.js';
import { createSubgraphServer, startSubgraph, type GraphQLServiceDefinition } from '../subgraphs/runtime/subgraph-server.js';
import { DEPARTMENT_SUBGRAPHS } from '../subgraphs/registry.js';
import { attachAccess } from '../access/enforce.js';
import { serviceIdentity, type Identity } from '../access/identity.js';
import type { PersonScopeLookups } from '../access/register-scope.js';
import type { HubKeys } from '../access/secrets.js';

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
  /** Who is in an analyst's scope (access/register-scope.ts); without it no person is. */
  personScope: PersonScopeLookups = {},
): Promise<SubgraphResult> {
  const server = createSubgraphServer(definition, personScope);
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

/**
 * A department's real subgraph over HTTP on a free port, for the tests of what sits above the
 * subgraphs (the gateway), which may reach them over HTTP only and so cannot import them.
 */
export function startDepartmentSubgraph(
  department: Department,
  database: DatabaseLocation,
  access: { keys: Pick<HubKeys, 'internal'>; personScope?: PersonScopeLookups },
): Promise<RunningHttpServer> {
  return startSubgraph(DEPARTMENT_SUBGRAPHS[department](database), { port: 0, host: '127.0.0.1', ...access });
}

/**
 * For one describe block: a fresh SQLite copy of a department's legacy database, seeded, and the
 * subgraph `build` makes over it, handed to `use` before the block's tests and closed after them.
 */
export function seededSubgraphPerSuite<T extends { close(): Promise<void> }>(
  department: Department,
  seed: (db: LegacyTestDatabase) => Promise<void>,
  build: (database: DatabaseLocation) => T,
  use: (subgraph: T) => void,
): void {
  let db: LegacyTestDatabase | undefined;
  let subgraph: T | undefined;
  beforeAll(async () => {
    db = await createLegacyTestDatabase('sqlite', department);
    await seed(db);
    subgraph = build(db.location);
    use(subgraph);
  });
  afterAll(async () => {
    await subgraph?.close();
    await db?.drop();
  });
}
