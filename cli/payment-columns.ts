/** The columns `hub payments` exports: payment lines, roll-up groups and missed persons. */
import type { CliMissedPaymentsQuery, CliPaymentPageFragment, CliRollupQuery, RollupDimension } from './__generated__/operations.js';
import type { Column } from './tabular.js';

export type LineRow = CliPaymentPageFragment['edges'][number];
export type RollupRow = CliRollupQuery['rows'][number];
export type MissedRow = CliMissedPaymentsQuery['page']['items'][number];

export const LINE_COLUMNS: Column<LineRow>[] = [
  { key: 'lineId', header: '明细编号', label: 'Line', width: 12, value: (r) => r.node.id },
  { key: 'batchNumber', header: '批次号', label: 'Batch', width: 22, value: (r) => r.node.batch.batchNumber },
  { key: 'programme', header: '项目代码', label: 'Programme', width: 10, value: (r) => r.node.batch.programme?.code ?? null },
  { key: 'programmeName', header: '项目名称', label: 'Name', width: 20, value: (r) => r.node.batch.programme?.name ?? null },
  { key: 'period', header: '期间', label: 'Period', width: 8, value: (r) => r.node.batch.period ?? null },
  { key: 'county', header: '发放县区', label: 'County', width: 8, value: (r) => r.node.batch.countyCode ?? null },
  { key: 'idNumber', header: '身份证号', label: 'ID number', width: 18, value: (r) => r.node.idNumber },
  { key: 'name', header: '姓名', label: 'Name', width: 8, value: (r) => r.node.name ?? null },
  { key: 'accountNumber', header: '收款账号', label: 'Account', width: 20, value: (r) => r.node.accountNumber ?? null },
  { key: 'amount', header: '金额（元）', label: 'Amount', width: 12, kind: 'amount', value: (r) => r.node.amount },
  { key: 'status', header: '状态', label: 'Status', width: 9, labels: 'PaymentLineStatus', value: (r) => r.node.status },
  { key: 'failureReason', header: '失败原因', label: 'Failure', width: 12, value: (r) => r.node.failureReason ?? null },
  { key: 'creditedAt', header: '到账时间', label: 'Credited at', width: 19, kind: 'time', value: (r) => r.node.creditedAt ?? null },
];

/** Why a line is late or unpaid. */
export const NOTE_COLUMN: Column<LineRow> = { key: 'note', header: '说明', label: 'Note', width: 40, value: (r) => r.note ?? null };

const DIVISION_HEADERS: Partial<Record<RollupDimension, string>> = { COUNTY: '发放县区', TOWNSHIP: '乡镇（户籍）', VILLAGE: '村/社区（户籍）' };

/** One column per dimension grouped by, then the counts and the amount. */
export function rollupColumns(groupBy: RollupDimension[]): Column<RollupRow>[] {
  const columns: Column<RollupRow>[] = [];
  const has = (d: RollupDimension) => groupBy.includes(d);
  if (has('PROGRAMME')) {
    columns.push({ key: 'programme', header: '项目代码', label: 'Programme', width: 10, value: (r) => r.programmeCode ?? null });
    columns.push({ key: 'programmeName', header: '项目名称', label: 'Name', width: 20, value: (r) => r.programme?.name ?? null });
  }
  if (has('PERIOD')) columns.push({ key: 'period', header: '期间', label: 'Period', width: 8, value: (r) => r.period ?? null });
  if (has('FUNDING_LEVEL')) columns.push({ key: 'fundingLevel', header: '资金级次', label: 'Funding', width: 10, labels: 'FundingLevel', value: (r) => r.fundingLevel ?? null });
  if (has('DEPARTMENT')) columns.push({ key: 'department', header: '主管部门', label: 'Department', width: 14, labels: 'ResponsibleDepartment', value: (r) => r.department ?? null });
  if (has('STATUS')) columns.push({ key: 'status', header: '状态', label: 'Status', width: 9, labels: 'PaymentLineStatus', value: (r) => r.status ?? null });
  const level = groupBy.find((d) => DIVISION_HEADERS[d]);
  if (level) {
    // A person the register does not know has no township or village; the disbursing county is always known.
    const blank = level === 'COUNTY' ? undefined : '（户籍无此人）';
    columns.push({ key: 'divisionCode', header: DIVISION_HEADERS[level]!, label: level.toLowerCase(), width: 14, blank, value: (r) => r.divisionCode ?? null });
  }
  columns.push({ key: 'lineCount', header: '明细数', label: 'Lines', width: 10, kind: 'count', value: (r) => r.lineCount });
  columns.push({ key: 'personCount', header: '人数', label: 'Persons', width: 10, kind: 'count', value: (r) => r.personCount });
  columns.push({ key: 'totalAmount', header: '金额（元）', label: 'Amount', width: 16, kind: 'amount', value: (r) => r.totalAmount });
  return columns;
}

export const MISSED_COLUMNS: Column<MissedRow>[] = [
  { key: 'idNumber', header: '身份证号', label: 'ID number', width: 18, value: (r) => r.person.idNumber },
  { key: 'name', header: '姓名', label: 'Name', width: 8, value: (r) => r.person.registration?.name ?? null },
  { key: 'divisionCode', header: '村/社区（户籍）', label: 'Village', width: 14, value: (r) => r.divisionCode ?? null },
  { key: 'evidence', header: '依据', label: 'Evidence', width: 60, value: (r) => r.evidence },
];
