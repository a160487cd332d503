import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type http from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { Kind, parse, type GraphQLError, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../../lib/errors.js';
import { namedInputError } from '../../lib/input-errors.js';
import { createGraphQLHttpHandler, listen, type RunningHttpServer } from '../../lib/graphql-http.js';
import { boundEchoes } from '../../lib/echo.js';
import type { Department } from '../../lib/departments.js';
import { attachAccess, enforceAccessPolicy } from '../../access/enforce.js';
import { INTERNAL_TOKEN_HEADER, verifyInternalToken } from '../../access/tokens.js';
import type { HubKeys } from '../../access/secrets.js';
import type { PersonScopeLookups } from '../../access/register-scope.js';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A subgraph's SDL, read from `schema/`: the file is the source of truth for server and codegen alike. */
export function loadSubgraphSdl(slug: string): DocumentNode {
  return parse(readFileSync(path.join(PROJECT_ROOT, 'schema', `${slug}.graphql`), 'utf8'));
}

/** Any subgraph this runtime serves: a department's, or one the hub owns itself (crosscheck). */
export interface GraphQLServiceDefinition<TContext extends BaseContext> {
  slug: string;
  /** The SDL, when not schema/<slug>.graphql (tests of the shared runtime build their own). */
  typeDefs?: DocumentNode;
  /** The generated `Resolvers` of the subgraph; typed there, handed to Apollo as a plain map here. */
  resolvers: object;
  /** Builds the per-request context (fresh DataLoaders) for one incoming request. */
  createContext(req?: http.IncomingMessage): Promise<TContext>;
  /** Probes the department database for `/health` (a department's reads its tables: DepartmentDatabase.probe). */
  health(): Promise<{ ok: boolean; [key: string]: unknown }>;
  close(): Promise<void>;
}

export interface SubgraphDefinition<TContext extends BaseContext> extends GraphQLServiceDefinition<TContext> {
  department: Department;
}

/** `Type.field` of every simple @key field set in the SDL (nested key selections are not used by the hub). */
export function keyFieldsOf(typeDefs: DocumentNode): Set<string> {
  const keys = new Set<string>();
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'key') continue;
      const fields = directive.arguments?.find((a) => a.name.value === 'fields')?.value;
      if (fields?.kind !== Kind.STRING) continue;
      for (const name of fields.value.replace(/\{[^}]*\}/g, ' ').split(/\s+/).filter(Boolean)) keys.add(`${definition.name.value}.${name}`);
    }
  }
  return keys;
}

export function createSubgraphServer<TContext extends BaseContext>(
  definition: GraphQLServiceDefinition<TContext>,
  access: PersonScopeLookups = {},
) {
  const typeDefs = definition.typeDefs ?? loadSubgraphSdl(definition.slug);
  const schema = buildSubgraphSchema({ typeDefs, resolvers: definition.resolvers as GraphQLResolverMap<unknown> });
  // Access control lives here, once for every subgraph: see access/enforce.ts.
  const department = 'department' in definition ? ((definition as { department?: Department | null }).department ?? null) : null;
  enforceAccessPolicy(schema, { department, keyFields: keyFieldsOf(typeDefs), registerDivisions: access.registerDivisions, paidUnder: access.paidUnder });
  return new ApolloServer<TContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    // The hub's own entry points stop every server in order on a signal; Apollo's per-server handlers would race them.
    stopOnTerminationSignals: false,
    // No Apollo Studio: usage reports and federated traces would ship query shapes off the premises.
    // No cache hints either: nothing caches the subgraphs' answers, and the hook it puts on every
    // field resolved was a fifth of the cross-check service's GraphQL execution time in a profile.
    plugins: [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
    // GraphQL's own errors about a value name the argument at fault; messages may quote it
    // (BAD_USER_INPUT): never a full ID number, never an unbounded value.
    formatError: (formatted, error) => {
      const named = graphQLInputError(formatted, error);
      return named ?? { ...formatted, message: boundEchoes(formatted.message) };
    },
  });
}

/**
 * Apollo's validation (GRAPHQL_VALIDATION_FAILED) and variable (BAD_USER_INPUT without an
 * argument) errors, named by the argument they concern (lib/input-errors.ts); null for the rest.
 */
function graphQLInputError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  const code = formatted.extensions?.code;
  // Duck-typed: Apollo may load graphql's ESM build and this module its CommonJS one.
  if (!error || typeof error !== 'object' || !('nodes' in error) || formatted.path) return null;
  const kind = code === ErrorCode.GRAPHQL_VALIDATION_FAILED ? 'validation' : code === ErrorCode.BAD_USER_INPUT && !formatted.extensions?.argumentName ? 'variables' : null;
  const named = kind && namedInputError(error as GraphQLError, kind);
  if (!named) return null;
  const { locations } = formatted;
  return { message: named.message, ...(locations ? { locations } : {}), extensions: { ...named.extensions } };
}

/** How long `/health` may take when the definition's own probe has no tighter bound. */
export const HEALTH_TIMEOUT_MS = 10_000;

/**
 * The definition's health, bounded: a probe that hangs (a stalled database) answers "unhealthy"
 * within `timeoutMs` instead of holding the caller (the gateway's /health, a load balancer).
 */
export function boundedHealth(
  health: GraphQLServiceDefinition<BaseContext>['health'],
  timeoutMs = HEALTH_TIMEOUT_MS,
): () => Promise<{ ok: boolean; [key: string]: unknown }> {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<{ ok: boolean; error: string }>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, error: `no answer within ${timeoutMs} ms` }), timeoutMs);
    });
    try {
      return await Promise.race([
        health().catch((error: unknown) => ({ ok: false, error: boundEchoes(error instanceof Error ? error.message : String(error)) })),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  };
}

export async function startSubgraph<TContext extends BaseContext>(
  definition: GraphQLServiceDefinition<TContext>,
  options: {
    port: number;
    host: string;
    keys: Pick<HubKeys, 'internal'>;
    /** Who is in an analyst's scope: persons registered in it or paid by its batches (access/register-scope.ts). */
    personScope?: PersonScopeLookups;
    /** Bound on `/health` (default HEALTH_TIMEOUT_MS). */
    healthTimeoutMs?: number;
  },
): Promise<RunningHttpServer> {
  // Fail closed for callers that predate the internal token: without the key nothing can be verified.
  if (!options.keys?.internal) throw new Error('startSubgraph needs options.keys (access/secrets.ts hubKeys(config)) to verify the gateway');
  const server = createSubgraphServer(definition, options.personScope);
  await server.start();
  const running = await listen(
    createGraphQLHttpHandler({
      server,
      // Only the gateway's signed internal token counts; any other header a client sends is ignored.
      context: async (req) => {
        const header = req.headers[INTERNAL_TOKEN_HEADER];
        const identity = await verifyInternalToken(options.keys, typeof header === 'string' ? header : undefined);
        return attachAccess(await definition.createContext(req), identity);
      },
      health: boundedHealth(definition.health, options.healthTimeoutMs),
    }),
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
