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

/** Every valid ID number in a JSON value (strings only; masked ones are not valid and not counted). */
export function idNumbersIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  let budget = MAX_WALK;
  const walk = (v: unknown): void => {
    if (--budget < 0 || v == null) return;
    if (typeof v === 'string') {
      if (v.length >= 18 && v.length <= 40) {
        const id = normaliseIdNumber(v);
        if (isValidIdNumber(id)) into.add(id);
      }
      return;
    }
    if (Array.isArray(v)) {
      for (const item of v) walk(item);
      return;
    }
    if (typeof v === 'object') for (const inner of Object.values(v as Record<string, unknown>)) walk(inner);
  };
  walk(value);
  return into;
}

export function idNumbersInDocument(document: DocumentNode | undefined, into: Set<string> = new Set()): Set<string> {
  if (!document) return into;
  visit(document, {
    [Kind.STRING](node) {
      idNumbersIn(node.value, into);
    },
  });
  return into;
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

export class AuditRecorder {
  private recentHashes = new Map<string, string>();
  private olderHashes = new Map<string, string>();

  constructor(
    readonly store: AuditStore,
    private readonly keys: AuditKeys,
  ) {}

  /** `id` is already normalised and valid (idNumbersIn). */
  private hashOf(id: string): string {
    let hash = this.recentHashes.get(id);
    if (hash !== undefined) return hash;
    hash = this.olderHashes.get(id) ?? normalisedPersonHash(this.keys, id);
    // Generations rather than evicting one by one: a full generation is dropped whole, in O(1).
    if (this.recentHashes.size >= HASH_CACHE_GENERATION) {
      this.olderHashes = this.recentHashes;
      this.recentHashes = new Map();
    }
    this.recentHashes.set(id, hash);
    return hash;
  }

  entry(input: AuditInput): AuditEntry {
    const ids = idNumbersIn(input.variables);
    idNumbersInDocument(input.document, ids);
    idNumbersIn(input.data, ids);
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
      persons: [...ids].map((id) => this.hashOf(id)),
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
