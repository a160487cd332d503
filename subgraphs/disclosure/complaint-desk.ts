/**
 * Complaints as the responsible department handles them: its list (overdue first), one complaint
 * with its steps, and the steps themselves (reply, transfer, close). Only department staff, and
 * only on complaints routed to their own department; a refusal names its reason in
 * `extensions.reason` and nothing is written (store/complaint-desk.ts checks inside the write).
 */
import type { GraphQLError } from 'graphql';
import { DEPARTMENTS } from '../../lib/departments.js';
import { ErrorCode, badUserInput, hubError } from '../../lib/errors.js';
import { clean, normaliseTrackingNumber, trackingNumberMessage } from '../../lib/disclosure-input.js';
import { describeScope, type Identity } from '../../access/identity.js';
import type { ComplaintRecord, ComplaintStatusCode, ComplaintsStore } from '../../store/complaints.js';
import { complaintDeadline, isOverdue, type ComplaintAction, type ComplaintStepResult } from '../../store/complaint-desk.js';

/** A complaint with its deadline, as the department sees it; its steps are read when asked for. */
export interface DepartmentComplaintView extends ComplaintRecord {
  deadline: string;
  overdue: boolean;
}

/** `extensions.reason` of a refused complaint step. */
export const COMPLAINT_REFUSALS = {
  NOT_DEPARTMENT_STAFF: 'NOT_DEPARTMENT_STAFF',
  ANOTHER_DEPARTMENT: 'ANOTHER_DEPARTMENT',
  COMPLAINT_CLOSED: 'COMPLAINT_CLOSED',
  SAME_DEPARTMENT: 'SAME_DEPARTMENT',
  NO_REPLY: 'NO_REPLY',
} as const;

const STATUSES: readonly ComplaintStatusCode[] = ['RECEIVED', 'IN_PROGRESS', 'CLOSED'];
const MAX_LIST = 500;

export interface ComplaintDeskOptions {
  store(): Promise<ComplaintsStore>;
  /** Days a department has to answer (HUB_COMPLAINT_DEADLINE_DAYS). */
  deadlineDays: number;
  now(): Date;
}

function text(argumentName: string, raw: unknown, min: number, max: number): string {
  const value = clean(raw);
  const length = Array.from(value).length;
  if (length < min) throw badUserInput(argumentName, `must be at least ${min} characters`);
  if (length > max) throw badUserInput(argumentName, `must be at most ${max} characters`);
  return value;
}

export class ComplaintHandling {
  constructor(private readonly options: ComplaintDeskOptions) {}

  view(record: ComplaintRecord): DepartmentComplaintView {
    return {
      ...record,
      deadline: complaintDeadline(record.submittedAt, this.options.deadlineDays),
      overdue: isOverdue(record, this.options.deadlineDays, this.options.now()),
    };
  }

  /** The caller's department, or FORBIDDEN for anyone who is not department staff. */
  private departmentOf(identity: Identity): string {
    if (identity.role !== 'department' || !identity.department) {
      throw hubError(ErrorCode.FORBIDDEN, `Complaints are handled by the staff of the department they are routed to; ${describeScope(identity)} may not`, {
        reason: COMPLAINT_REFUSALS.NOT_DEPARTMENT_STAFF,
        scope: describeScope(identity),
      });
    }
    return identity.department;
  }

  private trackingNumber(raw: string): string {
    const trackingNumber = normaliseTrackingNumber(raw);
    if (trackingNumberMessage(trackingNumber)) throw badUserInput('trackingNumber', 'is not a tracking number like TS20240305-7KQ3M9XH');
    return trackingNumber;
  }

  async list(identity: Identity, args: { status?: string | null; overdueOnly?: boolean | null; first?: number | null }): Promise<DepartmentComplaintView[]> {
    const department = this.departmentOf(identity);
    const status = args.status ? args.status.trim().toUpperCase() : null;
    if (status !== null && !STATUSES.includes(status as ComplaintStatusCode)) throw badUserInput('status', `must be one of ${STATUSES.join(', ')}`);
    const first = args.first ?? 100;
    if (!Number.isInteger(first) || first < 1 || first > MAX_LIST) throw badUserInput('first', `must be 1 to ${MAX_LIST}`);
    const store = await this.options.store();
    const records = await store.desk.list(department, {
      deadlineDays: this.options.deadlineDays,
      status: status as ComplaintStatusCode | null,
      overdueOnly: args.overdueOnly ?? false,
      first,
    });
    return records.map((record) => this.view(record));
  }

  async one(identity: Identity, rawTrackingNumber: string): Promise<DepartmentComplaintView | null> {
    const department = this.departmentOf(identity);
    const trackingNumber = this.trackingNumber(rawTrackingNumber);
    const record = await (await this.options.store()).byTrackingNumber(trackingNumber);
    if (!record) return null;
    if (record.department !== department) throw this.anotherDepartment(identity, record.department);
    return this.view(record);
  }

  reply(identity: Identity, args: { trackingNumber: string; reply: string }): Promise<DepartmentComplaintView> {
    return this.act(identity, args.trackingNumber, () => ({ kind: 'REPLY', reply: text('reply', args.reply, 2, 1000) }));
  }

  transfer(identity: Identity, args: { trackingNumber: string; department: string; note: string }): Promise<DepartmentComplaintView> {
    return this.act(identity, args.trackingNumber, () => {
      const toDepartment = clean(args.department).toUpperCase();
      if (!(DEPARTMENTS as readonly string[]).includes(toDepartment)) throw badUserInput('department', `must be one of ${DEPARTMENTS.join(', ')}`);
      return { kind: 'TRANSFER', toDepartment, note: text('note', args.note, 2, 500) };
    });
  }

  close(identity: Identity, args: { trackingNumber: string; reply?: string | null }): Promise<DepartmentComplaintView> {
    return this.act(identity, args.trackingNumber, () => ({ kind: 'CLOSE', reply: args.reply == null || clean(args.reply) === '' ? null : text('reply', args.reply, 2, 1000) }));
  }

  private anotherDepartment(identity: Identity, department: string): GraphQLError {
    return hubError(ErrorCode.FORBIDDEN, `This complaint is routed to ${department}, not to your department (${identity.department})`, {
      reason: COMPLAINT_REFUSALS.ANOTHER_DEPARTMENT,
      argumentName: 'trackingNumber',
      department,
    });
  }

  private async act(identity: Identity, rawTrackingNumber: string, action: () => ComplaintAction): Promise<DepartmentComplaintView> {
    const department = this.departmentOf(identity);
    const trackingNumber = this.trackingNumber(rawTrackingNumber);
    const step = action();
    const store = await this.options.store();
    const result: ComplaintStepResult = await store.desk.act(trackingNumber, { user: identity.sub, department }, step);
    if ('record' in result) return this.view(result.record);
    switch (result.refused) {
      case 'NO_SUCH_COMPLAINT':
        throw badUserInput('trackingNumber', 'names no complaint');
      case 'ANOTHER_DEPARTMENT':
        throw this.anotherDepartment(identity, result.department);
      case 'CLOSED':
        throw badUserInput('trackingNumber', 'names a complaint that is already closed', { reason: COMPLAINT_REFUSALS.COMPLAINT_CLOSED });
      case 'SAME_DEPARTMENT':
        throw badUserInput('department', 'is the department the complaint is already routed to', { reason: COMPLAINT_REFUSALS.SAME_DEPARTMENT });
      case 'NO_REPLY':
        throw badUserInput('reply', 'is needed: a complaint is closed with a reply to the public, and this one has none yet', { reason: COMPLAINT_REFUSALS.NO_REPLY });
    }
  }
}
