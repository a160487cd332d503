/**
 * The audit log's hash chain. Each record stores the hash of the previous one, and its own hash is
 * an HMAC (key derived from HUB_AUDIT_KEY) over that and its content: someone who can write to the
 * store but does not hold the key cannot re-forge the chain after an edit. Persons are recorded as
 * keyed hashes of the normalised ID number, so the log answers "who looked at this person" without
 * holding ID numbers.
 */
import { createHash, createHmac } from 'node:crypto';
import { normaliseIdNumber } from '../lib/id-number.js';

export const AUDIT_OUTCOMES = ['ok', 'refused', 'error'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditEntry {
  /** ISO 8601 instant. */
  at: string;
  user: string;
  role: string;
  scope: string;
  /** For a hub service: the user it acted for. */
  actor: string | null;
  /** Client address, kept for anonymous (public) requests, which have no user. */
  client: string | null;
  operationName: string | null;
  /** sha256 of the operation document as executed. */
  documentHash: string | null;
  /**
   * Keyed hashes of the persons' ID numbers, sorted, each once. Stored in the record itself (the
   * chain covers them through their digest); the per-person index for "who looked at this person"
   * is derived from them in batches (audit/person-index.ts).
   */
  persons: string[];
  rowCount: number;
  outcome: AuditOutcome;
  code: string | null;
}

export interface AuditRecord extends AuditEntry {
  seq: number;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditKeys {
  chain: Buffer;
  persons: Buffer;
}

/** Two keys from one secret, so a person hash can never be confused with a chain hash. */
export function auditKeys(secret: Uint8Array): AuditKeys {
  const derive = (purpose: string) => createHmac('sha256', Buffer.from(secret)).update(`huimin-hub audit ${purpose}`).digest();
  return { chain: derive('chain'), persons: derive('persons') };
}

/** 128 bits of the HMAC: ample to tell persons apart, and half the storage of the full 256. */
export function personHash(keys: AuditKeys, idNumber: string): string {
  return normalisedPersonHash(keys, normaliseIdNumber(idNumber));
}

/** personHash of an ID number already normalised (the recorder normalises each once, to validate it). */
export function normalisedPersonHash(keys: AuditKeys, normalised: string): string {
  // Hex of the first 16 bytes made as a string of its own, not as a slice of the full hex: it
  // sorts and compares several times faster (the store sorts thousands per record).
  return createHmac('sha256', keys.persons).update(normalised).digest().toString('hex', 0, 16);
}

export function personsDigest(persons: readonly string[]): string {
  return createHash('sha256').update(persons.join(',')).digest('hex');
}

/** The content as one unambiguous string: a JSON array in a fixed order (seq is the position, not content). */
function canonical(entry: AuditEntry, digest: string): string {
  return JSON.stringify([
    entry.at,
    entry.user,
    entry.role,
    entry.scope,
    entry.actor,
    entry.client,
    entry.operationName,
    entry.documentHash,
    entry.persons.length,
    digest,
    entry.rowCount,
    entry.outcome,
    entry.code,
  ]);
}

/** `digest` is personsDigest(entry.persons), when the caller has it already. */
export function recordHash(keys: AuditKeys, prevHash: string, entry: AuditEntry, digest = personsDigest(entry.persons)): string {
  return createHmac('sha256', keys.chain).update(prevHash).update('\n').update(canonical(entry, digest)).digest('hex');
}

export type ChainProblem = 'edited' | 'deleted' | 'reordered';

export interface ChainVerification {
  ok: boolean;
  records: number;
  lastSeq: number;
  /** The first record (by sequence number) at which the chain breaks. */
  failure?: { seq: number; problem: ChainProblem; message: string };
}

export interface ChainSource {
  /** Records with seq > afterSeq in seq order, at most `limit`. */
  records(afterSeq: number, limit: number): Promise<AuditRecord[]>;
  /** The seq of the record whose hash is this, if any. */
  seqOfHash(hash: string): Promise<number | null>;
  /** The last seq and hash the store wrote, kept apart from the records to detect a cut-off tail. */
  head(): Promise<{ lastSeq: number; lastHash: string }>;
  /**
   * The first of these records (in seq order), among those the persons' index has reached, that
   * the index does not list under every person it names; null when there is none. "Who looked at
   * this person" answers from the index, so a person taken out of it would hide a look.
   */
  firstMissingFromIndex?(records: readonly AuditRecord[]): Promise<number | null>;
}

// Records per read: one screening request names thousands of persons, so a page is kept modest.
const PAGE = 500;

/** Walks the whole chain in pages; stops at the first broken record and says how it broke. */
export async function verifyChain(source: ChainSource, keys: AuditKeys): Promise<ChainVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  const fail = (seq: number, problem: ChainProblem, message: string): ChainVerification => ({
    ok: false,
    records: count,
    lastSeq: expectedSeq - 1,
    failure: { seq, problem, message },
  });
  for (;;) {
    const page = await source.records(expectedSeq - 1, PAGE);
    const missing = source.firstMissingFromIndex ? await source.firstMissingFromIndex(page) : null;
    for (const record of page) {
      if (recordHash(keys, record.prevHash, record) !== record.hash) {
        return fail(record.seq, 'edited', `record ${record.seq} was edited: its content no longer matches its hash`);
      }
      if (record.seq > expectedSeq) {
        const gap = record.seq - 1 > expectedSeq ? `records ${expectedSeq}-${record.seq - 1} were` : `record ${expectedSeq} was`;
        return fail(expectedSeq, 'deleted', `${gap} deleted: the sequence jumps from ${expectedSeq - 1} to ${record.seq}`);
      }
      if (record.prevHash !== prevHash) {
        const original = await source.seqOfHash(record.prevHash);
        if (original !== null) {
          return fail(record.seq, 'reordered', `record ${record.seq} is out of order: it was written after the record now numbered ${original}, not after record ${record.seq - 1}`);
        }
        return fail(record.seq, 'deleted', `record ${record.seq} does not follow record ${record.seq - 1}: the record written before it was removed and the rest renumbered`);
      }
      if (record.seq === missing) {
        return fail(record.seq, 'edited', `the persons' index was edited at record ${record.seq}: it no longer lists every person the record names`);
      }
      prevHash = record.hash;
      expectedSeq = record.seq + 1;
      count++;
    }
    if (page.length < PAGE) break;
  }
  const head = await source.head();
  if (head.lastSeq > expectedSeq - 1) {
    const gap = head.lastSeq > expectedSeq ? `records ${expectedSeq}-${head.lastSeq} were` : `record ${expectedSeq} was`;
    return fail(expectedSeq, 'deleted', `${gap} deleted from the end of the log (the store last wrote record ${head.lastSeq})`);
  }
  if (head.lastSeq === expectedSeq - 1 && head.lastSeq > 0 && head.lastHash !== prevHash) {
    return fail(head.lastSeq, 'edited', `record ${head.lastSeq} differs from the record the store last wrote`);
  }
  return { ok: true, records: count, lastSeq: expectedSeq - 1 };
}
