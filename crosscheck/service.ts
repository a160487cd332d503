/**
 * Starting, re-running and reviewing cross-checks. A run is created in the store, answered at
 * once, and worked through in the background of this process; its progress is read back from
 * the store, so any instance sharing the store can report it.
 */
import type { Identity } from '../access/identity.js';
import { codeInRegions, forbiddenOutsideScope } from '../access/scope.js';
import { ErrorCode, badUserInput, hubError } from '../lib/errors.js';
import type { CrosscheckStore } from '../store/crosscheck-store.js';
import type { ReviewDecision, ReviewRecord } from '../store/reviews.js';
import type { RunRecord } from '../store/runs.js';
import { executeRun, describeFailure } from './engine.js';
import { resolveScope, type ScopeArguments } from './scope.js';
import type { CrosscheckSources } from './sources.js';

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
  now?: () => Date;
  /** A RUNNING run whose last chunk is older than this was left by a process that died. */
  abandonedAfterMs?: number;
}

const MAX_REASON_LENGTH = 2000;

export class CrosscheckService {
  readonly store: CrosscheckStore;
  private readonly running = new Map<string, { controller: AbortController; done: Promise<RunRecord | null> }>();
  private sweeper: NodeJS.Timeout | null = null;

  constructor(private readonly options: CrosscheckServiceOptions) {
    this.store = options.store;
  }

  private now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  /** Fails runs abandoned by a dead process, now and every few minutes. */
  async startSweeping(intervalMs = 5 * 60_000): Promise<void> {
    await this.failAbandonedRuns();
    this.sweeper = setInterval(() => void this.failAbandonedRuns().catch(() => {}), intervalMs);
    this.sweeper.unref();
  }

  async failAbandonedRuns(): Promise<number> {
    const cutoff = new Date(this.now().getTime() - (this.options.abandonedAfterMs ?? 30 * 60_000)).toISOString();
    return this.store.runs.failAbandoned({
      heartbeatBefore: cutoff,
      at: this.now().toISOString(),
      error: 'the run stopped making progress (its process ended); a rerun continues it',
    });
  }

  /**
   * The engine asks the departments as a hub service, which sees every region: an analyst may
   * only start checks of batches disbursed inside their own regions.
   */
  private assertCountiesInScope(user: RunUser, counties: readonly string[]): void {
    const identity = user.identity;
    if (identity?.role !== 'analyst') return;
    const outside = counties.find((county) => !codeInRegions(county, identity.regions));
    if (outside !== undefined) throw forbiddenOutsideScope(identity, `batches disbursed by county ${outside}`);
  }

  async start(args: ScopeArguments, user: RunUser): Promise<RunRecord> {
    const sources = this.options.sourcesFor(user);
    const { scope, linesTotal, countyCodes } = await resolveScope(args, sources);
    this.assertCountiesInScope(user, countyCodes);
    const run = await this.store.runs.create({ scope, startedBy: user.userId, at: this.now().toISOString(), linesTotal });
    this.launch(run.id, sources);
    return run;
  }

  async rerun(runId: string, user: RunUser): Promise<RunRecord> {
    const source = await this.store.runs.get(runId);
    if (!source) throw badUserInput('runId', `names no cross-check run: "${runId}"`);
    if (source.status === 'RUNNING') throw badUserInput('runId', `names run ${runId}, which is still running`);
    if (source.status === 'COMPLETED') throw badUserInput('runId', `names run ${runId}, which checked everything: nothing is left to check`);
    const sources = this.options.sourcesFor(user);
    if (user.identity?.role === 'analyst') {
      // The batches' counties are asked again: the run only keeps their numbers.
      const { countyCodes } = await resolveScope(
        source.scope.kind === 'BATCH' ? { batchNumber: source.scope.batchNumber } : { programmeCode: source.scope.programmeCode, period: source.scope.period },
        sources,
      );
      this.assertCountiesInScope(user, countyCodes);
    }
    const run = await this.store.runs.createRerun(source, { startedBy: user.userId, at: this.now().toISOString() });
    this.launch(run.id, sources);
    return run;
  }

  private launch(runId: string, sources: CrosscheckSources): void {
    const controller = new AbortController();
    const done = executeRun(runId, this.store, sources, {
      chunkSize: this.options.chunkSize,
      now: this.options.now,
      signal: controller.signal,
    })
      .catch(async (error: unknown) => {
        // The store itself failed mid-run: try once more to say so, then give up quietly.
        return this.store.runs.finish(runId, { at: this.now().toISOString(), error: describeFailure(error) }).catch(() => null);
      })
      .finally(() => this.running.delete(runId));
    this.running.set(runId, { controller, done });
  }

  /** Resolves when a run started by this process has finished (at once for any other run). */
  async settled(runId: string): Promise<RunRecord | null> {
    const entry = this.running.get(runId);
    if (entry) await entry.done;
    return this.store.runs.get(runId);
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

  /** Stops taking chunks: runs in progress end as FAILED after their current chunk, resumable by a rerun. */
  async close(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    for (const entry of this.running.values()) entry.controller.abort();
    await Promise.all([...this.running.values()].map((entry) => entry.done));
    await this.store.close();
  }
}
