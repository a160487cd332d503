/**
 * What the one-card system records about who did what to a batch, and when: the fields the
 * checks of duties and timing (entry and approval by different people, approval before sending,
 * sending by the period's deadline) need. FF_PC keeps who entered it (LRR), who approved it (SHR)
 * and when it went to the bank (TJSJ), but not when it was approved: that field is named as
 * unrecorded, so a check that needs it says it cannot be made rather than passing.
 */
import type { BatchRecord } from './records.js';

/** The canonical duty fields of a batch. */
export const BATCH_DUTY_FIELDS = ['enteredBy', 'approvedBy', 'approvedAt', 'sentToBankAt'] as const;
export type BatchDutyField = (typeof BATCH_DUTY_FIELDS)[number];

/** Where FF_PC keeps each duty field; null: the table has no such column. */
const FF_PC_COLUMNS: Record<BatchDutyField, string | null> = {
  enteredBy: 'LRR',
  approvedBy: 'SHR',
  approvedAt: null,
  sentToBankAt: 'TJSJ',
};

/** The duty fields this deployment's FF_PC does not hold, in the order of BATCH_DUTY_FIELDS. */
export const UNRECORDED_BATCH_FIELDS: readonly BatchDutyField[] = BATCH_DUTY_FIELDS.filter((field) => FF_PC_COLUMNS[field] === null);

export interface BatchDutyRecord {
  enteredBy: string | null;
  approvedBy: string | null;
  /** Always null here: FF_PC does not record it (see UNRECORDED_BATCH_FIELDS). */
  approvedAt: string | null;
  sentToBankAt: string | null;
  unrecordedFields: readonly BatchDutyField[];
}

export function batchDuties(batch: BatchRecord): BatchDutyRecord {
  return {
    enteredBy: batch.enteredBy,
    approvedBy: batch.approvedBy,
    approvedAt: null,
    sentToBankAt: batch.sentToBankAt,
    unrecordedFields: UNRECORDED_BATCH_FIELDS,
  };
}
