/**
 * Who an analyst's county covers (ruling 5): every person registered in it (the register's
 * division, HJDZ_XZQHDM) or paid by its batches, whatever the first six digits of the ID number.
 * Only the population register knows the first and only finance the second, so a subgraph asks
 * each directly, with an internal token of its own: a scope check, whose answers (a division code,
 * whether someone has a line) never leave the subgraph and reach no client. Batched per request
 * (access/enforce/enforcement.ts).
 */
import { isValidIdNumber } from '../lib/id-number.js';
import { DEPARTMENT_INFO, type Department } from '../lib/departments.js';
import { ErrorCode, hubError } from '../lib/errors.js';
import { chunk } from '../lib/chunks.js';
import { serviceIdentity } from './identity.js';
import type { HubKeys } from './secrets.js';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from './tokens.js';

/** The register's division code of each person (null when the register does not know them). */
export type RegisterDivisions = (idNumbers: readonly string[]) => Promise<Map<string, string | null>>;

/** Which of these persons have a line in a batch disbursed by a county under `countyPrefix` (2 to 6 digits). */
export type PaidUnder = (countyPrefix: string, idNumbers: readonly string[]) => Promise<Set<string>>;

/** What a subgraph asks to decide whether a person is in an analyst's scope. */
export interface PersonScopeLookups {
  registerDivisions?: RegisterDivisions;
  paidUnder?: PaidUnder;
}

const LOOKUP = 'query RegisterScope($ids: [String!]!) { persons(idNumbers: $ids) { idNumber registration { divisionCode } } }';
const PAID = 'query PaidScope($filter: PaymentLineFilter) { paymentIdNumbers(filter: $filter) }';
const CHUNK = 10_000;
/** A scope question waits as long as the page it guards may take: a busy finance subgraph is slow, not absent. */
const SCOPE_TIMEOUT_MS = 30_000;

/** A department that cannot say who is in scope: the analyst is told which, as for any department down. */
function unavailable(department: Department, reason: string) {
  return hubError(ErrorCode.DEPARTMENT_UNAVAILABLE, `The ${DEPARTMENT_INFO[department].nameEn} subgraph could not be asked who is in your scope: ${reason}`, { department });
}

async function ask<T>(department: Department, url: string, keys: Pick<HubKeys, 'internal'>, name: string, query: string, variables: Record<string, unknown>, timeoutMs: number): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: await mintInternalToken(keys, serviceIdentity(name)) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw unavailable(department, error instanceof Error ? error.message : String(error));
  }
  const body = (await response.json().catch(() => ({}))) as { data?: T };
  if (!body.data) throw unavailable(department, `HTTP ${response.status}`);
  return body.data;
}

/** Asks the public security subgraph at `url()` (a function: in tests it listens on a port chosen at start). */
export function registerDivisionsOverHttp(url: () => string, keys: Pick<HubKeys, 'internal'>, timeoutMs = SCOPE_TIMEOUT_MS): RegisterDivisions {
  return async (idNumbers) => {
    const answer = new Map<string, string | null>();
    const valid = [...new Set(idNumbers)].filter(isValidIdNumber);
    for (const ids of chunk(valid, CHUNK)) {
      type Answer = { persons: ({ idNumber: string; registration: { divisionCode: string | null } | null } | null)[] };
      const data = await ask<Answer>('PUBLIC_SECURITY', url(), keys, 'register-scope', LOOKUP, { ids }, timeoutMs);
      data.persons.forEach((person, i) => answer.set(ids[i]!, person?.registration?.divisionCode ?? null));
    }
    return answer;
  };
}

/** Asks the finance subgraph at `url()` which persons its batches of a county prefix pay. */
export function paidUnderOverHttp(url: () => string, keys: Pick<HubKeys, 'internal'>, timeoutMs = SCOPE_TIMEOUT_MS): PaidUnder {
  return async (countyPrefix, idNumbers) => {
    const paid = new Set<string>();
    const valid = [...new Set(idNumbers)].filter(isValidIdNumber);
    for (const ids of chunk(valid, CHUNK)) {
      const data = await ask<{ paymentIdNumbers: string[] }>('FINANCE', url(), keys, 'paid-scope', PAID, { filter: { division: countyPrefix, idNumbers: ids } }, timeoutMs);
      for (const id of data.paymentIdNumbers) paid.add(id);
    }
    return paid;
  };
}

/** Both lookups over HTTP: the register's and finance's subgraphs, wherever they listen now. */
export function personScopeOverHttp(urls: { register: () => string; finance: () => string }, keys: Pick<HubKeys, 'internal'>, timeoutMs = SCOPE_TIMEOUT_MS): PersonScopeLookups {
  return { registerDivisions: registerDivisionsOverHttp(urls.register, keys, timeoutMs), paidUnder: paidUnderOverHttp(urls.finance, keys, timeoutMs) };
}
