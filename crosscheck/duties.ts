/**
 * Checks of duties and timing on a run's batches (issue: "录入、审核等不相容岗位职责分离"): entered
 * and approved by different users; approved before it went to the bank; sent to the bank by the
 * period's deadline (a configurable day of the period's month, Beijing time). Each check gives a
 * finding on the batch: PASSED, FLAGGED, or CANNOT_BE_CHECKED (无法核查) naming the field the
 * one-card system does not record or left empty, never a pass for want of data.
 */
import type { BatchCheck, BatchFindingRecord } from '../store/batch-findings.js';

/** A batch as finance answers for the checks (operations/batch-duties.graphql). */
export interface BatchDutyFacts {
  batchNumber: string;
  period?: string | null;
  status: string;
  enteredBy?: string | null;
  approvedBy?: string | null;
  approvedAt?: string | null;
  sentToBankAt?: string | null;
  unrecordedFields: readonly string[];
}

/** The Chinese name of each field a check may miss, for the evidence. */
const FIELD_ZH: Record<string, string> = {
  enteredBy: '录入人',
  approvedBy: '审核人',
  approvedAt: '审核时间',
  sentToBankAt: '送银行时间',
  period: '发放期间',
};

const APPROVED_STATUSES = new Set(['APPROVED', 'SENT_TO_BANK', 'PAID', 'PARTLY_FAILED']);
const SENT_STATUSES = new Set(['SENT_TO_BANK', 'PAID', 'PARTLY_FAILED']);
const BEIJING_MS = 8 * 3600_000;

function cannot(batch: BatchDutyFacts, check: BatchCheck, field: string, notRecorded: boolean): BatchFindingRecord {
  const why = notRecorded ? '一卡通系统的批次表不记录该项' : '该批次此项为空';
  return { batchNumber: batch.batchNumber, check, outcome: 'CANNOT_BE_CHECKED', missingField: field, evidence: `无法核查：缺少${FIELD_ZH[field] ?? field}（${field}），${why}` };
}

function result(batch: BatchDutyFacts, check: BatchCheck, flagged: boolean, evidence: string): BatchFindingRecord {
  return { batchNumber: batch.batchNumber, check, outcome: flagged ? 'FLAGGED' : 'PASSED', missingField: null, evidence };
}

/** `2024-03-25 09:30` in Beijing time, for evidence. */
export function beijingMinute(iso: string): string {
  return new Date(Date.parse(iso) + BEIJING_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The last instant a batch of `period` may go to the bank: the end of day `day` of the period's
 * month in Beijing time (a shorter month: its last day); null for a period that is not `YYYYMM`.
 */
export function sendDeadline(period: string | null | undefined, day: number): { date: string; endsAt: number } | null {
  const m = /^(\d{4})(\d{2})$/.exec((period ?? '').trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  const [year, month] = [Number(m[1]), Number(m[2])];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const dueDay = Math.min(day, lastDay);
  return { date: `${m[1]}-${m[2]}-${String(dueDay).padStart(2, '0')}`, endsAt: Date.UTC(year, month - 1, dueDay + 1) - BEIJING_MS };
}

const sameUser = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function enteredAndApproved(batch: BatchDutyFacts): BatchFindingRecord {
  const check = 'SAME_USER_ENTERED_AND_APPROVED';
  for (const field of ['enteredBy', 'approvedBy']) if (batch.unrecordedFields.includes(field)) return cannot(batch, check, field, true);
  const approvedBy = batch.approvedBy?.trim() || null;
  const enteredBy = batch.enteredBy?.trim() || null;
  if (approvedBy === null) {
    // Approved by its status but with no approver on record: who approved it cannot be compared.
    if (APPROVED_STATUSES.has(batch.status)) return cannot(batch, check, 'approvedBy', false);
    return result(batch, check, false, '批次尚未审核');
  }
  if (enteredBy === null) return cannot(batch, check, 'enteredBy', false);
  return sameUser(enteredBy, approvedBy)
    ? result(batch, check, true, `录入人与审核人为同一用户（${approvedBy}），不相容岗位未分离`)
    : result(batch, check, false, `录入人 ${enteredBy}，审核人 ${approvedBy}`);
}

function approvedBeforeSent(batch: BatchDutyFacts): BatchFindingRecord {
  const check = 'SENT_BEFORE_APPROVAL';
  const sentAt = batch.sentToBankAt ?? null;
  const sent = sentAt !== null || SENT_STATUSES.has(batch.status);
  if (!sent) return result(batch, check, false, '批次尚未送银行');
  if (batch.unrecordedFields.includes('approvedBy')) return cannot(batch, check, 'approvedBy', true);
  const approvedBy = batch.approvedBy?.trim() || null;
  const when = sentAt === null ? '' : `（${beijingMinute(sentAt)}）`;
  if (approvedBy === null) return result(batch, check, true, `批次已送银行${when}，但没有审核人记录`);
  if (batch.unrecordedFields.includes('approvedAt')) return cannot(batch, check, 'approvedAt', true);
  if (!batch.approvedAt) return cannot(batch, check, 'approvedAt', false);
  if (batch.unrecordedFields.includes('sentToBankAt')) return cannot(batch, check, 'sentToBankAt', true);
  if (sentAt === null) return cannot(batch, check, 'sentToBankAt', false);
  return Date.parse(batch.approvedAt) > Date.parse(sentAt)
    ? result(batch, check, true, `送银行${when}早于审核（${beijingMinute(batch.approvedAt)}）`)
    : result(batch, check, false, `审核于 ${beijingMinute(batch.approvedAt)}，送银行于 ${beijingMinute(sentAt)}`);
}

function sentByDeadline(batch: BatchDutyFacts, deadlineDay: number, now: Date): BatchFindingRecord {
  const check = 'SENT_AFTER_DEADLINE';
  const deadline = sendDeadline(batch.period, deadlineDay);
  if (deadline === null) return cannot(batch, check, 'period', false);
  const sentAt = batch.sentToBankAt ?? null;
  if (sentAt === null && SENT_STATUSES.has(batch.status)) return cannot(batch, check, 'sentToBankAt', batch.unrecordedFields.includes('sentToBankAt'));
  if (sentAt === null) {
    return now.getTime() >= deadline.endsAt
      ? result(batch, check, true, `截至核查时尚未送银行，已过发放期限 ${deadline.date}`)
      : result(batch, check, false, `尚未送银行，发放期限 ${deadline.date} 未到`);
  }
  const late = Date.parse(sentAt) >= deadline.endsAt;
  return result(batch, check, late, late ? `送银行于 ${beijingMinute(sentAt)}，晚于发放期限 ${deadline.date}` : `送银行于 ${beijingMinute(sentAt)}，未超过发放期限 ${deadline.date}`);
}

/** Every check on one batch, in the order of BATCH_CHECKS. */
export function checkBatchDuties(batch: BatchDutyFacts, options: { deadlineDay: number; now: Date }): BatchFindingRecord[] {
  return [enteredAndApproved(batch), approvedBeforeSent(batch), sentByDeadline(batch, options.deadlineDay, options.now)];
}

/** What is kept for every check of a batch finance could not be asked about (or did not know). */
export function notChecked(batchNumber: string, reason: string): BatchFindingRecord[] {
  return (['SAME_USER_ENTERED_AND_APPROVED', 'SENT_BEFORE_APPROVAL', 'SENT_AFTER_DEADLINE'] as const).map((check) => ({
    batchNumber,
    check,
    outcome: 'NOT_CHECKED' as const,
    missingField: null,
    evidence: `未核查：${reason}`,
  }));
}
