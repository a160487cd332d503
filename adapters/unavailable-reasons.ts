/**
 * Why a department's database could not answer, as a short reason code a client can branch on
 * (`extensions.reason` beside DEPARTMENT_UNAVAILABLE) and words an operator can act on. Driver
 * errors are classified here by number and state, never shown: their messages can quote SQL and
 * its parameters (ID numbers), and their names can mislead. mysql2 names errors by MySQL's
 * numbering, so MariaDB's 4151 "Access denied, this account is locked" arrives named
 * ER_BULK_PARSER_INCOMPLETE_ESCAPE_SEQUENCE.
 */
export const UNAVAILABLE_REASONS = {
  TIMEOUT: 'did not answer within the configured time (HUB_DB_TIMEOUT_MS): a lock, a slow query or a host that does not respond',
  ACCOUNT_LOCKED: "the hub's database account is locked",
  ACCESS_DENIED: "the hub's database account or password was refused",
  DATABASE_NOT_FOUND: 'the database named in the connection URL does not exist',
  CONNECTION_REFUSED: 'nothing accepts connections at the database address',
  HOST_NOT_FOUND: 'the database host name does not resolve',
  HOST_UNREACHABLE: 'the database host cannot be reached over the network',
  CONNECTION_LOST: 'the connection to the database was lost',
  TOO_MANY_CONNECTIONS: 'the database refuses further connections just now',
  QUERY_FAILED: 'the database refused the query',
} as const;

export type UnavailableReason = keyof typeof UNAVAILABLE_REASONS;

interface DriverError {
  code?: unknown;
  errno?: unknown;
  sqlState?: unknown;
  driverError?: unknown;
  name?: unknown;
}

const BY_ERRNO: Record<number, UnavailableReason> = {
  // MariaDB ER_ACCOUNT_LOCKED / MySQL ER_ACCOUNT_HAS_BEEN_LOCKED.
  4151: 'ACCOUNT_LOCKED',
  3118: 'ACCOUNT_LOCKED',
  1045: 'ACCESS_DENIED',
  1044: 'ACCESS_DENIED',
  1142: 'ACCESS_DENIED',
  1698: 'ACCESS_DENIED',
  1862: 'ACCESS_DENIED',
  1049: 'DATABASE_NOT_FOUND',
  1040: 'TOO_MANY_CONNECTIONS',
  1203: 'TOO_MANY_CONNECTIONS',
  1226: 'TOO_MANY_CONNECTIONS',
  // Lock wait (row or metadata), MariaDB max_statement_time, MySQL max_execution_time.
  1205: 'TIMEOUT',
  1969: 'TIMEOUT',
  3024: 'TIMEOUT',
  2013: 'CONNECTION_LOST',
  2006: 'CONNECTION_LOST',
};

const BY_CODE: Record<string, UnavailableReason> = {
  ETIMEDOUT: 'TIMEOUT',
  PROTOCOL_SEQUENCE_TIMEOUT: 'TIMEOUT',
  ECONNREFUSED: 'CONNECTION_REFUSED',
  ENOTFOUND: 'HOST_NOT_FOUND',
  EAI_AGAIN: 'HOST_NOT_FOUND',
  EHOSTUNREACH: 'HOST_UNREACHABLE',
  ENETUNREACH: 'HOST_UNREACHABLE',
  ECONNRESET: 'CONNECTION_LOST',
  EPIPE: 'CONNECTION_LOST',
  PROTOCOL_CONNECTION_LOST: 'CONNECTION_LOST',
  // better-sqlite3: a writer held the file longer than the busy timeout; the file is missing or unreadable.
  SQLITE_BUSY: 'TIMEOUT',
  SQLITE_LOCKED: 'TIMEOUT',
  SQLITE_CANTOPEN: 'DATABASE_NOT_FOUND',
  SQLITE_NOTADB: 'DATABASE_NOT_FOUND',
  SQLITE_PERM: 'ACCESS_DENIED',
  SQLITE_READONLY: 'ACCESS_DENIED',
};

/** The reason of a driver (or TypeORM-wrapped driver) error; QUERY_FAILED when nothing more is known. */
export function unavailableReason(cause: unknown): UnavailableReason {
  const error = (cause ?? {}) as DriverError;
  const inner = (error.driverError ?? error) as DriverError;
  for (const candidate of [inner, error]) {
    if (typeof candidate.errno === 'number' && Object.hasOwn(BY_ERRNO, candidate.errno)) return BY_ERRNO[candidate.errno]!;
    if (typeof candidate.code === 'string') {
      if (Object.hasOwn(BY_CODE, candidate.code)) return BY_CODE[candidate.code]!;
      if (candidate.code.startsWith('SQLITE_BUSY')) return 'TIMEOUT';
      if (candidate.code.startsWith('SQLITE_CANTOPEN')) return 'DATABASE_NOT_FOUND';
    }
  }
  if (error instanceof DatabaseTimeout) return 'TIMEOUT';
  return 'QUERY_FAILED';
}

/** Reasons that mean the database itself cannot be reached: later requests fail fast for a moment instead of waiting again. */
export const CONNECTION_REASONS: ReadonlySet<UnavailableReason> = new Set([
  'ACCOUNT_LOCKED',
  'ACCESS_DENIED',
  'DATABASE_NOT_FOUND',
  'CONNECTION_REFUSED',
  'HOST_NOT_FOUND',
  'HOST_UNREACHABLE',
]);

/** The hub's own bound on a piece of department work ran out before the driver gave up. */
export class DatabaseTimeout extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'DatabaseTimeout';
  }
}
