/**
 * 发放公示: the lines of a batch, or of the persons registered in a township or village in one
 * period, read through the gateway and kept for a short while (a page, a search and the next page
 * of the same announcement then cost no department a query). Only published programmes' lines are
 * kept; names and ID numbers leave this module masked.
 *
 * Finance knows only the disbursing county of a batch, the register knows where a person lives:
 * a township or village announcement reads the county's published batches of the period with each
 * payee's registered division, and keeps the lines under the division asked for.
 */
import { normaliseIdNumber } from '../../lib/id-number.js';
import { maskIdNumber, maskName } from '../../lib/masking.js';
import { decimalToFen, fenToDecimal, type Fen } from '../../lib/money.js';
import { normaliseName } from '../../lib/text.js';
import type { GraphQLClient } from '../../lib/graphql-client.js';
import { SMALL_COUNT } from '../../access/policy/model.js';
import { publicTotals, WITHHELD } from './batch-index.js';
import { batchWithLines, publishedBatches, type SourceBatch } from './sources.js';

export const MAX_PAGE = 100;

export interface ScopeLine {
  lineId: string;
  /** Full name and ID number: compared with a search here, never returned. */
  name: string | null;
  idNumber: string;
  amountFen: Fen;
  status: string;
  programmeCode: string;
  programmeName: string | null;
  batchNumber: string;
  period: string | null;
  divisionCode: string | null;
  village: string | null;
}

export interface LoadedScope {
  /** Programme name, period and batch number of a batch; empty for a county's period. */
  batch: { programmeName: string | null; period: string | null; batchNumber: string } | null;
  lines: ScopeLine[];
  /** Names of townships (9 digits) and villages (12 digits), from the register's addresses. */
  labels: Map<string, string>;
}

/**
 * `陕西省汉中市略阳县兴州街道北关社区12号` -> township 兴州街道, village 北关社区. Addresses are free text:
 * what does not parse simply has no name (the code is shown instead).
 */
export function divisionNames(address: string | null | undefined): { township: string | null; village: string | null } {
  if (!address) return { township: null, village: null };
  const match = /(?:县|区|旗|市)([^县区旗市\d]{1,12}?(?:街道|镇|乡))([^\d]{1,15}?(?:社区|村|居委会))?/u.exec(address);
  return { township: match?.[1] ?? null, village: match?.[2] ?? null };
}

function mostCommon(counts: Map<string, Map<string, number>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [code, names] of counts) {
    const [best] = [...names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (best) out.set(code, best[0]);
  }
  return out;
}

function toScope(batches: SourceBatch[]): LoadedScope {
  const counts = new Map<string, Map<string, number>>();
  const count = (code: string, name: string | null) => {
    if (!name) return;
    const names = counts.get(code) ?? new Map<string, number>();
    names.set(name, (names.get(name) ?? 0) + 1);
    counts.set(code, names);
  };
  const lines: ScopeLine[] = [];
  for (const batch of batches) {
    if (!batch.programme?.published) continue;
    for (const line of batch.lines) {
      const registration = line.person?.registration ?? null;
      const divisionCode = registration?.divisionCode && /^\d{12}$/.test(registration.divisionCode) ? registration.divisionCode : null;
      if (divisionCode) {
        const names = divisionNames(registration?.address);
        count(divisionCode.slice(0, 9), names.township);
        count(divisionCode, names.village);
      }
      lines.push({
        lineId: line.id,
        name: normaliseName(line.name),
        idNumber: normaliseIdNumber(line.idNumber),
        amountFen: decimalToFen(line.amount),
        status: line.status,
        programmeCode: batch.programme.code,
        programmeName: batch.programme.name ?? null,
        batchNumber: batch.batchNumber,
        period: batch.period ?? null,
        divisionCode,
        village: null,
      });
    }
  }
  const labels = mostCommon(counts);
  for (const line of lines) line.village = line.divisionCode ? (labels.get(line.divisionCode) ?? null) : null;
  const only = batches.length === 1 ? batches[0]! : null;
  return {
    batch: only && only.programme?.published ? { programmeName: only.programme.name ?? null, period: only.period ?? null, batchNumber: only.batchNumber } : null,
    lines,
    labels,
  };
}

/** Loads scopes through the gateway, sharing one load among concurrent and recent requests. */
export class ScopeCache {
  private readonly entries = new Map<string, { at: number; value: Promise<LoadedScope> }>();

  constructor(private readonly options: { ttlMs: number; maxEntries: number; now?: () => number }) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  get(key: string, load: () => Promise<LoadedScope>): Promise<LoadedScope> {
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.options.ttlMs) return hit.value;
    const value = load();
    this.entries.delete(key);
    this.entries.set(key, { at: now, value });
    // A failed load is not kept: the next request asks again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}

export function loadBatchScope(cache: ScopeCache, client: GraphQLClient, batchNumber: string): Promise<LoadedScope> {
  return cache.get(`batch:${batchNumber}`, async () => {
    const batch = await batchWithLines(client, batchNumber);
    return toScope(batch ? [batch] : []);
  });
}

export function loadCountyPeriodScope(cache: ScopeCache, client: GraphQLClient, countyCode: string, period: string): Promise<LoadedScope> {
  return cache.get(`county:${countyCode}:${period}`, async () => {
    const programmes = await publishedBatches(client, period);
    const numbers = programmes.flatMap((p) => p.batches.filter((b) => b.countyCode === countyCode && b.period === period).map((b) => b.batchNumber));
    const batches: SourceBatch[] = [];
    // One batch at a time: a county's period is a handful of batches, and each may be large.
    for (const number of numbers.sort()) {
      const batch = await batchWithLines(client, number);
      if (batch) batches.push(batch);
    }
    const scope = toScope(batches);
    return { ...scope, batch: null };
  });
}

export interface AnnouncementPage {
  kind: 'BATCH' | 'TOWNSHIP' | 'VILLAGE';
  title: string;
  period: string | null;
  totalCount: number;
  totals: { lineCount: number; personCount: number; totalAmount: string } | null;
  totalsWithheld: string | null;
  lines: {
    lineId: string;
    name: string | null;
    idNumber: string;
    programmeName: string | null;
    batchNumber: string;
    period: string | null;
    village: string | null;
    amount: string;
    status: string;
  }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export function formatPeriodZh(period: string | null): string {
  return period && /^\d{6}$/.test(period) ? `${period.slice(0, 4)}年${period.slice(4)}月` : '';
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/** The offset after which the next page starts; null for a cursor this module did not make. */
export function decodeCursor(cursor: string): number | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^o:(\d{1,9})$/.exec(text);
  return match ? Number(match[1]) : null;
}

/** The lines a search keeps: the payee's full name or the village name contains the text. */
export function matchesSearch(line: ScopeLine, search: string | null): boolean {
  if (!search) return true;
  return (line.name ?? '').includes(search) || (line.village ?? '').includes(search);
}

export function announcementPage(
  scope: LoadedScope,
  request: { kind: AnnouncementPage['kind']; title: string; period: string | null; division: string | null; programmeCode: string | null; search: string | null; first: number; offset: number },
): AnnouncementPage {
  const matching = scope.lines.filter(
    (line) =>
      (request.division === null || (line.divisionCode ?? '').startsWith(request.division)) &&
      (request.programmeCode === null || line.programmeCode === request.programmeCode) &&
      matchesSearch(line, request.search),
  );
  const persons = new Set(matching.map((line) => line.idNumber));
  const totalFen = matching.reduce((sum, line) => sum + line.amountFen, 0);
  const page = matching.slice(request.offset, request.offset + request.first);
  const end = request.offset + page.length;
  const shown = publicTotals(matching.length, persons.size, totalFen);
  return {
    kind: request.kind,
    title: request.title,
    period: request.period,
    totalCount: matching.length,
    totals: shown.totals,
    totalsWithheld: shown.withheld,
    lines: page.map((line) => ({
      lineId: line.lineId,
      name: maskName(line.name),
      idNumber: maskIdNumber(line.idNumber),
      programmeName: line.programmeName,
      batchNumber: line.batchNumber,
      period: line.period,
      village: line.village,
      amount: fenToDecimal(line.amountFen),
      status: line.status,
    })),
    pageInfo: { hasNextPage: end < matching.length, endCursor: page.length ? encodeCursor(end) : null },
  };
}

export interface DivisionEntry {
  code: string;
  level: 'TOWNSHIP' | 'VILLAGE';
  label: string;
  townshipCode: string | null;
  /** Null when the lines are paid to fewer than SMALL_COUNT persons. */
  lineCount: number | null;
  lineCountWithheld: string | null;
}

/**
 * The county's townships, each followed by its villages, by code; only divisions with lines. Payees
 * registered in another county are in the batch announcements, not under a township of this one.
 */
export function divisionsOf(scope: LoadedScope, countyCode: string): DivisionEntry[] {
  const counts = new Map<string, { lines: number; persons: Set<string> }>();
  for (const line of scope.lines) {
    if (!line.divisionCode?.startsWith(countyCode)) continue;
    for (const code of [line.divisionCode.slice(0, 9), line.divisionCode]) {
      const entry = counts.get(code) ?? { lines: 0, persons: new Set<string>() };
      entry.lines += 1;
      entry.persons.add(line.idNumber);
      counts.set(code, entry);
    }
  }
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, { lines, persons }]) => {
      const township = code.length === 9;
      // A village's line count is an aggregate too: under SMALL_COUNT persons it is withheld like any total.
      const small = persons.size < SMALL_COUNT;
      return {
        code,
        level: township ? 'TOWNSHIP' : 'VILLAGE',
        label: scope.labels.get(code) ?? code,
        townshipCode: township ? null : code.slice(0, 9),
        lineCount: small ? null : lines,
        lineCountWithheld: small ? WITHHELD.SMALL_GROUP : null,
      } satisfies DivisionEntry;
    });
}
