/**
 * `hub recoveries`: the recovery ledger (追回/退回) of the analyst's counties, with its roll-ups by
 * programme, county, period and rule, and the entries finance makes on it: a recovery received
 * (dated, with its receipt), a write-off (核销) asked for, and its decision by a second analyst.
 */
import { maskIdNumber } from '../../lib/id-number.js';
import { EXIT, UsageError, write, type CliIO } from '../command.js';
import { defineCommand } from '../define-command.js';
import { connectGateway, type CliGateway } from '../gateway-client.js';
import { calendarDate, invalid, matching, oneOf, period, text, type FlagValues } from '../flags.js';
import { enumLabel } from '../../lib/labels-zh.js';
import { ruleFlag } from '../follow-up-labels.js';
import { displayTimeZone, finishOutput, outputFlags, outputOf } from '../output.js';
import { counted } from '../wording.js';
import { EXPORT_FORMATS, exportSheets, single, type Column, type Sheet } from '../tabular.js';
import {
  CliDecideWriteOffDocument,
  CliRecordRecoveryDocument,
  CliRecoveryLedgerDocument,
  CliRequestWriteOffDocument,
  type CliRecoveryCaseFieldsFragment,
  type CliRecoveryRollupFieldsFragment,
} from '../__generated__/operations.js';

const USAGE = `Usage:
  npx hub recoveries [--period YYYYMM] [--programme CODE] [--county 610727] [--rule RULE]
                     [--status PENDING|PARTIAL|RECOVERED|WRITTEN_OFF] [--by programme|county|period|rule] [output flags]
      The ledger: one case per payment line with a confirmed finding, what is due back (the
      whole line; for AMOUNT_ABOVE_STANDARD the part above the standard), recovered, written off
      and outstanding, then the roll-ups. A table shows them all, xlsx one sheet each, csv the
      cases (or the roll-up of --by).
  npx hub recoveries record <LINE_ID> --amount 150.00 --date YYYY-MM-DD --receipt REF
      Money received back on a line: at most what is outstanding; the receipt once per line.
  npx hub recoveries write-off <LINE_ID> --reason TEXT      asks to write off (核销) what is outstanding
  npx hub recoveries approve <LINE_ID> [--note TEXT]        another analyst approves it
  npx hub recoveries reject <LINE_ID> --note TEXT           ... or rejects it

Status: PENDING 待追回, PARTIAL 部分追回, RECOVERED 已追回, WRITTEN_OFF 核销.
A confirmed finding: its department recorded 停发 (STOP); or, with no action or 已更正, finance
reviewed it CONFIRMED. 核实无误 (VERIFIED) is never confirmed.

Output flags: --format table|csv|jsonl|xlsx (xlsx needs --out), --out FILE, --token JWT (default HUB_TOKEN,
a finance analyst's: npx hub token --role analyst --region 610727 --user u123).
Exit codes: 0 done; 1 the gateway could not be reached or refused (another county, your own
write-off); 2 a flag or argument is wrong, or the amount is more than is outstanding (named).
`;

const BY = ['programme', 'county', 'period', 'rule'] as const;
const STATUSES = ['PENDING', 'PARTIAL', 'RECOVERED', 'WRITTEN_OFF'] as const;

/** Yuan with at most two decimals, sent as the Decimal the gateway takes ("150.00"). */
function amount(value: string): string {
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return invalid(`must be an amount in yuan with at most two decimals, like 150 or 150.50, not "${value}"`);
  return `${match[1]}.${(match[2] ?? '').padEnd(2, '0')}`;
}

const FLAGS = {
  period: text(period),
  programme: text(),
  county: text(matching(/^\d{6}$/, 'a 6-digit county division code')),
  rule: text(ruleFlag),
  status: text(oneOf(STATUSES, { anyCase: true })),
  by: text(oneOf(BY, { anyCase: true })),
  amount: text(amount),
  date: text(calendarDate),
  receipt: text(),
  reason: text(),
  note: text(),
  ...outputFlags(EXPORT_FORMATS),
};

const FLAG_OF: Record<string, string> = {
  period: '--period',
  programmeCode: '--programme',
  county: '--county',
  rule: '--rule',
  status: '--status',
  amount: '--amount',
  recoveredOn: '--date',
  receiptReference: '--receipt',
  reason: '--reason',
  note: '--note',
  lineId: 'LINE_ID',
};

type Case = CliRecoveryCaseFieldsFragment;
type Rollup = CliRecoveryRollupFieldsFragment;

/** The case columns; the write-off is one cell of text, its decision labelled for people and a code for programs. */
function caseColumns(forPeople: boolean): Column<Case>[] {
  return [
    { key: 'lineId', header: '明细号', label: 'line', width: 10, value: (c) => c.lineId },
    { key: 'batchNumber', header: '批次号', label: 'batch', width: 22, value: (c) => c.batchNumber },
    { key: 'period', header: '期间', label: 'period', width: 11, value: (c) => c.period ?? null },
    { key: 'countyCode', header: '县区', label: 'county', width: 11, value: (c) => c.countyCode ?? null },
    { key: 'programmeCode', header: '项目', label: 'programme', width: 14, value: (c) => c.programmeCode ?? null },
    { key: 'rule', header: '规则', label: 'rule', width: 24, labels: 'CrosscheckRule', value: (c) => c.rule },
    { key: 'idNumber', header: '身份证号', label: 'ID number', width: 18, value: (c) => c.idNumber ?? null },
    { key: 'name', header: '姓名', label: 'name', width: 10, value: (c) => c.name ?? null },
    { key: 'lineAmount', header: '发放金额', label: 'paid', width: 14, kind: 'amount', value: (c) => c.lineAmount },
    { key: 'due', header: '应追回', label: 'due', width: 12, kind: 'amount', value: (c) => c.due },
    { key: 'recovered', header: '已追回', label: 'recovered', width: 14, kind: 'amount', value: (c) => c.recovered },
    { key: 'writtenOff', header: '核销', label: 'written off', width: 14, kind: 'amount', value: (c) => c.writtenOff },
    { key: 'outstanding', header: '未追回', label: 'outstanding', width: 16, kind: 'amount', value: (c) => c.outstanding },
    { key: 'status', header: '状态', label: 'status', width: 14, labels: 'RecoveryStatus', value: (c) => c.status },
    {
      key: 'receipts',
      header: '缴款凭证',
      label: 'receipts',
      width: 30,
      value: (c) => c.recoveries.map((r) => `${r.recoveredOn} ${r.amount} ${r.receiptReference} (${r.recordedBy})`).join('; ') || null,
    },
    {
      key: 'writeOff',
      header: '核销申请',
      label: 'write-off',
      width: 30,
      value: (c) => (c.writeOff ? `${forPeople ? enumLabel('WriteOffDecision', c.writeOff.decision) : c.writeOff.decision} ${c.writeOff.amount} ${c.writeOff.requestedBy}${c.writeOff.decidedBy ? ` → ${c.writeOff.decidedBy}` : ''}` : null),
    },
  ];
}

function rollupColumns(header: string, label: string, labels?: 'CrosscheckRule'): Column<Rollup>[] {
  return [
    { key: 'key', header, label, width: 16, labels, value: (r) => r.key },
    { key: 'cases', header: '件数', label: 'cases', width: 10, kind: 'count', value: (r) => r.cases },
    { key: 'due', header: '应追回', label: 'due', width: 14, kind: 'amount', value: (r) => r.due },
    { key: 'recovered', header: '已追回', label: 'recovered', width: 16, kind: 'amount', value: (r) => r.recovered },
    { key: 'writtenOff', header: '核销', label: 'written off', width: 16, kind: 'amount', value: (r) => r.writtenOff },
    { key: 'outstanding', header: '未追回', label: 'outstanding', width: 16, kind: 'amount', value: (r) => r.outstanding },
  ];
}

const ROLLUP_SHEETS = {
  programme: { name: '按项目汇总', field: 'byProgramme', columns: rollupColumns('项目', 'programme') },
  county: { name: '按县区汇总', field: 'byCounty', columns: rollupColumns('县区', 'county') },
  period: { name: '按期间汇总', field: 'byPeriod', columns: rollupColumns('期间', 'period') },
  rule: { name: '按规则汇总', field: 'byRule', columns: rollupColumns('规则', 'rule', 'CrosscheckRule') },
} as const;

async function ledger(values: FlagValues<typeof FLAGS>, io: CliIO): Promise<number> {
  const output = outputOf(values, 'table');
  const gateway = connectGateway(io, { token: values.token, flagOf: FLAG_OF });
  const { ledger: data } = await gateway.request(CliRecoveryLedgerDocument, {
    period: values.period ?? null,
    programmeCode: values.programme ?? null,
    county: values.county ?? null,
    rule: values.rule ?? null,
    status: values.status ?? null,
  });
  const rollups: Sheet<Rollup>[] = Object.values(ROLLUP_SHEETS).map((s) => ({ name: s.name, columns: s.columns, rows: single(data[s.field]) }));
  const cases: Sheet<Case> = { name: '追回台账', columns: caseColumns(output.format !== 'jsonl'), rows: single(data.cases) };
  const sheets: Sheet<any>[] = values.by ? [rollups[BY.indexOf(values.by)]!] : [cases, ...rollups];
  await exportSheets(output.format, sheets, { file: output.file, stdout: io.stdout, timeZone: displayTimeZone(io) });
  const t = data.totals;
  await finishOutput(io, output, `${counted(t.cases, 'case')}: due ${t.due}, recovered ${t.recovered}, written off ${t.writtenOff}, outstanding ${t.outstanding}.\n`, 'append');
  return EXIT.OK;
}

async function describe(io: CliIO, what: string, c: Case): Promise<number> {
  const who = [c.name, c.idNumber ? maskIdNumber(c.idNumber) : null].filter(Boolean).join(' ');
  const writeOff = c.writeOff ? `; write-off ${enumLabel('WriteOffDecision', c.writeOff.decision)} (${c.writeOff.amount}, asked by ${c.writeOff.requestedBy}${c.writeOff.decidedBy ? `, decided by ${c.writeOff.decidedBy}` : ''})` : '';
  await write(
    io.stdout,
    `${what} on line ${c.lineId} (${enumLabel('CrosscheckRule', c.rule)}, ${who}, batch ${c.batchNumber}).\n` +
      `Due ${c.due}, recovered ${c.recovered}, written off ${c.writtenOff}, outstanding ${c.outstanding}: ${enumLabel('RecoveryStatus', c.status)} (${c.status})${writeOff}.\n`,
  );
  return EXIT.OK;
}

async function entry(gateway: CliGateway, verb: string, lineId: string, values: FlagValues<typeof FLAGS>, io: CliIO): Promise<number> {
  switch (verb) {
    case 'record': {
      if (!values.amount || !values.date || !values.receipt) throw new UsageError('record needs --amount, --date and --receipt');
      const { case: c } = await gateway.request(CliRecordRecoveryDocument, { lineId, amount: values.amount, recoveredOn: values.date, receiptReference: values.receipt });
      return describe(io, `Recorded ${values.amount} received ${values.date} (receipt ${values.receipt})`, c);
    }
    case 'write-off': {
      if (!values.reason) throw new UsageError('write-off needs --reason: why the rest cannot be recovered');
      const { case: c } = await gateway.request(CliRequestWriteOffDocument, { lineId, reason: values.reason });
      return describe(io, 'Asked to write off what is outstanding; another analyst approves it', c);
    }
    case 'approve':
    case 'reject': {
      if (verb === 'reject' && !values.note) throw new UsageError('reject needs --note: why');
      const { case: c } = await gateway.request(CliDecideWriteOffDocument, { lineId, approve: verb === 'approve', note: values.note ?? '' });
      return describe(io, verb === 'approve' ? 'Approved the write-off' : 'Rejected the write-off', c);
    }
    default:
      throw new UsageError(`unknown action "${verb}": record, write-off, approve or reject (or none, to list)`);
  }
}

export const recoveriesCommand = defineCommand({
  name: 'recoveries',
  summary: 'the recovery ledger (追回台账) with roll-ups; record recoveries and write-offs',
  usage: USAGE,
  flags: FLAGS,
  positionals: true,
  async run({ values, positionals }, io) {
    const [verb, lineId, ...extra] = positionals;
    if (verb === undefined) return ledger(values, io);
    if (lineId === undefined || !/^\d+$/.test(lineId)) throw new UsageError(`${verb} needs a LINE_ID (digits), as \`npx hub recoveries\` lists them`);
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    return entry(connectGateway(io, { token: values.token, flagOf: { ...FLAG_OF, lineId: `line ${lineId}` } }), verb, lineId, values, io);
  },
});
