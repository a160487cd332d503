/**
 * The audit log over GraphQL, for auditors, served by the gateway itself at /audit/graphql (not a
 * federated subgraph: the log belongs to the gateway that writes it, and no subgraph should be
 * able to read who looked at whom). Read-only; every query of it is itself recorded.
 */
import { buildSchema, type GraphQLError, type GraphQLSchema } from 'graphql';
import { isValidIdNumber, normaliseIdNumber } from '../lib/id-number.js';
import { badUserInput, ErrorCode, hubError } from '../lib/errors.js';
import { verifyChain, type AuditKeys, type AuditRecord } from './chain.js';
import type { AuditQuery, AuditStore } from './store.js';

export const AUDIT_SDL = /* GraphQL */ `
  type Query {
    "Audit records, newest first; page with \`before\` (the seq of the last record of the previous page)."
    auditRecords(filter: AuditFilter, first: Int = 100, before: Int): AuditRecordPage!
    """
    Every record that touched the person with this ID number, newest first. The ID number is hashed
    with the audit key here; the log itself holds no ID numbers.
    """
    whoLookedAt(idNumber: String!, first: Int = 100, before: Int): AuditRecordPage!
    "Walks the whole hash chain and reports the first edited, deleted or reordered record."
    auditChain: AuditChainStatus!
  }

  input AuditFilter {
    user: String
    role: String
    outcome: AuditOutcome
    operationName: String
    "From this instant or date (YYYY-MM-DD), inclusive."
    from: String
    "Up to this instant or date (YYYY-MM-DD), inclusive."
    to: String
  }

  enum AuditOutcome {
    OK
    REFUSED
    ERROR
  }

  "One request as the gateway recorded it."
  type AuditRecord {
    seq: Int!
    at: String!
    user: String!
    role: String!
    scope: String!
    "The user a hub service acted for."
    actor: String
    "Client address of an anonymous request."
    client: String
    operationName: String
    "sha256 of the operation document."
    documentHash: String
    "Keyed hashes of the persons' ID numbers."
    persons: [String!]!
    personCount: Int!
    rowCount: Int!
    outcome: AuditOutcome!
    code: String
    previousHash: String!
    hash: String!
  }

  type AuditRecordPage {
    records: [AuditRecord!]!
    "Pass as \`before\` for the next page; null on the last page."
    nextBefore: Int
  }

  type AuditChainStatus {
    ok: Boolean!
    records: Int!
    firstBadSeq: Int
    problem: String
    message: String
  }
`;

const MAX_PAGE = 1000;

function page(records: AuditRecord[], first: number) {
  const shown = records.slice(0, first);
  return {
    records: shown.map((r) => ({ ...r, outcome: r.outcome.toUpperCase(), personCount: r.persons.length, previousHash: r.prevHash })),
    nextBefore: records.length > first ? shown[shown.length - 1]!.seq : null,
  };
}

function firstArgument(first: number): number {
  if (first < 1 || first > MAX_PAGE) throw badUserInput('first', `must be between 1 and ${MAX_PAGE}`);
  return first;
}

export function createAuditSchema(store: AuditStore, keys: AuditKeys, personHash: (id: string) => string): GraphQLSchema {
  const schema = buildSchema(AUDIT_SDL);
  const fields = schema.getQueryType()!.getFields();
  fields.auditRecords!.resolve = async (_root, args: { filter?: Record<string, string>; first: number; before?: number }) => {
    const first = firstArgument(args.first);
    const filter = args.filter ?? {};
    const query: AuditQuery = {
      user: filter.user,
      role: filter.role,
      outcome: filter.outcome ? (filter.outcome.toLowerCase() as AuditQuery['outcome']) : undefined,
      operationName: filter.operationName,
      from: filter.from,
      to: filter.to,
      beforeSeq: args.before,
      limit: first + 1,
      newestFirst: true,
    };
    return page(await store.query(query), first);
  };
  fields.whoLookedAt!.resolve = async (_root, args: { idNumber: string; first: number; before?: number }) => {
    const first = firstArgument(args.first);
    const id = normaliseIdNumber(args.idNumber);
    if (!isValidIdNumber(id)) throw badUserInput('idNumber', 'is not a valid citizen ID number');
    return page(await store.query({ person: personHash(id), beforeSeq: args.before, limit: first + 1, newestFirst: true }), first);
  };
  fields.auditChain!.resolve = async () => {
    const result = await verifyChain(store, keys);
    return {
      ok: result.ok,
      records: result.records,
      firstBadSeq: result.failure?.seq ?? null,
      problem: result.failure?.problem ?? null,
      message: result.failure?.message ?? null,
    };
  };
  return schema;
}

export function forbiddenForNonAuditors(): GraphQLError {
  return hubError(ErrorCode.FORBIDDEN, 'Forbidden: only auditors read the audit log', { http: { status: 403 } });
}
