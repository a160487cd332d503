/**
 * Runs nobody works on any more. Whoever checks a run (the service in-process, or the workers
 * holding or queued to take its chunks) writes its heartbeat every few seconds; a RUNNING run
 * whose heartbeat is older than the timeout has lost every process that could finish it (or
 * Redis, which hands out its chunks). It is failed, and a rerun continues it where it stopped.
 * The crosscheck service and every worker sweep, so a run is failed within the timeout and a
 * quarter even when one of them is gone.
 */
import type { CrosscheckStore } from '../store/crosscheck-store.js';
import type { ChunkQueue } from './queue.js';

export function abandonedReason(timeoutMs: number): string {
  return `no worker made progress for ${Math.round(timeoutMs / 1000)} s; a rerun continues it`;
}

export class RunSweeper {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: CrosscheckStore,
    private readonly options: { timeoutMs: number; now: () => Date; queue?: ChunkQueue },
  ) {}

  /** Fails the abandoned runs and takes their chunks off the queue; answers how many. */
  async sweep(): Promise<number> {
    const now = this.options.now();
    const failed = await this.store.runs.failAbandoned({
      heartbeatBefore: new Date(now.getTime() - this.options.timeoutMs).toISOString(),
      at: now.toISOString(),
      error: abandonedReason(this.options.timeoutMs),
    });
    const queue = this.options.queue;
    if (queue) {
      for (const runId of failed) await queue.remove(runId, (await this.store.chunks.list(runId, 'QUEUED')).map((c) => c.chunkNo));
    }
    return failed.length;
  }

  /** Sweeps now and then every `everyMs` (default: a quarter of the timeout). */
  async start(everyMs = this.options.timeoutMs / 4): Promise<void> {
    await this.sweep();
    this.timer = setInterval(() => void this.sweep().catch(() => {}), everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
