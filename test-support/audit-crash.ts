/**
 * A gateway process that dies between answering and indexing: a child process records requests
 * in the audit log exactly as the gateway does (AuditRecorder, then "answered" once the record is
 * committed), with an index batch that never comes due, and is SIGKILLed as soon as it has
 * answered them all. Nothing of it runs afterwards: no close, no flush.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DatabaseLocation } from '../lib/database-location.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const url = (file: string) => pathToFileURL(path.join(ROOT, file)).href;

const CHILD = `
const { auditKeys } = await import(${JSON.stringify(url('audit/chain.ts'))});
const { AuditRecorder } = await import(${JSON.stringify(url('audit/recorder.ts'))});
const { openAuditStore } = await import(${JSON.stringify(url('audit/store.ts'))});
const job = JSON.parse(process.argv[1]);
const keys = auditKeys(Buffer.from(job.secret, 'hex'));
const store = await openAuditStore(job.location, keys, { index: { batchRecords: 1e9, flushMs: 1e9 }, catchUpOnOpen: false });
const recorder = new AuditRecorder(store, keys);
const identity = { sub: job.user, role: 'analyst', regions: [job.idNumber.slice(0, 6)], department: null };
for (let i = 0; i < job.requests; i++) {
  const record = await recorder.record({ identity, client: null, operationName: 'Person', documentHash: 'c'.repeat(64), variables: { id: job.idNumber }, data: { person: { idNumber: job.idNumber } } });
  process.stdout.write('answered ' + record.seq + '\\n');
}
setInterval(() => {}, 60_000);
`;

export interface CrashJob {
  location: DatabaseLocation;
  /** The audit secret (HUB_AUDIT_KEY) the gateway would use. */
  secret: Uint8Array;
  user: string;
  idNumber: string;
  requests: number;
}

/** Runs the job in a child process and SIGKILLs it after its last answer; resolves with the seqs it answered for. */
export function recordThenCrash(job: CrashJob): Promise<number[]> {
  const payload = JSON.stringify({ ...job, secret: Buffer.from(job.secret).toString('hex') });
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD, payload], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const answered: number[] = [];
    let stderr = '';
    let buffered = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      for (let newline = buffered.indexOf('\n'); newline >= 0; newline = buffered.indexOf('\n')) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        const match = /^answered (\d+)$/.exec(line);
        if (match) answered.push(Number(match[1]));
        if (answered.length === job.requests) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' && answered.length === job.requests) resolve(answered);
      else reject(new Error(`the recording process ended (${signal ?? code}) after ${answered.length} answers: ${stderr.slice(-2000)}`));
    });
  });
}
