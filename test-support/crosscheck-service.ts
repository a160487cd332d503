/**
 * The crosscheck subgraph over HTTP for tests: its store in a temporary directory, the gateway its
 * engine asks replaced by a FakeCrosscheckGateway, and requests signed as the gateway signs them.
 * Tests of clients (the CLI) reach it only through `startStandInGateway`, over HTTP.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listen, type RunningHttpServer } from '../lib/graphql-http.js';
import { PUBLIC_IDENTITY, serviceIdentity, type Actor, type Identity } from '../access/identity.js';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from '../access/tokens.js';
import { crosscheckSubgraph } from '../subgraphs/crosscheck/subgraph.js';
import { startSubgraph } from '../subgraphs/runtime/subgraph-server.js';
import type { FakeCrosscheckGateway } from './fake-crosscheck-gateway.js';

export interface CrosscheckTestService {
  /** The subgraph itself: a request needs the headers of `headersFor`. */
  url: string;
  fake: FakeCrosscheckGateway;
  /** A temporary directory holding the store; tests may write their own files here. Removed by close(). */
  dir: string;
  /** The headers the gateway sends for a user (null: the public). */
  headersFor(user: Actor | null): Promise<Record<string, string>>;
  /** Resolves when a run started through this service has finished. */
  settled(runId: string): Promise<void>;
  close(): Promise<void>;
}

/** What the gateway passes on for a user: its verified identity, acted on by the gateway. */
function identityFor(user: Actor | null): Identity {
  return user === null ? PUBLIC_IDENTITY : serviceIdentity('gateway-test', user);
}

export async function startCrosscheckService(fake: FakeCrosscheckGateway, options: { chunkSize?: number } = {}): Promise<CrosscheckTestService> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-crosscheck-'));
  const keys = { internal: new Uint8Array(randomBytes(32)) };
  const subgraph = crosscheckSubgraph({
    store: { kind: 'sqlite', file: path.join(dir, 'hub_store.sqlite') },
    gatewayUrl: 'http://unused.invalid/graphql',
    gatewayClientFor: () => fake,
    chunkSize: options.chunkSize,
  });
  let server: RunningHttpServer;
  try {
    server = await startSubgraph(subgraph, { port: 0, host: '127.0.0.1', keys });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: server.url,
    fake,
    dir,
    headersFor: async (user) => ({ [INTERNAL_TOKEN_HEADER]: await mintInternalToken(keys, identityFor(user)) }),
    settled: async (runId) => {
      await (await subgraph.service()).settled(runId);
    },
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A stand-in for the gateway in front of the service, for clients that speak to a gateway: a
 * bearer token listed in `users` acts as that user, any other request as the public.
 */
export async function startStandInGateway(service: CrosscheckTestService, users: Record<string, Actor>): Promise<RunningHttpServer> {
  return listen(
    async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const user = token !== undefined && Object.hasOwn(users, token) ? users[token]! : null;
      const forwarded = await fetch(service.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await service.headersFor(user)) },
        body: Buffer.concat(chunks),
      });
      res.writeHead(forwarded.status, { 'content-type': 'application/json' });
      res.end(await forwarded.text());
    },
    0,
    '127.0.0.1',
  );
}
