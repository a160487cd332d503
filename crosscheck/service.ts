/**
 * Starting, re-running and reviewing cross-checks. A run is created in the store, answered at
 * once, and worked through in the background: in this process by default, or, with Redis, as
 * chunk jobs that `hub worker` processes take. Its progress is read back from the store, so any
 * instance sharing the store can report it.
 */
import type { Identity } from '../access/identity.js';
import { actorOf } from '../access/identity.js';
import { codeInRegions, forbiddenOutsideScope } from '../access/scope.js';
import { ErrorCode, badUserInput, hubError } from '../lib/errors.js';
import type { CrosscheckStore } from '../store/crosscheck-store.js';
import type { ReviewDecision, ReviewRecord } from '../store/reviews.js';
import type { RunRecord } from '../store/runs.js';
import { DEFAULT_CHUNK_SIZE, checkChunkSize, describeFailure } from './chunk.js';
import { DEFAULT_CONCURRENCY, beatFor, executeRun } from './engine.js';
import { LinesUnreadable, ensurePlanned } from './plan.js';
import { processName, type ChunkQueue } from './queue.js';
import { countiesOfRun, resolveScope, type ScopeArguments, type ScopeOptions } from './scope.js';
import type { CrosscheckSources } from './sources.js';
import { RunSweeper } from './sweeper.js';
import { checkRunBatches } from './duty-run.js';
import { DEFAULT_BATCH_SEND_DAY } from '../lib/config.js';

/** Who asks: the user id kept with runs and reviews, and the verified identity when there is one. */
export interface RunUser {
  userId: string;
  identity?: Identity;
}

export interface CrosscheckServiceOptions {
  store: CrosscheckStore;
  /** The gateway as seen for `user`: departments are asked on behalf of whoever started the run. */
  sourcesFor(user: RunUser): CrosscheckSources;
  chunkSize?: number;
  /** Chunks the in-process engine checks at a time (HUB_WORKER_CONCURRENCY). */
  concurrency?: number;
  now?: () => Date;
  /** A RUNNING run without a heartbeat for this long has lost whoever checked it (default a minute). */
  abandonedAfterMs?: number;
  /** With Redis: runs are queued as chunk jobs for `hub worker` processes instead of checked here. */
  queue?: ChunkQueue;
  /** Day of the period's month by which a batch is to be sent to the bank (checks of duties and timing). */
  batchSendDay?: number;
}

const MAX_REASON_LENGTH = 2000;
const POLL_MS = 100;
/**
 * How often a client's long poll reads the run again. A run's progress lands in the store by chunk,
 * wherever it is checked; a read of one row costs far less than the client's round trip through the
 * gateway, so the client learns of the end within this much of it.
 */
const PROGRESS_POLL_MS = 20;
/** The longest a client's long poll is held: well within every HTTP timeout on the way. */
export const MAX_PROGRESS_WAIT_MS = 10_000;

export class CrosscheckService {
  readonly store: CrosscheckStore;
  private readonly running = new Map<string, { controller: AbortController; done: Promise<unknown> }>();
  private readonly sweeper: RunSweeper;
  private readonly chunkSize: number;
  private readonly timeoutMs: number;

  constructor(private readonly options: CrosscheckServiceOptions) {
    this.store = options.store;
    this.chunkSize = checkChunkSize(options.chunkSize ?? DEFAULT_CHUNK_SIZE);
    this.timeoutMs = options.abandonedAfterMs ?? 60_000;
    this.sweeper = new RunSweeper(this.store, { timeoutMs: this.timeoutMs, now: () => this.now(), queue: options.queue });
  }

  private now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  /** Fails runs abandoned by dead processes, now and then every `intervalMs` (default a quarter of the timeout). */
  async startSweeping(intervalMs?: number): Promise<void> {
    await this.sweeper.start(intervalMs);
  }

  async failAbandonedRuns(): Promise<number> {
    return this.sweeper.sweep();
  }

  /**
   * The engine asks the departments as a hub service, which sees every region: an analyst may
   * only start checks of batches disbursed inside their own regions.
   */
  private assertCountiesInScope(user: RunUser, counties: readonly (string | null)[]): void {
    const identity = user.identity;
    if (identity?.role !== 'analyst') return;
    const outside = counties.find((county) => county !== null && !codeInRegions(county, identity.regions));
    if (outside !== undefined) throw forbiddenOutsideScope(identity, `batches disbursed by county ${outside}`);
  }

  /** A period of every programme means, for an analyst, the batches of the counties in their regions. */
  private scopeOptions(user: RunUser): ScopeOptions {
    const identity = user.identity;
    if (identity?.role !== 'analyst') return {};
    return { counties: { inScope: (county) => codeInRegions(county, identity.regions), where: `regions ${identity.regions.join(', ')}` } };
  }

  async start(args: ScopeArguments, user: RunUser): Promise<RunRecord> {
    const sources = this.options.sourcesFor(user);
    const { scope, linesTotal, countyCodes } = await resolveScope(args, sources, this.scopeOptions(user));
    this.assertCountiesInScope(user, countyCodes);
    const run = await this.store.runs.create({ scope, startedBy: user.userId, at: this.now().toISOString(), linesTotal });
    this.launch(run.id, sources, user);
    return run;
  }

  async rerun(runId: string, user: RunUser): Promise<RunRecord> {
    const source = await this.store.runs.get(runId);
    if (!source) throw badUserInput('runId', `names no cross-check run: "${runId}"`);
    if (source.status === 'RUNNING') throw badUserInput('runId', `names run ${runId}, which is still running`);
    if (source.status === 'COMPLETED') throw badUserInput('runId', `names run ${runId}, which checked everything: nothing is left to check`);
    const sources = this.options.sourcesFor(user);
    // The batches' counties are asked again: the run only keeps their numbers.
    if (user.identity?.role === 'analyst') this.assertCountiesInScope(user, await countiesOfRun(source.scope, sources));
    const run = await this.store.runs.createRerun(source, { startedBy: user.userId, at: this.now().toISOString() });
    this.launch(run.id, sources, user);
    return run;
  }

  private launch(runId: string, sources: CrosscheckSources, user: RunUser): void {
    const controller = new AbortController();
    // The batches' duties and timing (one question to finance) while the run is cut into chunks;
    // chunks wait for them, so a finished run always has them.
    const duties = this.checkBatches(runId, sources);
    // Awaited below; observed here too, so a failure while the run is being cut is not unhandled.
    duties.catch(() => {});
    const work: Promise<unknown> = this.options.queue
      ? this.dispatch(runId, sources, user, this.options.queue, duties)
      : executeRun(runId, this.store, sources, {
          chunkSize: this.chunkSize,
          concurrency: this.options.concurrency,
          now: this.options.now,
          signal: controller.signal,
          heartbeatEveryMs: this.timeoutMs / 6,
          worker: processName(),
          before: duties,
        });
    const done = work
      .catch(async (error: unknown) => {
        // The store itself failed: try once more to say so, then give up quietly.
        return this.store.runs.finish(runId, { at: this.now().toISOString(), error: describeFailure(error) }).catch(() => null);
      })
      .finally(() => this.running.delete(runId));
    this.running.set(runId, { controller, done });
  }

  private async checkBatches(runId: string, sources: CrosscheckSources): Promise<void> {
    const run = await this.store.runs.get(runId);
    if (!run) return;
    const deadlineDay = this.options.batchSendDay ?? DEFAULT_BATCH_SEND_DAY;
    await checkRunBatches(run, this.store, (period) => sources.batchDuties(period), { deadlineDay, now: () => this.now() });
  }

  /** With Redis: cuts the run into chunks and queues those not committed; the workers do the rest. */
  private async dispatch(runId: string, sources: CrosscheckSources, user: RunUser, queue: ChunkQueue, duties: Promise<void>): Promise<void> {
    const at = () => this.now().toISOString();
    const stopBeating = beatFor(this.store, runId, this.timeoutMs / 6, at);
    try {
      const run = (await this.store.runs.get(runId))!;
      try {
        await ensurePlanned(run, this.store, sources, this.chunkSize, this.options.concurrency ?? DEFAULT_CONCURRENCY);
      } catch (error) {
        if (!(error instanceof LinesUnreadable)) throw error;
        await duties.catch(() => {});
        await this.store.runs.finish(runId, { at: at(), error: error.message });
        return;
      }
      await duties;
      const queued = (await this.store.chunks.list(runId, 'QUEUED')).map((c) => c.chunkNo);
      if (queued.length === 0) {
        await this.store.runs.finish(runId, { at: at() });
        return;
      }
      try {
        await queue.enqueue(runId, queued, user.identity ? actorOf(user.identity) : { sub: user.userId });
      } catch (error) {
        const reason = describeFailure(error).replace(/^Error: /, '');
        await this.store.runs.finish(runId, { at: at(), error: `its chunks could not be queued on Redis at ${queue.where} (${reason}); a rerun continues it` });
        return;
      }
      // Queued: from here the workers' heartbeats keep the run alive.
      await this.store.runs.heartbeat([runId], at());
    } finally {
      stopBeating();
    }
  }

  /** Resolves when a run has finished, wherever it is checked (at once for a run that has). */
  async settled(runId: string): Promise<RunRecord | null> {
    const entry = this.running.get(runId);
    if (entry) await entry.done;
    for (;;) {
      const run = await this.store.runs.get(runId);
      if (run?.status !== 'RUNNING' || !this.options.queue) return run;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /**
   * The run once it has ended or has checked more than `linesCheckedAbove` lines, or as it stands
   * after `waitMs`: a client following a run hears of its progress and its end at once, without
   * asking again and again. `read`: the run as the caller has just read it.
   */
  async progressed(runId: string, options: { linesCheckedAbove: number; waitMs: number; read?: RunRecord }): Promise<RunRecord | null> {
    const deadline = Date.now() + Math.min(options.waitMs, MAX_PROGRESS_WAIT_MS);
    // The caller's fresh read of the run, when it has one, counts as the first.
    let known = options.read;
    for (;;) {
      const run = known ?? (await this.store.runs.get(runId));
      known = undefined;
      if (run?.status !== 'RUNNING' || run.linesChecked > options.linesCheckedAbove) return run;
      const left = deadline - Date.now();
      if (left <= 0) return run;
      const local = this.running.get(runId);
      const pause = new Promise((resolve) => setTimeout(resolve, Math.min(PROGRESS_POLL_MS, left)));
      // A run checked here is read again the moment it ends.
      await (local ? Promise.race([pause, local.done.catch(() => undefined)]) : pause);
    }
  }

  /** Everyone who ran the findings of `run`: its starter and the starters of the runs it re-ran. */
  private async startersOf(run: RunRecord): Promise<Set<string>> {
    const starters = new Set<string>([run.startedBy]);
    let current: RunRecord | null = run;
    for (let depth = 0; current?.rerunOf && depth < 1000; depth++) {
      current = await this.store.runs.get(current.rerunOf);
      if (current) starters.add(current.startedBy);
    }
    return starters;
  }

  async review(input: { findingId: string; decision: ReviewDecision; reason: string; user: RunUser }): Promise<ReviewRecord> {
    const finding = (await this.store.findings.byIds([input.findingId])).get(input.findingId);
    if (!finding) throw badUserInput('findingId', `names no finding: "${input.findingId}"`);
    const reason = input.reason.trim();
    if (reason === '') throw badUserInput('reason', 'must say why the finding is confirmed or dismissed');
    if (reason.length > MAX_REASON_LENGTH) throw badUserInput('reason', `is longer than ${MAX_REASON_LENGTH} characters`);
    const run = await this.store.runs.get(finding.runId);
    if (run && (await this.startersOf(run)).has(input.user.userId)) {
      throw hubError(ErrorCode.FORBIDDEN, 'A finding is reviewed by someone other than the user who ran the check (four-eyes rule)', { argumentName: 'findingId' });
    }
    return this.store.reviews.add({
      findingId: finding.id,
      runId: finding.runId,
      decision: input.decision,
      reason,
      reviewedBy: input.user.userId,
      reviewedAt: this.now().toISOString(),
    });
  }

  /** Stops taking chunks: runs checked here end as FAILED after their current chunk, resumable by a rerun. */
  async close(): Promise<void> {
    this.sweeper.stop();
    for (const entry of this.running.values()) entry.controller.abort();
    await Promise.all([...this.running.values()].map((entry) => entry.done));
    await this.options.queue?.close();
    await this.store.close();
  }
}
