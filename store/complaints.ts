/**
 * Complaints and reports from the public (投诉举报), in the hub's own store (config.store: SQLite in
 * the data directory by default, MariaDB/MySQL with HUB_STORE_URL), table `disclosure_complaint`.
 * The hub owns this table, so it creates it; explicit idempotent DDL as in store/ddl.ts.
 *
 * What a complainant writes (description, the ID number of the person concerned, contact) is kept
 * for the responsible department only: `publicStatus` is the one view the public gets.
 */
import { randomInt } from 'node:crypto';
import { EntitySchema } from 'typeorm';
import type { DataSource } from 'typeorm';
import { openStoreDatabase } from './database.js';
import { StoreTransactions } from './transactions.js';
import { COMPLAINT_STEP_ENTITIES, complaintStepsDdl, type ComplaintStepRecord } from './complaint-steps.js';
import { ComplaintDesk } from './complaint-desk.js';
import type { ComplaintCategory, ComplaintInput } from '../lib/disclosure-input.js';
import type { DatabaseLocation, Dialect } from '../lib/database-location.js';
import { storeDdlTerms } from './ddl.js';

export type ComplaintStatusCode = 'RECEIVED' | 'IN_PROGRESS' | 'CLOSED';

export interface ComplaintRow {
  id: number;
  tracking_number: string;
  programme_code: string;
  programme_name: string | null;
  batch_number: string | null;
  period: string | null;
  category: string;
  description: string;
  subject_id_number: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  department: string;
  status: string;
  reply: string | null;
  submitted_at: string;
  updated_at: string;
}

export const ComplaintEntity = new EntitySchema<ComplaintRow>({
  name: 'DisclosureComplaint',
  tableName: 'disclosure_complaint',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    tracking_number: { type: 'varchar', length: 24 },
    programme_code: { type: 'varchar', length: 30 },
    programme_name: { type: 'varchar', length: 100, nullable: true },
    batch_number: { type: 'varchar', length: 30, nullable: true },
    period: { type: 'varchar', length: 6, nullable: true },
    category: { type: 'varchar', length: 20 },
    description: { type: 'text' },
    subject_id_number: { type: 'varchar', length: 18, nullable: true },
    contact_name: { type: 'varchar', length: 50, nullable: true },
    contact_phone: { type: 'varchar', length: 30, nullable: true },
    department: { type: 'varchar', length: 20 },
    status: { type: 'varchar', length: 12 },
    reply: { type: 'text', nullable: true },
    submitted_at: { type: 'varchar', length: 30 },
    updated_at: { type: 'varchar', length: 30 },
  },
});

export function complaintsDdl(dialect: Dialect): string[] {
  const { mysql, id, options } = storeDdlTerms(dialect);
  // MySQL has no CREATE INDEX IF NOT EXISTS, so its indexes live inside CREATE TABLE.
  const indexes = mysql ? ', UNIQUE KEY ux_complaint_tracking (tracking_number), KEY ix_complaint_department (department, status, id)' : '';
  return [
    `CREATE TABLE IF NOT EXISTS disclosure_complaint (
      id ${id},
      tracking_number VARCHAR(24) NOT NULL,
      programme_code VARCHAR(30) NOT NULL,
      programme_name VARCHAR(100) NULL,
      batch_number VARCHAR(30) NULL,
      period VARCHAR(6) NULL,
      category VARCHAR(20) NOT NULL,
      description TEXT NOT NULL,
      subject_id_number VARCHAR(18) NULL,
      contact_name VARCHAR(50) NULL,
      contact_phone VARCHAR(30) NULL,
      department VARCHAR(20) NOT NULL,
      status VARCHAR(12) NOT NULL,
      reply TEXT NULL,
      submitted_at VARCHAR(30) NOT NULL,
      updated_at VARCHAR(30) NOT NULL
      ${indexes}
    )${options}`,
    ...(mysql
      ? []
      : [
          'CREATE UNIQUE INDEX IF NOT EXISTS ux_complaint_tracking ON disclosure_complaint (tracking_number)',
          'CREATE INDEX IF NOT EXISTS ix_complaint_department ON disclosure_complaint (department, status, id)',
        ]),
  ];
}

/** What a complaint is about, once the programme is known: routing goes to its department. */
export interface NewComplaint extends ComplaintInput {
  programmeName: string | null;
  department: string;
}

/** The full record, for the responsible department. */
export interface ComplaintRecord extends NewComplaint {
  trackingNumber: string;
  status: ComplaintStatusCode;
  reply: string | null;
  submittedAt: string;
  updatedAt: string;
}

/** The public view: no description, no ID number, no contact. */
export interface PublicComplaintStatus {
  trackingNumber: string;
  programmeName: string | null;
  category: ComplaintCategory;
  department: string;
  status: ComplaintStatusCode;
  submittedAt: string;
  updatedAt: string;
  reply: string | null;
}

// No 0/O, 1/I/L: a number read out over the phone or copied by hand still matches.
const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

function beijingDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
}

/** `TS20240305-7KQ3M9XH`: 31^8 ≈ 8.5e11 per day, so a number cannot be guessed to read someone's status. */
export function newTrackingNumber(at: Date): string {
  let suffix = '';
  for (let i = 0; i < 8; i++) suffix += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  return `TS${beijingDate(at)}-${suffix}`;
}

export function toRecord(row: ComplaintRow): ComplaintRecord {
  return {
    trackingNumber: row.tracking_number,
    programmeCode: row.programme_code,
    programmeName: row.programme_name,
    batchNumber: row.batch_number,
    period: row.period,
    category: row.category as ComplaintCategory,
    description: row.description,
    subjectIdNumber: row.subject_id_number,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    department: row.department,
    status: row.status as ComplaintStatusCode,
    reply: row.reply,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
  };
}

export function publicStatus(record: ComplaintRecord): PublicComplaintStatus {
  return {
    trackingNumber: record.trackingNumber,
    programmeName: record.programmeName,
    category: record.category,
    department: record.department,
    status: record.status,
    submittedAt: record.submittedAt,
    updatedAt: record.updatedAt,
    reply: record.reply,
  };
}

function isDuplicateKey(error: unknown): boolean {
  const text = `${(error as { code?: string })?.code ?? ''} ${(error as Error)?.message ?? ''}`;
  return /ER_DUP_ENTRY|UNIQUE constraint|SQLITE_CONSTRAINT/i.test(text);
}

export class ComplaintsStore {
  /** The departments' handling: listing, replies, transfers and closing, each step kept (complaint-desk.ts). */
  readonly desk: ComplaintDesk;

  private constructor(
    readonly dataSource: DataSource,
    readonly dialect: Dialect,
    private readonly now: () => Date,
  ) {
    this.desk = new ComplaintDesk(dataSource, dialect, new StoreTransactions(dataSource, dialect), now);
  }

  static async open(location: DatabaseLocation, options: { now?: () => Date } = {}): Promise<ComplaintsStore> {
    const { dataSource, dialect } = await openStoreDatabase(location, [ComplaintEntity, ...COMPLAINT_STEP_ENTITIES], (d) => [...complaintsDdl(d), ...complaintStepsDdl(d)]);
    return new ComplaintsStore(dataSource, dialect, options.now ?? (() => new Date()));
  }

  /** The steps taken on a complaint, oldest first. */
  steps(trackingNumber: string): Promise<ComplaintStepRecord[]> {
    return this.desk.steps(trackingNumber);
  }

  private get repository() {
    return this.dataSource.getRepository(ComplaintEntity);
  }

  async submit(complaint: NewComplaint): Promise<ComplaintRecord> {
    const at = this.now();
    const iso = at.toISOString();
    // A collision is astronomically unlikely; the unique index makes it impossible, and a retry cheap.
    for (let attempt = 0; ; attempt++) {
      const row: Omit<ComplaintRow, 'id'> = {
        tracking_number: newTrackingNumber(at),
        programme_code: complaint.programmeCode,
        programme_name: complaint.programmeName,
        batch_number: complaint.batchNumber,
        period: complaint.period,
        category: complaint.category,
        description: complaint.description,
        subject_id_number: complaint.subjectIdNumber,
        contact_name: complaint.contactName,
        contact_phone: complaint.contactPhone,
        department: complaint.department,
        status: 'RECEIVED',
        reply: null,
        submitted_at: iso,
        updated_at: iso,
      };
      try {
        await this.repository.insert(row);
        return toRecord({ id: 0, ...row });
      } catch (error) {
        if (!isDuplicateKey(error) || attempt >= 3) throw error;
      }
    }
  }

  async byTrackingNumber(trackingNumber: string): Promise<ComplaintRecord | null> {
    const row = await this.repository.createQueryBuilder('c').where('c.tracking_number = :tn', { tn: trackingNumber }).getOne();
    return row ? toRecord(row) : null;
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
