/**
 * An analyst's region covers persons by the prefix of their ID number or by the division of their
 * registered residence. Only the population register knows the latter, so a subgraph asks the
 * public security subgraph directly, with an internal token of its own: a scope check, whose
 * answer (a division code) never leaves the subgraph and reaches no client. Batched per request.
 */
import { isValidIdNumber } from '../lib/id-number.js';
import { chunk } from '../lib/chunks.js';
import { serviceIdentity } from './identity.js';
import type { HubKeys } from './secrets.js';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from './tokens.js';

/** The register's division code of each person (null when the register does not know them). */
export type RegisterDivisions = (idNumbers: readonly string[]) => Promise<Map<string, string | null>>;

const LOOKUP = 'query RegisterScope($ids: [String!]!) { persons(idNumbers: $ids) { idNumber registration { divisionCode } } }';
const CHUNK = 10_000;

/** Asks the public security subgraph at `url()` (a function: in tests it listens on a port chosen at start). */
export function registerDivisionsOverHttp(url: () => string, keys: Pick<HubKeys, 'internal'>, timeoutMs = 10_000): RegisterDivisions {
  const identity = serviceIdentity('register-scope');
  return async (idNumbers) => {
    const answer = new Map<string, string | null>();
    const valid = [...new Set(idNumbers)].filter(isValidIdNumber);
    for (const ids of chunk(valid, CHUNK)) {
      const response = await fetch(url(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: await mintInternalToken(keys, identity) },
        body: JSON.stringify({ query: LOOKUP, variables: { ids } }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = (await response.json()) as { data?: { persons: ({ idNumber: string; registration: { divisionCode: string | null } | null } | null)[] } };
      if (!body.data) throw new Error(`the population register could not be asked for divisions (HTTP ${response.status})`);
      body.data.persons.forEach((person, i) => answer.set(ids[i]!, person?.registration?.divisionCode ?? null));
    }
    return answer;
  };
}
