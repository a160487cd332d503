/**
 * Batch-level findings of a run (checks of duties and timing: crosscheck/duties.ts), kept with the
 * run in table `crosscheck_batch_finding`. A run's batch findings are written once, whole, in one
 * transaction: a second write for the same run replaces the first rather than adding to it.
 */
import { EntitySchema, type DataSource } from 'typeorm';
import type { Dialect } from '../lib/database-location.js';
import { storeDdlTerms } from './ddl.js';
import type { StoreTransactions } from './transactions.js';

export const BATCH_CHECKS = ['SAME_USER_ENTERED_AND_APPROVED', 'SENT_BEFORE_APPROVAL', 'SENT_AFTER_DEADLINE'] as const;
export type BatchCheck = (typeof BATCH_CHECKS)[number];
/** PASSED; FLAGGED; CANNOT_BE_CHECKED (无法核查: a field the check needs is not recorded); NOT_CHECKED (finance could not be asked). */
export const BATCH_CHECK_OUTCOMES = ['PASSED', 'FLAGGED', 'CANNOT_BE_CHECKED', 'NOT_CHECKED'] as const;
export type BatchCheckOutcome = (typeof BATCH_CHECK_OUTCOMES)[number];

export interface BatchFindingRecord {
  batchNumber: string;
  check: BatchCheck;
  outcome: BatchCheckOutcome;
  evidence: string;
  /** The canonical field that is missing, for CANNOT_BE_CHECKED. */
  missingField: string | null;
}

interface BatchFindingRow {
  id: string;
  run_id: number;
  batch_number: string;
  check_code: string;
  outcome: string;
  evidence: string;
  missing_field: string | null;
  checked_at: string;
}

export const BatchFindingEntity = new EntitySchema<BatchFindingRow>({
  name: 'CrosscheckBatchFinding',
  tableName: 'crosscheck_batch_finding',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    run_id: { type: 'int' },
    batch_number: { type: 'varchar', length: 30 },
    check_code: { type: 'varchar', length: 40 },
    outcome: { type: 'varchar', length: 20 },
    evidence: { type: 'text' },
    missing_field: { type: 'varchar', length: 40, nullable: true },
    checked_at: { type: 'varchar', length: 30 },
  },
});

export function batchFindingsDdl(dialect: Dialect): string[] {
  const { mysql, id, options } = storeDdlTerms(dialect);
  return [
    `CREATE TABLE IF NOT EXISTS crosscheck_batch_finding (
      id ${id},
      run_id INT NOT NULL,
      batch_number VARCHAR(30) NOT NULL,
      check_code VARCHAR(40) NOT NULL,
      outcome VARCHAR(20) NOT NULL,
      evidence TEXT NOT NULL,
      missing_field VARCHAR(40) NULL,
      checked_at VARCHAR(30) NOT NULL
      ${mysql ? ', KEY ix_batch_finding_run (run_id, batch_number, check_code)' : ''}
    )${options}`,
    ...(mysql ? [] : ['CREATE INDEX IF NOT EXISTS ix_batch_finding_run ON crosscheck_batch_finding (run_id, batch_number, check_code)']),
  ];
}

const CHECK_ORDER = new Map<string, number>(BATCH_CHECKS.map((check, i) => [check, i]));

export class BatchFindings {
  /** `transactions`: the store's own, so that on SQLite this write waits for the others rather than nesting in one. */
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: StoreTransactions,
  ) {}

  /** Replaces the run's batch findings with `findings`, all or nothing. */
  async replace(runId: string, findings: readonly BatchFindingRecord[], at: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      await manager.createQueryBuilder().delete().from(BatchFindingEntity).where('run_id = :runId', { runId: Number(runId) }).execute();
      if (findings.length === 0) return;
      await manager
        .createQueryBuilder()
        .insert()
        .into(BatchFindingEntity)
        .values(
          findings.map((f) => ({
            run_id: Number(runId),
            batch_number: f.batchNumber,
            check_code: f.check,
            outcome: f.outcome,
            evidence: f.evidence,
            missing_field: f.missingField,
            checked_at: at,
          })),
        )
        .updateEntity(false)
        .execute();
    });
  }

  /** The run's batch findings by batch number, then check in the order of BATCH_CHECKS. */
  async ofRun(runId: string, options: { includePassed?: boolean } = {}): Promise<BatchFindingRecord[]> {
    if (!/^\d{1,10}$/.test(runId)) return [];
    const query = this.dataSource.getRepository(BatchFindingEntity).createQueryBuilder('b').where('b.run_id = :runId', { runId: Number(runId) });
    if (!options.includePassed) query.andWhere('b.outcome <> :passed', { passed: 'PASSED' });
    const rows = await query.orderBy('b.batch_number').addOrderBy('b.id').getMany();
    return rows
      .map((row) => ({
        batchNumber: row.batch_number,
        check: row.check_code as BatchCheck,
        outcome: row.outcome as BatchCheckOutcome,
        evidence: row.evidence,
        missingField: row.missing_field,
      }))
      .sort((a, b) => (a.batchNumber < b.batchNumber ? -1 : a.batchNumber > b.batchNumber ? 1 : CHECK_ORDER.get(a.check)! - CHECK_ORDER.get(b.check)!));
  }
}
