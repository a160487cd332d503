/**
 * Who is calling: the identity the gateway verified and passed in its internal token
 * (access/enforce.ts attaches it to the context). Everything in the cross-check that needs the
 * user asks this one function.
 */
import { ErrorCode, hubError } from '../../lib/errors.js';
import { accessOf } from '../../access/enforce.js';
import type { Identity } from '../../access/identity.js';

export interface Caller {
  /** Kept with runs and reviews: the user, or the user a hub service acts for. */
  userId: string;
  identity: Identity;
}

export function callerOf(context: unknown): Caller | null {
  const identity = accessOf(context)?.identity;
  if (!identity || identity.role === 'public') return null;
  // A hub service acting for a user (the gateway's in-process tests, a scheduler) records that user.
  if (identity.role === 'service') return { userId: identity.actor?.sub ?? identity.sub, identity };
  return { userId: identity.sub, identity };
}

/** Runs and reviews are kept with who did them: an anonymous request may not start or review a check. */
export function requireCaller(context: unknown): Caller {
  const caller = callerOf(context);
  if (!caller) {
    throw hubError(ErrorCode.UNAUTHENTICATED, 'A cross-check is started and reviewed by a signed-in user: send a bearer token');
  }
  return caller;
}
