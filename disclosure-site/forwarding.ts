/**
 * One safelisted operation forwarded to the gateway as the public role: no token, the persisted
 * document's hash only, the browser's address in X-Forwarded-For so the gateway limits each
 * visitor on its own. The gateway's refusals come back as the site's own errors, in Chinese.
 */
import { ErrorCode } from '../lib/errors.js';
import { waitInChinese } from '../lib/retry-after.js';
import type { FieldProblem } from '../lib/disclosure-input.js';
import type { SiteOperationName, SiteOperations } from './operations.js';
import { SiteFailure, unavailable } from './site-errors.js';

interface GatewayError {
  message?: string;
  extensions?: Record<string, unknown>;
}

/** Gateway error codes the browser is told about in its own words. */
function fromGateway(errors: GatewayError[]): SiteFailure {
  const first = errors[0] ?? {};
  const code = first.extensions?.code;
  switch (code) {
    case ErrorCode.BAD_USER_INPUT: {
      const problems = Array.isArray(first.extensions?.problems) ? (first.extensions!.problems as FieldProblem[]) : [];
      // The disclosure subgraph writes its messages in Chinese; a department's English message is not shown.
      const message = problems.length ? problems.map((p) => p.message).join('；') : '填写的内容有误，请核对后再试';
      return new SiteFailure(400, { code, message, problems });
    }
    case ErrorCode.RATE_LIMITED: {
      const retry = Number(first.extensions?.retryAfterSeconds) || 60;
      // A message in Chinese (the disclosure service's) already says the wait it was given as retryAfterSeconds.
      const message = /[\u4e00-\u9fff]/.test(first.message ?? '') ? first.message! : `请求过于频繁，请在${waitInChinese(retry)}后再试`;
      return new SiteFailure(429, { code, message, retryAfterSeconds: retry }, { 'retry-after': String(retry) });
    }
    default:
      console.error(`disclosure site: the gateway refused an operation (${typeof code === 'string' ? code : 'UNKNOWN'})`);
      return unavailable();
  }
}

export interface GatewayForwarding {
  gatewayUrl: () => string;
  /** Operation name -> hash of its persisted document; an operation without one is unavailable. */
  hashes: Partial<Record<SiteOperationName, string>>;
  timeoutMs: number;
}

export async function forward<K extends SiteOperationName>(
  to: GatewayForwarding,
  name: K,
  variables: SiteOperations[K]['variables'],
  client: string,
): Promise<SiteOperations[K]['data']> {
  const hash = to.hashes[name];
  if (!hash) throw unavailable();
  let response: Response;
  try {
    response = await fetch(to.gatewayUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify({ operationName: name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
      signal: AbortSignal.timeout(to.timeoutMs),
    });
  } catch {
    throw unavailable();
  }
  let body: { data?: SiteOperations[K]['data'] | null; errors?: GatewayError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw unavailable();
  }
  if (body.errors?.length) throw fromGateway(body.errors);
  if (!response.ok || body.data == null) throw unavailable();
  return body.data;
}
