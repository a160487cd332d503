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
import { NotCheckedEntries } from './not-checked.js';
import { Reviews } from './reviews.js';
import { RunChunks } from './run-chunks.js';
import { RunSummaries } from './run-summary.js';
import { Runs } from './runs.js';
import { StoreTransactions } from './transactions.js';

export class CrosscheckStore {
  readonly runs: Runs;
  readonly chunks: RunChunks;
  readonly findings: Findings;
  readonly notChecked: NotCheckedEntries;
  readonly reviews: Reviews;
  readonly summaries: RunSummaries;
  readonly comparisons: RunComparisons;

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
  }

  static async open(location: DatabaseLocation): Promise<CrosscheckStore> {
    const opened = await openStoreDatabase(location, CROSSCHECK_ENTITIES, crosscheckStoreDdl);
    return new CrosscheckStore(opened.dataSource, opened.dialect);
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
