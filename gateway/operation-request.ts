/**
 * The operation a request body asks for, read before anything else looks at it: one JSON object
 * with `query` (or a persisted document's hash), an optional `operationName` and `variables` object.
 */
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../lib/errors.js';
import { limitError } from './limits.js';

export interface OperationRequest {
  query?: string;
  hash?: string;
  variables: Record<string, unknown>;
  operationName: string | null;
}

export function readOperation(body: unknown): OperationRequest | GraphQLError {
  if (Array.isArray(body)) return limitError(ErrorCode.BATCH_NOT_SUPPORTED, 'Send one operation per request');
  if (!body || typeof body !== 'object') return limitError(ErrorCode.BAD_REQUEST, 'The request body must be a JSON object');
  const b = body as Record<string, unknown>;
  const query = typeof b.query === 'string' && b.query.trim() !== '' ? b.query : undefined;
  const extensions = b.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
  const persistedHash = extensions?.persistedQuery?.sha256Hash;
  const documentId = typeof b.documentId === 'string' ? b.documentId.replace(/^sha256:/, '') : undefined;
  const hash = typeof persistedHash === 'string' ? persistedHash : documentId;
  if (b.variables != null && (typeof b.variables !== 'object' || Array.isArray(b.variables))) {
    return limitError(ErrorCode.BAD_REQUEST, '`variables` must be a JSON object');
  }
  if (!query && !hash) return limitError(ErrorCode.BAD_REQUEST, 'The request has no operation: send `query`, or a persisted document hash');
  return {
    query,
    hash,
    variables: (b.variables as Record<string, unknown> | undefined) ?? {},
    operationName: typeof b.operationName === 'string' ? b.operationName : null,
  };
}
