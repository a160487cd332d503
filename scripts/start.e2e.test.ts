import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from '../test-support/assert.js';
import { FREE_PORTS, gatewayRequest } from '../test-support/hub.js';
import { processTree } from '../bench/rss.js';
import { loadConfig } from '../lib/config.js';
import { DEPARTMENTS, DEPARTMENT_INFO } from '../lib/departments.js';
import { hubKeys } from '../access/secrets.js';
import { mintUserToken } from '../access/tokens.js';

/**
 * `npm start` as a user runs it: the supervisor as a real process (in a process group of its own,
 * as a terminal runs a job) on free ports, over a small embedded sample county that it creates on
 * its first start and reuses on the next.
 */
interface HubProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the match once the hub has printed `pattern`; rejects if it exits first. */
  printed(pattern: RegExp): Promise<RegExpExecArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startHubProcess(dataDir: string, env: Record<string, string> = {}): HubProcess {
  // Only these HUB_* settings reach the hub: a developer's shell must not point it elsewhere.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('HUB_')));
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...inherited, ...FREE_PORTS, HUB_DATA_DIR: dataDir, HUB_SAMPLE_PERSONS: '1000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of [...listeners]) listener();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => output,
    exited,
    printed: (pattern) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const look = () => {
          const match = pattern.exec(output);
          if (!match) return;
          listeners.delete(look);
          resolve(match);
        };
        listeners.add(look);
        look();
        void exited.then(({ code, signal }) => {
          if (!listeners.has(look)) return;
          listeners.delete(look);
          reject(new Error(`the hub exited (${signal ?? code}) before printing ${pattern}:\n${output}`));
        });
      }),
  };
}

/** Alive, and not merely a zombie waiting for its exit to be collected. */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** The processes of `pids` still alive once they had a few seconds to go. */
async function survivors(pids: number[]): Promise<number[]> {
  for (let waited = 0; waited < 10_000 && pids.some(isAlive); waited += 100) await new Promise((r) => setTimeout(r, 100));
  return pids.filter(isAlive);
}

/** The pid each service process reported at start, by name ("justice subgraph", "gateway"). */
function startedPids(output: string): Map<string, number> {
  return new Map([...output.matchAll(/^started (.+) \(pid (\d+)[;)]/gm)].map((m) => [m[1]!, Number(m[2])]));
}

async function analystToken(dataDir: string): Promise<string> {
  const keys = hubKeys(loadConfig({ HUB_DATA_DIR: dataDir }));
  return `Bearer ${await mintUserToken(keys, { sub: 'analyst-e2e', role: 'analyst', regions: ['610727'] })}`;
}

/** An ID number of a person paid in the sample county and registered in it, found through the gateway as an analyst. */
async function paidPerson(gatewayUrl: string, authorization: string): Promise<string> {
  const programmes = await gatewayRequest(gatewayUrl, `{ programmes { batches { batchNumber } } }`, {}, { authorization });
  assert.equal(programmes.errors, undefined, JSON.stringify(programmes.errors));
  const batchNumber = programmes.data.programmes.flatMap((p: any) => p.batches)[0].batchNumber;
  // Every person the county's batch pays is in the analyst's scope (ruling 5): any one will do.
  const lines = await gatewayRequest(
    gatewayUrl,
    `query($b: String!) { batch(batchNumber: $b) { lines(first: 50) { edges { node { person { idNumber } } } } } }`,
    { b: batchNumber },
    { authorization },
  );
  const found = lines.data.batch.lines.edges.map((e: any) => e.node.person?.idNumber).find((id: unknown) => typeof id === 'string');
  assert.ok(found, JSON.stringify(lines));
  return found;
}

const JUSTICE_FACTS = `query($id: String!) { person(idNumber: $id) { idNumber inCustodyAt(date: "2024-03-01") sentences { offenderNumber } } }`;

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'hub-start-'));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start: a process per service under one supervisor', () => {
  let hub: HubProcess;
  let gatewayUrl: string;

  beforeAll(async () => {
    hub = startHubProcess(dataDir);
    await hub.printed(/^Press Ctrl-C to stop\.$/m);
    gatewayUrl = (await hub.printed(/^ {2}Gateway: {2}(http\S+)$/m))[1]!;
  });

  afterAll(async () => {
    if (hub?.child.exitCode === null && hub.child.signalCode === null) process.kill(-hub.child.pid!, 'SIGKILL');
  });

  test('the start-up summary names the site, every subgraph with its URL and the gateway, each a process of its own', async () => {
    const output = hub.output();
    assert.match(output, /^Created a sample county of 1000 persons\.$/m);
    assert.match(output, /^ {2}disclosure site {10}http:\/\/127\.0\.0\.1:\d+\/ \(公示平台\)$/m);
    for (const department of DEPARTMENTS) {
      const name = DEPARTMENT_INFO[department].nameEn.padEnd(24);
      assert.match(output, new RegExp(`^  ${name} http://127\\.0\\.0\\.1:\\d+/graphql \\(SQLite .+\\.sqlite\\)$`, 'm'));
    }
    assert.match(output, /^ {2}cross-check \(hub\) {8}http:\/\/127\.0\.0\.1:\d+\/graphql \(store: SQLite .+hub_store\.sqlite\)$/m);
    assert.match(output, /^ {2}disbursement \(hub\) {7}http:\/\/127\.0\.0\.1:\d+\/graphql$/m);
    assert.match(output, /^ {2}disclosure \(hub\) {9}http:\/\/127\.0\.0\.1:\d+\/graphql$/m);
    const pids = startedPids(output);
    const expected = [
      ...DEPARTMENTS.map((d) => `${DEPARTMENT_INFO[d].slug} subgraph`),
      'crosscheck subgraph',
      'disbursement subgraph',
      'disclosure subgraph',
      'gateway',
      'disclosure site',
    ];
    assert.deepEqual([...pids.keys()].sort(), expected.sort());
    assert.equal(new Set(pids.values()).size, expected.length);
    const tree = processTree(hub.child.pid!);
    for (const [name, pid] of pids) assert.ok(tree.includes(pid), `${name} (pid ${pid}) runs under the supervisor`);
    const health = await fetch(new URL('/health', gatewayUrl));
    assert.equal(health.status, 200);
    assert.equal(((await health.json()) as { ok: boolean }).ok, true);
  });

  test('a subgraph killed with SIGKILL is reported and restarted, and the hub answers through the gateway again', async () => {
    const authorization = await analystToken(dataDir);
    const id = await paidPerson(gatewayUrl, authorization);
    const before = await gatewayRequest(gatewayUrl, JUSTICE_FACTS, { id }, { authorization });
    assert.equal(before.errors, undefined, JSON.stringify(before.errors));
    const justice = startedPids(hub.output()).get('justice subgraph')!;
    process.kill(justice, 'SIGKILL');
    await hub.printed(new RegExp(`^justice subgraph \\(pid ${justice}\\) was killed by SIGKILL; restarting it in \\d+\\.\\d s$`, 'm'));
    const restarted = Number((await hub.printed(/^restarted justice subgraph \(pid (\d+)\) at http\S+$/m))[1]);
    assert.notEqual(restarted, justice);
    assert.ok(processTree(hub.child.pid!).includes(restarted));
    const after = await gatewayRequest(gatewayUrl, JUSTICE_FACTS, { id }, { authorization });
    assert.equal(after.errors, undefined, JSON.stringify(after.errors));
    assert.deepEqual(after.data, before.data);
  });

  test('Ctrl-C stops every process of the hub, and the supervisor exits 0', async () => {
    const tree = processTree(hub.child.pid!);
    assert.ok(tree.length >= 12, `the supervisor and its eleven services: ${tree.join(', ')}`);
    // A terminal's Ctrl-C reaches every process of the foreground group, not only the supervisor.
    process.kill(-hub.child.pid!, 'SIGINT');
    assert.deepEqual(await hub.exited, { code: 0, signal: null });
    assert.match(hub.output(), /^SIGINT: stopping\.\.\.\nStopped\.$/m);
    assert.deepEqual(await survivors(tree), []);
  });
});

describe('npm start with two gateway instances on one port', () => {
  let hub: HubProcess;

  beforeAll(async () => {
    hub = startHubProcess(dataDir, { HUB_GATEWAY_INSTANCES: '2' });
    await hub.printed(/^Press Ctrl-C to stop\.$/m);
  });

  afterAll(async () => {
    if (hub?.child.exitCode === null && hub.child.signalCode === null) process.kill(-hub.child.pid!, 'SIGKILL');
  });

  test('the gateway primary reports both instances, and the hub answers on the one port', async () => {
    const output = hub.output();
    assert.match(output, /^Using the existing sample databases\.$/m);
    const instances = /^started gateway \(pid \d+; instances: pids (\d+), (\d+)\)$/m.exec(output);
    assert.ok(instances, output);
    const gatewayUrl = /^ {2}Gateway: {2}(http\S+) \(2 instances\)$/m.exec(output)?.[1];
    assert.ok(gatewayUrl, output);
    const authorization = await analystToken(dataDir);
    const id = await paidPerson(gatewayUrl, authorization);
    const answer = await gatewayRequest(gatewayUrl, JUSTICE_FACTS, { id }, { authorization });
    assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
  });

  test('SIGTERM stops every process of the hub, the gateway instances too, and the supervisor exits 0', async () => {
    const tree = processTree(hub.child.pid!);
    const instances = /^started gateway \(pid \d+; instances: pids (\d+), (\d+)\)$/m.exec(hub.output())!.slice(1).map(Number);
    for (const pid of instances) assert.ok(tree.includes(pid), `gateway instance ${pid} runs under the supervisor`);
    process.kill(hub.child.pid!, 'SIGTERM');
    assert.deepEqual(await hub.exited, { code: 0, signal: null });
    assert.deepEqual(await survivors(tree), []);
  });
});
