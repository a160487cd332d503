/**
 * The recovery ledger (追回/退回): one case per payment line whose confirmed finding makes money due
 * back, the recoveries recorded against it (dated, with a receipt reference) and write-off requests
 * (核销) with their decision by a second person. A case's amount due is fixed when it is opened, by
 * its first recovery or write-off request. Amounts are integer fen.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { Dialect } from '../lib/database-location.js';
import type { Fen } from '../lib/money.js';
import type { Rule } from '../lib/rules.js';
import { chunk } from '../lib/chunks.js';
import { lineIdOf, placeholders, storedLineId } from './rows.js';
import { toCase, toRecovery, toWriteOff, type CaseRow, type RecoveryRow, type WriteOffRow } from './recovery-tables.js';
import type { StoreTransactions } from './transactions.js';

export { RECOVERY_ENTITIES, recoveryDdl } from './recovery-tables.js';

export type RecoveryStatus = 'PENDING' | 'PARTIAL' | 'RECOVERED' | 'WRITTEN_OFF';
export type WriteOffDecision = 'PENDING' | 'APPROVED' | 'REJECTED';

export interface CaseOpening {
  lineId: string;
  findingId: string;
  rule: Rule;
  batchNumber: string;
  programmeCode: string | null;
  countyCode: string | null;
  period: string | null;
  lineAmountFen: Fen;
  dueFen: Fen;
  openedBy: string;
  openedAt: string;
}

export type CaseRecord = CaseOpening;

export interface RecoveryRecord {
  id: string;
  lineId: string;
  amountFen: Fen;
  recoveredOn: string;
  receiptReference: string;
  recordedBy: string;
  recordedAt: string;
}

export interface WriteOffRecord {
  id: string;
  lineId: string;
  amountFen: Fen;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  decision: WriteOffDecision;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

/** A case with everything recorded against it, oldest first. */
export interface CaseState {
  case: CaseRecord;
  recoveries: RecoveryRecord[];
  writeOffs: WriteOffRecord[];
}

export interface CaseBalance {
  recoveredFen: Fen;
  writtenOffFen: Fen;
  outstandingFen: Fen;
  status: RecoveryStatus;
  pendingWriteOff: WriteOffRecord | null;
}

/** What is recovered, written off and still outstanding on a case, and so where it stands. */
export function balanceOf(dueFen: Fen, recoveries: readonly RecoveryRecord[], writeOffs: readonly WriteOffRecord[]): CaseBalance {
  const recoveredFen = recoveries.reduce((sum, r) => sum + r.amountFen, 0);
  const writtenOffFen = writeOffs.filter((w) => w.decision === 'APPROVED').reduce((sum, w) => sum + w.amountFen, 0);
  const outstandingFen = dueFen - recoveredFen - writtenOffFen;
  const status: RecoveryStatus =
    writtenOffFen > 0 ? 'WRITTEN_OFF' : outstandingFen <= 0 ? 'RECOVERED' : recoveredFen > 0 ? 'PARTIAL' : 'PENDING';
  return { recoveredFen, writtenOffFen, outstandingFen, status, pendingWriteOff: writeOffs.find((w) => w.decision === 'PENDING') ?? null };
}

/** The writes a ledger transaction may make once it has judged the case as it stands. */
export interface CaseWriter {
  addRecovery(input: Omit<RecoveryRecord, 'id' | 'lineId'>): Promise<void>;
  requestWriteOff(input: Pick<WriteOffRecord, 'amountFen' | 'reason' | 'requestedBy' | 'requestedAt'>): Promise<void>;
  decideWriteOff(id: string, decision: Exclude<WriteOffDecision, 'PENDING'>, by: string, at: string, note: string): Promise<void>;
}

const DEADLOCK_RETRIES = 5;

function isDeadlock(error: unknown): boolean {
  const driverError = (error as { driverError?: { errno?: number } })?.driverError ?? (error as { errno?: number });
  return driverError?.errno === 1213;
}

export class Recoveries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: Dialect,
    private readonly transactions: StoreTransactions,
  ) {}

  /** The cases of these lines (every case when `lineIds` is absent), keyed by line id. */
  async states(lineIds?: readonly string[]): Promise<Map<string, CaseState>> {
    const states = new Map<string, CaseState>();
    const parts = lineIds ? chunk([...new Set(lineIds.map(storedLineId))], 1000) : [null];
    for (const part of parts) {
      if (part && part.length === 0) continue;
      const where = part ? ` WHERE line_id IN (${placeholders(part)})` : '';
      const args = part ?? [];
      const cases: CaseRow[] = await this.dataSource.query(`SELECT * FROM recovery_case${where}`, args);
      for (const row of cases) states.set(lineIdOf(row.line_id), { case: toCase(row), recoveries: [], writeOffs: [] });
      const recoveries: RecoveryRow[] = await this.dataSource.query(`SELECT * FROM recovery_payment${where} ORDER BY id`, args);
      for (const row of recoveries) states.get(lineIdOf(row.line_id))?.recoveries.push(toRecovery(row));
      const writeOffs: WriteOffRow[] = await this.dataSource.query(`SELECT * FROM recovery_write_off${where} ORDER BY id`, args);
      for (const row of writeOffs) states.get(lineIdOf(row.line_id))?.writeOffs.push(toWriteOff(row));
    }
    return states;
  }

  /**
   * One change to a line's case, all or nothing: the case is opened with `opening` if it has none,
   * locked, read as it stands and handed to `work`, which judges it (throwing to refuse: then
   * nothing is written, the opening included) and writes through the CaseWriter.
   */
  async change<T>(opening: CaseOpening, work: (state: CaseState, writer: CaseWriter) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.changeOnce(opening, work);
      } catch (error) {
        // Two first entries on one line both open its case and then both lock it: InnoDB rolls one
        // back whole, and it is simply tried again on the case the other opened.
        if (attempt >= DEADLOCK_RETRIES || !isDeadlock(error)) throw error;
      }
    }
  }

  private changeOnce<T>(opening: CaseOpening, work: (state: CaseState, writer: CaseWriter) => Promise<T>): Promise<T> {
    const line = storedLineId(opening.lineId);
    return this.transactions.run(async (manager) => {
      await this.open(manager, line, opening);
      const lock = this.dialect === 'mysql' ? ' FOR UPDATE' : '';
      const [caseRow] = (await manager.query(`SELECT * FROM recovery_case WHERE line_id = ?${lock}`, [line])) as CaseRow[];
      const recoveries = ((await manager.query('SELECT * FROM recovery_payment WHERE line_id = ? ORDER BY id', [line])) as RecoveryRow[]).map(toRecovery);
      const writeOffs = ((await manager.query('SELECT * FROM recovery_write_off WHERE line_id = ? ORDER BY id', [line])) as WriteOffRow[]).map(toWriteOff);
      return work({ case: toCase(caseRow!), recoveries, writeOffs }, this.writer(manager, line));
    });
  }

  private async open(manager: EntityManager, line: string, opening: CaseOpening): Promise<void> {
    const ignore = this.dialect === 'mysql' ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
    await manager.query(
      `${ignore} INTO recovery_case (line_id, finding_id, rule, batch_number, programme_code, county_code, period, line_amount_fen, due_fen, opened_by, opened_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [line, opening.findingId, opening.rule, opening.batchNumber, opening.programmeCode, opening.countyCode, opening.period, String(opening.lineAmountFen), String(opening.dueFen), opening.openedBy, opening.openedAt],
    );
  }

  private writer(manager: EntityManager, line: string): CaseWriter {
    return {
      async addRecovery(input) {
        await manager.query('INSERT INTO recovery_payment (line_id, amount_fen, recovered_on, receipt_ref, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)', [
          line,
          String(input.amountFen),
          input.recoveredOn,
          input.receiptReference,
          input.recordedBy,
          input.recordedAt,
        ]);
      },
      async requestWriteOff(input) {
        await manager.query(
          "INSERT INTO recovery_write_off (line_id, amount_fen, reason, requested_by, requested_at, decision) VALUES (?, ?, ?, ?, ?, 'PENDING')",
          [line, String(input.amountFen), input.reason, input.requestedBy, input.requestedAt],
        );
      },
      async decideWriteOff(id, decision, by, at, note) {
        await manager.query("UPDATE recovery_write_off SET decision = ?, decided_by = ?, decided_at = ?, decision_note = ? WHERE id = ? AND decision = 'PENDING'", [
          decision,
          by,
          at,
          note,
          id,
        ]);
      },
    };
  }
}
