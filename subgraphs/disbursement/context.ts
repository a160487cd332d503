import { accessOf } from '../../access/enforce.js';
import type { Identity } from '../../access/identity.js';
import type { GraphQLClient } from '../../lib/graphql-client.js';
import { DisbursementSources } from './sources.js';

export interface DisbursementContext {
  /** The gateway as seen on behalf of the request's caller. */
  sources(): DisbursementSources;
  now(): Date;
}

/**
 * The caller's identity is attached to the context after it is built (access/enforce.ts), so the
 * gateway client is made on first use, for whoever the request turned out to be.
 */
export function createDisbursementContext(clientFor: (identity: Identity | null) => GraphQLClient, now: () => Date): DisbursementContext {
  let sources: DisbursementSources | null = null;
  const context: DisbursementContext = {
    sources() {
      sources ??= new DisbursementSources(clientFor(accessOf(context)?.identity ?? null));
      return sources;
    },
    now,
  };
  return context;
}
