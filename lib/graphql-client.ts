/**
 * A minimal GraphQL-over-HTTP client for the hub's own callers of the gateway (the cross-check
 * engine, the CLI). Any error in a response is a failure: a caller that must tell a partial
 * answer from a full one asks one question per request.
 */
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { maskIdNumber } from './id-number.js';

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

export interface HttpGraphQLClientOptions {
  /** Fixed headers, or a function called per request (a short-lived token minted for each call). */
  headers?: Record<string, string> | (() => Promise<Record<string, string>>);
  timeoutMs?: number;
}

/** Error texts can quote arguments; an ID number in one is masked before it goes anywhere. */
export function redactIdNumbers(text: string): string {
  return text.replace(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g, (id) => maskIdNumber(id));
}

export function httpGraphQLClient(url: string, options: HttpGraphQLClientOptions = {}): GraphQLClient {
  return {
    async request<TData, TVariables extends Record<string, any>>(operation: Operation<TData, TVariables>, variables?: TVariables, callOptions: { timeoutMs?: number } = {}): Promise<TData> {
      const query = operationText(operation as Operation<unknown, unknown>);
      const timeoutMs = callOptions.timeoutMs ?? options.timeoutMs ?? 60_000;
      const headers = typeof options.headers === 'function' ? await options.headers() : options.headers;
      let response: Response;
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
        const cause = (error as { cause?: { code?: string } })?.cause?.code;
        throw new GraphQLRequestError(`could not reach ${url}${cause ? ` (${cause})` : ''}`, 'network');
      }
      let body: { data?: TData | null; errors?: GraphQLErrorPayload[] };
      try {
        body = (await response.json()) as typeof body;
      } catch {
        throw new GraphQLRequestError(`${url} answered HTTP ${response.status} without a GraphQL response`, response.ok ? 'invalid-response' : 'http', [], response.status);
      }
      if (body.errors?.length) {
        const first = body.errors[0]!;
        const code = typeof first.extensions?.code === 'string' ? ` [${first.extensions.code}]` : '';
        throw new GraphQLRequestError(redactIdNumbers(`${first.message}${code}`), 'graphql', body.errors, response.status);
      }
      if (!response.ok) throw new GraphQLRequestError(`${url} answered HTTP ${response.status}`, 'http', [], response.status);
      if (body.data == null) throw new GraphQLRequestError(`${url} answered without data`, 'invalid-response', [], response.status);
      return body.data;
    },
  };
}
