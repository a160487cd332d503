/**
 * Every error code the hub puts into `extensions.code` (GraphQL) or `error.code` (the disclosure
 * site's JSON API), in one table. Clients branch on these codes, never on message text, so a code
 * is added here before it is used anywhere; a test fails on a code literal outside this module.
 */
import { GraphQLError } from 'graphql';

interface ErrorCodeInfo {
  /** The HTTP status the code is answered with when it ends the whole request. */
  status: number;
  meaning: string;
}

export const ERROR_CODES = {
  BAD_USER_INPUT: { status: 400, meaning: 'An argument, flag or form field is invalid; `argumentName` (or `problems[].field`) names it.' },
  BAD_REQUEST: { status: 400, meaning: 'The HTTP request itself is malformed: not JSON, no operation, variables not an object.' },
  GRAPHQL_PARSE_FAILED: { status: 400, meaning: 'The operation text is not valid GraphQL syntax.' },
  GRAPHQL_VALIDATION_FAILED: { status: 400, meaning: 'The operation does not match the schema (Apollo Server).' },
  TOO_MANY_TOKENS: { status: 400, meaning: 'The operation text has more tokens than the gateway allows.' },
  QUERY_TOO_DEEP: { status: 400, meaning: 'The operation nests deeper than the gateway allows.' },
  TOO_MANY_ALIASES: { status: 400, meaning: 'The operation uses more aliases than the gateway allows.' },
  QUERY_TOO_COMPLEX: { status: 400, meaning: "The operation's estimated cost exceeds the gateway's limit." },
  PAYLOAD_TOO_LARGE: { status: 413, meaning: 'The request body exceeds the size limit.' },
  METHOD_NOT_ALLOWED: { status: 405, meaning: 'Operations are sent with POST.' },
  BATCH_NOT_SUPPORTED: { status: 400, meaning: 'The gateway runs one operation per request, not a JSON array of them.' },
  OPERATION_RESOLUTION_FAILURE: { status: 400, meaning: 'The document has several operations and `operationName` names none of them (or is missing).' },
  OPERATION_NOT_SUPPORTED: { status: 400, meaning: 'The operation type is not served here: subscriptions never, mutations only where the schema has them.' },
  PERSISTED_QUERY_REQUIRED: { status: 400, meaning: 'The public role may run only the published (persisted) operations.' },
  PERSISTED_QUERY_NOT_FOUND: { status: 400, meaning: 'No persisted document has the hash sent.' },
  UNAUTHENTICATED: { status: 401, meaning: 'No valid token: missing, forged, expired, wrong issuer or audience.' },
  FORBIDDEN: { status: 403, meaning: "The caller's role or region does not cover what was asked; `scope` says what it covers." },
  INTROSPECTION_DISABLED: { status: 403, meaning: 'The public may not introspect the schema; sign in to do so.' },
  NOT_FOUND: { status: 404, meaning: 'The named run, record or route does not exist.' },
  RATE_LIMITED: { status: 429, meaning: 'Too many requests from one identity or visitor; `retryAfterSeconds` says when to retry.' },
  DEPARTMENT_UNAVAILABLE: { status: 200, meaning: "A department's database or subgraph could not be read; `department` names it. Other departments' fields still answer." },
  SOURCE_UNAVAILABLE: { status: 200, meaning: 'A hub service could not reach the gateway or a subgraph it asks on the caller’s behalf.' },
  SERVICE_UNAVAILABLE: { status: 503, meaning: 'The gateway is still starting (its schema is not loaded yet); retry shortly.' },
  AUDIT_UNAVAILABLE: { status: 503, meaning: 'The request could not be written to the audit log, so no data is returned.' },
  DISCLOSURE_UNAVAILABLE: { status: 200, meaning: 'Published disclosure data could not be read just now.' },
  UNAVAILABLE: { status: 503, meaning: 'The disclosure site could not reach the hub.' },
  INTERNAL_SERVER_ERROR: { status: 500, meaning: 'An unexpected failure; details are logged, never sent.' },
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** `ErrorCode.FORBIDDEN === 'FORBIDDEN'`: the codes as values, so a misspelt one fails to compile. */
export const ErrorCode = Object.fromEntries(Object.keys(ERROR_CODES).map((code) => [code, code])) as {
  readonly [K in ErrorCode]: K;
};

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}

/** A GraphQL error carrying one of the hub's codes and any further extensions. */
export function hubError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** A client error that names the argument at fault; clients branch on `extensions.argumentName`. */
export function badUserInput(argumentName: string, reason: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return hubError(ErrorCode.BAD_USER_INPUT, `Argument "${argumentName}" ${reason}`, { ...extensions, argumentName });
}
