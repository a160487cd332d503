/**
 * The gateway as the cross-check engine sees it, answered by the real department subgraphs
 * in-process, each over its own legacy test database (SQLite or MariaDB). Every operation the
 * engine sends asks root fields of one subgraph only, so it runs against that subgraph as the
 * gateway's planner would send it. A department marked down fails like an unreachable subgraph.
 * For tests that follow a rule from the legacy rows to the stored finding.
 */
import type { ApolloServer, BaseContext } from '@apollo/server';
import { Kind, getOperationAST, parse } from 'graphql';
import { attachAccess } from '../access/enforce.js';
import { DEPARTMENTS, DEPARTMENT_INFO, type Department } from '../lib/departments.js';
import { GraphQLRequestError, operationText, type GraphQLClient, type GraphQLErrorPayload, type Operation } from '../lib/graphql-client.js';
import { createSubgraphServer, loadSubgraphSdl, type SubgraphDefinition } from '../subgraphs/runtime/subgraph-server.js';
import { unreachable } from './fake-crosscheck-gateway.js';
import { TEST_IDENTITY } from './subgraph.js';

function queryFieldsOf(definition: SubgraphDefinition<BaseContext>): string[] {
  const sdl = definition.typeDefs ?? loadSubgraphSdl(definition.slug);
  return sdl.definitions.flatMap((node) =>
    (node.kind === Kind.OBJECT_TYPE_DEFINITION || node.kind === Kind.OBJECT_TYPE_EXTENSION) && node.name.value === 'Query'
      ? (node.fields ?? []).map((field) => field.name.value)
      : [],
  );
}

export class InProcessDepartments implements GraphQLClient {
  /** Departments that fail as unreachable from now on, until removed. */
  readonly down = new Set<Department>();
  private readonly owner = new Map<string, Department>();
  private readonly servers = new Map<Department, Promise<ApolloServer<BaseContext>>>();

  constructor(private readonly definitions: Partial<Record<Department, SubgraphDefinition<BaseContext>>>) {
    for (const department of DEPARTMENTS) {
      const definition = definitions[department];
      if (definition) for (const field of queryFieldsOf(definition)) if (!this.owner.has(field)) this.owner.set(field, department);
    }
  }

  async request<TData = Record<string, unknown>, TVariables extends Record<string, any> = Record<string, unknown>>(
    operation: Operation<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData> {
    const query = operationText(operation as Operation<unknown, unknown>);
    const ast = getOperationAST(parse(query));
    const first = ast?.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
    const department = first?.kind === Kind.FIELD ? this.owner.get(first.name.value) : undefined;
    if (!department) throw new Error(`no department subgraph answers ${ast?.name?.value ?? 'the operation'}`);
    if (this.down.has(department)) throw unreachable(DEPARTMENT_INFO[department].slug);
    const definition = this.definitions[department]!;
    const server = await this.server(department, definition);
    const response = await server.executeOperation({ query, variables: variables ?? {} }, { contextValue: attachAccess(await definition.createContext(), TEST_IDENTITY) });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    const { data, errors } = response.body.singleResult;
    if (errors && errors.length > 0) throw new GraphQLRequestError(errors[0]!.message, 'graphql', errors as unknown as GraphQLErrorPayload[]);
    return JSON.parse(JSON.stringify(data)) as TData;
  }

  /** Stops the servers and closes every department's database. */
  async close(): Promise<void> {
    for (const server of this.servers.values()) await (await server).stop();
    this.servers.clear();
    for (const definition of Object.values(this.definitions)) await definition?.close();
  }

  private server(department: Department, definition: SubgraphDefinition<BaseContext>): Promise<ApolloServer<BaseContext>> {
    let server = this.servers.get(department);
    if (!server) {
      const created = createSubgraphServer(definition);
      server = created.start().then(() => created);
      this.servers.set(department, server);
    }
    return server;
  }
}
