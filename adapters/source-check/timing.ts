/**
 * How long the department's own screening and lookup queries take on its data: the adapter reads
 * a screening request makes for a set of persons (all at once, as the cross-check asks), and the
 * reads of a one-person lookup (`person(idNumber)`), each person in turn.
 */
import type { Department } from '../../lib/departments.js';
import type { DatabaseLocation } from '../../lib/database-location.js';
import { isValidIdNumber, normaliseIdNumber } from '../../lib/id-number.js';
import { PublicSecurityAdapter } from '../public-security/adapter.js';
import { JusticeAdapter } from '../justice/adapter.js';
import { CivilAffairsAdapter } from '../civil-affairs/adapter.js';
import { HrAdapter } from '../hr/adapter.js';
import { DisabilityAdapter } from '../disability/adapter.js';
import { FinanceAdapter } from '../finance/adapter.js';
import type { DepartmentDatabase } from '../database.js';

type Read = (ids: string[]) => Promise<unknown>;

interface Reads {
  db: DepartmentDatabase;
  reads: Record<string, Read>;
  close(): Promise<void>;
}

function readsOf(department: Department, location: DatabaseLocation): Reads {
  switch (department) {
    case 'PUBLIC_SECURITY': {
      const a = new PublicSecurityAdapter(location);
      return { db: a.db, reads: { registrations: (ids) => a.registrationsByIdNumbers(ids) }, close: () => a.close() };
    }
    case 'JUSTICE': {
      const a = new JusticeAdapter(location);
      return { db: a.db, reads: { sentences: (ids) => a.sentencesByIdNumbers(ids) }, close: () => a.close() };
    }
    case 'CIVIL_AFFAIRS': {
      const a = new CivilAffairsAdapter(location);
      return { db: a.db, reads: { dibao: (ids) => a.membershipsByIdNumbers(ids), support: (ids) => a.supportRecordsByIdNumbers(ids) }, close: () => a.close() };
    }
    case 'HR': {
      const a = new HrAdapter(location);
      return { db: a.db, reads: { cards: (ids) => a.cardsByHolderIdNumbers(ids), employment: (ids) => a.employmentsByIdNumbers(ids) }, close: () => a.close() };
    }
    case 'DISABILITY': {
      const a = new DisabilityAdapter(location);
      return { db: a.db, reads: { certificates: (ids) => a.certificatesByIdNumbers(ids) }, close: () => a.close() };
    }
    case 'FINANCE': {
      const a = new FinanceAdapter(location);
      return { db: a.db, reads: { accounts: (ids) => a.accountsByIdNumbers(ids), lines: (ids) => a.linesByIdNumbers(ids) }, close: () => a.close() };
    }
  }
}

export interface Timing {
  /** Valid ID numbers of the department's own rows the reads were timed on. */
  persons: number;
  reads: string[];
  /** All persons in one screening request (the adapter reads run side by side, as the subgraph runs them). */
  screeningMs: number;
  /** One person at a time: total, and per person the median and 95th percentile. */
  lookupTotalMs: number;
  lookupMedianMs: number;
  lookupP95Ms: number;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Up to `wanted` distinct valid ID numbers from the department's largest table holding them. */
async function sampleIds(reads: Reads, wanted: number): Promise<string[]> {
  let table = reads.db.layout.all().find((t) => t.documented.idColumns.length > 0)!;
  let most = -1;
  for (const candidate of reads.db.layout.all().filter((t) => t.documented.idColumns.length > 0)) {
    const [{ n }] = await reads.db.run((ds) => ds.query(`SELECT COUNT(*) AS n FROM ${candidate.quoted(reads.db.dialect)}`));
    if (Number(n) > most) [table, most] = [candidate, Number(n)];
  }
  const column = table.quotedColumn(reads.db.dialect, table.documented.idColumns[0]!);
  const rows: Array<{ v: string | null }> = await reads.db.run((ds) =>
    ds.query(`SELECT ${column} AS v FROM ${table.quoted(reads.db.dialect)} WHERE ${column} IS NOT NULL LIMIT ${wanted * 3}`),
  );
  const ids = new Set<string>();
  for (const { v } of rows) {
    const id = normaliseIdNumber(v);
    if (isValidIdNumber(id)) ids.add(id);
    if (ids.size === wanted) break;
  }
  return [...ids];
}

export async function timeQueries(department: Department, location: DatabaseLocation, persons: number): Promise<Timing> {
  const reads = readsOf(department, location);
  try {
    const ids = await sampleIds(reads, persons);
    const all = Object.values(reads.reads);
    // One warm-up, so the first connection's set-up is not counted as a query.
    await Promise.all(all.map((read) => read(ids.slice(0, 1))));
    const started = performance.now();
    await Promise.all(all.map((read) => read(ids)));
    const screeningMs = performance.now() - started;
    const each: number[] = [];
    for (const id of ids) {
      const t = performance.now();
      await Promise.all(all.map((read) => read([id])));
      each.push(performance.now() - t);
    }
    const sorted = [...each].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    return {
      persons: ids.length,
      reads: Object.keys(reads.reads),
      screeningMs: round(screeningMs),
      lookupTotalMs: round(each.reduce((s, ms) => s + ms, 0)),
      lookupMedianMs: round(at(0.5)),
      lookupP95Ms: round(at(0.95)),
    };
  } finally {
    await reads.close();
  }
}
