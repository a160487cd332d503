/**
 * Lists exported by `hub payments` and `hub person`: a terminal table, CSV (UTF-8 with BOM, Chinese
 * headers, for Excel and WPS), JSON lines, or an xlsx workbook with Chinese headers. Rows arrive a
 * page at a time and are written as they arrive. The cell helpers are shared with the crosscheck
 * report, so every export of the CLI neutralises formula-like text and counts CJK width the same way.
 *
 * Tables, CSV and workbooks are for people: codes are shown by their Chinese labels and instants in
 * the county's local time. JSON lines are for programs and keep the codes and ISO instants.
 */
import type { Writable } from 'node:stream';
import { enumLabel, type LabelledEnum } from '../lib/labels-zh.js';
import { DEFAULT_TIME_ZONE, localDateTime, localWallClockDate } from '../lib/local-time.js';
import { write } from './command.js';
import { CSV_BOM, csvRow, groupThousands, neutralise, pad } from './cells.js';
import { afterFirstPage, toOutput, writePages } from './output.js';
import { AMOUNT_STYLE, DATE_TIME_STYLE, addSheet, fillSheet, writeWorkbook, type Workbook } from './workbook.js';

export const EXPORT_FORMATS = ['table', 'csv', 'jsonl', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Column<T> {
  /** The JSON key. */
  key: string;
  /** The Chinese header of CSV and xlsx, and the first part of the table header. */
  header: string;
  /** The English part of the table header. */
  label: string;
  /** Table width in terminal columns; the last column is not padded. */
  width: number;
  /**
   * Amounts are exact decimal text: right-aligned, grouped in the table, a number format in xlsx.
   * Times are ISO instants: local wall-clock text, or a date cell in xlsx.
   */
  kind?: 'text' | 'amount' | 'count' | 'time';
  /** The value is a code of this enum: people see its Chinese label. */
  labels?: LabelledEnum;
  /** What people see for no value (jsonl keeps null). */
  blank?: string;
  value(row: T): string | number | null;
}

/** Where an export goes, and the zone its times are shown in (default Asia/Shanghai). */
export interface ExportTarget {
  file?: string;
  stdout: Writable;
  timeZone?: string;
}

export interface Sheet<T> {
  /** The xlsx sheet name (Chinese). */
  name: string;
  columns: Column<T>[];
  rows: AsyncIterable<T[]>;
  /** Shown in the table instead of "(none)" when there are no rows, e.g. why a section is missing. */
  note?: string;
}

/** A value as people read it: a code by its label, an instant in local time, nothing as the column's blank. */
export function shownText<T>(column: Column<T>, value: string | number | null, timeZone: string): string {
  if (value === null || value === '') return column.blank ?? '';
  if (column.labels) return enumLabel(column.labels, String(value));
  if (column.kind === 'time') return localDateTime(String(value), timeZone);
  return String(value);
}

async function writeTableSheet<T>(out: Writable, sheet: Sheet<T>, title: string | null, timeZone: string): Promise<number> {
  const last = sheet.columns.length - 1;
  const right = (c: Column<T>) => c.kind === 'amount' || c.kind === 'count';
  const cell = (c: Column<T>, i: number, text: string) => (i === last ? text : pad(text, c.width, right(c) ? 'right' : 'left'));
  const header = async () => {
    if (title) await write(out, `${title}\n`);
    await write(out, `${sheet.columns.map((c, i) => cell(c, i, `${c.header} ${c.label}`)).join('  ')}\n`);
  };
  const count = await writePages(out, afterFirstPage(sheet.rows, header), (row) => {
    const cells = sheet.columns.map((c, i) => {
      const value = c.value(row);
      const text = shownText(c, value, timeZone);
      return cell(c, i, c.kind === 'amount' && value !== null ? groupThousands(text) : text);
    });
    return `${cells.join('  ')}\n`;
  });
  if (count === 0) await write(out, `（${sheet.note ?? '无'}）\n`);
  return count;
}

async function writeCsvSheet<T>(out: Writable, sheet: Sheet<T>, timeZone: string): Promise<number> {
  const header = () => write(out, `${CSV_BOM}${csvRow(sheet.columns.map((c) => c.header))}`);
  return writePages(out, afterFirstPage(sheet.rows, header), (row) =>
    csvRow(
      sheet.columns.map((c) => {
        const text = shownText(c, c.value(row), timeZone);
        return c.kind === 'amount' || c.kind === 'count' ? text : neutralise(text);
      }),
    ),
  );
}

function writeJsonlSheet<T>(out: Writable, sheet: Sheet<T>, extra: Record<string, unknown>): Promise<number> {
  return writePages(out, sheet.rows, (row) => `${JSON.stringify({ ...extra, ...Object.fromEntries(sheet.columns.map((c) => [c.key, c.value(row)])) })}\n`);
}

const STYLES = { amount: AMOUNT_STYLE, time: DATE_TIME_STYLE } as const;

/** A value as an xlsx cell: numbers as numbers, instants as local date cells, codes by their labels. */
function worksheetValue<T>(column: Column<T>, value: string | number | null, timeZone: string): string | number | Date | null {
  if (value === null || value === '') return column.blank ?? null;
  // Amounts are exact text in the hub; a cell needs a number, and two decimals survive a double.
  if (column.kind === 'amount' || column.kind === 'count') return Number(value);
  if (column.kind === 'time') return localWallClockDate(String(value), timeZone) ?? String(value);
  return shownText(column, value, timeZone);
}

function writeWorksheet<T>(workbook: Workbook, sheet: Sheet<T>, timeZone: string): Promise<number> {
  const worksheet = addSheet(
    workbook,
    sheet.name,
    sheet.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: Math.max(8, Math.min(60, c.kind === 'time' ? 20 : c.width)),
      ...(c.kind === 'amount' || c.kind === 'time' ? STYLES[c.kind] : {}),
    })),
  );
  return fillSheet(worksheet, sheet.rows, (row) => Object.fromEntries(sheet.columns.map((c) => [c.key, worksheetValue(c, c.value(row), timeZone)])));
}

/**
 * Writes sheets in `format` to `file` (or `stdout`). Table and CSV hold one list per sheet (CSV
 * takes the first sheet only, a CSV file being one table); JSON lines tag each row with its sheet
 * when there are several; xlsx writes one worksheet per sheet. Returns the rows written per sheet.
 */
export async function exportSheets(format: ExportFormat, sheets: Sheet<any>[], target: ExportTarget): Promise<number[]> {
  const counts: number[] = [];
  const timeZone = target.timeZone ?? DEFAULT_TIME_ZONE;
  if (format === 'xlsx') {
    if (!target.file) throw new Error('an xlsx workbook is written to a file');
    return writeWorkbook(target.file, async (workbook) => {
      for (const sheet of sheets) counts.push(await writeWorksheet(workbook, sheet, timeZone));
      return counts;
    });
  }
  return toOutput(target.file, target.stdout, async (out) => {
    if (format === 'csv') return [await writeCsvSheet(out, sheets[0]!, timeZone)];
    for (const [i, sheet] of sheets.entries()) {
      if (format === 'jsonl') {
        counts.push(await writeJsonlSheet(out, sheet, sheets.length > 1 ? { sheet: sheet.name } : {}));
      } else {
        if (i > 0) await write(out, '\n');
        counts.push(await writeTableSheet(out, sheet, sheets.length > 1 ? `== ${sheet.name} ==` : null, timeZone));
      }
    }
    return counts;
  });
}

/** One page holding the given rows, for lists that arrive in one answer. */
export async function* single<T>(rows: T[]): AsyncIterable<T[]> {
  yield rows;
}
