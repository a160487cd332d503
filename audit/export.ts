/** The audit log as CSV or JSON Lines, streamed in sequence order a page at a time. */
import type { AuditRecord } from './chain.js';
import type { AuditQuery, AuditStore } from './store.js';

export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const COLUMNS: [string, (r: AuditRecord) => string | number | null][] = [
  ['seq', (r) => r.seq],
  ['at', (r) => r.at],
  ['user', (r) => r.user],
  ['role', (r) => r.role],
  ['scope', (r) => r.scope],
  ['actor', (r) => r.actor],
  ['client', (r) => r.client],
  ['operation_name', (r) => r.operationName],
  ['document_hash', (r) => r.documentHash],
  ['person_count', (r) => r.persons.length],
  ['persons', (r) => r.persons.join(' ')],
  ['row_count', (r) => r.rowCount],
  ['outcome', (r) => r.outcome],
  ['code', (r) => r.code],
  ['prev_hash', (r) => r.prevHash],
  ['hash', (r) => r.hash],
];

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  // A user id or operation name starting with = + - @ would run as a formula in Excel or WPS.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader(): string {
  return `${COLUMNS.map(([name]) => name).join(',')}\r\n`;
}

export function csvLine(record: AuditRecord): string {
  return `${COLUMNS.map(([, get]) => csvCell(get(record))).join(',')}\r\n`;
}

export function jsonLine(record: AuditRecord): string {
  return `${JSON.stringify(record)}\n`;
}

export type AuditFilter = Omit<AuditQuery, 'limit' | 'afterSeq' | 'newestFirst'>;

const PAGE = 1000;

/** The records matching the filter, oldest first, a page at a time (empty pages are not yielded). */
export async function* auditPages(store: AuditStore, filter: AuditFilter): AsyncIterable<AuditRecord[]> {
  for (let afterSeq = 0; ; ) {
    const page = await store.query({ ...filter, afterSeq, limit: PAGE });
    if (page.length) yield page;
    if (page.length < PAGE) return;
    afterSeq = page[page.length - 1]!.seq;
  }
}

/** Every record matching the filter, oldest first, as lines of the format; `emit` may wait (back-pressure). */
export async function exportAudit(store: AuditStore, format: ExportFormat, filter: AuditFilter, emit: (text: string) => Promise<void>): Promise<number> {
  if (format === 'csv') await emit(csvHeader());
  let count = 0;
  for await (const page of auditPages(store, filter)) {
    for (const record of page) await emit(format === 'csv' ? csvLine(record) : jsonLine(record));
    count += page.length;
  }
  return count;
}
