/**
 * A small node:http front for Apollo Server, shared by the gateway and the subgraphs, so each
 * service also answers `/health` and can read the raw request (identity, size limits).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextThunk } from '@apollo/server';
import { ErrorCode } from './errors.js';

export interface HttpGraphQLOptions<TContext extends BaseContext> {
  server: ApolloServer<TContext>;
  context: (req: http.IncomingMessage) => Promise<TContext>;
  health: () => Promise<{ ok: boolean; [key: string]: unknown }>;
  maxBodyBytes?: number;
  /** Paths answered with GraphQL; `/graphql` and `/` unless given. */
  paths?: string[];
  /**
   * Runs after the body is read and before Apollo sees it (the gateway's identity, rate and operation
   * limits): answers with the body to execute, or with a refusal sent as is.
   */
  admit?: (req: http.IncomingMessage, body: unknown, url: URL) => Promise<Admitted>;
  /** Told about requests refused here before `admit` (too large, not JSON), so they can be audited. */
  onRefused?: (req: http.IncomingMessage, code: ErrorCode) => Promise<void>;
}

export type Admitted =
  | { body: unknown }
  | { refuse: { status: number; headers?: Record<string, string>; errors: { message: string; extensions: Record<string, unknown> }[] } };

export class RequestBodyTooLarge extends Error {}

async function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const piece of req) {
    size += (piece as Buffer).length;
    if (size > limit) throw new RequestBodyTooLarge(`request body exceeds ${limit} bytes`);
    chunks.push(piece as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function createGraphQLHttpHandler<TContext extends BaseContext>(options: HttpGraphQLOptions<TContext>) {
  const limit = options.maxBodyBytes ?? 1_000_000;
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      const health = await options.health().catch((error: unknown) => ({ ok: false, error: String(error) }));
      res.writeHead(health.ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify(health));
      return;
    }
    if (!(options.paths ?? ['/graphql', '/']).includes(url.pathname)) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'not found' }));
      return;
    }
    let body: unknown;
    try {
      const text = req.method === 'POST' ? await readBody(req, limit) : '';
      body = text === '' ? {} : JSON.parse(text);
    } catch (error) {
      const tooLarge = error instanceof RequestBodyTooLarge;
      const code = tooLarge ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.BAD_REQUEST;
      await options.onRefused?.(req, code).catch(() => {});
      // The rest of a refused body is still on the wire: closing the connection keeps it from being read as the next request.
      res.writeHead(tooLarge ? 413 : 400, { 'content-type': 'application/json', ...(tooLarge ? { connection: 'close' } : {}) });
      res.end(
        JSON.stringify({
          errors: [
            {
              message: tooLarge ? `Request body larger than ${limit} bytes` : 'Request body is not valid JSON',
              extensions: { code },
            },
          ],
        }),
      );
      return;
    }
    if (options.admit) {
      const admitted = await options.admit(req, body, url);
      if ('refuse' in admitted) {
        res.writeHead(admitted.refuse.status, { 'content-type': 'application/json', ...admitted.refuse.headers });
        res.end(JSON.stringify({ errors: admitted.refuse.errors }));
        return;
      }
      body = admitted.body;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const contextThunk: ContextThunk<TContext> = () => options.context(req);
    const response = await options.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
      context: contextThunk,
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

export interface RunningHttpServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function listen(
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>,
  port: number,
  host: string,
): Promise<RunningHttpServer> {
  const server = http.createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] }));
      console.error('unhandled request error', error instanceof Error ? error.name : 'unknown');
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    port: address.port,
    url: `http://${shownHost}:${address.port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
