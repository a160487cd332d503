/** The CLI's connection to the gateway, and the server's errors in terms of the command's flags. */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { loadConfig } from '../lib/config.js';
import { boundEchoes } from '../lib/echo.js';
import { ErrorCode } from '../lib/errors.js';
import { GraphQLRequestError, httpGraphQLClient, type PartialResult } from '../lib/graphql-client.js';
import { UsageError, type CliIO } from './command.js';

export interface CliGateway {
  url: string;
  /** Sends a typed operation; an argument the server rejects comes back as a UsageError naming its flag. */
  request<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData>;
  /**
   * Sends a typed operation whose answer may be partial: the data with the errors beside it (a
   * department that could not answer). Only an answer without any data is a failure.
   */
  requestPartial<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<PartialResult<TData>>;
}

/**
 * The gateway of HUB_GATEWAY_URL, presenting `token` (or HUB_TOKEN). `flagOf` maps each argument
 * name the server may report (`filter.periodTo`) to the flag that carried it (`--to`).
 */
export function connectGateway(io: CliIO, options: { token?: string; flagOf: Record<string, string>; timeoutMs?: number }): CliGateway {
  const config = loadConfig(io.env);
  const bearer = options.token ?? config.client.token;
  const client = httpGraphQLClient(config.gateway.url, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {}, timeoutMs: options.timeoutMs ?? 300_000 });
  return {
    url: config.gateway.url,
    request: (document, variables) => client.request(document, variables).catch((error: unknown) => asUsageError(error, options.flagOf, Boolean(bearer))),
    requestPartial: (document, variables) => client.requestPartial(document, variables).catch((error: unknown) => asUsageError(error, options.flagOf, Boolean(bearer))),
  };
}

/** A BAD_USER_INPUT naming an argument becomes a UsageError naming the flag that carried it. */
function asUsageError(error: unknown, flagOf: Record<string, string>, tokenPresented: boolean): never {
  if (!(error instanceof GraphQLRequestError)) throw error;
  if (error.code === ErrorCode.BAD_USER_INPUT) {
    const flag = flagOf[error.argumentName ?? ''];
    // Server messages may quote an argument: an ID number in one is masked and a long one cut before it is printed.
    const message = boundEchoes(error.errors[0]?.message ?? error.message);
    const reason = message.replace(/^Argument "[\w.]+" /, '');
    throw new UsageError(flag ? `${flag} ${reason}` : message);
  }
  // A refusal that names its reason (the token is fine, the step is not this user's to take) is said as such.
  const reason = error.errors[0]?.extensions?.reason;
  if (error.code === ErrorCode.FORBIDDEN && typeof reason === 'string') {
    throw new Error(`refused (${reason}): ${boundEchoes(error.errors[0]?.message ?? error.message)}`);
  }
  // A token the gateway did not accept, or none where one is needed: say how to present one.
  const signInFixes = !tokenPresented && (error.code === ErrorCode.FORBIDDEN || error.code === ErrorCode.PERSISTED_QUERY_REQUIRED);
  if (error.code === ErrorCode.UNAUTHENTICATED || signInFixes) {
    throw new Error(`the gateway refused: ${boundEchoes(error.message)}. Present a bearer token with --token or HUB_TOKEN (\`npx hub token\` mints a local one).`);
  }
  // A valid token whose holder may not see this (another county, another department): another token would not be the fix.
  if (error.code === ErrorCode.FORBIDDEN) throw new Error(`refused: ${boundEchoes(error.message)}`);
  throw error;
}
