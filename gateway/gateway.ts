import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { createGraphQLHttpHandler, listen, type RunningHttpServer } from '../lib/graphql-http.js';
import type { HubConfig } from '../lib/config.js';
import { SUBGRAPH_NAMES } from '../lib/config.js';
import { DEPARTMENTS } from '../adapters/departments.js';

export interface GatewayContext {
  /** Headers forwarded to subgraphs; the access-control layer decides what goes here. */
  forwardHeaders: Record<string, string>;
}

/** Subgraph name in the supergraph -> URL from configuration, so each department may host its own. */
export function subgraphUrls(config: HubConfig): Map<string, string> {
  const urls = new Map<string, string>();
  for (const department of DEPARTMENTS) urls.set(SUBGRAPH_NAMES[department], config.departments[department].url);
  for (const [name, service] of Object.entries(config.services)) urls.set(name, service.url);
  return urls;
}

export function createGateway(config: HubConfig) {
  // Static supergraph: the gateway never introspects subgraphs at run time.
  const supergraphSdl = readFileSync(config.gateway.supergraphFile, 'utf8');
  const urls = subgraphUrls(config);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService({ name, url }) {
      return new RemoteGraphQLDataSource<GatewayContext>({
        url: urls.get(name) ?? url,
        willSendRequest({ request, context }) {
          for (const [key, value] of Object.entries(context.forwardHeaders ?? {})) request.http?.headers.set(key, String(value));
        },
      });
    },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginUsageReportingDisabled()],
  });
  return { server, urls };
}

async function probe(url: string): Promise<{ ok: boolean; status?: number; error?: string }> {
  const health = new URL('/health', url).toString();
  try {
    const response = await fetch(health, { signal: AbortSignal.timeout(3000) });
    return { ok: response.ok, status: response.status };
  } catch (error) {
    return { ok: false, error: (error as Error).name };
  }
}

export async function startGateway(config: HubConfig): Promise<RunningHttpServer> {
  const { server, urls } = createGateway(config);
  await server.start();
  const running = await listen(
    createGraphQLHttpHandler<GatewayContext>({
      server,
      context: async (req) => {
        const user = req.headers['x-hub-user'];
        const forwardHeaders: Record<string, string> = {};
        if (typeof user === 'string') forwardHeaders['x-hub-user'] = user;
        return { forwardHeaders };
      },
      health: async () => {
        const subgraphs = Object.fromEntries(
          await Promise.all([...urls].map(async ([name, url]) => [name, await probe(url)] as const)),
        );
        return { ok: Object.values(subgraphs).every((s) => s.ok), gateway: 'up', subgraphs };
      },
    }),
    config.gateway.port,
    config.host,
  );
  return {
    ...running,
    close: async () => {
      await running.close();
      await server.stop();
    },
  };
}
