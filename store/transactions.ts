/**
 * Write transactions on the hub store. SQLite gives a process one connection, on which TypeORM
 * nests a second concurrent transaction as a savepoint of the first, so one's rollback would undo
 * the other's work: there they run one at a time. MariaDB gives each its own connection.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { Dialect } from '../lib/database-location.js';

export class StoreTransactions {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: Dialect,
  ) {}

  /** `readCommitted`: on MariaDB, every read sees what others committed while this one waited for a lock. */
  run<T>(work: (manager: EntityManager) => Promise<T>, options: { readCommitted?: boolean } = {}): Promise<T> {
    if (this.dialect === 'mysql') return options.readCommitted ? this.dataSource.transaction('READ COMMITTED', work) : this.dataSource.transaction(work);
    const result = this.tail.then(() => this.dataSource.transaction(work));
    this.tail = result.catch(() => undefined);
    return result;
  }
}
