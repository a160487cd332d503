/**
 * The verified identity a subgraph request carries through its resolvers, with the per-request
 * cache of row verdicts. The subgraph server attaches it; enforcement and department code read it.
 */
import type { Identity } from '../identity.js';
import { unauthenticated } from '../tokens.js';

const ACCESS = Symbol.for('huimin-hub.access');

export type RowVerdict = { ok: true } | { ok: false; what: string };

/** What one request carries through the resolvers: the identity and its per-request caches. */
export interface RequestAccess {
  identity: Identity;
  rows: WeakMap<object, Map<string, Promise<RowVerdict> | RowVerdict>>;
}

/**
 * Attaches the verified identity to a subgraph's request context. Enumerable on purpose: Apollo's
 * executeOperation shallow-copies the context with Object.assign, which copies enumerable symbols.
 */
export function attachAccess<T extends object>(context: T, identity: Identity): T {
  (context as Record<symbol, RequestAccess>)[ACCESS] = { identity, rows: new WeakMap() };
  return context;
}

export function accessOf(context: unknown): RequestAccess | undefined {
  return context && typeof context === 'object' ? (context as Record<symbol, RequestAccess | undefined>)[ACCESS] : undefined;
}

/** The identity of the request, for department code that wants to narrow its own SQL (e.g. by region). */
export function identityOf(context: unknown): Identity {
  const access = accessOf(context);
  if (!access) throw unauthenticated('the request carries no verified identity');
  return access.identity;
}
