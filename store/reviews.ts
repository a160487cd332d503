/**
 * Review decisions on findings: each review is kept, so a finding's history of confirmations and
 * dismissals stays readable; the latest one is its current decision.
 */
import type { DataSource } from 'typeorm';
import { chunk } from '../lib/chunks.js';
import { ReviewEntity, type ReviewRow } from './entities.js';
import { insertedId, numericIds } from './rows.js';

export type ReviewDecision = 'CONFIRMED' | 'DISMISSED';

export interface ReviewRecord {
  id: string;
  findingId: string;
  runId: string;
  decision: ReviewDecision;
  reason: string;
  reviewedBy: string;
  reviewedAt: string;
}

function toReviewRecord(row: ReviewRow): ReviewRecord {
  return {
    id: String(row.id),
    findingId: String(row.finding_id),
    runId: String(row.run_id),
    decision: row.decision as ReviewDecision,
    reason: row.reason,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
  };
}

export class Reviews {
  constructor(private readonly dataSource: DataSource) {}

  async add(input: Omit<ReviewRecord, 'id'>): Promise<ReviewRecord> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ReviewEntity)
      .values({
        finding_id: input.findingId,
        run_id: Number(input.runId),
        decision: input.decision,
        reason: input.reason,
        reviewed_by: input.reviewedBy,
        reviewed_at: input.reviewedAt,
      })
      .updateEntity(false)
      .execute();
    return { ...input, id: insertedId(result) };
  }

  /** Every review of each finding, oldest first. */
  async byFindingIds(ids: readonly string[]): Promise<Map<string, ReviewRecord[]>> {
    const found = new Map<string, ReviewRecord[]>();
    for (const part of chunk(numericIds(ids, 18), 1000)) {
      const rows = await this.dataSource
        .getRepository(ReviewEntity)
        .createQueryBuilder('v')
        .where('v.finding_id IN (:...ids)', { ids: part })
        .orderBy('v.finding_id')
        .addOrderBy('v.id')
        .getMany();
      for (const row of rows) {
        const record = toReviewRecord(row);
        const list = found.get(record.findingId) ?? [];
        list.push(record);
        found.set(record.findingId, list);
      }
    }
    return found;
  }
}
