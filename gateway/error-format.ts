/**
 * The last pass over every error the gateway answers with, whoever raised it (a subgraph, Apollo,
 * the admission checks): no internal address, no subgraph's raw response, no full ID number and no
 * unbounded input. The code and the names a client branches on (`argumentName`, `department`,
 * `serviceName`, ...) stay.
 */
import type { GraphQLFormattedError } from 'graphql';
import { boundEchoes } from '../lib/echo.js';

const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi;

/** Extensions that carry another server's response or internals, never the client's business. */
const INTERNAL_EXTENSIONS = new Set(['response', 'exception', 'stacktrace', 'http']);

/** A message as a client may see it: addresses replaced, quoted values bounded, ID numbers masked. */
export function publicMessage(message: string): string {
  return boundEchoes(message.replace(URL_IN_TEXT, '(an internal address)'));
}

function publicValue(value: unknown): unknown {
  return typeof value === 'string' ? publicMessage(value) : value;
}

export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = Object.fromEntries(
    Object.entries(formatted.extensions ?? {})
      .filter(([key]) => !INTERNAL_EXTENSIONS.has(key))
      .map(([key, value]) => [key, publicValue(value)]),
  );
  return { ...formatted, message: publicMessage(formatted.message), extensions };
}
