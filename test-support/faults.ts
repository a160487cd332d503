/**
 * Faults a department's database can have, made on demand for the fault suites: an account that
 * is locked, tables locked by another connection, and a host that accepts connections and never
 * says a word.
 */
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { testEnv } from './env.js';

/** `mysql://user@host:port/db` -> its parts, for building another account's URL on the same database. */
function parts(databaseUrl: string): { host: string; port: string; database: string } {
  const url = new URL(databaseUrl);
  return { host: url.hostname, port: url.port || '3306', database: url.pathname.slice(1) };
}

/**
 * An account with read access to `databaseUrl`'s database that MariaDB refuses because it is
 * locked (`ACCOUNT LOCK`); `url` connects as it.
 */
export async function lockedAccount(databaseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const { host, port, database } = parts(databaseUrl);
  const user = `hub_locked_${randomBytes(3).toString('hex')}`;
  const password = randomBytes(8).toString('hex');
  const admin = await mysql.createConnection({ uri: testEnv.mariaDbServerUrl });
  for (const from of ['%', 'localhost']) {
    await admin.query(`CREATE USER '${user}'@'${from}' IDENTIFIED BY '${password}' ACCOUNT LOCK`);
    await admin.query(`GRANT SELECT ON ${database}.* TO '${user}'@'${from}'`);
  }
  return {
    url: `mysql://${user}:${password}@${host}:${port}/${database}`,
    async drop() {
      for (const from of ['%', 'localhost']) await admin.query(`DROP USER IF EXISTS '${user}'@'${from}'`);
      await admin.end();
    },
  };
}

/** Holds `LOCK TABLES ... WRITE` on `tables` from a connection of its own until `release`. */
export async function lockTables(databaseUrl: string, tables: readonly string[]): Promise<{ release(): Promise<void> }> {
  const connection = await mysql.createConnection({ uri: databaseUrl });
  await connection.query(`LOCK TABLES ${tables.map((t) => `${t} WRITE`).join(', ')}`);
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await connection.query('UNLOCK TABLES');
      await connection.end();
    },
  };
}

export interface SilentServer {
  port: number;
  /** Connections accepted so far. */
  readonly connections: number;
  /** A MySQL URL pointing at it. */
  url(database: string): string;
  close(): Promise<void>;
}

/** A TCP server that accepts every connection and never sends a byte: a host that hangs. */
export async function silentServer(): Promise<SilentServer> {
  const sockets = new Set<net.Socket>();
  let connections = 0;
  const server = net.createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    get connections() {
      return connections;
    },
    url: (database) => `mysql://hub:secret@127.0.0.1:${port}/${database}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Runs `work` and says how long it took, in ms. */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}
