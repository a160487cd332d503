/**
 * The outputs of `hub crosscheck`: a human table, JSON lines, CSV and an xlsx workbook. Findings
 * arrive a page at a time and are written as they arrive, so an export of a province-wide run
 * does not have to fit in memory.
 */
import type { Writable } from 'node:stream';
import { DEPARTMENT_INFO, type Department } from '../lib/departments.js';
import { RULE_LABELS_ZH, isRule } from '../lib/rules.js';
import type { CliCrosscheckFindingsQuery, CliCrosscheckNotCheckedQuery, CliCrosscheckReportQuery } from './__generated__/operations.js';
import { write } from './command.js';
import { CSV_BOM, csvRow, groupThousands, neutralise, pad } from './cells.js';
import { writePages } from './output.js';
import { AMOUNT_STYLE, addSheet, fillSheet, writeWorkbook, type Workbook } from './workbook.js';

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

function describeScope(run: ReportRun): string {
  const period = `${run.scope.period.slice(0, 4)}-${run.scope.period.slice(4)}`;
  const batches = `${run.scope.batchNumbers.length} batches`;
  const what =
    run.scope.kind === 'BATCH'
      ? `batch ${run.scope.batchNumber}`
      : run.scope.kind === 'PERIOD'
        ? `every programme, ${batches}`
        : run.scope.programmeCode
          ? `programme ${run.scope.programmeCode}, ${batches}`
          : `${batches} of several programmes`;
  const condition = run.scope.eligibilityCondition ? `, condition ${run.scope.eligibilityCondition}` : '';
  return `${what}, period ${period}${condition}`;
}

/** The summary table printed at the end of a check. */
export function summaryText(run: ReportRun): string {
  const lines: string[] = [];
  const total = run.linesTotal == null ? '' : ` of ${run.linesTotal.toLocaleString('en-US')}`;
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
  await writePages(
    out,
    source.findings(),
    (f) => `${JSON.stringify({ lineId: f.lineId, rule: f.rule, departments: f.departments, evidence: f.evidence, amount: f.amount, batchNumber: f.batchNumber, village: f.village, findingId: f.id })}\n`,
  );
}

const CSV_HEADERS = ['明细编号', '规则', '规则名称', '部门', '证据', '金额', '批次', '村/社区'];

export async function writeCsv(out: Writable, source: ReportSource): Promise<void> {
  await write(out, `${CSV_BOM}${csvRow(CSV_HEADERS)}`);
  await writePages(out, source.findings(), (f) =>
    csvRow([f.lineId, f.rule, label(f.rule), f.departments.map(departmentZh).join('、'), neutralise(f.evidence), f.amount, neutralise(f.batchNumber), f.village ?? '']),
  );
}

export async function writeTable(out: Writable, run: ReportRun, source: ReportSource): Promise<void> {
  const widths = [20, 26, 16, 14, 12, 14];
  const header = [pad('明细编号 Line', widths[0]!), pad('规则 Rule', widths[1]!), pad('部门 Department', widths[2]!), pad('金额 Amount', widths[3]!, 'right'), pad('批次 Batch', widths[4]!), pad('村/社区 Village', widths[5]!), '证据 Evidence'];
  await write(out, `${header.join('  ')}\n`);
  await writePages(out, source.findings(), (f) =>
    `${[
      pad(f.lineId, widths[0]!),
      pad(f.rule, widths[1]!),
      pad(f.departments.join(',') || '—', widths[2]!),
      pad(groupThousands(f.amount), widths[3]!, 'right'),
      pad(f.batchNumber, widths[4]!),
      pad(f.village ?? '', widths[5]!),
      f.evidence,
    ].join('  ')}\n`,
  );
  await write(out, `\n${summaryText(run)}`);
}

/**
 * One sheet per rule after a summary sheet (汇总), and the lines not checked (未核查). Each sheet
 * goes into the file as it is committed, so rules are fetched and written one after another
 * rather than interleaved.
 */
export function writeXlsx(file: string, run: ReportRun, source: ReportSource): Promise<void> {
  return writeWorkbook(file, (workbook) => fillWorkbook(workbook, run, source));
}

async function fillWorkbook(workbook: Workbook, run: ReportRun, source: ReportSource): Promise<void> {
  const summary = addSheet(workbook, '汇总', [
    { header: '规则代码', key: 'rule', width: 28 },
    { header: '规则', key: 'label', width: 24 },
    { header: '部门', key: 'departments', width: 16 },
    { header: '发现数', key: 'findings', width: 10 },
    { header: '涉及金额（元）', key: 'amount', width: 18, ...AMOUNT_STYLE },
  ]);
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
    { header: '金额（元）', key: 'amount', width: 14, ...AMOUNT_STYLE },
    { header: '批次', key: 'batchNumber', width: 18 },
    { header: '村/社区', key: 'village', width: 14 },
  ];
  for (const rule of run.summary.byRule) {
    const sheet = addSheet(workbook, label(rule.rule).slice(0, 31), findingColumns);
    await fillSheet(sheet, source.findings(rule.rule), (f) => ({
      lineId: f.lineId,
      rule: `${f.rule} ${label(f.rule)}`,
      departments: f.departments.map(departmentZh).join('、'),
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
      rules: g.rules.join(', '),
      reason: g.reason,
      amount: Number(g.amount),
      batchNumber: g.batchNumber,
    }));
  }
}
