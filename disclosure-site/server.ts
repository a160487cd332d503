/**
 * The public disclosure site (补贴信息公开公示平台): static pages in Chinese (plain HTML, CSS and ES
 * modules, no build step, static-files.ts) and a thin proxy `POST /api/<OperationName>` that
 * forwards one of the site's safelisted operations to the gateway as the public role
 * (forwarding.ts).
 *
 * Input is checked here first (routes.ts, with lib/disclosure-input.ts: messages in Chinese) and
 * again by the disclosure subgraph. The personal lookup is limited per client here, with a message
 * saying when to try again.
 */
import type http from 'node:http';
import { listen, type RunningHttpServer } from '../lib/graphql-http.js';
import { clientAddress, TrustedProxies } from '../lib/client-address.js';
import { ErrorCode } from '../lib/errors.js';
import { InputProblems } from '../lib/disclosure-input.js';
import { loadPersistedDocuments, type PersistedDocuments } from '../lib/persisted-documents.js';
import { memoryRateLimiter } from '../lib/rate-limit.js';
import { waitInChinese } from '../lib/retry-after.js';
import { forward, type GatewayForwarding } from './forwarding.js';
import { operationHashes, type SiteOperationName, type SiteOperations } from './operations.js';
import { ROUTES, type OperationRoute, type Variables } from './routes.js';
import { badInput, SiteFailure, type SiteError } from './site-errors.js';
import { loadStaticFiles, SECURITY_HEADERS, serveStatic } from './static-files.js';

const MAX_BODY_BYTES = 16 * 1024;

export interface SiteOptions {
  /** The gateway's GraphQL URL; a function when it is known only once the gateway listens. */
  gatewayUrl: string | (() => string);
  /** The public safelist; public-operations/__generated__/persisted-documents.json by default. */
  persisted?: PersistedDocuments;
  /** Personal lookups per client (browser address): `burst` at once, then `perMinute` (default 5, then 1 per 2 minutes). */
  lookupLimit?: { perMinute: number; burst: number };
  now?: () => number;
  staticDir?: string;
  gatewayTimeoutMs?: number;
  /**
   * Reverse proxies in front of the site whose X-Forwarded-For names the visitor (HUB_TRUSTED_PROXIES);
   * from any other peer the header is ignored, so a visitor cannot reset the lookup limit with it.
   */
  trustedProxies?: readonly string[];
}

function siteError(status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): SiteFailure {
  return new SiteFailure(status, { code, message }, headers);
}

/** The `variables` of the JSON body, read up to the size limit. */
async function readVariables(req: http.IncomingMessage): Promise<Variables> {
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const piece of req) {
      size += (piece as Buffer).length;
      if (size > MAX_BODY_BYTES) throw siteError(413, ErrorCode.PAYLOAD_TOO_LARGE, '提交的内容太长');
      chunks.push(piece as Buffer);
    }
    const parsed = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    return parsed && typeof parsed === 'object' && parsed.variables && typeof parsed.variables === 'object' ? parsed.variables : {};
  } catch (error) {
    if (error instanceof SiteFailure) throw error;
    throw siteError(400, ErrorCode.BAD_REQUEST, '请求格式不正确');
  }
}

/** Refusals that need no body: unknown route, wrong method, another site's page, not JSON. */
function refusal(req: http.IncomingMessage, name: string): SiteFailure | null {
  if (!Object.hasOwn(ROUTES, name)) return siteError(404, ErrorCode.NOT_FOUND, '没有这个接口');
  if (req.method !== 'POST') return siteError(405, ErrorCode.METHOD_NOT_ALLOWED, '请使用 POST', { allow: 'POST' });
  // Another site's page may not make a visitor's browser submit complaints or lookups here.
  const origin = req.headers.origin;
  if (origin && origin !== 'null' && new URL(origin).host !== req.headers.host) return siteError(403, ErrorCode.FORBIDDEN, '不接受来自其他网站的请求');
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return siteError(415, ErrorCode.BAD_REQUEST, '请求格式不正确');
  return null;
}

export function createSiteHandler(options: SiteOptions) {
  const now = options.now ?? Date.now;
  const { hashes, missing } = operationHashes(options.persisted ?? loadPersistedDocuments());
  if (missing.length) {
    console.error(`disclosure site: the public safelist lacks ${missing.join(', ')} (run \`npm run persisted-documents\`); those pages answer "unavailable"`);
  }
  const files = loadStaticFiles(options.staticDir);
  const limit = options.lookupLimit ?? { perMinute: 0.5, burst: 5 };
  const lookups = memoryRateLimiter({ perMinute: limit.perMinute, burst: limit.burst }, 'site:lookup');
  const trusted = new TrustedProxies(options.trustedProxies);
  const shared = new Map<string, { until: number; body: string }>();
  const gateway: GatewayForwarding = {
    gatewayUrl: () => (typeof options.gatewayUrl === 'function' ? options.gatewayUrl() : options.gatewayUrl),
    hashes,
    timeoutMs: options.gatewayTimeoutMs ?? 30_000,
  };

  async function takeLookup(client: string): Promise<void> {
    const decision = await lookups.take(`lookup:${client}`);
    if (decision.ok) return;
    const error: SiteError = {
      code: ErrorCode.RATE_LIMITED,
      message: `查询过于频繁。为保护个人信息，同一网络连续查询最多${limit.burst}次，请在${waitInChinese(decision.retryAfterSeconds)}后再试。`,
      retryAfterSeconds: decision.retryAfterSeconds,
    };
    throw new SiteFailure(429, error, { 'retry-after': String(decision.retryAfterSeconds) });
  }

  async function api(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}, text?: string) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS, ...headers });
      res.end(text ?? JSON.stringify(payload));
    };
    try {
      const refused = refusal(req, name);
      if (refused) throw refused;
      const operation = name as SiteOperationName;
      const route = ROUTES[operation] as OperationRoute<SiteOperationName>;
      const raw = await readVariables(req);
      let variables: SiteOperations[SiteOperationName]['variables'];
      try {
        variables = route.variables(raw);
      } catch (error) {
        if (error instanceof InputProblems) throw badInput(error.problems);
        throw error;
      }
      const client = clientAddress(req, trusted);
      if (route.limited) await takeLookup(client);
      const key = route.shareSeconds ? `${operation}:${JSON.stringify(variables)}` : null;
      const cached = key ? shared.get(key) : undefined;
      if (cached && cached.until > now()) return send(200, null, { 'cache-control': 'no-cache' }, cached.body);
      const data = await forward(gateway, operation, variables, client);
      const body = JSON.stringify({ data: route.shape ? route.shape(data as never, new Date(now())) : data });
      if (key) {
        shared.set(key, { until: now() + route.shareSeconds! * 1000, body });
        if (shared.size > 500) shared.delete(shared.keys().next().value!);
      }
      return send(200, null, route.personal ? {} : { 'cache-control': 'no-cache' }, body);
    } catch (error) {
      if (error instanceof SiteFailure) return send(error.status, { error: error.error }, error.headers);
      console.error('disclosure site: request failed', (error as Error).name);
      return send(500, { error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: '系统出现问题，请稍后再试' } });
    }
  }

  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
      return;
    }
    const apiRoute = /^\/api\/([A-Za-z]{1,40})$/.exec(url.pathname);
    if (apiRoute) return api(req, res, apiRoute[1]!);
    serveStatic(files, req, res, url.pathname);
  };
}

export interface RunningSite extends RunningHttpServer {
  /** The home page. */
  siteUrl: string;
}

export async function startSite(options: SiteOptions & { port: number; host: string }): Promise<RunningSite> {
  const running = await listen(createSiteHandler(options), options.port, options.host);
  return { ...running, siteUrl: running.url.replace(/\/graphql$/, '/') };
}
