/**
 * The persons in extreme poverty (特困供养) supported on a day, a page at a time: for the hub's
 * disbursement checks (who should have been paid under a TEKUN programme). Records are read in
 * row-id order; whether a support is active is decided by the same rule as everywhere in this
 * subgraph (rules.ts), so the page agrees with `supportedAt` and `screenExtremePoverty`.
 */
import { supportRecordsStartedBy } from '../../adapters/civil-affairs/support-pages.js';
import type { CivilAffairsAdapter } from '../../adapters/civil-affairs/adapter.js';
import { badUserInput } from '../../lib/errors.js';
import { isValidIdNumber } from '../../lib/id-number.js';
import { dateArgument } from '../runtime/arguments.js';
import { supportActiveAt } from './rules.js';

export const MAX_SUPPORTED_PAGE = 10_000;
const RECORD_FETCH = 1000;

export interface SupportedPersonsPage {
  idNumbers: string[];
  endCursor: string | null;
  hasNextPage: boolean;
}

function encodeRecordCursor(recordId: string): string {
  return Buffer.from(`r${recordId}`, 'utf8').toString('base64url');
}

function decodeRecordCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(cursor)) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = /^r(\d{1,19})$/.exec(text)?.[1];
  return id !== undefined && encodeRecordCursor(id) === cursor ? id : null;
}

/** The query's arguments, each checked before anything is read. */
export function supportedPersonsArguments(args: { date: string; first?: number | null; after?: string | null }) {
  const date = dateArgument(args.date, 'date');
  const first = args.first ?? 1000;
  if (!Number.isInteger(first) || first < 1 || first > MAX_SUPPORTED_PAGE) throw badUserInput('first', `must be between 1 and ${MAX_SUPPORTED_PAGE}`);
  let afterRecordId: string | null = null;
  if (args.after != null) {
    afterRecordId = decodeRecordCursor(args.after);
    if (afterRecordId === null) throw badUserInput('after', 'is not an endCursor returned by this query');
  }
  return { date, first, afterRecordId };
}

/**
 * One page: the valid ID numbers of active records, each once per page. The page ends at a record,
 * so the cursor is that record's id; a person with two active records may appear on two pages.
 */
export async function supportedPersonsAt(adapter: CivilAffairsAdapter, query: ReturnType<typeof supportedPersonsArguments>): Promise<SupportedPersonsPage> {
  const page = new Set<string>();
  let lastIncluded: string | null = null;
  let after = query.afterRecordId;
  for (;;) {
    const block = await supportRecordsStartedBy(adapter, { day: query.date, afterRecordId: after, limit: RECORD_FETCH });
    for (const record of block.records) {
      const id = record.idNumber;
      if (id === null || !isValidIdNumber(id) || page.has(id) || !supportActiveAt(record, query.date)) continue;
      // A further person exists: the page is full and there is a next one.
      if (page.size === query.first) return { idNumbers: [...page], endCursor: encodeRecordCursor(lastIncluded!), hasNextPage: true };
      page.add(id);
      lastIncluded = record.recordId;
    }
    if (block.exhausted || block.lastRecordId === null) {
      return { idNumbers: [...page], endCursor: lastIncluded === null ? null : encodeRecordCursor(lastIncluded), hasNextPage: false };
    }
    after = block.lastRecordId;
  }
}
