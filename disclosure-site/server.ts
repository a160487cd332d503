/**
 * The public disclosure site (补贴信息公开公示平台): static pages in Chinese (plain HTML, CSS and ES
 * modules, no build step) and a thin proxy `POST /api/<OperationName>` that forwards one of the
 * site's safelisted operations to the gateway as the public role: no token, the persisted document's
 * hash only, the browser's address in X-Forwarded-For so the gateway limits each visitor on its own.
 *
 * Input is checked here first (disclosure-site/validation.ts, messages in Chinese) and again by the
 * disclosure subgraph. The personal lookup is limited per client here, with a message saying when
 * to try again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { listen, type RunningHttpServer } from '../lib/graphql-http.js';
import { clientAddress } from '../lib/client-address.js';
import { loadPersistedDocuments, type PersistedDocuments } from '../lib/persisted-documents.js';
import { RateLimiter } from '../lib/rate-limit.js';
import { calendarView } from './calendar.js';
import { operationHashes, type SiteOperationName, type SiteOperations } from './operations.js';
import {
  InputProblems,
  normaliseTrackingNumber,
  trackingNumberMessage,
  validateAnnouncementScope,
  validateComplaint,
  validateLookup,
  clean,
  type FieldProblem,
} from './validation.js';

const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');
const MAX_BODY_BYTES = 16 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

interface StaticFile {
  type: string;
  body: Buffer;
  gzip: Buffer | null;
  etag: string;
}

/** Every file of public/ in memory, with its gzip form: the site is a few dozen kilobytes. */
export function loadStaticFiles(dir = PUBLIC_DIR): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) {
        walk(full);
        continue;
      }
      const type = CONTENT_TYPES[path.extname(name)];
      if (!type) continue;
      const body = readFileSync(full);
      const gzip = gzipSync(body, { level: 9 });
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
      files.set(`/${path.relative(dir, full).split(path.sep).join('/')}`, { type, body, gzip: gzip.length < body.length ? gzip : null, etag });
    }
  };
  walk(dir);
  return files;
}

/** An error the browser shows as is: the code for the page's logic, the message for people. */
export interface SiteError {
  code: string;
  message: string;
  problems?: FieldProblem[];
  retryAfterSeconds?: number;
}

class SiteFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: SiteError,
    readonly headers: Record<string, string> = {},
  ) {
    super(error.message);
  }
}

function badInput(problems: FieldProblem[]): SiteFailure {
  return new SiteFailure(400, { code: 'BAD_USER_INPUT', message: problems.map((p) => p.message).join('；'), problems });
}

const UNAVAILABLE: SiteError = { code: 'UNAVAILABLE', message: '数据暂时无法获取，请稍后再试' };

type Variables = Record<string, unknown>;

interface OperationRoute<K extends SiteOperationName> {
  /** Checks and cleans what the browser sent; throws InputProblems. */
  variables(raw: Variables): SiteOperations[K]['variables'];
  /** Shapes the gateway's data for the page (default: as is). */
  shape?(data: SiteOperations[K]['data'], now: Date): unknown;
  /** Seconds the same answer is reused for every visitor (public, non-personal data only). */
  shareSeconds?: number;
  /** Personal answers are never stored by a browser or a proxy. */
  personal?: boolean;
  /** Counted against the per-client lookup limit. */
  limited?: boolean;
}

function optionalText(raw: unknown, pattern: RegExp, field: string, message: string): string | null {
  const value = clean(raw);
  if (value === '') return null;
  if (!pattern.test(value)) throw new InputProblems([{ field, message }]);
  return value;
}

const YEAR = /^\d{4}$/;
const CODE = /^[A-Za-z0-9_-]{1,30}$/;
const PERIOD = /^\d{6}$/;

const ROUTES: { [K in SiteOperationName]: OperationRoute<K> } = {
  PolicyList: {
    variables: (raw) => ({
      year: optionalText(raw.year, YEAR, 'year', '年度应为4位数字'),
      department: optionalText(raw.department, /^[A-Z_]{2,20}$/, 'department', '主管部门不正确，请从列表中选择'),
    }),
    shareSeconds: 60,
  },
  ProgrammeBatches: {
    variables: (raw) => {
      const programmeCode = optionalText(raw.programmeCode, CODE, 'programmeCode', '补贴项目不正确，请从列表中选择');
      if (!programmeCode) throw new InputProblems([{ field: 'programmeCode', message: '请先选择补贴项目' }]);
      return { programmeCode, period: optionalText(raw.period, PERIOD, 'period', '发放期间应写成年月，例如 202403') };
    },
    shareSeconds: 60,
  },
  DisbursementCalendar: {
    variables: () => ({}),
    shape: (data, now) => calendarView(data, now),
    shareSeconds: 60,
  },
  Announcement: {
    variables: (raw) => {
      const scope = validateAnnouncementScope(raw);
      const after = raw.after == null || raw.after === '' ? null : optionalText(raw.after, /^[A-Za-z0-9_-]{1,40}$/, 'after', '翻页参数不正确');
      return { ...scope, first: 20, after };
    },
    shareSeconds: 30,
  },
  AnnouncementDivisions: {
    variables: (raw) => {
      const countyCode = optionalText(raw.countyCode, /^\d{6}$/, 'countyCode', '县（区）代码应为6位数字');
      const period = optionalText(raw.period, PERIOD, 'period', '发放期间应写成年月，例如 202403');
      const problems: FieldProblem[] = [];
      if (!countyCode) problems.push({ field: 'countyCode', message: '请选择县（区）' });
      if (!period) problems.push({ field: 'period', message: '请选择发放期间' });
      if (problems.length) throw new InputProblems(problems);
      return { countyCode: countyCode!, period: period! };
    },
    shareSeconds: 60,
  },
  MyPayments: {
    variables: (raw) => validateLookup(raw),
    personal: true,
    limited: true,
  },
  SubmitComplaint: {
    variables: (raw) => ({ input: validateComplaint((raw.input ?? {}) as Variables) }),
    personal: true,
  },
  ComplaintStatus: {
    variables: (raw) => {
      const trackingNumber = normaliseTrackingNumber(raw.trackingNumber);
      const problem = trackingNumberMessage(trackingNumber);
      if (problem) throw new InputProblems([{ field: 'trackingNumber', message: problem }]);
      return { trackingNumber };
    },
    personal: true,
  },
};

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
}

/** Gateway error codes the browser is told about in its own words. */
function fromGateway(errors: { message?: string; extensions?: Record<string, unknown> }[]): SiteFailure {
  const first = errors[0] ?? {};
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'UNKNOWN';
  switch (code) {
    case 'BAD_USER_INPUT': {
      const problems = Array.isArray(first.extensions?.problems) ? (first.extensions!.problems as FieldProblem[]) : [];
      // The disclosure subgraph writes its messages in Chinese; a department's English message is not shown.
      const message = problems.length ? problems.map((p) => p.message).join('；') : '填写的内容有误，请核对后再试';
      return new SiteFailure(400, { code, message, problems });
    }
    case 'RATE_LIMITED': {
      const retry = Number(first.extensions?.retryAfterSeconds) || 60;
      const message = /[\u4e00-\u9fff]/.test(first.message ?? '') ? first.message! : `请求过于频繁，请在${Math.ceil(retry / 60)}分钟后再试`;
      return new SiteFailure(429, { code, message, retryAfterSeconds: retry }, { 'retry-after': String(retry) });
    }
    default:
      console.error(`disclosure site: the gateway refused an operation (${code})`);
      return new SiteFailure(503, UNAVAILABLE);
  }
}

export function createSiteHandler(options: SiteOptions) {
  const now = options.now ?? Date.now;
  const { hashes, missing } = operationHashes(options.persisted ?? loadPersistedDocuments());
  if (missing.length) {
    console.error(`disclosure site: the public safelist lacks ${missing.join(', ')} (run \`npm run persisted-documents\`); those pages answer "unavailable"`);
  }
  const files = loadStaticFiles(options.staticDir);
  const limit = options.lookupLimit ?? { perMinute: 0.5, burst: 5 };
  const lookups = new RateLimiter({ perMinute: limit.perMinute, burst: limit.burst, now });
  const shared = new Map<string, { until: number; body: string }>();
  const gatewayUrl = () => (typeof options.gatewayUrl === 'function' ? options.gatewayUrl() : options.gatewayUrl);

  async function callGateway<K extends SiteOperationName>(name: K, variables: SiteOperations[K]['variables'], client: string): Promise<SiteOperations[K]['data']> {
    if (!hashes[name]) throw new SiteFailure(503, UNAVAILABLE);
    let response: Response;
    try {
      response = await fetch(gatewayUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': client },
        body: JSON.stringify({ operationName: name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hashes[name] } } }),
        signal: AbortSignal.timeout(options.gatewayTimeoutMs ?? 30_000),
      });
    } catch {
      throw new SiteFailure(503, UNAVAILABLE);
    }
    let body: { data?: SiteOperations[K]['data'] | null; errors?: { message?: string; extensions?: Record<string, unknown> }[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new SiteFailure(503, UNAVAILABLE);
    }
    if (body.errors?.length) throw fromGateway(body.errors);
    if (!response.ok || body.data == null) throw new SiteFailure(503, UNAVAILABLE);
    return body.data;
  }

  async function api(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}, text?: string) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS, ...headers });
      res.end(text ?? JSON.stringify(payload));
    };
    if (!Object.hasOwn(ROUTES, name)) return send(404, { error: { code: 'NOT_FOUND', message: '没有这个接口' } });
    if (req.method !== 'POST') return send(405, { error: { code: 'METHOD_NOT_ALLOWED', message: '请使用 POST' } }, { allow: 'POST' });
    // Another site's page may not make a visitor's browser submit complaints or lookups here.
    const origin = req.headers.origin;
    if (origin && origin !== 'null' && new URL(origin).host !== req.headers.host) {
      return send(403, { error: { code: 'FORBIDDEN', message: '不接受来自其他网站的请求' } });
    }
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return send(415, { error: { code: 'BAD_REQUEST', message: '请求格式不正确' } });
    }
    const operation = name as SiteOperationName;
    const route = ROUTES[operation] as OperationRoute<SiteOperationName>;
    try {
      let raw: Variables;
      try {
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const piece of req) {
          size += (piece as Buffer).length;
          if (size > MAX_BODY_BYTES) throw new SiteFailure(413, { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太长' });
          chunks.push(piece as Buffer);
        }
        const parsed = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
        raw = parsed && typeof parsed === 'object' && parsed.variables && typeof parsed.variables === 'object' ? parsed.variables : {};
      } catch (error) {
        if (error instanceof SiteFailure) throw error;
        throw new SiteFailure(400, { code: 'BAD_REQUEST', message: '请求格式不正确' });
      }
      let variables: SiteOperations[SiteOperationName]['variables'];
      try {
        variables = route.variables(raw);
      } catch (error) {
        if (error instanceof InputProblems) throw badInput(error.problems);
        throw error;
      }
      const client = clientAddress(req);
      if (route.limited) {
        const decision = lookups.take(`lookup:${client}`);
        if (!decision.ok) {
          const minutes = Math.max(1, Math.ceil(decision.retryAfterSeconds / 60));
          const perWindow = limit.burst;
          throw new SiteFailure(
            429,
            {
              code: 'RATE_LIMITED',
              message: `查询过于频繁。为保护个人信息，同一网络连续查询最多${perWindow}次，请在${minutes}分钟后再试。`,
              retryAfterSeconds: decision.retryAfterSeconds,
            },
            { 'retry-after': String(decision.retryAfterSeconds) },
          );
        }
      }
      const key = route.shareSeconds ? `${operation}:${JSON.stringify(variables)}` : null;
      const cached = key ? shared.get(key) : undefined;
      if (cached && cached.until > now()) return send(200, null, { 'cache-control': 'no-cache' }, cached.body);
      const data = await callGateway(operation, variables, client);
      const body = JSON.stringify({ data: route.shape ? route.shape(data as never, new Date(now())) : data });
      if (key) {
        shared.set(key, { until: now() + route.shareSeconds! * 1000, body });
        if (shared.size > 500) shared.delete(shared.keys().next().value!);
      }
      return send(200, null, route.personal ? {} : { 'cache-control': 'no-cache' }, body);
    } catch (error) {
      if (error instanceof SiteFailure) return send(error.status, { error: error.error }, error.headers);
      console.error('disclosure site: request failed', (error as Error).name);
      return send(500, { error: { code: 'INTERNAL', message: '系统出现问题，请稍后再试' } });
    }
  }

  function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    const file = files.get(pathname === '/' ? '/index.html' : pathname);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      const notFound = files.get('/404.html');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...SECURITY_HEADERS });
      res.end(req.method === 'HEAD' ? undefined : (notFound?.body ?? '未找到页面'));
      return;
    }
    // No build step means no hashed file names: browsers revalidate with the ETag, cheaply.
    const headers: Record<string, string> = { 'content-type': file.type, etag: file.etag, 'cache-control': 'no-cache', vary: 'accept-encoding', ...SECURITY_HEADERS };
    if (req.headers['if-none-match'] === file.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const gzip = file.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzip! : file.body;
    res.writeHead(200, { ...headers, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'content-length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
      return;
    }
    const api_ = /^\/api\/([A-Za-z]{1,40})$/.exec(url.pathname);
    if (api_) return api(req, res, api_[1]!);
    serveStatic(req, res, url.pathname);
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
