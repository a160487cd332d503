/**
 * Failed lines left unpaid: no line of the same normalised ID number, under the same programme,
 * that did not fail, in another batch sent to the bank after the failed line's batch and at most
 * the window after it.
 */
import { chunk } from '../../lib/chunks.js';
import { fenToDecimal } from '../../lib/money.js';
import { LOOKUP_CHUNK_SIZE, idMatchSql } from '../sql-dialect.js';
import { codeInSql } from '../mapping/layout.js';
import { LINE_STATUS } from './codes.js';
import { LineTable } from './entities.js';
import type { LineReader, Selection } from './line-reader.js';
import type { PaymentLineRecord } from './records.js';
import type { FoundLine, PaymentLineFilter, UnpaidCheck } from './search-types.js';
import { codeSql } from './sql.js';

/**
 * Calls `accept` with each unpaid line after `after`, in MXID order, until it returns false or the
 * lines run out; candidates are read `fetch` at a time and judged in code.
 */
export async function scanUnpaid(
  reader: LineReader,
  filter: PaymentLineFilter,
  check: UnpaidCheck,
  after: string | null,
  fetch: number,
  accept: (found: FoundLine) => boolean,
): Promise<void> {
  if (filter.status !== null && filter.status !== 'FAILED') return;
  const asOfMs = Date.parse(check.asOf);
  const windowMs = check.withinSeconds * 1000;
  const failedFilter: PaymentLineFilter = { ...filter, status: 'FAILED' };
  const selection = await reader.select(failedFilter, null, false, (batch) => {
    const sent = batch.record.sentToBankAt;
    return sent !== null && Date.parse(sent) + windowMs <= asOfMs;
  });
  if (selection.batches.length === 0) return;
  const runs = await reader.mxidRuns(selection, failedFilter);
  let cursor = after;
  for (;;) {
    const candidates = await reader.readPage(selection, failedFilter, null, cursor, fetch, runs);
    if (candidates.length === 0) return;
    const reissues = await reissueCandidates(reader, selection, candidates);
    for (const line of candidates) {
      const verdict = judgeUnpaid(line, reissues.get(line.idNumber) ?? [], windowMs);
      if (verdict !== null && !accept({ line, note: verdict })) return;
    }
    if (candidates.length < fetch) return;
    cursor = candidates.at(-1)!.id;
  }
}

/**
 * Every not-failed line of the candidates' persons, any batch: the person index decides the
 * plan (a persons' lines are few), and batch and programme are judged in code.
 */
async function reissueCandidates(reader: LineReader, selection: Selection, candidates: readonly PaymentLineRecord[]): Promise<Map<string, PaymentLineRecord[]>> {
  const found = new Map<string, PaymentLineRecord[]>();
  for (const ids of chunk([...new Set(candidates.map((line) => line.idNumber))], LOOKUP_CHUNK_SIZE)) {
    const match = idMatchSql(reader.dialect, 'm.SFZH', ids, 'reissueIds');
    const notFailed = codeInSql(reader.ds, LineTable.name, 'FFZTDM', codeSql(reader.dialect, 'm.FFZTDM'), [LINE_STATUS.codeOf('FAILED')], 'failedCodes', true);
    const query = reader
      .lineSelect()
      .where(match.sql, match.params)
      .andWhere(`(m.FFZTDM IS NULL OR ${notFailed.sql})`, notFailed.params)
      .orderBy('m.MXID');
    for (const line of reader.toLines(selection, await query.getRawMany())) {
      const list = found.get(line.idNumber);
      if (list) list.push(line);
      else found.set(line.idNumber, [line]);
    }
  }
  return found;
}

/** Why a failed line is left unpaid, or null when it was re-issued in time. */
function judgeUnpaid(line: PaymentLineRecord, sameProgrammeLines: readonly PaymentLineRecord[], windowMs: number): string | null {
  const sentMs = Date.parse(line.batch.sentToBankAt!);
  let firstLater: { line: PaymentLineRecord; sentMs: number } | null = null;
  for (const other of sameProgrammeLines) {
    if (other.batch.programmeCode !== line.batch.programmeCode || other.batch.batchNumber === line.batch.batchNumber) continue;
    if (other.status === 'FAILED' || other.batch.sentToBankAt === null) continue;
    const otherMs = Date.parse(other.batch.sentToBankAt);
    if (otherMs <= sentMs) continue;
    if (otherMs - sentMs <= windowMs) return null;
    if (!firstLater || otherMs < firstLater.sentMs) firstLater = { line: other, sentMs: otherMs };
  }
  const days = windowMs / 86_400_000;
  const reason = line.failureReason ? ` (bank: ${line.failureReason})` : '';
  const base = `failed${reason} in batch ${line.batch.batchNumber} sent to the bank at ${line.batch.sentToBankAt}, amount ${fenToDecimal(line.amountFen)}; no line for the same person under programme ${line.batch.programmeCode ?? '(none)'} that did not fail was sent within ${Number.isInteger(days) ? days : days.toFixed(2)} days after`;
  if (!firstLater) return base;
  return `${base} (the first later one, line ${firstLater.line.id} in batch ${firstLater.line.batch.batchNumber}, was sent at ${firstLater.line.batch.sentToBankAt})`;
}
