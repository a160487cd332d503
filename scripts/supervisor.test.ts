import { describe, test, beforeEach, afterEach } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from '../test-support/assert.js';
import { loadConfig } from '../lib/config.js';
import { ServiceExitedBeforeReady, Supervisor, type ServiceSpec } from './supervisor.js';
import { hubProcesses } from './hub-processes.js';

const FIXTURE = path.resolve('scripts/supervisor.fixture.mjs');

/** A supervisor over stand-in services, its log lines, and a wait for a line to appear. */
function supervise(dir: string, restart = { firstDelayMs: 10, maxDelayMs: 40, stableAfterMs: 10_000, maxQuickCrashes: 3 }) {
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (m: RegExpExecArray) => void }[] = [];
  const gaveUp: string[] = [];
  const supervisor = new Supervisor({
    env: { PATH: process.env.PATH },
    restart,
    stopGraceMs: 5000,
    log: (line) => {
      lines.push(line);
      for (const waiter of [...waiters]) {
        const match = waiter.pattern.exec(line);
        if (match) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(match);
        }
      }
    },
    onGiveUp: (name) => gaveUp.push(name),
  });
  const logged = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve) => {
      const seen = lines.map((line) => pattern.exec(line)).find(Boolean);
      if (seen) resolve(seen);
      else waiters.push({ pattern, resolve });
    });
  const spec = (name: string, mode: string, extra: Partial<ServiceSpec> = {}): ServiceSpec => ({
    name,
    entry: FIXTURE,
    args: [mode, name, path.join(dir, 'events.log')],
    ...extra,
  });
  const events = () => readFileSync(path.join(dir, 'events.log'), 'utf8').trim().split('\n');
  return { supervisor, lines, gaveUp, logged, spec, events };
}

describe('the supervisor of a process per service', () => {
  let dir: string;
  let stopAll: (() => Promise<void>) | null;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'hub-supervisor-'));
    stopAll = null;
  });

  afterEach(async () => {
    await stopAll?.();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a killed service is reported and restarted on the port it had, and services started later learn where it listens', async () => {
    const { supervisor, logged, spec, events } = supervise(dir);
    stopAll = () => supervisor.stop([], 'test over');
    const first = await supervisor.start(spec('register', 'listen', { portEnv: 'FAKE_PORT', urlEnv: 'FAKE_PEER_URL' }));
    await supervisor.start(spec('justice', 'listen'));
    process.kill(first.pid, 'SIGKILL');
    const reported = await logged(/^register \(pid (\d+)\) was killed by SIGKILL; restarting it in/);
    assert.equal(Number(reported[1]), first.pid);
    const restarted = await logged(/^restarted register \(pid (\d+)\) at (\S+)$/);
    assert.notEqual(Number(restarted[1]), first.pid);
    assert.equal(restarted[2], first.url);
    const justice = events().find((line) => line.startsWith('justice listens at'));
    assert.match(justice ?? '', new RegExp(` knowing ${first.url}$`));
  });

  test('a service that keeps dying right after it starts is given up on, naming it, while the others keep running', async () => {
    const { supervisor, lines, gaveUp, logged, spec } = supervise(dir);
    stopAll = () => supervisor.stop([], 'test over');
    const steady = await supervisor.start(spec('finance', 'listen'));
    await supervisor.start(spec('flaky', 'crash'));
    await logged(/^flaky .*Giving up on it/);
    assert.deepEqual(gaveUp, ['flaky']);
    assert.equal(lines.filter((line) => /^flaky \(pid \d+\) exited with code 3; restarting it/.test(line)).length, 2);
    assert.match(lines.at(-1)!, /^flaky \(pid \d+\) exited with code 3\. Giving up on it: it died 3 times in a row, each within 10 s of starting/);
    assert.equal((await fetch(steady.url)).status, 200);
  });

  test('a service that exits before it is ready fails the start, naming it', async () => {
    const { supervisor, spec } = supervise(dir);
    stopAll = () => supervisor.stop([], 'test over');
    await assert.rejects(supervisor.start(spec('broken', 'exit-at-start')), (error: unknown) => {
      assert.ok(error instanceof ServiceExitedBeforeReady);
      assert.equal(error.message, 'broken exited with code 3 before it was ready');
      return true;
    });
  });

  test('stopping goes group by group in the given order, each group gone before the next is told', async () => {
    const { supervisor, spec, events } = supervise(dir);
    const started = await Promise.all(['crosscheck', 'gateway', 'justice', 'finance'].map((name) => supervisor.start(spec(name, 'listen'))));
    await supervisor.stop([['crosscheck'], ['gateway'], ['justice', 'finance']], 'SIGTERM');
    const stops = events().filter((line) => line.endsWith(' stops'));
    assert.deepEqual(stops.slice(0, 2), ['crosscheck stops', 'gateway stops']);
    assert.deepEqual(stops.slice(2).sort(), ['finance stops', 'justice stops']);
    for (const { pid } of started) assert.throws(() => process.kill(pid, 0), /ESRCH/);
  });
});

describe('the processes of npm start', () => {
  test('the cross-check service stops first, then the other hub services and the site, then the gateway, the departments last', () => {
    const plan = hubProcesses(loadConfig({ HUB_DATA_DIR: os.tmpdir() }));
    assert.deepEqual(plan.stopOrder, [
      ['crosscheck subgraph'],
      ['disbursement subgraph', 'disclosure subgraph', 'disclosure site'],
      ['gateway'],
      ['public-security subgraph', 'justice subgraph', 'civil-affairs subgraph', 'hr subgraph', 'disability subgraph', 'finance subgraph'],
    ]);
  });

  test('a department that hosts its own subgraph is not started here', () => {
    const plan = hubProcesses(loadConfig({ HUB_DATA_DIR: os.tmpdir(), HUB_SUBGRAPH_JUSTICE_URL: 'http://10.1.2.3:4002/graphql' }));
    assert.deepEqual(
      plan.departments.map((d) => d.department),
      ['PUBLIC_SECURITY', 'CIVIL_AFFAIRS', 'HR', 'DISABILITY', 'FINANCE'],
    );
  });
});
