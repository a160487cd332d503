/**
 * Turns one gateway request into one audit record: who, with what scope, which operation, which
 * persons (keyed hashes of every valid ID number in the arguments, the variables and the response),
 * how many rows, and how it ended.
 */
import { Kind, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from '../lib/errors.js';
import { isValidIdNumber, normaliseIdNumber } from '../lib/id-number.js';
import { describeScope, type Identity } from '../access/identity.js';
import { normalisedPersonHash, personHash, type AuditEntry, type AuditKeys, type AuditOutcome, type AuditRecord } from './chain.js';
import type { AuditStore } from './store.js';

/** Codes that mean "not allowed" rather than "went wrong". */
const REFUSAL_CODES: ErrorCode[] = [
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.RATE_LIMITED,
  ErrorCode.PAYLOAD_TOO_LARGE,
  ErrorCode.PERSISTED_QUERY_REQUIRED,
  ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ErrorCode.INTROSPECTION_DISABLED,
  ErrorCode.QUERY_TOO_DEEP,
  ErrorCode.TOO_MANY_ALIASES,
  ErrorCode.TOO_MANY_TOKENS,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.METHOD_NOT_ALLOWED,
  ErrorCode.BATCH_NOT_SUPPORTED,
];
const REFUSALS: ReadonlySet<string> = new Set(REFUSAL_CODES);

export function outcomeOf(codes: (string | undefined)[]): { outcome: AuditOutcome; code: string | null } {
  if (codes.length === 0) return { outcome: 'ok', code: null };
  const refusal = codes.find((c) => c !== undefined && REFUSALS.has(c));
  if (refusal) return { outcome: 'refused', code: refusal };
  return { outcome: 'error', code: codes.find((c) => c !== undefined) ?? ErrorCode.INTERNAL_SERVER_ERROR };
}

const MAX_WALK = 200_000;

/** The normalised ID number a string holds when it is a valid one, else null (masked ones are not valid). */
export function validIdNumberOf(text: string): string | null {
  if (text.length < 18 || text.length > 40) return null;
  const id = normaliseIdNumber(text);
  return isValidIdNumber(id) ? id : null;
}

/**
 * Whether a string of 18 to 40 characters may hold a valid ID number: 18 characters once trimmed.
 * A string whose first and last characters are printable ASCII (never white space) trims to
 * itself, so at any other length it cannot; a bank account number of 19 digits is one of those,
 * and is passed over without a lookup (a cross-check sends thousands of them).
 */
function mayHoldIdNumber(text: string): boolean {
  if (text.length === 18) return true;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first <= 32 || first >= 127 || last <= 32 || last >= 127;
}

/** Calls `found` with every string of a JSON value that may hold an ID number, within MAX_WALK values. */
function eachCandidate(value: unknown, found: (text: string) => void): void {
  let budget = MAX_WALK;
  const walk = (v: unknown): void => {
    if (--budget < 0 || v == null) return;
    if (typeof v === 'string') {
      if (v.length >= 18 && v.length <= 40 && mayHoldIdNumber(v)) found(v);
      return;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i]);
      return;
    }
    if (typeof v === 'object') for (const key in v as Record<string, unknown>) walk((v as Record<string, unknown>)[key]);
  };
  walk(value);
}

/** Every valid ID number in a JSON value (strings only; masked ones are not valid and not counted). */
export function idNumbersIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  eachCandidate(value, (text) => {
    const id = validIdNumberOf(text);
    if (id !== null) into.add(id);
  });
  return into;
}

/** The document's string literals that may hold an ID number (an argument written inline). */
function documentStrings(document: DocumentNode): string[] {
  const strings: string[] = [];
  visit(document, {
    [Kind.STRING](node) {
      if (node.value.length >= 18 && node.value.length <= 40) strings.push(node.value);
    },
  });
  return strings;
}

/** Rows: the items each root field returned (a list's length, a connection's edges, else one object). */
export function rowCountOf(data: Record<string, unknown> | null | undefined): number {
  if (!data) return 0;
  let rows = 0;
  for (const value of Object.values(data)) {
    if (value == null) continue;
    if (Array.isArray(value)) rows += value.length;
    else if (typeof value === 'object') {
      const page = value as Record<string, unknown>;
      const list = [page.edges, page.nodes, page.lines, page.records, page.idNumbers].find(Array.isArray) as unknown[] | undefined;
      rows += list ? list.length : 1;
    } else rows += 1;
  }
  return rows;
}

export interface AuditInput {
  identity: Identity;
  client: string | null;
  operationName: string | null;
  documentHash: string | null;
  document?: DocumentNode;
  variables?: unknown;
  data?: Record<string, unknown> | null;
  errorCodes?: (string | undefined)[];
  at?: Date;
}

/**
 * Person hashes kept in memory, two generations of this many: a cross-check asks every department
 * about the same chunk of persons within moments, and a hit costs a fifth of the HMAC. Larger maps
 * make every miss dearer than the HMAC it would save.
 */
const HASH_CACHE_GENERATION = 20_000;

/** What the recorder knows of a string of a request or response. */
interface Known {
  /** Its person's hash, or null when it is no valid ID number. */
  readonly hash: string | null;
  /** The last request that listed this person under this text: a person is listed once per request without a set per request. */
  request: number;
}

export class AuditRecorder {
  /**
   * Keyed by the text as it came (a cross-check sends each person's ID number in the same form to
   * every department): a hit skips normalising and validating as well as the HMAC.
   */
  private recent = new Map<string, Known>();
  private older = new Map<string, Known>();
  private requests = 0;

  constructor(
    readonly store: AuditStore,
    private readonly keys: AuditKeys,
  ) {}

  /** What `text` holds: the hash of the person whose ID number it is, or null. */
  private known(text: string): Known {
    let known = this.recent.get(text);
    if (known !== undefined) return known;
    known = this.older.get(text);
    if (known === undefined) {
      const id = validIdNumberOf(text);
      known = { hash: id === null ? null : normalisedPersonHash(this.keys, id), request: 0 };
    }
    // Generations rather than evicting one by one: a full generation is dropped whole, in O(1).
    if (this.recent.size >= HASH_CACHE_GENERATION) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(text, known);
    return known;
  }

  entry(input: AuditInput): AuditEntry {
    const request = ++this.requests;
    // Each person once (the same person written two ways, which is rare, is made one by the store).
    const persons: string[] = [];
    const add = (text: string) => {
      const known = this.known(text);
      if (known.hash !== null && known.request !== request) {
        known.request = request;
        persons.push(known.hash);
      }
    };
    eachCandidate(input.variables, add);
    if (input.document) for (const text of documentStrings(input.document)) add(text);
    eachCandidate(input.data, add);
    const { outcome, code } = outcomeOf(input.errorCodes ?? []);
    const identity = input.identity;
    return {
      at: (input.at ?? new Date()).toISOString(),
      user: identity.sub,
      role: identity.role,
      scope: describeScope(identity),
      actor: identity.actor?.sub ?? null,
      // Users are named by their token; only anonymous requests are told apart by address.
      client: identity.role === 'public' ? input.client : null,
      operationName: input.operationName,
      documentHash: input.documentHash,
      persons,
      rowCount: outcome === 'refused' && !input.data ? 0 : rowCountOf(input.data),
      outcome,
      code,
    };
  }

  /** Resolves once the record is committed: the caller may answer then, not before. */
  async record(input: AuditInput): Promise<AuditRecord> {
    return this.store.append(this.entry(input));
  }

  personHash(idNumber: string): string {
    return personHash(this.keys, idNumber);
  }
}
