/** The CLI's connection to the gateway, and the server's argument errors in terms of the command's flags. */
import { loadConfig } from '../lib/config.js';
import { GraphQLRequestError, httpGraphQLClient, redactIdNumbers, type GraphQLClient } from '../lib/graphql-client.js';
import { UsageError, type CliIO } from './command.js';

export function gatewayClient(io: CliIO, token: string | undefined): { client: GraphQLClient; url: string } {
  const config = loadConfig(io.env);
  const bearer = token ?? config.client.token;
  return {
    client: httpGraphQLClient(config.gateway.url, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {}, timeoutMs: 300_000 }),
    url: config.gateway.url,
  };
}

/** A BAD_USER_INPUT naming an argument becomes a UsageError naming the flag that carried it. */
export function asUsageError(error: unknown, flagOf: Record<string, string>): never {
  if (error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT') {
    const argument = error.argumentName ?? '';
    const flag = flagOf[argument];
    // Server messages may quote an argument; an ID number in one is masked before it is printed.
    const message = redactIdNumbers(error.errors[0]?.message ?? error.message);
    const reason = message.replace(/^Argument "[\w.]+" /, '');
    throw new UsageError(flag ? `${flag} ${reason}` : message);
  }
  if (error instanceof GraphQLRequestError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) {
    throw new Error(`the gateway refused: ${error.message}. Present a bearer token with --token or HUB_TOKEN (\`npx hub token\` mints a local one).`);
  }
  throw error;
}
