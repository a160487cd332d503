/**
 * How the gateway asks one subgraph: each request carries only the identity this gateway verified
 * (signed, valid for a minute), and a subgraph that cannot be reached or answers with an HTTP error
 * becomes an error naming the subgraph (and its department), never one quoting its address or its
 * raw response.
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GraphQLError } from 'graphql';
import { SUBGRAPH_NAMES } from '../lib/config.js';
import { DEPARTMENTS, DEPARTMENT_INFO, type Department } from '../lib/departments.js';
import { ErrorCode, hubError, isErrorCode } from '../lib/errors.js';
import type { HubKeys } from '../access/secrets.js';
import { INTERNAL_TOKEN_HEADER, INTERNAL_TOKEN_SECONDS, mintInternalToken } from '../access/tokens.js';
import type { GatewayContext } from './access.js';
import { publicMessage } from './error-format.js';
import { keptAliveFetch } from '../lib/http-fetch.js';

interface DownstreamError {
  message?: unknown;
  extensions?: { code?: unknown; argumentName?: unknown };
}

/** The first GraphQL error of a subgraph's HTTP error response, when its body is one. */
function firstBodyError(error: unknown): DownstreamError | undefined {
  const body = (error as { extensions?: { response?: { body?: unknown } } })?.extensions?.response?.body;
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(errors) && errors.length > 0 ? (errors[0] as DownstreamError) : undefined;
}

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/** A subgraph request the subgraph may have read before the connection broke, and may read again: a query. */
function isQueryBody(body: unknown): boolean {
  return typeof body === 'string' && /^\{"query":"(?:query\b|\{)/.test(body.slice(0, 16));
}

/**
 * The connections to a subgraph are kept open between requests, and a subgraph's server closes one
 * that has been idle a few seconds. A request that takes such a connection just as it closes fails
 * with ECONNRESET before anything was answered: a department asked rarely (disability, a few
 * batches a month) would then be "not checked" for nothing. A query is sent once more, on a fresh
 * connection; a mutation never is.
 */
function retryingReset(fetcher: Fetcher): Fetcher {
  return async (url, init) => {
    try {
      return await fetcher(url, init);
    } catch (error) {
      if ((error as { code?: unknown })?.code !== 'ECONNRESET' || !isQueryBody(init?.body)) throw error;
      return fetcher(url, init);
    }
  };
}

export class HubSubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly serviceName: string;
  private readonly department: Department | undefined;

  constructor(
    options: { url?: string; name: string },
    private readonly keys: HubKeys,
  ) {
    super({ url: options.url, fetcher: retryingReset(keptAliveFetch()) });
    this.serviceName = options.name;
    this.department = DEPARTMENTS.find((d) => SUBGRAPH_NAMES[d] === options.name);
  }

  // Subgraph requests are built afresh: no client header reaches a subgraph, only the identity
  // this gateway verified, signed and valid for a minute.
  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = request.http?.headers;
    if (!headers || !context?.identity) return;
    const now = Date.now();
    if (!context.internalToken || now - context.internalToken.mintedAt > (INTERNAL_TOKEN_SECONDS * 1000) / 2) {
      context.internalToken = { token: mintInternalToken(this.keys, context.identity), mintedAt: now };
    }
    headers.set(INTERNAL_TOKEN_HEADER, await context.internalToken.token);
  }

  /** Who could not answer, in the words of lib/departments.ts. */
  private get who(): string {
    return this.department ? `The ${DEPARTMENT_INFO[this.department].nameEn} (${DEPARTMENT_INFO[this.department].nameZh}) subgraph` : `The hub's ${this.serviceName} service`;
  }

  override didEncounterError(error: Error, _fetchRequest: unknown, fetchResponse?: { status: number }): void {
    const named = { serviceName: this.serviceName, ...(this.department ? { department: this.department } : {}) };
    const downstream = firstBodyError(error);
    const code = downstream?.extensions?.code;
    if (downstream && isErrorCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      // The subgraph refused the request itself (HTTP 400: an argument it would not take): its code and words stand.
      const argumentName = downstream.extensions?.argumentName;
      throw hubError(code, publicMessage(String(downstream.message ?? `${this.who} refused the request`)), {
        ...named,
        ...(typeof argumentName === 'string' ? { argumentName } : {}),
      }) as GraphQLError;
    }
    const how = fetchResponse ? `answered with HTTP ${fetchResponse.status}` : 'could not be reached';
    // The cause (ECONNREFUSED, a reset) is for the operator's log; the client learns who and that it failed.
    console.error(`gateway: ${this.serviceName} ${how}: ${error.name}${'code' in error ? ` ${String(error.code)}` : ''}`);
    throw hubError(this.department ? ErrorCode.DEPARTMENT_UNAVAILABLE : ErrorCode.SOURCE_UNAVAILABLE, `${this.who} ${how}`, named);
  }
}
