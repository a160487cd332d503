/**
 * 今日发放 and the indexes of the announcement page, worked out by the site's server from the
 * published batches (DisbursementCalendar), so the browser gets a few hundred bytes instead of the
 * whole batch list.
 */
import { decimalToFen, fenToDecimal } from '../lib/money.js';
import type { DisbursementCalendarQuery } from './__generated__/operations.js';

type CalendarBatch = DisbursementCalendarQuery['publishedBatches'][number];
type CalendarProgramme = DisbursementCalendarQuery['programmes'][number];

/** The reason the disclosure service gives for a batch with no lines at all (docs/disclosure-site.md). */
const NO_LINES = 'NO_LINES';

export interface DayProgramme {
  code: string;
  name: string | null;
  department: string;
  batchCount: number;
  /** Lines of the batches whose totals are announced. */
  lineCount: number;
  /** Sum of the announced totals; null when every batch of the programme that day withholds its totals. */
  totalAmount: string | null;
  /** Batches of fewer than 5 persons: counted as batches, never added to the sums (the sum would reveal them). */
  withheldBatches: number;
  batchNumbers: string[];
}

export interface DaySummary {
  date: string;
  batchCount: number;
  lineCount: number;
  totalAmount: string | null;
  withheldBatches: number;
  programmes: DayProgramme[];
}

export interface CalendarView {
  /** Today in Beijing time, YYYY-MM-DD. */
  today: string;
  todaySummary: DaySummary | null;
  /** The most recent day before today on which batches were sent to the bank. */
  latestSummary: DaySummary | null;
  programmes: { code: string; name: string | null; department: string }[];
  /** Periods with published batches, newest first. */
  periods: string[];
  /** Disbursing counties (6 digits). */
  counties: string[];
}

/** The calendar day in Beijing (UTC+8, no daylight saving) of an instant. */
export function beijingDay(at: Date | string): string {
  const time = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(time + 8 * 3600_000).toISOString().slice(0, 10);
}

function summarise(date: string, batches: { programme: CalendarProgramme; batch: CalendarBatch }[]): DaySummary {
  const byProgramme = new Map<string, { programme: DayProgramme; fen: number }>();
  let lines = 0;
  let fen = 0;
  let withheld = 0;
  for (const { programme, batch } of batches) {
    const entry = byProgramme.get(programme.code) ?? {
      programme: { code: programme.code, name: programme.name ?? null, department: programme.department, batchCount: 0, lineCount: 0, totalAmount: null, withheldBatches: 0, batchNumbers: [] },
      fen: 0,
    };
    entry.programme.batchCount += 1;
    entry.programme.batchNumbers.push(batch.batchNumber);
    if (batch.totals) {
      entry.programme.lineCount += batch.totals.lineCount;
      entry.fen += decimalToFen(batch.totals.totalAmount);
      lines += batch.totals.lineCount;
      fen += decimalToFen(batch.totals.totalAmount);
    } else {
      entry.programme.withheldBatches += 1;
      withheld += 1;
    }
    byProgramme.set(programme.code, entry);
  }
  const programmes = [...byProgramme.values()]
    .map(({ programme, fen: total }) => ({ ...programme, totalAmount: programme.batchCount > programme.withheldBatches ? fenToDecimal(total) : null }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return { date, batchCount: batches.length, lineCount: lines, totalAmount: batches.length > withheld ? fenToDecimal(fen) : null, withheldBatches: withheld, programmes };
}

export function calendarView(data: DisbursementCalendarQuery, now: Date): CalendarView {
  const today = beijingDay(now);
  const byDay = new Map<string, Parameters<typeof summarise>[1]>();
  const periods = new Set<string>();
  const counties = new Set<string>();
  const programmes = new Map(data.programmes.map((p) => [p.code, p]));
  for (const batch of data.publishedBatches) {
    const programme = programmes.get(batch.programmeCode);
    if (!programme) continue;
    if (batch.period) periods.add(batch.period);
    if (batch.countyCode) counties.add(batch.countyCode);
    // A batch with no lines paid nobody: it is not a disbursement day.
    if (!batch.sentToBankAt || batch.totalsWithheld === NO_LINES) continue;
    const day = beijingDay(batch.sentToBankAt);
    const list = byDay.get(day) ?? [];
    list.push({ programme, batch });
    byDay.set(day, list);
  }
  const todays = byDay.get(today);
  const earlier = [...byDay.keys()].filter((day) => day < today).sort().pop();
  return {
    today,
    todaySummary: todays ? summarise(today, todays) : null,
    latestSummary: earlier ? summarise(earlier, byDay.get(earlier)!) : null,
    programmes: data.programmes.map((p) => ({ code: p.code, name: p.name ?? null, department: p.department })),
    periods: [...periods].sort().reverse(),
    counties: [...counties].sort(),
  };
}
