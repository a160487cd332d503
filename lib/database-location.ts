/**
 * Where one database lives: a department's existing MySQL/MariaDB, or an embedded SQLite file.
 * `timeoutMs` bounds every statement, lock wait and connection attempt (HUB_DB_TIMEOUT_MS);
 * `mappingFile` says how a department's tables differ from the documented layout (HUB_DB_<DEPT>_MAPPING).
 */
export type DatabaseLocation =
  | { kind: 'mysql'; url: string; timeoutMs?: number; mappingFile?: string }
  | { kind: 'sqlite'; file: string; timeoutMs?: number; mappingFile?: string };

/** The two SQL dialects the hub reads and writes. */
export type Dialect = DatabaseLocation['kind'];
