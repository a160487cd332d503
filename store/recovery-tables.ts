/**
 * The recovery ledger's tables (recoveries.ts reads and writes them): one case per line, the
 * recoveries against it, and write-off requests with their decision. Explicit idempotent DDL, as in
 * ddl.ts.
 */
import { EntitySchema } from 'typeorm';
import type { Dialect } from '../lib/database-location.js';
import { storeDdlTerms } from './ddl.js';
import type { Rule } from '../lib/rules.js';
import type { CaseRecord, RecoveryRecord, WriteOffDecision, WriteOffRecord } from './recoveries.js';
import { fenOf, lineIdOf } from './rows.js';

export interface CaseRow {
  line_id: string;
  finding_id: string;
  rule: string;
  batch_number: string;
  programme_code: string | null;
  county_code: string | null;
  period: string | null;
  line_amount_fen: string;
  due_fen: string;
  opened_by: string;
  opened_at: string;
}

export interface RecoveryRow {
  id: string;
  line_id: string;
  amount_fen: string;
  recovered_on: string;
  receipt_ref: string;
  recorded_by: string;
  recorded_at: string;
}

export interface WriteOffRow {
  id: string;
  line_id: string;
  amount_fen: string;
  reason: string;
  requested_by: string;
  requested_at: string;
  decision: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
}

export const RecoveryCaseEntity = new EntitySchema<CaseRow>({
  name: 'RecoveryCase',
  tableName: 'recovery_case',
  columns: {
    line_id: { type: 'varchar', length: 20, primary: true },
    finding_id: { type: 'bigint' },
    rule: { type: 'varchar', length: 40 },
    batch_number: { type: 'varchar', length: 30 },
    programme_code: { type: 'varchar', length: 20, nullable: true },
    county_code: { type: 'varchar', length: 6, nullable: true },
    period: { type: 'varchar', length: 6, nullable: true },
    line_amount_fen: { type: 'bigint' },
    due_fen: { type: 'bigint' },
    opened_by: { type: 'varchar', length: 100 },
    opened_at: { type: 'varchar', length: 30 },
  },
});

export const RecoveryEntity = new EntitySchema<RecoveryRow>({
  name: 'Recovery',
  tableName: 'recovery_payment',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    line_id: { type: 'varchar', length: 20 },
    amount_fen: { type: 'bigint' },
    recovered_on: { type: 'varchar', length: 10 },
    receipt_ref: { type: 'varchar', length: 100 },
    recorded_by: { type: 'varchar', length: 100 },
    recorded_at: { type: 'varchar', length: 30 },
  },
});

export const WriteOffEntity = new EntitySchema<WriteOffRow>({
  name: 'RecoveryWriteOff',
  tableName: 'recovery_write_off',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    line_id: { type: 'varchar', length: 20 },
    amount_fen: { type: 'bigint' },
    reason: { type: 'text' },
    requested_by: { type: 'varchar', length: 100 },
    requested_at: { type: 'varchar', length: 30 },
    decision: { type: 'varchar', length: 10 },
    decided_by: { type: 'varchar', length: 100, nullable: true },
    decided_at: { type: 'varchar', length: 30, nullable: true },
    decision_note: { type: 'text', nullable: true },
  },
});

export const RECOVERY_ENTITIES = [RecoveryCaseEntity, RecoveryEntity, WriteOffEntity];

export function recoveryDdl(dialect: Dialect): string[] {
  const { mysql, id, options } = storeDdlTerms(dialect);
  return [
    `CREATE TABLE IF NOT EXISTS recovery_case (
      line_id VARCHAR(20) NOT NULL PRIMARY KEY,
      finding_id BIGINT NOT NULL,
      rule VARCHAR(40) NOT NULL,
      batch_number VARCHAR(30) NOT NULL,
      programme_code VARCHAR(20) NULL,
      county_code VARCHAR(6) NULL,
      period VARCHAR(6) NULL,
      line_amount_fen BIGINT NOT NULL,
      due_fen BIGINT NOT NULL,
      opened_by VARCHAR(100) NOT NULL,
      opened_at VARCHAR(30) NOT NULL
    )${options}`,
    // The receipt is unique per line: the same receipt entered twice is one recovery, not two.
    `CREATE TABLE IF NOT EXISTS recovery_payment (
      id ${id},
      line_id VARCHAR(20) NOT NULL,
      amount_fen BIGINT NOT NULL,
      recovered_on VARCHAR(10) NOT NULL,
      receipt_ref VARCHAR(100) NOT NULL,
      recorded_by VARCHAR(100) NOT NULL,
      recorded_at VARCHAR(30) NOT NULL
      ${mysql ? ', UNIQUE KEY ux_recovery_receipt (line_id, receipt_ref)' : ''}
    )${options}`,
    ...(mysql ? [] : ['CREATE UNIQUE INDEX IF NOT EXISTS ux_recovery_receipt ON recovery_payment (line_id, receipt_ref)']),
    `CREATE TABLE IF NOT EXISTS recovery_write_off (
      id ${id},
      line_id VARCHAR(20) NOT NULL,
      amount_fen BIGINT NOT NULL,
      reason TEXT NOT NULL,
      requested_by VARCHAR(100) NOT NULL,
      requested_at VARCHAR(30) NOT NULL,
      decision VARCHAR(10) NOT NULL,
      decided_by VARCHAR(100) NULL,
      decided_at VARCHAR(30) NULL,
      decision_note TEXT NULL
      ${mysql ? ', KEY ix_write_off_line (line_id, id)' : ''}
    )${options}`,
    ...(mysql ? [] : ['CREATE INDEX IF NOT EXISTS ix_write_off_line ON recovery_write_off (line_id, id)']),
  ];
}

export function toCase(row: CaseRow): CaseRecord {
  return {
    lineId: lineIdOf(row.line_id),
    findingId: String(row.finding_id),
    rule: row.rule as Rule,
    batchNumber: row.batch_number,
    programmeCode: row.programme_code,
    countyCode: row.county_code,
    period: row.period,
    lineAmountFen: fenOf(row.line_amount_fen),
    dueFen: fenOf(row.due_fen),
    openedBy: row.opened_by,
    openedAt: row.opened_at,
  };
}

export function toRecovery(row: RecoveryRow): RecoveryRecord {
  return {
    id: String(row.id),
    lineId: lineIdOf(row.line_id),
    amountFen: fenOf(row.amount_fen),
    recoveredOn: row.recovered_on,
    receiptReference: row.receipt_ref,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  };
}

export function toWriteOff(row: WriteOffRow): WriteOffRecord {
  return {
    id: String(row.id),
    lineId: lineIdOf(row.line_id),
    amountFen: fenOf(row.amount_fen),
    reason: row.reason,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    decision: row.decision as WriteOffDecision,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
  };
}
