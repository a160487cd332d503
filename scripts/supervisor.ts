/**
 * One supervisor over a process per service (`npm start`): forks each service's entry with an IPC
 * channel (lib/service-process.ts), waits until it reports where it listens, publishes that to the
 * other services, restarts a service that dies and stops them all in a given order.
 *
 * A restarted service keeps the port it had (a service started on port 0 is pinned to the port it
 * got), so nothing needs re-routing. A service that keeps dying right after it started is given up
 * on after a few tries with growing pauses, with a message naming it, instead of looping forever.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { isReadyMessage, withServiceFlags, type ReadyMessage, type SupervisorMessage } from '../lib/service-process.js';

export interface ServiceSpec {
  /** How the reports name it: "justice subgraph", "gateway". */
  name: string;
  /** The entry file (TypeScript runs through the supervisor's own loader, inherited) and its arguments. */
  entry: string;
  args?: string[];
  /** The variable holding its port; pinned at a restart to the port it got first. */
  portEnv?: string;
  /** The variable the other services read to find it; published to all of them once it listens. */
  urlEnv?: string;
}

export interface RunningService {
  name: string;
  url: string;
  pid: number;
  /** Processes behind it besides `pid` (gateway instances under a cluster primary). */
  pids: number[];
}

export interface RestartPolicy {
  /** Pause before the first restart; doubled after each crash at start, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A service that ran at least this long is healthy again: its next crash starts the count anew. */
  stableAfterMs: number;
  /** Deaths in a row, each soon after a start, at which it is given up on. */
  maxQuickCrashes: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { firstDelayMs: 500, maxDelayMs: 8000, stableAfterMs: 10_000, maxQuickCrashes: 5 };

export interface SupervisorOptions {
  /** The environment every service starts with (plus what was published and its pinned port). */
  env: Record<string, string | undefined>;
  log: (line: string) => void;
  restart?: Partial<RestartPolicy>;
  /** How long a service may take to stop before it is killed. */
  stopGraceMs?: number;
  /** Told when a service is given up on; the others keep running. */
  onGiveUp?: (name: string) => void;
}

interface Service {
  spec: ServiceSpec;
  child: ChildProcess | null;
  /** When the current process reported ready; null while starting. */
  readyAt: number | null;
  startedAt: number;
  quickCrashes: number;
  pinned: Record<string, string>;
  restartTimer: NodeJS.Timeout | null;
  /** The first start: settled by the first ready report or the first exit. */
  firstStart: { resolve(running: RunningService): void; reject(error: Error): void } | null;
}

export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}

export class ServiceExitedBeforeReady extends Error {}

export class Supervisor {
  private readonly services = new Map<string, Service>();
  private readonly published: Record<string, string> = {};
  private readonly policy: RestartPolicy;
  private stopping = false;

  constructor(private readonly options: SupervisorOptions) {
    this.policy = { ...DEFAULT_RESTART_POLICY, ...options.restart };
  }

  /** Starts a service; resolves once it listens, rejects if it exits first (no restart at start-up). */
  start(spec: ServiceSpec): Promise<RunningService> {
    if (this.services.has(spec.name)) throw new Error(`${spec.name} is already supervised`);
    if (this.stopping) return Promise.reject(new Error(`not starting ${spec.name}: the supervisor is stopping`));
    return new Promise<RunningService>((resolve, reject) => {
      const service: Service = {
        spec,
        child: null,
        readyAt: null,
        startedAt: Date.now(),
        quickCrashes: 0,
        pinned: {},
        restartTimer: null,
        firstStart: { resolve, reject },
      };
      this.services.set(spec.name, service);
      this.launch(service);
    });
  }

  /** Tells every service, now and at any later (re)start, where another one listens. */
  publish(env: Record<string, string>): void {
    Object.assign(this.published, env);
    for (const service of this.services.values()) this.send(service, { env });
  }

  /** The pids of every service process now alive (not the gateway instances behind a primary). */
  pids(): Map<string, number> {
    const pids = new Map<string, number>();
    for (const [name, service] of this.services) if (service.child?.pid && service.child.exitCode === null) pids.set(name, service.child.pid);
    return pids;
  }

  /**
   * Stops every service, group after group in the given order (services in one group at once),
   * then any not named. A service gets `stopGraceMs` to close, then is killed.
   */
  async stop(order: string[][], reason: string): Promise<void> {
    this.stopping = true;
    for (const service of this.services.values()) {
      if (service.restartTimer) clearTimeout(service.restartTimer);
      service.restartTimer = null;
    }
    const named = new Set(order.flat());
    const groups = [...order, [...this.services.keys()].filter((name) => !named.has(name))];
    for (const group of groups) {
      await Promise.all(group.map((name) => this.stopOne(this.services.get(name), reason)));
    }
  }

  private async stopOne(service: Service | undefined, reason: string): Promise<void> {
    const child = service?.child;
    if (!service || !child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    if (!this.send(service, { stop: reason })) child.kill('SIGTERM');
    const grace = this.options.stopGraceMs ?? 20_000;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), grace)));
    if ((await Promise.race([exited, late])) === 'late') {
      this.options.log(`${service.spec.name} (pid ${child.pid}) did not stop within ${grace / 1000} s; killing it`);
      child.kill('SIGKILL');
      await exited;
    }
    clearTimeout(timer);
  }

  private send(service: Service, message: SupervisorMessage): boolean {
    const child = service.child;
    if (!child?.connected) return false;
    try {
      // A child gone between the check and the write: its exit is reported on its own.
      child.send(message, () => {});
      return true;
    } catch {
      return false;
    }
  }

  private launch(service: Service): void {
    const { spec } = service;
    service.readyAt = null;
    service.startedAt = Date.now();
    const child = fork(spec.entry, spec.args ?? [], {
      env: { ...this.options.env, ...this.published, ...service.pinned },
      execArgv: withServiceFlags(process.execArgv),
      stdio: 'inherit',
    });
    service.child = child;
    child.on('message', (message) => {
      if (!isReadyMessage(message) || service.child !== child) return;
      this.ready(service, child, message);
    });
    child.on('error', (error) => {
      // A fork that failed never exits: report it as an exit.
      if (child.pid === undefined) this.exited(service, child, null, null, error.message);
    });
    child.once('exit', (code, signal) => this.exited(service, child, code, signal));
  }

  private ready(service: Service, child: ChildProcess, message: ReadyMessage): void {
    const { spec } = service;
    const restart = service.firstStart === null;
    service.readyAt = Date.now();
    const port = new URL(message.url).port;
    if (spec.portEnv && port) service.pinned[spec.portEnv] = port;
    if (spec.urlEnv) this.publish({ [spec.urlEnv]: message.url });
    const running: RunningService = { name: spec.name, url: message.url, pid: child.pid!, pids: message.pids ?? [] };
    const behind = running.pids.length ? `; instances: pids ${running.pids.join(', ')}` : '';
    // One that comes up while the others are being stopped is stopped too: no news to report.
    if (!this.stopping) {
      this.options.log(restart ? `restarted ${spec.name} (pid ${running.pid}${behind}) at ${message.url}` : `started ${spec.name} (pid ${running.pid}${behind})`);
    }
    service.firstStart?.resolve(running);
    service.firstStart = null;
  }

  private exited(service: Service, child: ChildProcess, code: number | null, signal: NodeJS.Signals | null, failure?: string): void {
    if (service.child !== child) return;
    service.child = null;
    const { spec } = service;
    const how = failure ? `could not be started (${failure})` : describeExit(code, signal);
    if (service.firstStart) {
      service.firstStart.reject(new ServiceExitedBeforeReady(`${spec.name} ${how} before it was ready`));
      service.firstStart = null;
      return;
    }
    if (this.stopping) return;
    const ranFor = Date.now() - (service.readyAt ?? service.startedAt);
    const quick = service.readyAt === null || ranFor < this.policy.stableAfterMs;
    service.quickCrashes = quick ? service.quickCrashes + 1 : 1;
    const pid = child.pid ? ` (pid ${child.pid})` : '';
    if (service.quickCrashes >= this.policy.maxQuickCrashes) {
      this.options.log(
        `${spec.name}${pid} ${how}. Giving up on it: it died ${service.quickCrashes} times in a row, each within ` +
          `${this.policy.stableAfterMs / 1000} s of starting (its errors are above).`,
      );
      this.options.onGiveUp?.(spec.name);
      return;
    }
    const delay = Math.min(this.policy.firstDelayMs * 2 ** (service.quickCrashes - 1), this.policy.maxDelayMs);
    this.options.log(`${spec.name}${pid} ${how}; restarting it in ${(delay / 1000).toFixed(1)} s`);
    service.restartTimer = setTimeout(() => {
      service.restartTimer = null;
      if (!this.stopping) this.launch(service);
    }, delay);
  }
}
