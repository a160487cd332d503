/**
 * xlsx workbooks written as they are filled: the streaming writer puts each sheet into the file
 * when it is committed, so a province-wide export never has to fit in memory.
 */
import ExcelJS from 'exceljs';
import { closeFileStream, openFileStream, writeAtomically } from './output.js';

export type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;
export type SheetColumn = Partial<ExcelJS.Column>;

/** Amounts are exact text in the hub; a cell holds a number, shown with two decimals. */
export const AMOUNT_STYLE = { style: { numFmt: '#,##0.00' } } as const;

/**
 * Writes a workbook to `file`: `fill` adds its sheets, then it is committed. The file appears only
 * when the whole workbook is written (see writeAtomically); a failure leaves no half workbook.
 */
export function writeWorkbook<T>(file: string, fill: (workbook: Workbook) => Promise<T>): Promise<T> {
  return writeAtomically(file, async (temporary) => {
    const out = await openFileStream(temporary);
    try {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
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

/** A sheet whose first row, already committed, holds the columns' (Chinese) headers in bold. */
export function addSheet(workbook: Workbook, name: string, columns: SheetColumn[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
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
