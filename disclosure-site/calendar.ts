/**
 * 今日发放 and the indexes of the announcement page, worked out by the site's server from the
 * published batches (DisbursementCalendar), so the browser gets a few hundred bytes instead of the
 * whole batch list.
 */
import { decimalToFen, fenToDecimal } from '../lib/money.js';
import type { DisbursementCalendarQuery } from './__generated__/operations.js';

/** Totals over fewer lines than this are not shown (the policy's small-count rule; a line is at most one person). */
export const SMALL_COUNT = 5;

export interface DayProgramme {
  code: string;
  name: string | null;
  department: string;
  batchCount: number;
  lineCount: number;
  /** Null when the programme paid fewer than SMALL_COUNT lines that day. */
  totalAmount: string | null;
  batchNumbers: string[];
}

export interface DaySummary {
  date: string;
  batchCount: number;
  lineCount: number;
  totalAmount: string | null;
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

function summarise(date: string, batches: { programme: DisbursementCalendarQuery['programmes'][number]; batch: DisbursementCalendarQuery['programmes'][number]['batches'][number] }[]): DaySummary {
  const byProgramme = new Map<string, { programme: DayProgramme; fen: number }>();
  let lines = 0;
  let fen = 0;
  for (const { programme, batch } of batches) {
    const entry = byProgramme.get(programme.code) ?? {
      programme: { code: programme.code, name: programme.name ?? null, department: programme.department, batchCount: 0, lineCount: 0, totalAmount: null, batchNumbers: [] },
      fen: 0,
    };
    entry.programme.batchCount += 1;
    entry.programme.lineCount += batch.lineCount;
    entry.programme.batchNumbers.push(batch.batchNumber);
    entry.fen += decimalToFen(batch.totalAmount);
    byProgramme.set(programme.code, entry);
    lines += batch.lineCount;
    fen += decimalToFen(batch.totalAmount);
  }
  const programmes = [...byProgramme.values()]
    .map(({ programme, fen: total }) => ({ ...programme, totalAmount: programme.lineCount >= SMALL_COUNT ? fenToDecimal(total) : null }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return { date, batchCount: batches.length, lineCount: lines, totalAmount: lines >= SMALL_COUNT ? fenToDecimal(fen) : null, programmes };
}

export function calendarView(data: DisbursementCalendarQuery, now: Date): CalendarView {
  const today = beijingDay(now);
  const byDay = new Map<string, Parameters<typeof summarise>[1]>();
  const periods = new Set<string>();
  const counties = new Set<string>();
  for (const programme of data.programmes) {
    for (const batch of programme.batches) {
      if (batch.period) periods.add(batch.period);
      if (batch.countyCode) counties.add(batch.countyCode);
      // A batch with no lines paid nobody: it is not a disbursement day.
      if (!batch.sentToBankAt || batch.lineCount === 0) continue;
      const day = beijingDay(batch.sentToBankAt);
      const list = byDay.get(day) ?? [];
      list.push({ programme, batch });
      byDay.set(day, list);
    }
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
