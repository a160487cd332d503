/**
 * The handling of a complaint, one row per step (table `disclosure_complaint_step`): who (user and
 * department), when, what (REPLY, TRANSFER, CLOSE) and with what text. A step and the complaint's new
 * state are written in one transaction (complaint-desk.ts), so neither exists without the other.
 */
import { EntitySchema } from 'typeorm';
import type { Dialect } from '../lib/database-location.js';
import { storeDdlTerms } from './ddl.js';

export const COMPLAINT_STEP_KINDS = ['REPLY', 'TRANSFER', 'CLOSE'] as const;
export type ComplaintStepKind = (typeof COMPLAINT_STEP_KINDS)[number];

export interface ComplaintStepRow {
  id: string;
  tracking_number: string;
  step: string;
  by_user: string;
  by_department: string;
  at: string;
  /** REPLY and CLOSE: the reply the public sees. */
  reply: string | null;
  /** TRANSFER: where it went. */
  to_department: string | null;
  /** TRANSFER: why (internal, not shown to the public). */
  note: string | null;
}

export interface ComplaintStepRecord {
  trackingNumber: string;
  step: ComplaintStepKind;
  byUser: string;
  byDepartment: string;
  at: string;
  reply: string | null;
  toDepartment: string | null;
  note: string | null;
}

export const ComplaintStepEntity = new EntitySchema<ComplaintStepRow>({
  name: 'DisclosureComplaintStep',
  tableName: 'disclosure_complaint_step',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    tracking_number: { type: 'varchar', length: 24 },
    step: { type: 'varchar', length: 12 },
    by_user: { type: 'varchar', length: 100 },
    by_department: { type: 'varchar', length: 20 },
    at: { type: 'varchar', length: 30 },
    reply: { type: 'text', nullable: true },
    to_department: { type: 'varchar', length: 20, nullable: true },
    note: { type: 'text', nullable: true },
  },
});

export const COMPLAINT_STEP_ENTITIES = [ComplaintStepEntity];

export function complaintStepsDdl(dialect: Dialect): string[] {
  const { mysql, id, options } = storeDdlTerms(dialect);
  return [
    `CREATE TABLE IF NOT EXISTS disclosure_complaint_step (
      id ${id},
      tracking_number VARCHAR(24) NOT NULL,
      step VARCHAR(12) NOT NULL,
      by_user VARCHAR(100) NOT NULL,
      by_department VARCHAR(20) NOT NULL,
      at VARCHAR(30) NOT NULL,
      reply TEXT NULL,
      to_department VARCHAR(20) NULL,
      note TEXT NULL
      ${mysql ? ', KEY ix_complaint_step_tracking (tracking_number, id)' : ''}
    )${options}`,
    ...(mysql ? [] : ['CREATE INDEX IF NOT EXISTS ix_complaint_step_tracking ON disclosure_complaint_step (tracking_number, id)']),
  ];
}

export function toStepRecord(row: ComplaintStepRow): ComplaintStepRecord {
  return {
    trackingNumber: row.tracking_number,
    step: row.step as ComplaintStepKind,
    byUser: row.by_user,
    byDepartment: row.by_department,
    at: row.at,
    reply: row.reply,
    toDepartment: row.to_department,
    note: row.note,
  };
}
