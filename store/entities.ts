/**
 * The hub's own tables for cross-check runs. They hold the hub's conclusions (findings, gaps,
 * reviews) and never a copy of a department's records: no ID numbers, names or register facts
 * beyond the evidence sentence of a finding.
 */
import { EntitySchema } from 'typeorm';

export interface RunRow {
  id: number;
  scope_kind: string;
  batch_number: string | null;
  programme_code: string | null;
  period: string;
  /** JSON array of the batch numbers the run covers. */
  batch_numbers: string;
  eligibility_condition: string | null;
  status: string;
  started_by: string;
  started_at: string;
  finished_at: string | null;
  heartbeat_at: string;
  lines_total: number | null;
  lines_checked: number;
  /** Padded line id up to which every applicable check is accounted for (done or recorded not checked). */
  covered_through: string | null;
  reached_end: boolean;
  rerun_of: number | null;
  error: string | null;
}

export interface FindingRow {
  id: string;
  run_id: number;
  /** The line id zero-padded to 20 digits, so text order is numeric order and BIGINT stays exact. */
  line_id: string;
  rule: string;
  departments: string;
  evidence: string;
  amount_fen: string;
  batch_number: string;
  village: string | null;
}

export interface NotCheckedRow {
  id: string;
  run_id: number;
  line_id: string;
  department: string;
  /** `,RULE_A,RULE_B,`: delimited on both sides so one rule is found with LIKE '%,RULE,%'. */
  rules: string;
  reason: string;
  amount_fen: string;
  batch_number: string;
}

export interface ReviewRow {
  id: string;
  finding_id: string;
  run_id: number;
  decision: string;
  reason: string;
  reviewed_by: string;
  reviewed_at: string;
}

/** One chunk of a run's lines, fixed when the run starts: the unit of work and of commit. */
export interface RunChunkRow {
  run_id: number;
  chunk_no: number;
  /** Padded line id the chunk starts after (exclusive); null for the first chunk. */
  after_id: string | null;
  /** Padded line id the chunk ends with (inclusive); null for the last chunk, which runs to the end. */
  last_id: string | null;
  /** Lines planned; once committed, the lines the chunk went through. */
  line_count: number;
  /** FRESH: every applicable check; GAPS: only the not-checked entries a rerun took over. */
  mode: string;
  /** QUEUED or COMMITTED. */
  status: string;
  committed_at: string | null;
  /** The process that committed it (`host:pid`). */
  worker: string | null;
}

export const RunEntity = new EntitySchema<RunRow>({
  name: 'CrosscheckRun',
  tableName: 'crosscheck_run',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    scope_kind: { type: 'varchar', length: 10 },
    batch_number: { type: 'varchar', length: 30, nullable: true },
    programme_code: { type: 'varchar', length: 20, nullable: true },
    period: { type: 'varchar', length: 6 },
    batch_numbers: { type: 'text' },
    eligibility_condition: { type: 'varchar', length: 40, nullable: true },
    status: { type: 'varchar', length: 24 },
    started_by: { type: 'varchar', length: 64 },
    started_at: { type: 'varchar', length: 30 },
    finished_at: { type: 'varchar', length: 30, nullable: true },
    heartbeat_at: { type: 'varchar', length: 30 },
    lines_total: { type: 'integer', nullable: true },
    lines_checked: { type: 'integer' },
    covered_through: { type: 'varchar', length: 20, nullable: true },
    reached_end: { type: 'boolean' },
    rerun_of: { type: 'integer', nullable: true },
    error: { type: 'text', nullable: true },
  },
});

export const FindingEntity = new EntitySchema<FindingRow>({
  name: 'CrosscheckFinding',
  tableName: 'crosscheck_finding',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    run_id: { type: 'integer' },
    line_id: { type: 'varchar', length: 20 },
    rule: { type: 'varchar', length: 40 },
    departments: { type: 'varchar', length: 120 },
    evidence: { type: 'text' },
    amount_fen: { type: 'bigint' },
    batch_number: { type: 'varchar', length: 30 },
    village: { type: 'varchar', length: 12, nullable: true },
  },
});

export const NotCheckedEntity = new EntitySchema<NotCheckedRow>({
  name: 'CrosscheckNotChecked',
  tableName: 'crosscheck_not_checked',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    run_id: { type: 'integer' },
    line_id: { type: 'varchar', length: 20 },
    department: { type: 'varchar', length: 20 },
    rules: { type: 'varchar', length: 400 },
    reason: { type: 'varchar', length: 500 },
    amount_fen: { type: 'bigint' },
    batch_number: { type: 'varchar', length: 30 },
  },
});

export const ReviewEntity = new EntitySchema<ReviewRow>({
  name: 'CrosscheckReview',
  tableName: 'crosscheck_review',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    finding_id: { type: 'bigint' },
    run_id: { type: 'integer' },
    decision: { type: 'varchar', length: 10 },
    reason: { type: 'text' },
    reviewed_by: { type: 'varchar', length: 64 },
    reviewed_at: { type: 'varchar', length: 30 },
  },
});

export const RunChunkEntity = new EntitySchema<RunChunkRow>({
  name: 'CrosscheckRunChunk',
  tableName: 'crosscheck_run_chunk',
  columns: {
    run_id: { type: 'integer', primary: true },
    chunk_no: { type: 'integer', primary: true },
    after_id: { type: 'varchar', length: 20, nullable: true },
    last_id: { type: 'varchar', length: 20, nullable: true },
    line_count: { type: 'integer' },
    mode: { type: 'varchar', length: 6 },
    status: { type: 'varchar', length: 10 },
    committed_at: { type: 'varchar', length: 30, nullable: true },
    worker: { type: 'varchar', length: 100, nullable: true },
  },
});

export const CROSSCHECK_ENTITIES = [RunEntity, FindingEntity, NotCheckedEntity, ReviewEntity, RunChunkEntity];
