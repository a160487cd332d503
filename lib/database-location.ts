/** Where one database lives: a department's existing MySQL/MariaDB, or an embedded SQLite file. */
export type DatabaseLocation =
  | { kind: 'mysql'; url: string }
  | { kind: 'sqlite'; file: string };

/** The two SQL dialects the hub reads and writes. */
export type Dialect = DatabaseLocation['kind'];
