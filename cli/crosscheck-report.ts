/**
 * The outputs of `hub crosscheck`: a human table, JSON lines, CSV and an xlsx workbook. Findings
 * arrive a page at a time and are written as they arrive, so an export of a province-wide run
 * does not have to fit in memory.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DEPARTMENT_INFO, type Department } from '../lib/departments.js';
import { RULE_LABELS_ZH, isRule } from '../lib/rules.js';
import { write } from './command.js';

export interface ReportRun {
  id: string;
  status: string;
  error: string | null;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
  linesTotal: number | null;
  linesChecked: number;
  scope: { kind: string; batchNumber: string | null; programmeCode: string | null; period: string; batchNumbers: string[]; eligibilityCondition: string | null };
  summary: {
    findings: number;
    linesFlagged: number;
    byRule: { rule: string; departments: string[]; findings: number; amountAtRisk: string }[];
    byDepartment: { department: string; findings: number; lines: number }[];
    notCheckedLines: number;
    notChecked: { department: string; lines: number; rules: string[] }[];
  };
}

export interface ReportFinding {
  id: string;
  lineId: string;
  rule: string;
  departments: string[];
  evidence: string;
  amount: string;
  batchNumber: string;
  village: string | null;
}

export interface ReportGap {
  lineId: string;
  batchNumber: string;
  department: string;
  rules: string[];
  reason: string;
  amount: string;
}

/** Pages of a run's findings (optionally of one rule) and of its "not checked" entries. */
export interface ReportSource {
  findings(rule?: string): AsyncIterable<ReportFinding[]>;
  notChecked(): AsyncIterable<ReportGap[]>;
}

export const FORMATS = ['table', 'jsonl', 'csv', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

const label = (rule: string) => (isRule(rule) ? RULE_LABELS_ZH[rule] : rule);
const departmentZh = (department: string) => DEPARTMENT_INFO[department as Department]?.nameZh ?? department;

/** Terminal columns a string takes: CJK characters are two wide. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** `1234567.5` style text -> `1,234,567.50`, without ever becoming a float. */
export function groupThousands(decimal: string): string {
  const [whole = '0', fraction = '00'] = decimal.replace(/^-/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${decimal.startsWith('-') ? '-' : ''}${grouped}.${fraction.padEnd(2, '0')}`;
}

function describeScope(run: ReportRun): string {
  const period = `${run.scope.period.slice(0, 4)}-${run.scope.period.slice(4)}`;
  const what = run.scope.kind === 'BATCH' ? `batch ${run.scope.batchNumber}` : `programme ${run.scope.programmeCode}, ${run.scope.batchNumbers.length} batches`;
  const condition = run.scope.eligibilityCondition ? `, condition ${run.scope.eligibilityCondition}` : '';
  return `${what}, period ${period}${condition}`;
}

/** The summary table printed at the end of a check. */
export function summaryText(run: ReportRun): string {
  const lines: string[] = [];
  const total = run.linesTotal === null ? '' : ` of ${run.linesTotal.toLocaleString('en-US')}`;
  lines.push(`Cross-check run ${run.id} (${describeScope(run)}): ${run.status}`);
  lines.push(`Started by ${run.startedBy} at ${run.startedAt}; ${run.linesChecked.toLocaleString('en-US')}${total} lines checked.`);
  if (run.error) lines.push(`Error: ${run.error}`);
  lines.push('');
  const widths = [40, 18, 10, 18];
  lines.push([pad('规则 Rule', widths[0]!), pad('部门 Department', widths[1]!), pad('发现 Findings', widths[2]!, 'right'), pad('涉及金额 Amount', widths[3]!, 'right')].join('  '));
  for (const rule of run.summary.byRule) {
    lines.push(
      [
        pad(`${rule.rule} ${label(rule.rule)}`, widths[0]!),
        pad(rule.departments.join(',') || '—', widths[1]!),
        pad(rule.findings.toLocaleString('en-US'), widths[2]!, 'right'),
        pad(groupThousands(rule.amountAtRisk), widths[3]!, 'right'),
      ].join('  '),
    );
  }
  if (run.summary.byRule.length === 0) lines.push('(no findings)');
  lines.push(`合计 Total: ${run.summary.findings.toLocaleString('en-US')} findings on ${run.summary.linesFlagged.toLocaleString('en-US')} lines`);
  if (run.summary.byDepartment.length) {
    lines.push('');
    lines.push([pad('部门 Department', 26), pad('发现 Findings', 14, 'right'), pad('明细 Lines', 12, 'right')].join('  '));
    for (const d of run.summary.byDepartment) {
      lines.push([pad(`${d.department} ${departmentZh(d.department)}`, 26), pad(d.findings.toLocaleString('en-US'), 14, 'right'), pad(d.lines.toLocaleString('en-US'), 12, 'right')].join('  '));
    }
  }
  if (run.summary.notChecked.length) {
    lines.push('');
    lines.push(`未核查 NOT CHECKED: ${run.summary.notCheckedLines.toLocaleString('en-US')} lines have rules that could not be checked (they are not clean):`);
    for (const gap of run.summary.notChecked) {
      lines.push(`  ${gap.department} ${departmentZh(gap.department)}: ${gap.lines.toLocaleString('en-US')} lines, rules ${gap.rules.join(', ')}`);
    }
    lines.push(`Check them again once the department is back: npx hub crosscheck --rerun ${run.id}`);
  } else if (run.status === 'FAILED') {
    lines.push('', `Continue the run where it stopped: npx hub crosscheck --rerun ${run.id}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function writeJsonl(out: Writable, source: ReportSource): Promise<void> {
  for await (const page of source.findings()) {
    let text = '';
    for (const f of page) {
      text += `${JSON.stringify({ lineId: f.lineId, rule: f.rule, departments: f.departments, evidence: f.evidence, amount: f.amount, batchNumber: f.batchNumber, village: f.village, findingId: f.id })}\n`;
    }
    await write(out, text);
  }
}

const CSV_HEADERS = ['明细编号', '规则', '规则名称', '部门', '证据', '金额', '批次', '村/社区'];

/** Spreadsheet programs run a cell that starts like a formula; text from the departments must stay text. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvRow(values: string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export async function writeCsv(out: Writable, source: ReportSource): Promise<void> {
  // The BOM tells Excel and WPS the file is UTF-8; without it they read the Chinese as GBK.
  await write(out, `\uFEFF${csvRow(CSV_HEADERS)}`);
  for await (const page of source.findings()) {
    let text = '';
    for (const f of page) {
      text += csvRow([
        f.lineId,
        f.rule,
        label(f.rule),
        f.departments.map(departmentZh).join('、'),
        neutralise(f.evidence),
        f.amount,
        neutralise(f.batchNumber),
        f.village ?? '',
      ]);
    }
    await write(out, text);
  }
}

export async function writeTable(out: Writable, run: ReportRun, source: ReportSource): Promise<void> {
  const widths = [20, 26, 16, 14, 12, 14];
  const header = [pad('明细编号 Line', widths[0]!), pad('规则 Rule', widths[1]!), pad('部门 Department', widths[2]!), pad('金额 Amount', widths[3]!, 'right'), pad('批次 Batch', widths[4]!), pad('村/社区 Village', widths[5]!), '证据 Evidence'];
  await write(out, `${header.join('  ')}\n`);
  for await (const page of source.findings()) {
    let text = '';
    for (const f of page) {
      text += `${[
        pad(f.lineId, widths[0]!),
        pad(f.rule, widths[1]!),
        pad(f.departments.join(',') || '—', widths[2]!),
        pad(groupThousands(f.amount), widths[3]!, 'right'),
        pad(f.batchNumber, widths[4]!),
        pad(f.village ?? '', widths[5]!),
        f.evidence,
      ].join('  ')}\n`;
    }
    await write(out, text);
  }
  await write(out, `\n${summaryText(run)}`);
}

/**
 * One sheet per rule after a summary sheet (汇总), and the lines not checked (未核查). The
 * streaming writer puts each sheet into the file as it is committed, so rules are fetched and
 * written one after another rather than interleaved.
 */
export async function writeXlsx(file: string, run: ReportRun, source: ReportSource): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Huimin Hub';
  const bold = { font: { bold: true } };

  const summary = workbook.addWorksheet('汇总');
  summary.columns = [
    { header: '规则代码', key: 'rule', width: 28 },
    { header: '规则', key: 'label', width: 24 },
    { header: '部门', key: 'departments', width: 16 },
    { header: '发现数', key: 'findings', width: 10 },
    { header: '涉及金额（元）', key: 'amount', width: 18, style: { numFmt: '#,##0.00' } },
  ];
  summary.getRow(1).font = bold.font;
  summary.getRow(1).commit();
  for (const rule of run.summary.byRule) {
    summary
      .addRow({ rule: rule.rule, label: label(rule.rule), departments: rule.departments.map(departmentZh).join('、'), findings: rule.findings, amount: Number(rule.amountAtRisk) })
      .commit();
  }
  const info: [string, string | number][] = [
    ['核查批次号', run.id],
    ['范围', describeScope(run)],
    ['状态', run.status],
    ['发起人', run.startedBy],
    ['开始时间', run.startedAt],
    ['结束时间', run.finishedAt ?? ''],
    ['已核查明细数', run.linesChecked],
    ['发现总数', run.summary.findings],
    ['涉及明细数', run.summary.linesFlagged],
    ['未核查明细数', run.summary.notCheckedLines],
  ];
  summary.addRow([]).commit();
  for (const [key, value] of info) summary.addRow([key, value]).commit();
  summary.commit();

  const findingColumns = [
    { header: '明细编号', key: 'lineId', width: 14 },
    { header: '规则', key: 'rule', width: 26 },
    { header: '部门', key: 'departments', width: 10 },
    { header: '证据', key: 'evidence', width: 70 },
    { header: '金额（元）', key: 'amount', width: 14, style: { numFmt: '#,##0.00' } },
    { header: '批次', key: 'batchNumber', width: 18 },
    { header: '村/社区', key: 'village', width: 14 },
  ];
  for (const rule of run.summary.byRule) {
    const sheet = workbook.addWorksheet(label(rule.rule).slice(0, 31));
    sheet.columns = findingColumns;
    sheet.getRow(1).font = bold.font;
    sheet.getRow(1).commit();
    for await (const page of source.findings(rule.rule)) {
      for (const f of page) {
        sheet
          .addRow({
            lineId: f.lineId,
            rule: `${f.rule} ${label(f.rule)}`,
            departments: f.departments.map(departmentZh).join('、'),
            evidence: f.evidence,
            amount: Number(f.amount),
            batchNumber: f.batchNumber,
            village: f.village ?? '',
          })
          .commit();
      }
    }
    sheet.commit();
  }

  if (run.summary.notCheckedLines > 0) {
    const sheet = workbook.addWorksheet('未核查');
    sheet.columns = [
      { header: '明细编号', key: 'lineId', width: 14 },
      { header: '部门', key: 'department', width: 10 },
      { header: '未核查规则', key: 'rules', width: 40 },
      { header: '原因', key: 'reason', width: 70 },
      { header: '金额（元）', key: 'amount', width: 14, style: { numFmt: '#,##0.00' } },
      { header: '批次', key: 'batchNumber', width: 18 },
    ];
    sheet.getRow(1).font = bold.font;
    sheet.getRow(1).commit();
    for await (const page of source.notChecked()) {
      for (const g of page) {
        sheet
          .addRow({ lineId: g.lineId, department: departmentZh(g.department), rules: g.rules.join(', '), reason: g.reason, amount: Number(g.amount), batchNumber: g.batchNumber })
          .commit();
      }
    }
    sheet.commit();
  }
  await workbook.commit();
}
