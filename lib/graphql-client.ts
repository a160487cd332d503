/**
 * A minimal GraphQL-over-HTTP client for the hub's own callers of the gateway (the cross-check
 * engine, the CLI). `request` is all or nothing: any error in a response is a failure, for callers
 * that must not mistake a partial answer for a full one. `requestPartial` returns the data together
 * with the errors, for callers that show what did answer and name what did not (`hub person` with
 * one department down).
 */
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { maskIdNumbersIn } from './echo.js';
import { keptAliveFetch, type FetcherResponse } from './http-fetch.js';

export interface GraphQLErrorPayload {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export type GraphQLFailureKind = 'network' | 'timeout' | 'http' | 'graphql' | 'invalid-response';

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly kind: GraphQLFailureKind,
    readonly errors: GraphQLErrorPayload[] = [],
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }

  /** `extensions.code` of the first error, when the server gave one. */
  get code(): string | undefined {
    const code = this.errors[0]?.extensions?.code;
    return typeof code === 'string' ? code : undefined;
  }

  get argumentName(): string | undefined {
    const name = this.errors[0]?.extensions?.argumentName;
    return typeof name === 'string' ? name : undefined;
  }
}

/**
 * An operation as the hub sends it: a document typed by graphql-codegen from a `.graphql` file
 * (its data and variables types travel with it), or, for tests and tools, plain text.
 */
export type Operation<TData, TVariables> = TypedDocumentNode<TData, TVariables> | string;

export interface GraphQLClient {
  request<TData = Record<string, unknown>, TVariables extends Record<string, any> = Record<string, unknown>>(
    operation: Operation<TData, TVariables>,
    variables?: TVariables,
    options?: { timeoutMs?: number },
  ): Promise<TData>;
}

const printed = new WeakMap<DocumentNode, string>();

/** The text of an operation, printed once per document. */
export function operationText(operation: Operation<unknown, unknown>): string {
  if (typeof operation === 'string') return operation;
  let text = printed.get(operation);
  if (text === undefined) {
    text = print(operation);
    printed.set(operation, text);
  }
  return text;
}

/** An answer that may be partial: `data` (null when nothing could be answered) and every error beside it. */
export interface PartialResult<TData> {
  data: TData | null;
  errors: GraphQLErrorPayload[];
}

/** The HTTP client: all-or-nothing `request`, and `requestPartial` for callers that handle partial answers. */
export interface HttpGraphQLClient extends GraphQLClient {
  /**
   * Like `request`, but an answer with data and errors is returned as both. Failures with no data at
   * all (unreachable, refused, invalid, every root field null with errors) still throw, as `request` does.
   */
  requestPartial<TData = Record<string, unknown>, TVariables extends Record<string, any> = Record<string, unknown>>(
    operation: Operation<TData, TVariables>,
    variables?: TVariables,
    options?: { timeoutMs?: number },
  ): Promise<PartialResult<TData>>;
}

export interface HttpGraphQLClientOptions {
  /** Fixed headers, or a function called per request (a short-lived token minted for each call). */
  headers?: Record<string, string> | (() => Promise<Record<string, string>>);
  timeoutMs?: number;
}

/** Error texts can quote arguments; an ID number in one is masked before it goes anywhere. */
export function redactIdNumbers(text: string): string {
  return maskIdNumbersIn(text);
}

/** One pool of kept-alive connections for every client of this process. */
const fetch = keptAliveFetch();

function graphQLFailure(url: string, errors: GraphQLErrorPayload[], status: number): GraphQLRequestError {
  const first = errors[0]!;
  const code = typeof first.extensions?.code === 'string' ? ` [${first.extensions.code}]` : '';
  return new GraphQLRequestError(redactIdNumbers(`${first.message}${code}`), 'graphql', errors, status);
}

export function httpGraphQLClient(url: string, options: HttpGraphQLClientOptions = {}): HttpGraphQLClient {
  /** One POST; the parsed body and status, or a thrown GraphQLRequestError when there is no GraphQL answer. */
  async function post<TData>(operation: Operation<unknown, unknown>, variables: unknown, callOptions: { timeoutMs?: number }) {
    const query = operationText(operation);
    const timeoutMs = callOptions.timeoutMs ?? options.timeoutMs ?? 60_000;
    const headers = typeof options.headers === 'function' ? await options.headers() : options.headers;
    let response: FetcherResponse;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query, variables: variables ?? {} }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const name = (error as Error)?.name;
      if (name === 'TimeoutError' || name === 'AbortError') throw new GraphQLRequestError(`no answer from ${url} within ${timeoutMs} ms`, 'timeout');
      const code = (error as { code?: unknown })?.code;
      throw new GraphQLRequestError(`could not reach ${url}${typeof code === 'string' ? ` (${code})` : ''}`, 'network');
    }
    let body: { data?: TData | null; errors?: GraphQLErrorPayload[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new GraphQLRequestError(`${url} answered HTTP ${response.status} without a GraphQL response`, response.ok ? 'invalid-response' : 'http', [], response.status);
    }
    return { body, status: response.status, ok: response.ok };
  }

  return {
    async request<TData, TVariables extends Record<string, any>>(operation: Operation<TData, TVariables>, variables?: TVariables, callOptions: { timeoutMs?: number } = {}): Promise<TData> {
      const { body, status, ok } = await post<TData>(operation as Operation<unknown, unknown>, variables, callOptions);
      if (body.errors?.length) throw graphQLFailure(url, body.errors, status);
      if (!ok) throw new GraphQLRequestError(`${url} answered HTTP ${status}`, 'http', [], status);
      if (body.data == null) throw new GraphQLRequestError(`${url} answered without data`, 'invalid-response', [], status);
      return body.data;
    },
    async requestPartial<TData, TVariables extends Record<string, any>>(
      operation: Operation<TData, TVariables>,
      variables?: TVariables,
      callOptions: { timeoutMs?: number } = {},
    ): Promise<PartialResult<TData>> {
      const { body, status, ok } = await post<TData>(operation as Operation<unknown, unknown>, variables, callOptions);
      const errors = body.errors ?? [];
      // Every root field null beside errors (the one thing asked was refused): nothing answered, a failure as for `request`.
      const answered = body.data != null && Object.values(body.data as Record<string, unknown>).some((value) => value !== null);
      if (!answered && errors.length) throw graphQLFailure(url, errors, status);
      if (body.data == null) {
        if (errors.length) throw graphQLFailure(url, errors, status);
        throw new GraphQLRequestError(ok ? `${url} answered without data` : `${url} answered HTTP ${status}`, ok ? 'invalid-response' : 'http', [], status);
      }
      return { data: body.data, errors };
    },
  };
}
