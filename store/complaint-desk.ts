/**
 * The responsible department's handling of complaints: its list (overdue first), and the steps it
 * takes: reply, transfer to another department, close. Each step is checked and written inside one
 * transaction that holds the complaint's row: a refused step (another department's complaint, a
 * closed one) writes nothing, and two steps on one complaint cannot interleave.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { Dialect } from '../lib/database-location.js';
import { ComplaintEntity, toRecord, type ComplaintRecord, type ComplaintStatusCode } from './complaints.js';
import { ComplaintStepEntity, toStepRecord, type ComplaintStepKind, type ComplaintStepRecord } from './complaint-steps.js';
import type { StoreTransactions } from './transactions.js';

const DAY_MS = 86_400_000;

/** Who takes a step: a named user of a department. */
export interface ComplaintActor {
  user: string;
  department: string;
}

export type ComplaintAction =
  | { kind: 'REPLY'; reply: string }
  | { kind: 'TRANSFER'; toDepartment: string; note: string }
  | { kind: 'CLOSE'; reply: string | null };

/** Why a step was not taken; nothing was written. */
export type ComplaintRefusal =
  | { refused: 'NO_SUCH_COMPLAINT' }
  | { refused: 'ANOTHER_DEPARTMENT'; department: string }
  | { refused: 'CLOSED' }
  | { refused: 'SAME_DEPARTMENT' }
  | { refused: 'NO_REPLY' };

export type ComplaintStepResult = { record: ComplaintRecord; step: ComplaintStepRecord } | ComplaintRefusal;

/** The deadline of a complaint received at `submittedAt`: `days` whole days later. */
export function complaintDeadline(submittedAt: string, days: number): string {
  return new Date(Date.parse(submittedAt) + days * DAY_MS).toISOString();
}

/** Open and past its deadline. */
export function isOverdue(record: Pick<ComplaintRecord, 'status' | 'submittedAt'>, days: number, now: Date): boolean {
  return record.status !== 'CLOSED' && now.getTime() > Date.parse(complaintDeadline(record.submittedAt, days));
}

export interface DepartmentListOptions {
  /** Days a department has to answer (HUB_COMPLAINT_DEADLINE_DAYS). */
  deadlineDays: number;
  status?: ComplaintStatusCode | null;
  /** Only complaints past their deadline and not closed. */
  overdueOnly?: boolean;
  first?: number;
}

const STATUS_AFTER: Record<ComplaintStepKind, ComplaintStatusCode> = { REPLY: 'IN_PROGRESS', TRANSFER: 'RECEIVED', CLOSE: 'CLOSED' };

export class ComplaintDesk {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: Dialect,
    private readonly transactions: StoreTransactions,
    private readonly now: () => Date,
  ) {}

  /**
   * The complaints routed to `department`: open ones past their deadline first (oldest first), then
   * the other open ones by deadline, then the closed ones.
   */
  async list(department: string, options: DepartmentListOptions): Promise<ComplaintRecord[]> {
    // Overdue means received before this instant: the stored instants are ISO text, so text order is time order.
    const cutoff = new Date(this.now().getTime() - options.deadlineDays * DAY_MS).toISOString();
    const query = this.dataSource
      .getRepository(ComplaintEntity)
      .createQueryBuilder('c')
      .where('c.department = :department', { department });
    if (options.status) query.andWhere('c.status = :status', { status: options.status });
    if (options.overdueOnly) query.andWhere("c.status <> 'CLOSED' AND c.submitted_at < :cutoff", { cutoff });
    const rows = await query
      .orderBy(`CASE WHEN c.status <> 'CLOSED' AND c.submitted_at < :cutoff THEN 0 WHEN c.status <> 'CLOSED' THEN 1 ELSE 2 END`, 'ASC')
      .addOrderBy('c.submitted_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .setParameter('cutoff', cutoff)
      .limit(options.first ?? 100)
      .getMany();
    return rows.map(toRecord);
  }

  async steps(trackingNumber: string): Promise<ComplaintStepRecord[]> {
    const rows = await this.dataSource
      .getRepository(ComplaintStepEntity)
      .createQueryBuilder('s')
      .where('s.tracking_number = :tn', { tn: trackingNumber })
      .orderBy('s.id', 'ASC')
      .getMany();
    return rows.map(toStepRecord);
  }

  private async lockedRow(manager: EntityManager, trackingNumber: string) {
    const query = manager.getRepository(ComplaintEntity).createQueryBuilder('c').where('c.tracking_number = :tn', { tn: trackingNumber });
    // SQLite runs one write transaction at a time (StoreTransactions); MariaDB locks the row.
    if (this.dialect === 'mysql') query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** Takes one step on a complaint for `actor`, or says why not (and then writes nothing). */
  act(trackingNumber: string, actor: ComplaintActor, action: ComplaintAction): Promise<ComplaintStepResult> {
    return this.transactions.run(async (manager) => {
      const row = await this.lockedRow(manager, trackingNumber);
      if (!row) return { refused: 'NO_SUCH_COMPLAINT' };
      if (row.department !== actor.department) return { refused: 'ANOTHER_DEPARTMENT', department: row.department };
      if (row.status === 'CLOSED') return { refused: 'CLOSED' };
      if (action.kind === 'TRANSFER' && action.toDepartment === row.department) return { refused: 'SAME_DEPARTMENT' };
      if (action.kind === 'CLOSE' && action.reply === null && !row.reply) return { refused: 'NO_REPLY' };
      const at = this.now().toISOString();
      const reply = action.kind === 'TRANSFER' ? row.reply : (action.reply ?? row.reply);
      const department = action.kind === 'TRANSFER' ? action.toDepartment : row.department;
      const status = STATUS_AFTER[action.kind];
      await manager
        .createQueryBuilder()
        .update(ComplaintEntity)
        .set({ status, reply, department, updated_at: at })
        .where('tracking_number = :tn', { tn: trackingNumber })
        .execute();
      const step = {
        tracking_number: trackingNumber,
        step: action.kind,
        by_user: actor.user,
        by_department: actor.department,
        at,
        reply: action.kind === 'TRANSFER' ? null : action.reply,
        to_department: action.kind === 'TRANSFER' ? action.toDepartment : null,
        note: action.kind === 'TRANSFER' ? action.note : null,
      };
      await manager.createQueryBuilder().insert().into(ComplaintStepEntity).values(step).updateEntity(false).execute();
      return { record: toRecord({ ...row, status, reply, department, updated_at: at }), step: toStepRecord({ id: '0', ...step }) };
    });
  }
}
