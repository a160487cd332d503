/**
 * Write transactions on the hub store. SQLite gives a process one connection, on which TypeORM
 * nests a second concurrent transaction as a savepoint of the first, so one's rollback would undo
 * the other's work: there they run one at a time. MariaDB gives each its own connection.
 *
 * On SQLite a transaction takes the write lock before it reads anything (WRITE_LOCK_SQL): the file
 * is shared with the gateway's audit log and with other processes, and a transaction that read
 * first and then wrote after another connection committed fails at once with "database is locked"
 * (SQLITE_BUSY_SNAPSHOT: the busy timeout cannot help it), where one that locks first waits.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { Dialect } from '../lib/database-location.js';

/** A write that changes nothing: SQLite takes the write lock (waiting out the busy timeout) for it. */
export const WRITE_LOCK_SQL = 'DELETE FROM hub_store_write_lock WHERE 0';

/** The table WRITE_LOCK_SQL names, made with every SQLite store. */
export const WRITE_LOCK_TABLE_DDL = 'CREATE TABLE IF NOT EXISTS hub_store_write_lock (id INTEGER PRIMARY KEY)';

export class StoreTransactions {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: Dialect,
  ) {}

  /** `readCommitted`: on MariaDB, every read sees what others committed while this one waited for a lock. */
  run<T>(work: (manager: EntityManager) => Promise<T>, options: { readCommitted?: boolean } = {}): Promise<T> {
    if (this.dialect === 'mysql') return options.readCommitted ? this.dataSource.transaction('READ COMMITTED', work) : this.dataSource.transaction(work);
    const result = this.tail.then(() =>
      this.dataSource.transaction(async (manager) => {
        await manager.query(WRITE_LOCK_SQL);
        return work(manager);
      }),
    );
    this.tail = result.catch(() => undefined);
    return result;
  }
}
