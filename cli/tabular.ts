/**
 * Lists exported by `hub payments` and `hub person`: a terminal table, CSV (UTF-8 with BOM, Chinese
 * headers, for Excel and WPS), JSON lines, or an xlsx workbook with Chinese headers. Rows arrive a
 * page at a time and are written as they arrive. The cell helpers are the crosscheck report's, so
 * every export of the CLI neutralises formula-like text and counts CJK width the same way.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { write } from './command.js';
import { csvRow, groupThousands, neutralise, pad } from './crosscheck-report.js';

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
}

function cellText(value: string | number | null): string {
  return value === null ? '' : String(value);
}

async function writeTableSheet<T>(out: Writable, sheet: Sheet<T>, title: string | null): Promise<number> {
  if (title) await write(out, `${title}\n`);
  const header = sheet.columns.map((c, i) => (i === sheet.columns.length - 1 ? `${c.header} ${c.label}` : pad(`${c.header} ${c.label}`, c.width, c.kind && c.kind !== 'text' ? 'right' : 'left')));
  await write(out, `${header.join('  ')}\n`);
  let count = 0;
  for await (const page of sheet.rows) {
    let text = '';
    for (const row of page) {
      const cells = sheet.columns.map((c, i) => {
        const raw = cellText(c.value(row));
        const shown = c.kind === 'amount' && raw !== '' ? groupThousands(raw) : raw;
        if (i === sheet.columns.length - 1) return shown;
        return pad(shown, c.width, c.kind && c.kind !== 'text' ? 'right' : 'left');
      });
      text += `${cells.join('  ')}\n`;
      count++;
    }
    await write(out, text);
  }
  if (count === 0) await write(out, '(none)\n');
  return count;
}

async function writeCsvSheet<T>(out: Writable, sheet: Sheet<T>, withBom: boolean): Promise<number> {
  // The BOM tells Excel and WPS the file is UTF-8; without it they read the Chinese as GBK.
  await write(out, `${withBom ? '\uFEFF' : ''}${csvRow(sheet.columns.map((c) => c.header))}`);
  let count = 0;
  for await (const page of sheet.rows) {
    let text = '';
    for (const row of page) {
      text += csvRow(sheet.columns.map((c) => {
        const value = cellText(c.value(row));
        return c.kind === 'text' || c.kind === undefined ? neutralise(value) : value;
      }));
      count++;
    }
    await write(out, text);
  }
  return count;
}

async function writeJsonlSheet<T>(out: Writable, sheet: Sheet<T>, extra: Record<string, unknown>): Promise<number> {
  let count = 0;
  for await (const page of sheet.rows) {
    let text = '';
    for (const row of page) {
      text += `${JSON.stringify({ ...extra, ...Object.fromEntries(sheet.columns.map((c) => [c.key, c.value(row)])) })}\n`;
      count++;
    }
    await write(out, text);
  }
  return count;
}

/**
 * Writes sheets in `format` to `file` (or `stdout`). Table and CSV hold one list per sheet (CSV
 * takes the first sheet only, a CSV file being one table); JSON lines tag each row with its sheet
 * when there are several; xlsx writes one worksheet per sheet. Returns the rows written per sheet.
 */
export async function exportSheets(format: ExportFormat, sheets: Sheet<any>[], target: { file?: string; stdout: Writable }): Promise<number[]> {
  if (format === 'xlsx') {
    if (!target.file) throw new Error('an xlsx workbook is written to a file');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: target.file, useStyles: true, useSharedStrings: false });
    workbook.creator = 'Huimin Hub';
    const counts: number[] = [];
    for (const sheet of sheets) {
      const worksheet = workbook.addWorksheet(sheet.name);
      worksheet.columns = sheet.columns.map((c) => ({
        header: c.header,
        key: c.key,
        width: Math.max(8, Math.min(60, c.width)),
        ...(c.kind === 'amount' ? { style: { numFmt: '#,##0.00' } } : {}),
      }));
      worksheet.getRow(1).font = { bold: true };
      worksheet.getRow(1).commit();
      let count = 0;
      for await (const page of sheet.rows) {
        for (const row of page) {
          worksheet
            .addRow(
              Object.fromEntries(
                sheet.columns.map((c) => {
                  const value = c.value(row);
                  // Amounts are exact text in the hub; a cell needs a number, and two decimals survive a double.
                  return [c.key, value === null ? null : c.kind === 'amount' || c.kind === 'count' ? Number(value) : String(value)];
                }),
              ),
            )
            .commit();
          count++;
        }
      }
      worksheet.commit();
      counts.push(count);
    }
    await workbook.commit();
    return counts;
  }
  const out: Writable = target.file ? createWriteStream(target.file) : target.stdout;
  const counts: number[] = [];
  if (format === 'csv') {
    counts.push(await writeCsvSheet(out, sheets[0]!, true));
  } else {
    for (const [i, sheet] of sheets.entries()) {
      if (format === 'jsonl') counts.push(await writeJsonlSheet(out, sheet, sheets.length > 1 ? { sheet: sheet.name } : {}));
      else {
        if (i > 0) await write(out, '\n');
        counts.push(await writeTableSheet(out, sheet, sheets.length > 1 ? `== ${sheet.name} ==` : null));
      }
    }
  }
  if (target.file) {
    out.end();
    await once(out, 'finish');
  }
  return counts;
}

/** One page holding the given rows, for lists that arrive in one answer. */
export async function* single<T>(rows: T[]): AsyncIterable<T[]> {
  yield rows;
}
