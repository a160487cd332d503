/**
 * The outputs of `hub crosscheck`: a human table, JSON lines, CSV and an xlsx workbook. Findings
 * arrive a page at a time and are written as they arrive, so an export of a province-wide run
 * does not have to fit in memory. The table, CSV and workbook are for people: rules, departments
 * and statuses by their Chinese names, times in the county's zone; JSON lines keep the codes.
 */
import type { Writable } from 'node:stream';
import { DEPARTMENT_INFO, type Department } from '../lib/departments.js';
import { RULE_LABELS_ZH, isRule } from '../lib/rules.js';
import { eligibilityConditionLabel, enumLabel } from '../lib/labels-zh.js';
import { DEFAULT_TIME_ZONE, localDateTime, localWallClockDate } from '../lib/local-time.js';
import type { CliCrosscheckFindingsQuery, CliCrosscheckNotCheckedQuery, CliCrosscheckReportQuery } from './__generated__/operations.js';
import { write } from './command.js';
import { CSV_BOM, csvRow, groupThousands, neutralise, pad } from './cells.js';
import { writePages } from './output.js';
import { addBatchFindingsSheet, batchFindingsText } from './batch-findings-report.js';
import { AMOUNT_STYLE, DATE_TIME_STYLE, addSheet, fillSheet, writeWorkbook, type Workbook } from './workbook.js';
import { counted, nounFor } from './wording.js';

/** A run as the report query answers it. */
export type ReportRun = NonNullable<CliCrosscheckReportQuery['run']>;
export type ReportFinding = CliCrosscheckFindingsQuery['page']['edges'][number]['node'];
export type ReportGap = CliCrosscheckNotCheckedQuery['page']['edges'][number]['node'];

/** Pages of a run's findings (optionally of one rule) and of its "not checked" entries. */
export interface ReportSource {
  findings(rule?: ReportFinding['rule']): AsyncIterable<ReportFinding[]>;
  notChecked(): AsyncIterable<ReportGap[]>;
}

export const FORMATS = ['table', 'jsonl', 'csv', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

const label = (rule: string) => (isRule(rule) ? RULE_LABELS_ZH[rule] : rule);
const departmentZh = (department: string) => DEPARTMENT_INFO[department as Department]?.nameZh ?? department;
const departmentsZh = (departments: readonly string[]) => departments.map(departmentZh).join('、');
const statusZh = (status: string) => enumLabel('CrosscheckRunStatus', status);

/** What the run checked, in Chinese: `项目 MZ-DB 的 3 个批次，期间 2024-03，资格条件 低保对象`. */
export function describeScope(run: ReportRun): string {
  const period = `期间 ${run.scope.period.slice(0, 4)}-${run.scope.period.slice(4)}`;
  const batches = `${run.scope.batchNumbers.length} 个批次`;
  const what =
    run.scope.kind === 'BATCH'
      ? `批次 ${run.scope.batchNumber}`
      : run.scope.kind === 'PERIOD'
        ? `全部项目的 ${batches}`
        : run.scope.programmeCode
          ? `项目 ${run.scope.programmeCode} 的 ${batches}`
          : `多个项目的 ${batches}`;
  const condition = run.scope.eligibilityCondition ? `，资格条件 ${eligibilityConditionLabel(run.scope.eligibilityCondition)}` : '';
  return `${what}，${period}${condition}`;
}

/** The summary table printed at the end of a check; times in `timeZone`. */
export function summaryText(run: ReportRun, timeZone: string = DEFAULT_TIME_ZONE): string {
  const lines: string[] = [];
  const checked = run.linesTotal == null ? counted(run.linesChecked, 'line') : `${run.linesChecked.toLocaleString('en-US')} of ${counted(run.linesTotal, 'line')}`;
  lines.push(`Cross-check run ${run.id}（${describeScope(run)}）：${statusZh(run.status)}`);
  lines.push(`Started by ${run.startedBy} at ${localDateTime(run.startedAt, timeZone)}; ${checked} checked.`);
  if (run.error) lines.push(`Error: ${run.error}`);
  lines.push('');
  const widths = [26, 18, 10, 18];
  lines.push([pad('规则 Rule', widths[0]!), pad('部门 Department', widths[1]!), pad('发现 Findings', widths[2]!, 'right'), pad('涉及金额 Amount', widths[3]!, 'right')].join('  '));
  for (const rule of run.summary.byRule) {
    lines.push(
      [
        pad(label(rule.rule), widths[0]!),
        pad(departmentsZh(rule.departments) || '—', widths[1]!),
        pad(rule.findings.toLocaleString('en-US'), widths[2]!, 'right'),
        pad(groupThousands(rule.amountAtRisk), widths[3]!, 'right'),
      ].join('  '),
    );
  }
  if (run.summary.byRule.length === 0) lines.push('（无发现 no findings）');
  lines.push(`合计 Total: ${counted(run.summary.findings, 'finding')} on ${counted(run.summary.linesFlagged, 'line')}`);
  if (run.summary.byDepartment.length) {
    lines.push('');
    lines.push([pad('部门 Department', 16), pad('发现 Findings', 14, 'right'), pad('明细 Lines', 12, 'right')].join('  '));
    for (const d of run.summary.byDepartment) {
      lines.push([pad(departmentZh(d.department), 16), pad(d.findings.toLocaleString('en-US'), 14, 'right'), pad(d.lines.toLocaleString('en-US'), 12, 'right')].join('  '));
    }
  }
  if (run.summary.notChecked.length) {
    lines.push('');
    lines.push(`未核查 NOT CHECKED: ${counted(run.summary.notCheckedLines, 'line')} with rules that could not be checked (not clean):`);
    for (const gap of run.summary.notChecked) {
      lines.push(`  ${departmentZh(gap.department)}: ${counted(gap.lines, 'line')}, ${nounFor(gap.rules.length, 'rule')} ${gap.rules.map(label).join('、')}`);
    }
    lines.push(`Check them again once the department is back: npx hub crosscheck --rerun ${run.id}`);
  } else if (run.status === 'FAILED') {
    lines.push('', `Continue the run where it stopped: npx hub crosscheck --rerun ${run.id}`);
  }
  lines.push(...batchFindingsText(run.batchFindings));
  return `${lines.join('\n')}\n`;
}

export async function writeJsonl(out: Writable, source: ReportSource): Promise<void> {
  await writePages(
    out,
    source.findings(),
    (f) => `${JSON.stringify({ lineId: f.lineId, rule: f.rule, departments: f.departments, evidence: f.evidence, amount: f.amount, batchNumber: f.batchNumber, village: f.village, findingId: f.id })}\n`,
  );
}

const CSV_HEADERS = ['明细编号', '规则', '部门', '证据', '金额（元）', '批次', '村/社区'];

/** CSV for people: rules and departments by their Chinese names (jsonl keeps the codes). */
export async function writeCsv(out: Writable, source: ReportSource): Promise<void> {
  await write(out, `${CSV_BOM}${csvRow(CSV_HEADERS)}`);
  await writePages(out, source.findings(), (f) =>
    csvRow([f.lineId, label(f.rule), departmentsZh(f.departments), neutralise(f.evidence), f.amount, neutralise(f.batchNumber), f.village ?? '']),
  );
}

export async function writeTable(out: Writable, run: ReportRun, source: ReportSource, timeZone: string = DEFAULT_TIME_ZONE): Promise<void> {
  const widths = [20, 18, 10, 14, 12, 14];
  const header = [pad('明细编号 Line', widths[0]!), pad('规则 Rule', widths[1]!), pad('部门 Department', widths[2]!), pad('金额 Amount', widths[3]!, 'right'), pad('批次 Batch', widths[4]!), pad('村/社区 Village', widths[5]!), '证据 Evidence'];
  await write(out, `${header.join('  ')}\n`);
  await writePages(out, source.findings(), (f) =>
    `${[
      pad(f.lineId, widths[0]!),
      pad(label(f.rule), widths[1]!),
      pad(departmentsZh(f.departments) || '—', widths[2]!),
      pad(groupThousands(f.amount), widths[3]!, 'right'),
      pad(f.batchNumber, widths[4]!),
      pad(f.village ?? '', widths[5]!),
      f.evidence,
    ].join('  ')}\n`,
  );
  await write(out, `\n${summaryText(run, timeZone)}`);
}

/**
 * A summary sheet (汇总), the run's facts (核查信息), one sheet per rule, and the lines not checked
 * (未核查). Each sheet goes into the file as it is committed, so rules are fetched and written one
 * after another rather than interleaved. Times are date cells in `timeZone`'s wall-clock time.
 */
export function writeXlsx(file: string, run: ReportRun, source: ReportSource, timeZone: string = DEFAULT_TIME_ZONE): Promise<void> {
  return writeWorkbook(file, (workbook) => fillWorkbook(workbook, run, source, timeZone));
}

function addRunSheet(workbook: Workbook, run: ReportRun, timeZone: string): void {
  const sheet = addSheet(workbook, '核查信息', [
    { header: '项目', key: 'key', width: 16 },
    { header: '内容', key: 'value', width: 60 },
  ]);
  const time = (iso: string | null | undefined) => (iso ? localWallClockDate(iso, timeZone) ?? iso : null);
  const info: [string, string | number | Date | null][] = [
    // The run id is digits that name a run, not a quantity: text, so no spreadsheet rounds or reformats it.
    ['核查编号', run.id],
    ['范围', describeScope(run)],
    ['状态', statusZh(run.status)],
    ['发起人', run.startedBy],
    ['开始时间', time(run.startedAt)],
    ['结束时间', time(run.finishedAt)],
    ['时区', timeZone],
    ['应核查明细数', run.linesTotal ?? null],
    ['已核查明细数', run.linesChecked],
    ['发现总数', run.summary.findings],
    ['涉及明细数', run.summary.linesFlagged],
    ['未核查明细数', run.summary.notCheckedLines],
  ];
  for (const [key, value] of info) {
    const row = sheet.addRow({ key, value });
    if (value instanceof Date) row.getCell(2).numFmt = DATE_TIME_STYLE.style.numFmt;
    row.getCell(2).alignment = { horizontal: 'left' };
    row.commit();
  }
  sheet.commit();
}

async function fillWorkbook(workbook: Workbook, run: ReportRun, source: ReportSource, timeZone: string): Promise<void> {
  const summary = addSheet(workbook, '汇总', [
    { header: '规则', key: 'label', width: 24 },
    { header: '部门', key: 'departments', width: 16 },
    { header: '发现数', key: 'findings', width: 10 },
    { header: '涉及金额（元）', key: 'amount', width: 18, ...AMOUNT_STYLE },
  ]);
  for (const rule of run.summary.byRule) {
    summary.addRow({ label: label(rule.rule), departments: departmentsZh(rule.departments), findings: rule.findings, amount: Number(rule.amountAtRisk) }).commit();
  }
  summary.commit();
  addRunSheet(workbook, run, timeZone);
  addBatchFindingsSheet(workbook, run.batchFindings);

  const findingColumns = [
    { header: '明细编号', key: 'lineId', width: 14 },
    { header: '规则', key: 'rule', width: 26 },
    { header: '部门', key: 'departments', width: 10 },
    { header: '证据', key: 'evidence', width: 70 },
    { header: '金额（元）', key: 'amount', width: 14, ...AMOUNT_STYLE },
    { header: '批次', key: 'batchNumber', width: 18 },
    { header: '村/社区', key: 'village', width: 14 },
  ];
  for (const rule of run.summary.byRule) {
    const sheet = addSheet(workbook, label(rule.rule).slice(0, 31), findingColumns);
    await fillSheet(sheet, source.findings(rule.rule), (f) => ({
      lineId: f.lineId,
      rule: label(f.rule),
      departments: departmentsZh(f.departments),
      evidence: f.evidence,
      amount: Number(f.amount),
      batchNumber: f.batchNumber,
      village: f.village ?? '',
    }));
  }

  if (run.summary.notCheckedLines > 0) {
    const sheet = addSheet(workbook, '未核查', [
      { header: '明细编号', key: 'lineId', width: 14 },
      { header: '部门', key: 'department', width: 10 },
      { header: '未核查规则', key: 'rules', width: 40 },
      { header: '原因', key: 'reason', width: 70 },
      { header: '金额（元）', key: 'amount', width: 14, ...AMOUNT_STYLE },
      { header: '批次', key: 'batchNumber', width: 18 },
    ]);
    await fillSheet(sheet, source.notChecked(), (g) => ({
      lineId: g.lineId,
      department: departmentZh(g.department),
      rules: g.rules.map(label).join('、'),
      reason: g.reason,
      amount: Number(g.amount),
      batchNumber: g.batchNumber,
    }));
  }
}
