/**
 * The hub's own store of cross-check runs, opened once per process: one handle on the database
 * and one part per table or question (runs, their chunks, findings, gaps, reviews, summaries,
 * comparisons).
 */
import type { DataSource } from 'typeorm';
import type { DatabaseLocation, Dialect } from '../lib/database-location.js';
import { RunComparisons } from './comparisons.js';
import { openStoreDatabase } from './database.js';
import { crosscheckStoreDdl } from './ddl.js';
import { CROSSCHECK_ENTITIES } from './entities.js';
import { Findings } from './findings.js';
import { FindingActionEntity, FindingActions, findingActionDdl } from './finding-actions.js';
import { FollowUpFindings } from './follow-up-findings.js';
import { RECOVERY_ENTITIES, Recoveries, recoveryDdl } from './recoveries.js';
import { NotCheckedEntries } from './not-checked.js';
import { Reviews } from './reviews.js';
import { BatchFindingEntity, BatchFindings, batchFindingsDdl } from './batch-findings.js';
import { RunChunks } from './run-chunks.js';
import { RunSummaries } from './run-summary.js';
import { Runs } from './runs.js';
import { RunCounties, runCountiesDdl } from './run-counties.js';
import { StoreTransactions } from './transactions.js';

export class CrosscheckStore {
  readonly runs: Runs;
  readonly chunks: RunChunks;
  readonly findings: Findings;
  readonly notChecked: NotCheckedEntries;
  readonly reviews: Reviews;
  readonly summaries: RunSummaries;
  readonly comparisons: RunComparisons;
  /** Checks of duties and timing on the run's batches (crosscheck/duties.ts). */
  readonly batchFindings: BatchFindings;
  /** The departments' actions on findings, findings as they follow them up, and the recovery ledger. */
  readonly actions: FindingActions;
  readonly followUp: FollowUpFindings;
  readonly recoveries: Recoveries;
  /** The counties each run belongs to, for analysts' scope (ruling 5). */
  readonly runCounties: RunCounties;

  private constructor(
    readonly dataSource: DataSource,
    readonly dialect: Dialect,
  ) {
    this.findings = new Findings(dataSource);
    this.notChecked = new NotCheckedEntries(dataSource);
    const transactions = new StoreTransactions(dataSource, dialect);
    this.runs = new Runs(dataSource, this.notChecked, transactions);
    this.chunks = new RunChunks(dataSource, transactions);
    this.reviews = new Reviews(dataSource);
    this.summaries = new RunSummaries(dataSource);
    this.comparisons = new RunComparisons(dataSource, dialect);
    this.batchFindings = new BatchFindings(dataSource, transactions);
    this.actions = new FindingActions(dataSource);
    this.followUp = new FollowUpFindings(dataSource);
    this.recoveries = new Recoveries(dataSource, dialect, transactions);
    this.runCounties = new RunCounties(dataSource, dialect);
  }

  static async open(location: DatabaseLocation): Promise<CrosscheckStore> {
    const opened = await openStoreDatabase(location, [...CROSSCHECK_ENTITIES, BatchFindingEntity, FindingActionEntity, ...RECOVERY_ENTITIES], (dialect) => [
      ...crosscheckStoreDdl(dialect),
      ...batchFindingsDdl(dialect),
      ...findingActionDdl(dialect),
      ...recoveryDdl(dialect),
      ...runCountiesDdl(dialect),
    ]);
    return new CrosscheckStore(opened.dataSource, opened.dialect);
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
