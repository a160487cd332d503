/**
 * The gateway's front door, run for every request before Apollo and before any subgraph:
 * bearer token -> Identity, per-identity rate limit, the public role's safelist, token / depth /
 * alias / cost limits and introspection. Refusals are answered here and audited. What passes is
 * executed with the Identity in the context; the plugin then audits the outcome and masks the
 * response by the policy table.
 */
import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { decodeJwt } from 'jose';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { LimitsConfig } from '../lib/config.js';
import { ErrorCode } from '../lib/errors.js';
import type { Admitted } from '../lib/graphql-http.js';
import { PUBLIC_IDENTITY, type Identity } from '../access/identity.js';
import { fieldPolicy, HUB_POLICY, type PolicyTable } from '../access/policy.js';
import { maskResponseData } from '../access/response.js';
import { unauthenticated } from '../access/tokens.js';
import type { AuditRecorder } from '../audit/recorder.js';
import { checkOperationLimits, limitError, parseWithinLimits, selectOperation, unsupportedOperation } from './limits.js';
import { inputProblems } from './argument-values.js';
import { readOperation } from './operation-request.js';
import { formatGatewayError } from './error-format.js';
import { findPersisted, sha256, type PersistedDocuments } from '../lib/persisted-documents.js';
import { clientAddress, type TrustedProxies } from '../lib/client-address.js';
import type { RateLimiter } from '../lib/rate-limit.js';

export interface Admission {
  identity: Identity;
  client: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName: string | null;
  documentHash: string;
  variables: Record<string, unknown>;
  /** Selects a field whose kind is not PUBLIC: the request is recorded whatever its outcome. */
  personal: boolean;
}

export interface GatewayContext {
  identity: Identity;
  /** Absent only for requests that carry no operation (the landing page); those execute nothing. */
  admission?: Admission;
  /** The internal token for this request's subgraph calls, minted once and renewed when half-spent. */
  internalToken?: { token: Promise<string>; mintedAt: number };
}

export interface EndpointRules {
  /** Roles that may use this endpoint at all. */
  allows(identity: Identity): GraphQLError | null;
  /** Only safelisted operations for these roles. */
  safelistFor: ReadonlySet<string>;
  /** Every admitted request is personal data (the audit log), or decide by the policy table. */
  alwaysPersonal: boolean;
}

export interface GatewayAccessOptions {
  verifyBearer(token: string): Promise<Identity>;
  limits: LimitsConfig;
  rateLimiter: RateLimiter;
  persisted: PersistedDocuments;
  recorder: AuditRecorder;
  schema(): GraphQLSchema | undefined;
  rules: EndpointRules;
  policy?: PolicyTable;
  /** Peers whose X-Forwarded-For is believed (HUB_TRUSTED_PROXIES); nobody's when absent. */
  trustedProxies?: TrustedProxies;
}


function codeOf(error: GraphQLError): string {
  return typeof error.extensions.code === 'string' ? error.extensions.code : ErrorCode.BAD_REQUEST;
}

function statusOf(error: GraphQLError): number {
  const http = error.extensions.http as { status?: number } | undefined;
  return http?.status ?? 400;
}

/** Who an unverifiable token claimed to be, for the audit log only (never trusted for anything else). */
function claimedSubject(token: string | undefined): string {
  if (!token) return 'unauthenticated';
  try {
    const sub = decodeJwt(token).sub;
    return typeof sub === 'string' ? `unverified:${sub.slice(0, 80)}` : 'unauthenticated';
  } catch {
    return 'unauthenticated';
  }
}

export class GatewayAccess {
  private readonly admissions = new WeakMap<http.IncomingMessage, Admission>();
  private readonly identities = new WeakMap<http.IncomingMessage, Identity>();
  private readonly policy: PolicyTable;

  constructor(private readonly options: GatewayAccessOptions) {
    this.policy = options.policy ?? HUB_POLICY;
  }

  private clientOf(req: http.IncomingMessage): string {
    return clientAddress(req, this.options.trustedProxies);
  }

  /** Answers the request with `refused` (one error, or several about the same request) and audits it. */
  private async refuse(
    req: http.IncomingMessage,
    identity: Identity,
    refused: GraphQLError | readonly GraphQLError[],
    details: { operationName?: string | null; query?: string; hash?: string; variables?: unknown; document?: DocumentNode } = {},
    headers?: Record<string, string>,
  ): Promise<Admitted> {
    const errors = Array.isArray(refused) ? (refused as readonly GraphQLError[]) : [refused as GraphQLError];
    const codes = errors.map(codeOf);
    try {
      await this.options.recorder.record({
        identity,
        client: this.clientOf(req),
        operationName: details.operationName ?? null,
        documentHash: details.query ? sha256(details.query) : (details.hash ?? null),
        document: details.document,
        variables: details.variables,
        errorCodes: codes,
      });
    } catch (auditError) {
      // The refusal stands either way; an unwritable audit log must still be noticed by operators.
      console.error('audit: could not record a refused request', (auditError as Error).name);
    }
    return {
      refuse: {
        status: statusOf(errors[0]!),
        headers,
        errors: errors.map((error, i) => {
          const { http: _http, ...extensions } = error.extensions;
          const formatted = formatGatewayError({ message: error.message, extensions: { ...extensions, code: codes[i] } });
          return { message: formatted.message, extensions: { ...formatted.extensions } };
        }),
      },
    };
  }

  private rateLimited(req: http.IncomingMessage, identity: Identity, retryAfterSeconds: number): Promise<Admitted> {
    const error = limitError(ErrorCode.RATE_LIMITED, `Too many requests; try again in ${retryAfterSeconds} s`, 429);
    error.extensions.retryAfterSeconds = retryAfterSeconds;
    return this.refuse(req, identity, error, {}, { 'retry-after': String(retryAfterSeconds) });
  }

  /** For graphql-http's onRefused: bodies refused before admission (too large, not JSON) are audited too. */
  async refusedBeforeAdmission(req: http.IncomingMessage, code: ErrorCode): Promise<void> {
    await this.options.recorder
      .record({ identity: PUBLIC_IDENTITY, client: this.clientOf(req), operationName: null, documentHash: null, errorCodes: [code] })
      .catch(() => console.error('audit: could not record a refused request'));
  }

  async admit(req: http.IncomingMessage, body: unknown, url: URL): Promise<Admitted> {
    const { limits, rules } = this.options;
    // 1. Who: a verified bearer token, or nobody (the public).
    let identity: Identity = PUBLIC_IDENTITY;
    const authorization = req.headers.authorization;
    if (authorization !== undefined && authorization.trim() !== '') {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      try {
        if (!match) throw unauthenticated('the Authorization header must be "Bearer <token>"');
        identity = await this.options.verifyBearer(match[1]!);
      } catch (error) {
        const claimed = { ...PUBLIC_IDENTITY, sub: claimedSubject(match?.[1]) };
        // Failed sign-ins count against the address, so tokens cannot be tried at full speed.
        const rate = await this.options.rateLimiter.take(`ip:${this.clientOf(req)}`);
        if (!rate.ok) return this.rateLimited(req, claimed, rate.retryAfterSeconds);
        const refused = error instanceof GraphQLError ? error : unauthenticated('the token could not be verified');
        return this.refuse(req, claimed, refused);
      }
    }
    this.identities.set(req, identity);

    // 2. How often: per user, or per client address for the public. Hub services are not limited.
    if (identity.role !== 'service') {
      const key = identity.role === 'public' ? `ip:${this.clientOf(req)}` : `sub:${identity.sub}`;
      const rate = await this.options.rateLimiter.take(key);
      if (!rate.ok) return this.rateLimited(req, identity, rate.retryAfterSeconds);
    }

    const denied = rules.allows(identity);
    if (denied) return this.refuse(req, identity, denied);

    // 3. What: one operation, by POST (a GET operation would dodge the body checks and land in logs and caches).
    if (req.method !== 'POST') {
      if (url.searchParams.has('query') || url.searchParams.has('extensions')) {
        return this.refuse(req, identity, limitError(ErrorCode.METHOD_NOT_ALLOWED, 'Send operations with POST', 405));
      }
      return { body };
    }
    const operationRequest = readOperation(body);
    if (operationRequest instanceof GraphQLError) return this.refuse(req, identity, operationRequest);
    const { variables, operationName, hash } = operationRequest;
    let query = operationRequest.query;

    // 4. The public runs only safelisted documents; others may name one by hash too.
    if (rules.safelistFor.has(identity.role)) {
      const found = findPersisted(this.options.persisted, { query, hash });
      if (!found) {
        return this.refuse(
          req,
          identity,
          limitError(ErrorCode.PERSISTED_QUERY_REQUIRED, 'Only the published operations (persisted documents) may be run without signing in'),
          { operationName, query, hash, variables },
        );
      }
      query = found.query;
    } else if (query === undefined) {
      const found = findPersisted(this.options.persisted, { hash });
      if (!found) return this.refuse(req, identity, limitError(ErrorCode.PERSISTED_QUERY_NOT_FOUND, 'No persisted document has this hash'), { operationName, hash });
      query = found.query;
    }

    // 5. Limits, before anything is planned or sent to a subgraph.
    let document: DocumentNode;
    try {
      document = parseWithinLimits(query!, limits.tokens);
    } catch (error) {
      return this.refuse(req, identity, error as GraphQLError, { operationName, query, variables });
    }
    const operation = selectOperation(document, operationName);
    if (!operation) {
      const error = limitError(ErrorCode.OPERATION_RESOLUTION_FAILURE, operationName ? `No operation named "${operationName}"` : 'Name the operation to run (operationName)');
      return this.refuse(req, identity, error, { operationName, query, variables, document });
    }
    const schema = this.options.schema();
    if (!schema) return this.refuse(req, identity, limitError(ErrorCode.SERVICE_UNAVAILABLE, 'The gateway is starting', 503));
    const unsupported = unsupportedOperation(schema, operation);
    if (unsupported) return this.refuse(req, identity, unsupported, { operationName, query, variables, document });
    let measure;
    try {
      measure = checkOperationLimits(schema, document, operation, variables, {
        depth: limits.depth,
        aliases: limits.aliases,
        // A hub service (the crosscheck) asks for thousands of subjects by design; depth and aliases still bind it.
        cost: identity.role === 'service' ? Number.MAX_SAFE_INTEGER : limits.cost,
      });
    } catch (error) {
      return this.refuse(req, identity, error as GraphQLError, { operationName, query, variables, document });
    }
    if (measure.introspection && identity.role === 'public') {
      const error = limitError(ErrorCode.INTROSPECTION_DISABLED, 'Introspection is not available without signing in', 403);
      return this.refuse(req, identity, error, { operationName, query, variables, document });
    }
    // 6. Values: every argument and variable against the hub's scalars, named when refused.
    const documentHash = sha256(query!);
    const problems = inputProblems(schema, document, operation, variables, documentHash);
    if (problems.length > 0) return this.refuse(req, identity, problems, { operationName, query, variables, document });

    const personal = rules.alwaysPersonal || [...measure.coordinates].some((c) => fieldPolicy(this.policy, c).kind !== 'PUBLIC');
    this.admissions.set(req, {
      identity,
      client: this.clientOf(req),
      document,
      operation,
      operationName: operation.name?.value ?? operationName,
      documentHash,
      variables,
      personal,
    });
    // Extensions are dropped: the persisted hash has been resolved here, and Apollo's own APQ must not register anything.
    return { body: { query, variables, ...(operationName ? { operationName } : {}) } };
  }

  context(req: http.IncomingMessage): GatewayContext {
    return { identity: this.identities.get(req) ?? PUBLIC_IDENTITY, admission: this.admissions.get(req) };
  }

  /** Audits what was executed and masks the response; refuses anything that did not pass admit(). */
  plugin(options: { mask: boolean }): ApolloServerPlugin<GatewayContext> {
    const access = this;
    return {
      async requestDidStart() {
        return {
          async didResolveOperation({ contextValue }) {
            if (!contextValue.admission) throw limitError(ErrorCode.FORBIDDEN, 'Forbidden: the request was not admitted', 403);
          },
          async willSendResponse({ contextValue, response }) {
            const admission = contextValue.admission;
            if (!admission || response.body.kind !== 'single') return;
            const result = response.body.singleResult;
            const codes = (result.errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : undefined));
            if (admission.personal || codes.length) {
              try {
                await access.options.recorder.record({
                  identity: admission.identity,
                  client: admission.client,
                  operationName: admission.operationName,
                  documentHash: admission.documentHash,
                  document: admission.document,
                  variables: admission.variables,
                  data: result.data as Record<string, unknown> | null | undefined,
                  errorCodes: codes,
                });
              } catch (error) {
                console.error('audit: could not record a request; its data is withheld', (error as Error).name);
                // Fail closed: personal data that cannot be accounted for is not handed out.
                response.body.singleResult = {
                  errors: [{ message: 'The request could not be recorded in the audit log, so no data is returned', extensions: { code: ErrorCode.AUDIT_UNAVAILABLE } }],
                };
                response.http.status = 503;
                return;
              }
            }
            const schema = access.options.schema();
            if (options.mask && schema && result.data) {
              maskResponseData(schema, admission.document, admission.operation, result.data as Record<string, unknown>, admission.identity, access.policy);
            }
          },
        };
      },
    };
  }
}
