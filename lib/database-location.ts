/**
 * Where one database lives: a department's existing MySQL/MariaDB, or an embedded SQLite file.
 * `timeoutMs` bounds every statement, lock wait and connection attempt (HUB_DB_TIMEOUT_MS).
 */
export type DatabaseLocation =
  | { kind: 'mysql'; url: string; timeoutMs?: number }
  | { kind: 'sqlite'; file: string; timeoutMs?: number };

/** The two SQL dialects the hub reads and writes. */
export type Dialect = DatabaseLocation['kind'];
