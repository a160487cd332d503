/**
 * The errors enforcement answers with. Field errors carry no HTTP status: one would turn the
 * subgraph's whole response into an HTTP error at the gateway, and the other fields' data would be lost.
 */
import type { GraphQLError } from 'graphql';
import { ErrorCode, hubError } from '../../lib/errors.js';
import { describeScope, type Identity } from '../identity.js';
import { forbiddenOutsideScope } from '../scope.js';

export function forbiddenField(identity: Identity, coordinate: string): GraphQLError {
  return hubError(ErrorCode.FORBIDDEN, `Forbidden: ${coordinate} is not available to role ${identity.role}`, {
    field: coordinate,
    scope: describeScope(identity),
  });
}

function hiddenRow(identity: Identity, typeName: string): GraphQLError {
  return hubError(ErrorCode.FORBIDDEN, `Forbidden: this ${typeName} is not available to role ${identity.role}`, { scope: describeScope(identity) });
}

/** A row the identity may not see: an analyst is told the scope it lies outside. */
export function refuseRow(identity: Identity, typeName: string, verdict: { ok: false; what: string }): GraphQLError {
  return identity.role === 'analyst' ? forbiddenOutsideScope(identity, verdict.what) : hiddenRow(identity, typeName);
}

export function noIdentity(): GraphQLError {
  return hubError(ErrorCode.UNAUTHENTICATED, 'Not authenticated: the request carries no verified identity');
}
