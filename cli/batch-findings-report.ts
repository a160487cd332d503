/**
 * The checks of duties and timing of a crosscheck run's batches in `hub crosscheck` output: a
 * section of the summary (table and stderr) and a sheet of the workbook (批次核查). Only what did
 * not pass is listed; "cannot be checked" (无法核查) is listed as such, never as passed. Both are for
 * people, so checks and outcomes are shown by their Chinese labels.
 */
import { enumLabel } from '../lib/labels-zh.js';
import { pad } from './cells.js';
import { addSheet, type Workbook } from './workbook.js';

export interface BatchFindingRow {
  batchNumber: string;
  check: string;
  outcome: string;
  evidence: string;
  missingField?: string | null;
}

/** The summary's section: one line per batch and check that did not pass, then the counts. */
export function batchFindingsText(findings: readonly BatchFindingRow[] | null | undefined): string[] {
  if (!findings) return [];
  const lines = ['', '批次核查 Batch checks (duties and timing):'];
  if (findings.length === 0) {
    lines.push('  (every check passed on every batch)');
    return lines;
  }
  lines.push(`  ${pad('批次 Batch', 24)}  ${pad('核查 Check', 24)}  ${pad('结果 Outcome', 14)}  证据 Evidence`);
  for (const f of findings) {
    lines.push(`  ${pad(f.batchNumber, 24)}  ${pad(enumLabel('BatchCheck', f.check), 24)}  ${pad(enumLabel('BatchCheckOutcome', f.outcome), 14)}  ${f.evidence}`);
  }
  const count = (outcome: string) => findings.filter((f) => f.outcome === outcome).length;
  lines.push(`  ${count('FLAGGED')} flagged, ${count('CANNOT_BE_CHECKED')} cannot be checked (无法核查), ${count('NOT_CHECKED')} not checked`);
  return lines;
}

/** The workbook's sheet 批次核查. */
export function addBatchFindingsSheet(workbook: Workbook, findings: readonly BatchFindingRow[] | null | undefined): void {
  if (!findings) return;
  const sheet = addSheet(workbook, '批次核查', [
    { header: '批次', key: 'batchNumber', width: 24 },
    { header: '核查项目', key: 'check', width: 24 },
    { header: '结果', key: 'outcome', width: 12 },
    { header: '缺少字段', key: 'missingField', width: 16 },
    { header: '证据', key: 'evidence', width: 70 },
  ]);
  for (const f of findings) {
    sheet
      .addRow({
        batchNumber: f.batchNumber,
        check: enumLabel('BatchCheck', f.check),
        outcome: enumLabel('BatchCheckOutcome', f.outcome),
        missingField: f.missingField ?? '',
        evidence: f.evidence,
      })
      .commit();
  }
  sheet.commit();
}
