import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type http from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { parse, type DocumentNode } from 'graphql';
import { createGraphQLHttpHandler, listen, type RunningHttpServer } from '../../lib/graphql-http.js';
import type { Department } from '../../adapters/departments.js';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A subgraph's SDL, read from `schema/`: the file is the source of truth for server and codegen alike. */
export function loadSubgraphSdl(slug: string): DocumentNode {
  return parse(readFileSync(path.join(PROJECT_ROOT, 'schema', `${slug}.graphql`), 'utf8'));
}

export interface SubgraphDefinition<TContext extends BaseContext> {
  department: Department;
  slug: string;
  /** The generated `Resolvers` of the subgraph; typed there, handed to Apollo as a plain map here. */
  resolvers: object;
  /** Builds the per-request context (fresh DataLoaders) for one incoming request. */
  createContext(req?: http.IncomingMessage): Promise<TContext>;
  /** Probes the department database for `/health`. */
  health(): Promise<{ ok: boolean; [key: string]: unknown }>;
  close(): Promise<void>;
}

export function createSubgraphServer<TContext extends BaseContext>(definition: SubgraphDefinition<TContext>) {
  return new ApolloServer<TContext>({
    schema: buildSubgraphSchema({ typeDefs: loadSubgraphSdl(definition.slug), resolvers: definition.resolvers as GraphQLResolverMap<unknown> }),
    includeStacktraceInErrorResponses: false,
    // No Apollo Studio: usage reports and federated traces would ship query shapes off the premises.
    plugins: [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginInlineTraceDisabled()],
  });
}

export async function startSubgraph<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  options: { port: number; host: string },
): Promise<RunningHttpServer> {
  const server = createSubgraphServer(definition);
  await server.start();
  const running = await listen(
    createGraphQLHttpHandler({ server, context: (req) => definition.createContext(req), health: definition.health }),
    options.port,
    options.host,
  );
  return {
    ...running,
    close: async () => {
      await running.close();
      await server.stop();
      await definition.close();
    },
  };
}
