/**
 * xlsx workbooks written as they are filled: the streaming writer puts each sheet into the file
 * when it is committed, so a province-wide export never has to fit in memory. Every sheet made here
 * has its header row frozen and a filter over its columns, whoever fills it.
 */
import type ExcelJS from 'exceljs';
import { closeFileStream, openFileStream, writeAtomically } from './output.js';

export type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;
export type SheetColumn = Partial<ExcelJS.Column>;

/** Amounts are exact text in the hub; a cell holds a number, shown with two decimals. */
export const AMOUNT_STYLE = { style: { numFmt: '#,##0.00' } } as const;

/** Instants are date cells holding the county's wall-clock time (lib/local-time.ts), shown to the second. */
export const DATE_TIME_STYLE = { style: { numFmt: 'yyyy-mm-dd hh:mm:ss' } } as const;

/**
 * Writes a workbook to `file`: `fill` adds its sheets, then it is committed. The file appears only
 * when the whole workbook is written (see writeAtomically); a failure leaves no half workbook.
 */
export function writeWorkbook<T>(file: string, fill: (workbook: Workbook) => Promise<T>): Promise<T> {
  return writeAtomically(file, async (temporary) => {
    // Loaded only for a workbook: it is a fifth of every other command's start-up.
    const { default: Excel } = await import('exceljs');
    const out = await openFileStream(temporary);
    try {
      const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
      workbook.creator = 'Huimin Hub';
      const result = await fill(workbook);
      await workbook.commit();
      await closeFileStream(out);
      return result;
    } catch (error) {
      out.destroy();
      throw error;
    }
  });
}

/**
 * A sheet whose first row, already committed, holds the columns' (Chinese) headers in bold, frozen
 * so it stays in view. Committing the sheet puts a filter on the header over every row added: the
 * streaming writer writes the filter at commit, once the last row is known, so `commit` and
 * `addRow` are wrapped here rather than left to each caller.
 */
export function addSheet(workbook: Workbook, name: string, columns: SheetColumn[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let lastRow = 1;
  const addRow = sheet.addRow.bind(sheet);
  sheet.addRow = (...args: Parameters<ExcelJS.Worksheet['addRow']>) => {
    const row = addRow(...args);
    lastRow = Math.max(lastRow, row.number);
    return row;
  };
  const commit = sheet.commit.bind(sheet);
  sheet.commit = () => {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow, column: Math.max(1, columns.length) } };
    commit();
  };
  return sheet;
}

/** Adds and commits one row per item as the pages arrive, then commits the sheet; returns the rows added. */
export async function fillSheet<T>(sheet: ExcelJS.Worksheet, pages: AsyncIterable<T[]>, row: (item: T) => Record<string, unknown>): Promise<number> {
  let count = 0;
  for await (const page of pages) {
    for (const item of page) sheet.addRow(row(item)).commit();
    count += page.length;
  }
  sheet.commit();
  return count;
}
