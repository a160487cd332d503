import { DataSource, type Logger, type QueryRunner } from 'typeorm';
import { GraphQLError } from 'graphql';
import mysql2 from 'mysql2';
import { DEPARTMENT_INFO, type Department } from '../lib/departments.js';
import type { DatabaseLocation, Dialect } from '../lib/database-location.js';
import { ErrorCode, hubError } from '../lib/errors.js';
import { layoutOf, registerLayout, type DepartmentLayout } from './mapping/layout.js';
import { sessionTimeoutSql } from './sql-dialect.js';
import { CONNECTION_REASONS, DatabaseTimeout, UNAVAILABLE_REASONS, unavailableReason, type UnavailableReason } from './unavailable-reasons.js';

/** HUB_DB_TIMEOUT_MS when a location does not say: a few seconds, not MariaDB's day-long lock wait. */
export const DEFAULT_DB_TIMEOUT_MS = 5000;

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

interface PooledConnection {
  query(sql: string, callback: (error: unknown) => void): void;
  _handshakePacket?: { serverVersion?: string } | null;
  _isMariaDB?: boolean;
}

/**
 * mysql2 as TypeORM loads it, except that every pooled connection first sets the session timeouts,
 * before any statement of the adapters can run on it (the pool announces a connection before
 * handing it out, and a connection runs its statements in order).
 */
function mysqlDriverWithTimeouts(timeoutMs: number): typeof mysql2 {
  return {
    ...mysql2,
    createPool(options: Parameters<typeof mysql2.createPool>[0]) {
      const pool = mysql2.createPool(options as never);
      pool.on('connection', (connection: unknown) => {
        const pooled = connection as PooledConnection;
        const version = pooled._handshakePacket?.serverVersion ?? (pooled._isMariaDB ? 'MariaDB' : '');
        // A server that refuses a setting still runs the query under the client-side timeout.
        pooled.query(sessionTimeoutSql(version, timeoutMs), () => {});
      });
      return pool;
    },
  } as typeof mysql2;
}

/** `work`, or DatabaseTimeout when it takes longer than `ms` (the work itself is left to end on its own). */
async function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new DatabaseTimeout(ms)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether an error means the database cannot be reached at all (rather than one statement failing). */
function isConnectionFailure(cause: unknown, reason: UnavailableReason): boolean {
  const syscall = (cause as { syscall?: unknown; driverError?: { syscall?: unknown } })?.driverError?.syscall ?? (cause as { syscall?: unknown })?.syscall;
  return CONNECTION_REASONS.has(reason) || (reason === 'TIMEOUT' && syscall === 'connect');
}

/**
 * One department's existing database, opened read-only and lazily: a department that is down
 * at start-up must not stop the hub, and is retried on the next request.
 *
 * Every wait is bounded by the location's `timeoutMs` (HUB_DB_TIMEOUT_MS): connecting, each
 * statement, each lock wait (MariaDB/MySQL session settings, SQLite's busy timeout). A database
 * that cannot be reached is not tried again for that long, so an unreachable host costs one
 * connection attempt per interval rather than one per request; the next request after it tries again.
 */
export class DepartmentDatabase {
  readonly dialect: Dialect;
  readonly timeoutMs: number;
  /** The tables as stored: documented, or renamed by the department's mapping file (throws MappingError). */
  readonly layout: DepartmentLayout;
  private readonly counter = new StatementCounter();
  private connecting: Promise<DataSource> | null = null;
  private down: { until: number; reason: UnavailableReason } | null = null;

  constructor(
    readonly department: Department,
    readonly location: DatabaseLocation,
  ) {
    this.dialect = location.kind;
    this.timeoutMs = location.timeoutMs ?? DEFAULT_DB_TIMEOUT_MS;
    this.layout = layoutOf(department, location);
  }

  get statementCount(): number {
    return this.counter.count;
  }

  /** Runs `work` against the department's database; any failure becomes a GraphQL error naming the department. */
  async run<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
    if (this.down && Date.now() < this.down.until) throw this.unavailable(this.down.reason);
    let dataSource: DataSource;
    try {
      // The driver's own connect timeout is the bound; this one catches a server that greets and then stalls.
      dataSource = await within(this.open(), this.timeoutMs * 2 + 1000);
    } catch (cause) {
      const reason = unavailableReason(cause);
      this.markDown(reason);
      throw this.unavailable(reason);
    }
    try {
      const result = await work(dataSource);
      this.down = null;
      return result;
    } catch (cause) {
      if (cause instanceof GraphQLError) throw cause;
      const reason = unavailableReason(cause);
      if (isConnectionFailure(cause, reason)) this.markDown(reason);
      throw this.unavailable(reason);
    }
  }

  /**
   * For `/health`: reads one row of each of the department's tables under the same bound as every
   * query, so a locked table or a stalled server shows as unhealthy, not only a refused connection.
   */
  async probe(): Promise<{ ok: boolean; department: Department; reason?: UnavailableReason; message?: string }> {
    const tables = this.layout.all().map((table) => table.quoted(this.dialect));
    try {
      await this.run((ds) => Promise.all([ds.query('SELECT 1'), ...tables.map((name) => ds.query(`SELECT 1 FROM ${name} LIMIT 1`))]));
      return { ok: true, department: this.department };
    } catch (error) {
      const reason = error instanceof GraphQLError ? (error.extensions.reason as UnavailableReason) : unavailableReason(error);
      return { ok: false, department: this.department, reason, message: UNAVAILABLE_REASONS[reason] };
    }
  }

  async close(): Promise<void> {
    const pending = this.connecting;
    this.connecting = null;
    if (!pending) return;
    const dataSource = await pending.catch(() => null);
    if (dataSource?.isInitialized) await dataSource.destroy();
  }

  private markDown(reason: UnavailableReason): void {
    this.down = { until: Date.now() + this.timeoutMs, reason };
  }

  private open(): Promise<DataSource> {
    if (!this.connecting) {
      const dataSource = new DataSource(this.options());
      registerLayout(dataSource, this.layout);
      const connecting = dataSource.initialize().catch((error) => {
        if (this.connecting === connecting) this.connecting = null;
        throw error;
      });
      this.connecting = connecting;
    }
    return this.connecting;
  }

  private options(): ConstructorParameters<typeof DataSource>[0] {
    const entities = this.layout.entities();
    const common = { entities, synchronize: false, logging: ['query' as const], logger: this.counter };
    if (this.location.kind === 'sqlite') {
      // A writer holding the file (an import running) makes readers wait at most this long.
      return { ...common, type: 'better-sqlite3', database: this.location.file, readonly: true, fileMustExist: true, timeout: this.timeoutMs };
    }
    return {
      ...common,
      type: 'mysql',
      connectorPackage: 'mysql2',
      driver: mysqlDriverWithTimeouts(this.timeoutMs),
      url: this.location.url,
      // DATETIME arrives as text so no ORM guesses its zone; DECIMAL arrives as text so it stays exact.
      dateStrings: true,
      supportBigNumbers: true,
      bigNumberStrings: true,
      charset: 'utf8mb4',
      connectTimeout: this.timeoutMs,
      // The server ends a statement at timeoutMs; this client-side bound covers a server that stops answering.
      enableQueryTimeout: true,
      maxQueryExecutionTime: this.timeoutMs + 1000,
      extra: { connectionLimit: 8, decimalNumbers: false },
    };
  }

  private unavailable(reason: UnavailableReason): GraphQLError {
    const info = DEPARTMENT_INFO[this.department];
    // Driver messages can quote SQL and its parameters (ID numbers): only the classified reason leaves here.
    return hubError(ErrorCode.DEPARTMENT_UNAVAILABLE, `The ${info.nameEn} (${info.nameZh}) database could not be read: ${reason}, ${UNAVAILABLE_REASONS[reason]}`, {
      department: this.department,
      reason,
    });
  }
}
