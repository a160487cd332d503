/**
 * CPU cost of the audit log: recording N gateway requests that each touch P persons (the shape of
 * a cross-check screening request: P subjects in the variables, a few hits in the response).
 *
 *   npx tsx bench/audit.ts                          # 1,000 requests x 2,000 persons, SQLite store
 *   npx tsx bench/audit.ts --requests 200 --persons 5000
 *   npx tsx bench/audit.ts --store mysql            # a throwaway database on HUB_TEST_MARIADB_URL
 *   npx tsx bench/audit.ts --asks 8                 # each set of persons asked 8 times in a row, as a
 *                                                   # cross-check asks each department about a chunk
 *   npx tsx bench/audit.ts --split                  # the whole index written on close, after the
 *                                                   # requests: request path and index apart
 *
 * Reports CPU seconds (user + system of this process) for: building the records (finding and
 * hashing the persons), the writes each request waits for (the request path), everything else the
 * log does while the requests run and on close (the persons' index, written in batches), and the
 * total; with a local MariaDB, the server's CPU as well. Then the wall time of `who` (a query by
 * person, as `hub audit who` makes it) for persons of a few sets, and of `verify` (the whole chain
 * and the index), on the closed and reopened log. Between requests the loop yields to the
 * event loop, as an HTTP server does. With MariaDB the index is written while appends wait for the
 * server, so the split between request path and index is only the total that is exact.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import mysql from 'mysql2/promise';
import { parse } from 'graphql';
import { auditKeys, verifyChain } from '../audit/chain.js';
import { AuditRecorder, type AuditInput } from '../audit/recorder.js';
import { openAuditStore } from '../audit/store.js';
import type { DatabaseLocation } from '../lib/database-location.js';
import { validIdNumber } from '../test-support/id-numbers.js';
import { testEnv } from '../test-support/env.js';
import { treeCpuSeconds } from './rss.js';

const { values: flags } = parseArgs({
  options: {
    requests: { type: 'string', default: '1000' },
    persons: { type: 'string', default: '2000' },
    store: { type: 'string', default: 'sqlite' },
    asks: { type: 'string', default: '1' },
    split: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (flags.help) {
  console.log('npx tsx bench/audit.ts [--requests N] [--persons P] [--store sqlite|mysql] [--asks K] [--split]');
  process.exit(0);
}
const REQUESTS = Number(flags.requests);
const PERSONS = Number(flags.persons);
const ASKS = Math.max(1, Number(flags.asks));

const DOCUMENT = parse(`query CrosscheckScreenRegister($subjects: [RegisterScreeningSubject!]!) {
  hits: screenRegister(subjects: $subjects) { key rule evidence }
}`);

/** Request r names persons s*P .. s*P+P-1 of a county, s = r / asks: each set is asked `asks` times in a row. */
function request(r: number): AuditInput {
  const set = Math.floor(r / ASKS);
  const subjects = Array.from({ length: PERSONS }, (_, i) => {
    const n = set * PERSONS + i;
    const birth = `19${String(40 + (n % 50)).padStart(2, '0')}0${1 + (n % 9)}1${n % 9}`;
    return { key: `L${n}`, idNumber: validIdNumber('610727', birth, String(Math.floor(n / 450) % 1000).padStart(3, '0')), name: '张三' };
  });
  const hits = subjects.filter((_, i) => i % 100 === 0).map((s) => ({ key: s.key, rule: 'DECEASED', evidence: { idNumber: s.idNumber, deathDate: '2024-01-01' } }));
  // Through JSON, as the gateway has them: strings of their own, not concatenations.
  const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return {
    identity: { sub: 'service:crosscheck', role: 'service', regions: [], department: null, actor: { sub: 'u123', role: 'analyst', regions: ['610727'] } },
    client: '127.0.0.1',
    operationName: 'CrosscheckScreenRegister',
    documentHash: 'a'.repeat(64),
    document: DOCUMENT,
    variables: json({ subjects }),
    data: json({ hits }),
    errorCodes: [],
  };
}

/** The local MariaDB/MySQL server, whose CPU the writes cost too (null when it runs elsewhere). */
function databaseServerPid(): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (/^(mariadbd|mysqld)$/.test(readFileSync(`/proc/${entry}/comm`, 'utf8').trim())) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return null;
}

function cpu(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

async function location(): Promise<{ location: DatabaseLocation; size(): string; dispose(): Promise<void> }> {
  if (flags.store === 'mysql') {
    const name = `bench_audit_${randomBytes(4).toString('hex')}`;
    const admin = await mysql.createConnection({ uri: testEnv.mariaDbServerUrl });
    await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4`);
    return {
      location: { kind: 'mysql', url: `${testEnv.mariaDbServerUrl}/${name}` },
      size: () => 'n/a',
      dispose: async () => {
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        await admin.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-bench-audit-'));
  const file = path.join(dir, 'hub_store.sqlite');
  return {
    location: { kind: 'sqlite', file },
    size: () => {
      const bytes = ['', '-wal'].reduce((sum, suffix) => sum + (statSync(file + suffix, { throwIfNoEntry: false })?.size ?? 0), 0);
      return `${(bytes / 1e6).toFixed(0)} MB`;
    },
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

const keys = auditKeys(randomBytes(32));
const where = await location();
try {
  console.error(`building ${REQUESTS} requests of ${PERSONS} persons ...`);
  const inputs = Array.from({ length: REQUESTS }, (_, r) => request(r));
  const store = await openAuditStore(where.location, keys, flags.split ? { index: { batchRecords: Number.MAX_SAFE_INTEGER, flushMs: 2 ** 31 - 1 } } : {});
  const recorder = new AuditRecorder(store, keys);
  let building = 0;
  let appending = 0;
  const server = flags.store === 'mysql' ? databaseServerPid() : null;
  const serverStarted = server ? treeCpuSeconds(server) : 0;
  const started = cpu();
  const wallStarted = performance.now();
  for (const input of inputs) {
    let t = cpu();
    const entry = recorder.entry(input);
    building += cpu() - t;
    t = cpu();
    await store.append(entry);
    appending += cpu() - t;
    await yieldToLoop();
  }
  const loopWall = performance.now() - wallStarted;
  const beforeClose = cpu();
  await store.close();
  const ended = cpu();
  const total = ended - started;
  const rows = [
    ['finding and hashing the persons (per request)', building],
    ['writes the request waits for', appending],
    ['request path in all', building + appending],
    ['between requests (index batches)', beforeClose - started - building - appending],
    ['on close (last index batch)', ended - beforeClose],
    ['total', total],
    ...(server ? ([['database server (all its work meanwhile)', treeCpuSeconds(server) - serverStarted]] as const) : []),
  ] as const;
  console.log(`\n${REQUESTS} requests x ${PERSONS} persons (each set asked ${ASKS}x), ${flags.store} store (${where.size()} on disk), loop wall ${(loopWall / 1000).toFixed(1)} s\n`);
  console.log('| CPU | seconds | ms per request |');
  console.log('|---|---:|---:|');
  for (const [what, seconds] of rows) console.log(`| ${what} | ${seconds.toFixed(2)} | ${((seconds * 1000) / REQUESTS).toFixed(2)} |`);

  // A reader, as `hub audit who` opens the log: one person of each of up to 20 sets, spread over the log.
  const reader = await openAuditStore(where.location, keys, { catchUpOnOpen: false });
  const sets = Math.ceil(REQUESTS / ASKS);
  const sampled = Array.from({ length: Math.min(20, sets) }, (_, k) => Math.floor((k * sets) / Math.min(20, sets)) * ASKS);
  const whoStarted = performance.now();
  let found = 0;
  for (const r of sampled) {
    const subjects = (inputs[r]!.variables as { subjects: { idNumber: string }[] }).subjects;
    found += (await reader.query({ person: recorder.personHash(subjects[(r * 7) % subjects.length]!.idNumber), limit: 1000 })).length;
  }
  const whoMs = (performance.now() - whoStarted) / sampled.length;
  const verifyStarted = performance.now();
  const verified = await verifyChain(reader, keys);
  const verifyS = (performance.now() - verifyStarted) / 1000;
  await reader.close();
  console.log(`\nwho: ${whoMs.toFixed(1)} ms per person (wall, ${sampled.length} persons, ${(found / sampled.length).toFixed(1)} records each)`);
  console.log(`verify: ${verifyS.toFixed(1)} s (wall, ${verified.ok ? 'intact' : 'BROKEN'}, ${verified.records} records)`);
} finally {
  await where.dispose();
}
