/**
 * Findings as departments follow them up: one per line and rule, the latest run's finding of the
 * pair (runs of the same batch find the same pairs again), with where its actions and reviews stand.
 */
import type { DataSource } from 'typeorm';
import { chunk } from '../lib/chunks.js';
import type { Rule } from '../lib/rules.js';
import { pairKey, type FindingActionKind } from './finding-actions.js';
import { toFindingRecord, type FindingKey, type FindingRecord } from './findings.js';
import type { ReviewDecision } from './reviews.js';
import { keysetPage, lineIdOf, placeholders, storedLineId, type Page } from './rows.js';

export type FollowUpStatus = 'OPEN' | 'STOPPED' | 'VERIFIED' | 'CORRECTED';

export const STATUS_OF_ACTION: Readonly<Record<FindingActionKind, FollowUpStatus>> = { STOP: 'STOPPED', VERIFIED: 'VERIFIED', CORRECTED: 'CORRECTED' };

export interface FollowUpFilter {
  /** Only findings of these batches: the caller's (the department's programmes, the analyst's counties). */
  batchNumbers: readonly string[];
  rule?: Rule;
  status?: FollowUpStatus;
}

export interface LatestReview {
  lineId: string;
  rule: Rule;
  findingId: string;
  decision: ReviewDecision;
  reviewedAt: string;
}

export class FollowUpFindings {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of the latest finding of each pair, in line then rule order. */
  async page(filter: FollowUpFilter, first: number, after: FindingKey | null): Promise<Page<FindingRecord>> {
    if (filter.batchNumbers.length === 0) return { items: [], hasNextPage: false, totalCount: 0 };
    const params: unknown[] = [...filter.batchNumbers];
    let ofRule = '';
    if (filter.rule) {
      ofRule = ' AND rule = ?';
      params.push(filter.rule);
    }
    const table = `(SELECT x.*, a.action AS follow_action FROM crosscheck_finding x
      JOIN (SELECT MAX(id) AS id FROM crosscheck_finding WHERE batch_number IN (${placeholders(filter.batchNumbers)})${ofRule} GROUP BY line_id, rule) latest ON latest.id = x.id
      LEFT JOIN finding_action a ON a.id = (SELECT MAX(b.id) FROM finding_action b WHERE b.line_id = x.line_id AND b.rule = x.rule))`;
    let where = '1 = 1';
    if (filter.status === 'OPEN') where = 'f.follow_action IS NULL';
    else if (filter.status) {
      where = 'f.follow_action = ?';
      params.push(Object.entries(STATUS_OF_ACTION).find(([, status]) => status === filter.status)![0]);
    }
    return keysetPage(this.dataSource, { table, alias: 'f', tieBreak: 'rule' }, { where, params }, first, after && { lineId: after.lineId, tieBreak: after.rule }, toFindingRecord);
  }

  /** The latest finding of each pair, keyed by pairKey. */
  async latestOfPairs(pairs: readonly { lineId: string; rule: string }[]): Promise<Map<string, FindingRecord>> {
    const wanted = new Set(pairs.map((p) => pairKey(p.lineId, p.rule)));
    const found = new Map<string, FindingRecord>();
    for (const part of chunk([...new Set(pairs.map((p) => storedLineId(p.lineId)))], 1000)) {
      const rows: any[] = await this.dataSource.query(`SELECT f.* FROM crosscheck_finding f WHERE f.line_id IN (${placeholders(part)}) ORDER BY f.id`, part);
      for (const row of rows) {
        const record = toFindingRecord(row);
        const key = pairKey(record.lineId, record.rule);
        if (wanted.has(key)) found.set(key, record);
      }
    }
    return found;
  }

  /** The latest review of every pair reviewed in any run, keyed by pairKey; `lineIds` narrows it. */
  async latestReviews(lineIds?: readonly string[]): Promise<Map<string, LatestReview>> {
    const latest = new Map<string, LatestReview>();
    const select = `SELECT f.line_id, f.rule, v.finding_id, v.decision, v.reviewed_at FROM crosscheck_review v JOIN crosscheck_finding f ON f.id = v.finding_id`;
    const parts = lineIds ? chunk([...new Set(lineIds.map(storedLineId))], 1000) : [null];
    for (const part of parts) {
      const rows: any[] = part
        ? await this.dataSource.query(`${select} WHERE f.line_id IN (${placeholders(part)}) ORDER BY v.id`, part)
        : await this.dataSource.query(`${select} ORDER BY v.id`);
      for (const row of rows) {
        const lineId = lineIdOf(row.line_id);
        latest.set(pairKey(lineId, row.rule), { lineId, rule: row.rule, findingId: String(row.finding_id), decision: row.decision, reviewedAt: row.reviewed_at });
      }
    }
    return latest;
  }

  /** The batches any finding was made on: where the department's and the analyst's findings come from. */
  async batchNumbers(): Promise<string[]> {
    const rows: { batch_number: string }[] = await this.dataSource.query('SELECT DISTINCT batch_number FROM crosscheck_finding');
    return rows.map((r) => r.batch_number);
  }
}
