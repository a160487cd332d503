/**
 * The chunks of check runs as jobs on BullMQ (with HUB_REDIS_URL): one job per chunk, its id
 * `<run>-<chunk>`, so a chunk queued twice is one job. Redis only carries the work; what was
 * checked is the store's (a chunk's commit), so a job lost or run twice loses or doubles nothing.
 */
import os from 'node:os';
import { Queue } from 'bullmq';
import type { Actor } from '../access/identity.js';

export const QUEUE_NAME = 'crosscheck-chunks';

export interface RedisSettings {
  url: string;
  /** Key prefix: several hubs (or tests) on one Redis keep apart. */
  prefix: string;
}

export interface ChunkJobData {
  runId: string;
  chunkNo: number;
  /** Whom the departments are asked for: the user who started the run, for the audit log. */
  actor?: Actor;
}

/** Job states in which some worker has the chunk, or will take it. */
const PENDING_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

/** Attempts of a job that fails with an error (the store unreachable); finance and departments failing are results, not errors. */
export const JOB_ATTEMPTS = 3;

/** Said at start by the crosscheck service and by every worker when it applies. */
export const SQLITE_WITH_REDIS_WARNING =
  'warning: Redis is set but the hub store is SQLite, which only processes on this machine share. Workers on other machines need the MariaDB store: set HUB_STORE_URL for the crosscheck service and every worker.';

export function jobIdOf(runId: string, chunkNo: number): string {
  return `${runId}-${chunkNo}`;
}

/** A URL without its user and password, to say where Redis (or the store) is. */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return 'the configured URL';
  }
}

/** This process, as a chunk's committer and a BullMQ worker name. */
export function processName(): string {
  return `${os.hostname()}:${process.pid}`;
}

export class ChunkQueue {
  private readonly queue: Queue<ChunkJobData>;
  readonly where: string;

  /** `enqueueWithinMs`: how long a run may wait for Redis to take its chunks before it fails. */
  constructor(
    readonly settings: RedisSettings,
    private readonly options: { enqueueWithinMs?: number } = {},
  ) {
    this.where = withoutCredentials(settings.url);
    this.queue = new Queue<ChunkJobData>(QUEUE_NAME, {
      // While Redis is away commands wait for it to come back; each call below bounds how long.
      connection: { url: settings.url },
      prefix: settings.prefix,
      defaultJobOptions: {
        attempts: JOB_ATTEMPTS,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: true,
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    });
    // Connection errors surface in the calls below and in the heartbeat; unhandled they would end the process.
    this.queue.on('error', () => {});
  }

  /** `work`, or an error naming Redis when it has not answered within `ms`. */
  private within<T>(ms: number, work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis at ${this.where} did not answer within ${ms / 1000} s`)), ms);
    });
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
  }

  async enqueue(runId: string, chunkNos: readonly number[], actor: Actor | undefined): Promise<void> {
    const add = async () => {
      for (let i = 0; i < chunkNos.length; i += 500) {
        await this.queue.addBulk(
          chunkNos.slice(i, i + 500).map((chunkNo) => ({ name: 'chunk', data: { runId, chunkNo, ...(actor ? { actor } : {}) }, opts: { jobId: jobIdOf(runId, chunkNo) } })),
        );
      }
    };
    await this.within(this.options.enqueueWithinMs ?? 15_000, add());
  }

  /** Takes a run's chunks off the queue; a chunk a worker holds is skipped by it when it sees the run ended. */
  async remove(runId: string, chunkNos: readonly number[]): Promise<void> {
    const removeAll = async () => {
      for (const chunkNo of chunkNos) await this.queue.remove(jobIdOf(runId, chunkNo)).catch(() => 0);
    };
    await this.within(5_000, removeAll()).catch(() => {});
  }

  /** Whether some worker has this chunk or will take it. */
  async pending(runId: string, chunkNo: number): Promise<boolean> {
    return PENDING_STATES.has(await this.within(5_000, this.queue.getJobState(jobIdOf(runId, chunkNo))));
  }

  /** Answers whether Redis answers now; never throws. */
  async reachable(): Promise<boolean> {
    try {
      await this.within(3_000, this.queue.count());
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.queue.close().catch(() => {});
  }
}
