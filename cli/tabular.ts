/**
 * Lists exported by `hub payments` and `hub person`: a terminal table, CSV (UTF-8 with BOM, Chinese
 * headers, for Excel and WPS), JSON lines, or an xlsx workbook with Chinese headers. Rows arrive a
 * page at a time and are written as they arrive. The cell helpers are shared with the crosscheck
 * report, so every export of the CLI neutralises formula-like text and counts CJK width the same way.
 */
import type { Writable } from 'node:stream';
import { write } from './command.js';
import { CSV_BOM, csvRow, groupThousands, neutralise, pad } from './cells.js';
import { toOutput, writePages } from './output.js';
import { AMOUNT_STYLE, addSheet, fillSheet, writeWorkbook, type Workbook } from './workbook.js';

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
  /** Amounts are exact decimal text: right-aligned, grouped in the table, a number format in xlsx. */
  kind?: 'text' | 'amount' | 'count';
  value(row: T): string | number | null;
}

export interface Sheet<T> {
  /** The xlsx sheet name (Chinese). */
  name: string;
  columns: Column<T>[];
  rows: AsyncIterable<T[]>;
  /** Shown in the table instead of "(none)" when there are no rows, e.g. why a section is missing. */
  note?: string;
}

function cellText(value: string | number | null): string {
  return value === null ? '' : String(value);
}

async function writeTableSheet<T>(out: Writable, sheet: Sheet<T>, title: string | null): Promise<number> {
  const last = sheet.columns.length - 1;
  const cell = (c: Column<T>, i: number, text: string) => (i === last ? text : pad(text, c.width, c.kind && c.kind !== 'text' ? 'right' : 'left'));
  if (title) await write(out, `${title}\n`);
  await write(out, `${sheet.columns.map((c, i) => cell(c, i, `${c.header} ${c.label}`)).join('  ')}\n`);
  const count = await writePages(out, sheet.rows, (row) => {
    const cells = sheet.columns.map((c, i) => {
      const raw = cellText(c.value(row));
      return cell(c, i, c.kind === 'amount' && raw !== '' ? groupThousands(raw) : raw);
    });
    return `${cells.join('  ')}\n`;
  });
  if (count === 0) await write(out, `(${sheet.note ?? 'none'})\n`);
  return count;
}

async function writeCsvSheet<T>(out: Writable, sheet: Sheet<T>): Promise<number> {
  await write(out, `${CSV_BOM}${csvRow(sheet.columns.map((c) => c.header))}`);
  return writePages(out, sheet.rows, (row) =>
    csvRow(
      sheet.columns.map((c) => {
        const value = cellText(c.value(row));
        return c.kind === 'text' || c.kind === undefined ? neutralise(value) : value;
      }),
    ),
  );
}

function writeJsonlSheet<T>(out: Writable, sheet: Sheet<T>, extra: Record<string, unknown>): Promise<number> {
  return writePages(out, sheet.rows, (row) => `${JSON.stringify({ ...extra, ...Object.fromEntries(sheet.columns.map((c) => [c.key, c.value(row)])) })}\n`);
}

function writeWorksheet<T>(workbook: Workbook, sheet: Sheet<T>): Promise<number> {
  const worksheet = addSheet(
    workbook,
    sheet.name,
    sheet.columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(8, Math.min(60, c.width)), ...(c.kind === 'amount' ? AMOUNT_STYLE : {}) })),
  );
  return fillSheet(worksheet, sheet.rows, (row) =>
    Object.fromEntries(
      sheet.columns.map((c) => {
        const value = c.value(row);
        // Amounts are exact text in the hub; a cell needs a number, and two decimals survive a double.
        return [c.key, value === null ? null : c.kind === 'amount' || c.kind === 'count' ? Number(value) : String(value)];
      }),
    ),
  );
}

/**
 * Writes sheets in `format` to `file` (or `stdout`). Table and CSV hold one list per sheet (CSV
 * takes the first sheet only, a CSV file being one table); JSON lines tag each row with its sheet
 * when there are several; xlsx writes one worksheet per sheet. Returns the rows written per sheet.
 */
export async function exportSheets(format: ExportFormat, sheets: Sheet<any>[], target: { file?: string; stdout: Writable }): Promise<number[]> {
  const counts: number[] = [];
  if (format === 'xlsx') {
    if (!target.file) throw new Error('an xlsx workbook is written to a file');
    return writeWorkbook(target.file, async (workbook) => {
      for (const sheet of sheets) counts.push(await writeWorksheet(workbook, sheet));
      return counts;
    });
  }
  return toOutput(target.file, target.stdout, async (out) => {
    if (format === 'csv') return [await writeCsvSheet(out, sheets[0]!)];
    for (const [i, sheet] of sheets.entries()) {
      if (format === 'jsonl') {
        counts.push(await writeJsonlSheet(out, sheet, sheets.length > 1 ? { sheet: sheet.name } : {}));
      } else {
        if (i > 0) await write(out, '\n');
        counts.push(await writeTableSheet(out, sheet, sheets.length > 1 ? `== ${sheet.name} ==` : null));
      }
    }
    return counts;
  });
}

/** One page holding the given rows, for lists that arrive in one answer. */
export async function* single<T>(rows: T[]): AsyncIterable<T[]> {
  yield rows;
}
