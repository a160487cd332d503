import { DataSource, type Logger, type QueryRunner } from 'typeorm';
import { GraphQLError } from 'graphql';
import { DEPARTMENT_INFO, type Department } from '../lib/departments.js';
import type { DatabaseLocation, Dialect } from '../lib/database-location.js';
import { ErrorCode, hubError } from '../lib/errors.js';
import { tablesOf } from './legacy-tables.js';

/** Counts every statement an adapter sends, so tests and benchmarks can prove batching. */
class StatementCounter implements Logger {
  count = 0;
  logQuery(_query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.count++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/**
 * One department's existing database, opened read-only and lazily: a department that is down
 * at start-up must not stop the hub, and is retried on the next request.
 */
export class DepartmentDatabase {
  readonly dialect: Dialect;
  private readonly counter = new StatementCounter();
  private connecting: Promise<DataSource> | null = null;

  constructor(
    readonly department: Department,
    readonly location: DatabaseLocation,
  ) {
    this.dialect = location.kind;
  }

  get statementCount(): number {
    return this.counter.count;
  }

  /** Runs `work` against the department's database; any failure becomes a GraphQL error naming the department. */
  async run<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
    let dataSource: DataSource;
    try {
      dataSource = await this.open();
    } catch (cause) {
      throw this.unavailable(cause);
    }
    try {
      return await work(dataSource);
    } catch (cause) {
      if (cause instanceof GraphQLError) throw cause;
      throw this.unavailable(cause);
    }
  }

  async close(): Promise<void> {
    const pending = this.connecting;
    this.connecting = null;
    if (!pending) return;
    const dataSource = await pending.catch(() => null);
    if (dataSource?.isInitialized) await dataSource.destroy();
  }

  private open(): Promise<DataSource> {
    if (!this.connecting) {
      const dataSource = new DataSource(this.options());
      this.connecting = dataSource.initialize().catch((error) => {
        this.connecting = null;
        throw error;
      });
    }
    return this.connecting;
  }

  private options(): ConstructorParameters<typeof DataSource>[0] {
    const entities = tablesOf(this.department).map((table) => table.entity);
    const common = { entities, synchronize: false, logging: ['query' as const], logger: this.counter };
    if (this.location.kind === 'sqlite') {
      return { ...common, type: 'better-sqlite3', database: this.location.file, readonly: true, fileMustExist: true };
    }
    return {
      ...common,
      type: 'mysql',
      url: this.location.url,
      // DATETIME arrives as text so no ORM guesses its zone; DECIMAL arrives as text so it stays exact.
      dateStrings: true,
      supportBigNumbers: true,
      bigNumberStrings: true,
      charset: 'utf8mb4',
      connectTimeout: 5000,
      extra: { connectionLimit: 8, decimalNumbers: false },
    };
  }

  private unavailable(cause: unknown): GraphQLError {
    const info = DEPARTMENT_INFO[this.department];
    // Driver messages can quote SQL and its parameters (ID numbers): only the error code leaves here.
    const code = (cause as { code?: unknown })?.code;
    const reason = typeof code === 'string' ? code : cause instanceof Error ? cause.name : 'unknown error';
    return hubError(ErrorCode.DEPARTMENT_UNAVAILABLE, `The ${info.nameEn} (${info.nameZh}) database could not be read: ${reason}`, {
      department: this.department,
    });
  }
}
