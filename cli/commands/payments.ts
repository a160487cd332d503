/**
 * `hub payments`: payment lines across programmes, their roll-ups and the process checks (late
 * credits, failed lines left unpaid, missed payments), through the gateway's disbursement service,
 * exported as a table, CSV, JSON lines or xlsx. stdout carries only the chosen output.
 */
import { parseArgs } from 'node:util';
import { isPeriod } from '../../lib/dates.js';
import type { GraphQLClient } from '../../lib/graphql-client.js';
import { EXIT, UsageError, write, type CliIO, type Command } from '../command.js';
import { asUsageError, gatewayClient } from '../gateway-client.js';
import { groupThousands } from '../crosscheck-report.js';
import { EXPORT_FORMATS, exportSheets, single, type Column, type ExportFormat, type Sheet } from '../tabular.js';

const PAGE = 1000;
const MISSED_PAGE = 10_000;

const LINE_FIELDS = `id amount status statusCode failureReason creditedAt idNumber name accountNumber
  batch { batchNumber period countyCode sentToBankAt programme { code name } }`;
const PAGE_FIELDS = `edges { note node { ${LINE_FIELDS} } } pageInfo { hasNextPage endCursor }
  totals @include(if: $withTotals) { lineCount personCount totalAmount }`;

export const PAYMENT_OPERATIONS = {
  search: `query CliPayments($filter: PaymentFilter, $first: Int, $after: String, $withTotals: Boolean!) {
    page: payments(filter: $filter, first: $first, after: $after) { ${PAGE_FIELDS} }
  }`,
  late: `query CliLatePayments($filter: PaymentFilter, $hours: Int, $first: Int, $after: String, $withTotals: Boolean!) {
    page: latePayments(filter: $filter, hours: $hours, first: $first, after: $after) { ${PAGE_FIELDS} }
  }`,
  unpaid: `query CliUnpaidFailures($filter: PaymentFilter, $withinDays: Int!, $asOf: DateTime, $first: Int, $after: String, $withTotals: Boolean!) {
    page: unpaidFailures(filter: $filter, withinDays: $withinDays, asOf: $asOf, first: $first, after: $after) { ${PAGE_FIELDS} }
  }`,
  rollup: `query CliRollup($filter: PaymentFilter, $groupBy: [RollupDimension!]!) {
    rows: disbursementRollup(filter: $filter, groupBy: $groupBy) {
      programmeCode programme { name } period fundingLevel department status divisionCode lineCount personCount totalAmount
    }
  }`,
  missed: `query CliMissedPayments($programme: String!, $period: String!, $division: String, $first: Int, $after: String) {
    page: missedPayments(programme: $programme, period: $period, division: $division, first: $first, after: $after) {
      items { person { idNumber registration { name } } divisionCode evidence }
      pageInfo { hasNextPage endCursor }
      totalCount eligibleCount
    }
  }`,
} as const;

const USAGE = `Usage:
  npx hub payments [filters] [output flags]                  payment lines, in line-id order
  npx hub payments --late [--hours N] [filters] [output]     credited more than N (24) hours after the batch was sent
  npx hub payments --unpaid --within-days N [--as-of ISO] [filters] [output]
                                                             failed lines not re-issued within N days
  npx hub payments --rollup programme,period,village [filters] [output]
                                                             totals and head-counts; dimensions: programme, period,
                                                             funding-level, department, status, and one of
                                                             county (disbursing), township, village (registered)
  npx hub payments --missed --programme X --period YYYYMM [--village|--township|--county ...] [output]
                                                             eligible persons with no line (漏发)

Filters:
  --county 610727 | --township 610727101 | --village 610727101001 | --division PREFIX
                   a county is the county that disburses the batch; a township or village is
                   where the person's residence is registered (asked of public security)
  --programme CODE --department MZ|CIVIL_AFFAIRS|... --funding-level CENTRAL|PROVINCIAL|MUNICIPAL|COUNTY
  --from YYYYMM --to YYYYMM (or --period YYYYMM for one month)
  --status PENDING|CREDITED|FAILED --min 0.10 --max 500 --id <ID number> --name <part of a name>

Output flags:
  --format table|csv|jsonl|xlsx   table (default) for reading; csv is UTF-8 with BOM and Chinese
                                  headers (Excel, WPS); jsonl one JSON object per row; xlsx needs --out
  --out FILE                      write to FILE instead of stdout
  --limit N                       stop after N rows (the totals still cover everything)
  --token JWT                     bearer token (default HUB_TOKEN; \`npx hub token\` mints a local one)
  --help                          this text

Exit codes: 0 done; 1 the gateway could not be reached or refused; 2 a flag is wrong (named).
`;

const DIVISION_FLAGS = { county: 6, township: 9, village: 12 } as const;
const STATUSES = ['PENDING', 'CREDITED', 'FAILED', 'UNRECOGNISED'];
const FUNDING_LEVELS: Record<string, string> = { CENTRAL: 'CENTRAL', PROVINCIAL: 'PROVINCIAL', MUNICIPAL: 'MUNICIPAL', COUNTY: 'COUNTY', '1': 'CENTRAL', '2': 'PROVINCIAL', '3': 'MUNICIPAL', '4': 'COUNTY' };
const DIMENSIONS: Record<string, string> = {
  programme: 'PROGRAMME',
  period: 'PERIOD',
  'funding-level': 'FUNDING_LEVEL',
  department: 'DEPARTMENT',
  status: 'STATUS',
  county: 'COUNTY',
  township: 'TOWNSHIP',
  village: 'VILLAGE',
};

type Mode = 'search' | 'late' | 'unpaid' | 'rollup' | 'missed';

interface Options {
  mode: Mode;
  filter: Record<string, string>;
  divisionFlag: string;
  hours?: number;
  withinDays?: number;
  asOf?: string;
  groupBy: string[];
  period?: string;
  format: ExportFormat;
  out?: string;
  limit?: number;
  token?: string;
}

function positiveInteger(flag: string, value: string, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > max) throw new UsageError(`${flag} must be a whole number from 1 to ${max}, not "${value}"`);
  return n;
}

function parse(args: string[]): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        county: { type: 'string' },
        township: { type: 'string' },
        village: { type: 'string' },
        division: { type: 'string' },
        programme: { type: 'string' },
        department: { type: 'string' },
        'funding-level': { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        period: { type: 'string' },
        status: { type: 'string' },
        min: { type: 'string' },
        max: { type: 'string' },
        id: { type: 'string' },
        name: { type: 'string' },
        late: { type: 'boolean' },
        hours: { type: 'string' },
        unpaid: { type: 'boolean' },
        'within-days': { type: 'string' },
        'as-of': { type: 'string' },
        rollup: { type: 'string' },
        missed: { type: 'boolean' },
        format: { type: 'string' },
        out: { type: 'string' },
        limit: { type: 'string' },
        token: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('. To specify')[0]!);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  const text = (flag: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    if (value.trim() === '') throw new UsageError(`--${flag} needs a value`);
    return value.trim();
  };

  const modes = (['late', 'unpaid', 'missed'] as const).filter((m) => v[m]);
  if (v.rollup !== undefined) modes.push('rollup' as never);
  if (modes.length > 1) throw new UsageError(`--${modes.join(' and --')} cannot be combined`);
  const mode: Mode = (modes[0] as Mode | undefined) ?? 'search';

  const filter: Record<string, string> = {};
  let divisionFlag = '--division';
  const divisions = (['county', 'township', 'village', 'division'] as const).filter((f) => v[f] !== undefined);
  if (divisions.length > 1) throw new UsageError(`--${divisions.join(' and --')} cannot be combined: give one division`);
  if (divisions[0]) {
    const flag = divisions[0];
    const value = text(flag, v[flag])!;
    const digits = flag === 'division' ? null : DIVISION_FLAGS[flag];
    if (digits !== null ? !new RegExp(`^\\d{${digits}}$`).test(value) : !/^\d{2,12}$/.test(value)) {
      throw new UsageError(`--${flag} must be ${digits !== null ? `a ${digits}-digit ${flag} code` : '2 to 12 leading digits of a division code'}, not "${value}"`);
    }
    filter.division = value;
    divisionFlag = `--${flag}`;
  }
  const programme = text('programme', v.programme);
  if (programme) filter.programme = programme;
  const department = text('department', v.department);
  if (department) filter.department = department;
  const funding = text('funding-level', v['funding-level']);
  if (funding) {
    const level = FUNDING_LEVELS[funding.toUpperCase()];
    if (!level) throw new UsageError(`--funding-level must be CENTRAL, PROVINCIAL, MUNICIPAL or COUNTY (or 1-4), not "${funding}"`);
    filter.fundingLevel = level;
  }
  const period = text('period', v.period);
  if (period && (v.from !== undefined || v.to !== undefined)) throw new UsageError('--period cannot be combined with --from/--to');
  for (const [flag, value] of [['period', period], ['from', text('from', v.from)], ['to', text('to', v.to)]] as const) {
    if (value !== undefined && !isPeriod(value)) throw new UsageError(`--${flag} must be YYYYMM with a month 01 to 12, not "${value}"`);
  }
  const from = period ?? text('from', v.from);
  const to = period ?? text('to', v.to);
  if (from && to && to < from) throw new UsageError(`--to ${to} is before --from ${from}: the period range is inverted`);
  if (from) filter.periodFrom = from;
  if (to) filter.periodTo = to;
  const status = text('status', v.status)?.toUpperCase();
  if (status !== undefined) {
    if (!STATUSES.includes(status)) throw new UsageError(`--status must be one of ${STATUSES.join(', ')}, not "${v.status}"`);
    filter.status = status;
  }
  for (const [flag, key] of [['min', 'amountMin'], ['max', 'amountMax'], ['id', 'idNumber'], ['name', 'name']] as const) {
    const value = text(flag, v[flag]);
    if (value !== undefined) filter[key] = value;
  }

  const options: Options = { mode, filter, divisionFlag, groupBy: [], format: 'table', token: text('token', v.token), out: text('out', v.out) };
  if (v.format !== undefined) {
    if (!(EXPORT_FORMATS as readonly string[]).includes(v.format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${v.format}"`);
    options.format = v.format as ExportFormat;
  }
  if (options.format === 'xlsx' && !options.out) throw new UsageError('--format xlsx needs --out FILE (a workbook is not written to a terminal)');
  if (v.limit !== undefined) options.limit = positiveInteger('--limit', v.limit, 100_000_000);
  if (v.hours !== undefined) {
    if (mode !== 'late') throw new UsageError('--hours goes with --late');
    options.hours = positiveInteger('--hours', v.hours, 8784);
  }
  if (v['within-days'] !== undefined || v['as-of'] !== undefined) {
    if (mode !== 'unpaid') throw new UsageError('--within-days and --as-of go with --unpaid');
  }
  if (mode === 'unpaid') {
    if (v['within-days'] === undefined) throw new UsageError('--unpaid needs --within-days N: the time limit for re-issuing a failed line');
    options.withinDays = positiveInteger('--within-days', v['within-days'], 3660);
    const asOf = text('as-of', v['as-of']);
    if (asOf !== undefined) {
      if (Number.isNaN(Date.parse(asOf))) throw new UsageError(`--as-of must be an instant in ISO 8601, not "${asOf}"`);
      options.asOf = asOf;
    }
  }
  if (mode === 'rollup') {
    const names = v.rollup!.split(',').map((d) => d.trim().toLowerCase()).filter(Boolean);
    if (names.length === 0) throw new UsageError('--rollup needs dimensions, e.g. --rollup programme,period,village');
    for (const name of names) {
      const dimension = DIMENSIONS[name];
      if (!dimension) throw new UsageError(`--rollup: "${name}" is not a dimension (${Object.keys(DIMENSIONS).join(', ')})`);
      options.groupBy.push(dimension);
    }
  }
  if (mode === 'missed') {
    if (!filter.programme) throw new UsageError('--missed needs --programme CODE');
    if (!period) throw new UsageError('--missed needs --period YYYYMM');
    const others = Object.keys(filter).filter((k) => !['programme', 'periodFrom', 'periodTo', 'division'].includes(k));
    if (others.length > 0) throw new UsageError('--missed takes only --programme, --period and a division');
    options.period = period;
  }
  return options;
}

/** The flag behind each argument the server may name. */
function flagsOf(options: Options): Record<string, string> {
  return {
    'filter.division': options.divisionFlag,
    division: options.divisionFlag,
    'filter.programme': '--programme',
    programme: '--programme',
    'filter.department': '--department',
    'filter.fundingLevel': '--funding-level',
    'filter.periodFrom': '--from',
    'filter.periodTo': '--to',
    period: '--period',
    'filter.status': '--status',
    'filter.amountMin': '--min',
    'filter.amountMax': '--max',
    'filter.idNumber': '--id',
    'filter.name': '--name',
    hours: '--hours',
    withinDays: '--within-days',
    asOf: '--as-of',
    groupBy: '--rollup',
    first: '--limit',
  };
}

interface LineNode {
  id: string;
  amount: string;
  status: string;
  statusCode: string | null;
  failureReason: string | null;
  creditedAt: string | null;
  idNumber: string;
  name: string | null;
  accountNumber: string | null;
  batch: { batchNumber: string; period: string | null; countyCode: string | null; sentToBankAt: string | null; programme: { code: string; name: string | null } | null };
}

interface LineRow {
  node: LineNode;
  note: string | null;
}

interface Totals {
  lineCount: number;
  personCount: number;
  totalAmount: string;
}

export const LINE_COLUMNS: Column<LineRow>[] = [
  { key: 'lineId', header: '明细编号', label: 'Line', width: 12, value: (r) => r.node.id },
  { key: 'batchNumber', header: '批次号', label: 'Batch', width: 22, value: (r) => r.node.batch.batchNumber },
  { key: 'programme', header: '项目代码', label: 'Programme', width: 10, value: (r) => r.node.batch.programme?.code ?? null },
  { key: 'programmeName', header: '项目名称', label: 'Name', width: 20, value: (r) => r.node.batch.programme?.name ?? null },
  { key: 'period', header: '期间', label: 'Period', width: 8, value: (r) => r.node.batch.period },
  { key: 'county', header: '发放县区', label: 'County', width: 8, value: (r) => r.node.batch.countyCode },
  { key: 'idNumber', header: '身份证号', label: 'ID number', width: 18, value: (r) => r.node.idNumber },
  { key: 'name', header: '姓名', label: 'Name', width: 8, value: (r) => r.node.name },
  { key: 'accountNumber', header: '收款账号', label: 'Account', width: 20, value: (r) => r.node.accountNumber },
  { key: 'amount', header: '金额（元）', label: 'Amount', width: 12, kind: 'amount', value: (r) => r.node.amount },
  { key: 'status', header: '状态', label: 'Status', width: 9, value: (r) => r.node.status },
  { key: 'failureReason', header: '失败原因', label: 'Failure', width: 12, value: (r) => r.node.failureReason },
  { key: 'creditedAt', header: '到账时间', label: 'Credited at', width: 24, value: (r) => r.node.creditedAt },
];

const NOTE_COLUMN: Column<LineRow> = { key: 'note', header: '说明', label: 'Note', width: 40, value: (r) => r.note };

interface RollupRow {
  programmeCode: string | null;
  programme: { name: string | null } | null;
  period: string | null;
  fundingLevel: string | null;
  department: string | null;
  status: string | null;
  divisionCode: string | null;
  lineCount: number;
  personCount: number;
  totalAmount: string;
}

function rollupColumns(groupBy: string[]): Column<RollupRow>[] {
  const columns: Column<RollupRow>[] = [];
  const has = (d: string) => groupBy.includes(d);
  if (has('PROGRAMME')) {
    columns.push({ key: 'programme', header: '项目代码', label: 'Programme', width: 10, value: (r) => r.programmeCode });
    columns.push({ key: 'programmeName', header: '项目名称', label: 'Name', width: 20, value: (r) => r.programme?.name ?? null });
  }
  if (has('PERIOD')) columns.push({ key: 'period', header: '期间', label: 'Period', width: 8, value: (r) => r.period });
  if (has('FUNDING_LEVEL')) columns.push({ key: 'fundingLevel', header: '资金级次', label: 'Funding', width: 10, value: (r) => r.fundingLevel });
  if (has('DEPARTMENT')) columns.push({ key: 'department', header: '主管部门', label: 'Department', width: 14, value: (r) => r.department });
  if (has('STATUS')) columns.push({ key: 'status', header: '状态', label: 'Status', width: 9, value: (r) => r.status });
  const level = groupBy.find((d) => d === 'COUNTY' || d === 'TOWNSHIP' || d === 'VILLAGE');
  if (level) {
    const header = level === 'COUNTY' ? '发放县区' : level === 'TOWNSHIP' ? '乡镇（户籍）' : '村/社区（户籍）';
    columns.push({ key: 'divisionCode', header, label: level.toLowerCase(), width: 14, value: (r) => r.divisionCode ?? (level === 'COUNTY' ? null : '(register unknown)') });
  }
  columns.push({ key: 'lineCount', header: '明细数', label: 'Lines', width: 10, kind: 'count', value: (r) => r.lineCount });
  columns.push({ key: 'personCount', header: '人数', label: 'Persons', width: 10, kind: 'count', value: (r) => r.personCount });
  columns.push({ key: 'totalAmount', header: '金额（元）', label: 'Amount', width: 16, kind: 'amount', value: (r) => r.totalAmount });
  return columns;
}

interface MissedRow {
  person: { idNumber: string; registration: { name: string | null } | null };
  divisionCode: string | null;
  evidence: string;
}

const MISSED_COLUMNS: Column<MissedRow>[] = [
  { key: 'idNumber', header: '身份证号', label: 'ID number', width: 18, value: (r) => r.person.idNumber },
  { key: 'name', header: '姓名', label: 'Name', width: 8, value: (r) => r.person.registration?.name ?? null },
  { key: 'divisionCode', header: '村/社区（户籍）', label: 'Village', width: 14, value: (r) => r.divisionCode },
  { key: 'evidence', header: '依据', label: 'Evidence', width: 60, value: (r) => r.evidence },
];

async function* linePages(client: GraphQLClient, options: Options, flags: Record<string, string>, onTotals: (t: Totals) => void): AsyncIterable<LineRow[]> {
  const operation = options.mode === 'late' ? PAYMENT_OPERATIONS.late : options.mode === 'unpaid' ? PAYMENT_OPERATIONS.unpaid : PAYMENT_OPERATIONS.search;
  const extra =
    options.mode === 'late' ? { hours: options.hours ?? 24 } : options.mode === 'unpaid' ? { withinDays: options.withinDays, asOf: options.asOf ?? new Date().toISOString() } : {};
  let after: string | null = null;
  let left = options.limit ?? Number.POSITIVE_INFINITY;
  for (let first = true; ; first = false) {
    type Answer = { page: { edges: LineRow[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totals?: Totals } };
    const data: Answer = await client
      .request<Answer>(operation, { filter: options.filter, first: Math.min(PAGE, left), after, withTotals: first, ...extra })
      .catch((error: unknown) => asUsageError(error, flags));
    if (data.page.totals) onTotals(data.page.totals);
    const rows = data.page.edges.slice(0, left);
    left -= rows.length;
    yield rows;
    if (left <= 0 || !data.page.pageInfo.hasNextPage || data.page.pageInfo.endCursor === null) return;
    after = data.page.pageInfo.endCursor;
  }
}

async function* missedPages(client: GraphQLClient, options: Options, flags: Record<string, string>, onCounts: (total: number, eligible: number) => void): AsyncIterable<MissedRow[]> {
  let after: string | null = null;
  let left = options.limit ?? Number.POSITIVE_INFINITY;
  for (;;) {
    type Answer = { page: { items: MissedRow[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number; eligibleCount: number } };
    const data: Answer = await client
      .request<Answer>(PAYMENT_OPERATIONS.missed, {
        programme: options.filter.programme,
        period: options.period,
        division: options.filter.division ?? null,
        first: Math.min(MISSED_PAGE, left),
        after,
      })
      .catch((error: unknown) => asUsageError(error, flags));
    onCounts(data.page.totalCount, data.page.eligibleCount);
    const rows = data.page.items.slice(0, left);
    left -= rows.length;
    yield rows;
    if (left <= 0 || !data.page.pageInfo.hasNextPage || data.page.pageInfo.endCursor === null) return;
    after = data.page.pageInfo.endCursor;
  }
}

const SHEET_NAMES: Record<Mode, string> = { search: '发放明细', late: '到账超时', unpaid: '失败未补发', rollup: '汇总', missed: '漏发' };

export const paymentsCommand: Command = {
  name: 'payments',
  summary: 'payment lines across programmes, roll-ups, late, unpaid and missed payments',
  usage: USAGE,
  async run(args, io) {
    const options = parse(args);
    if (options === 'help') {
      io.stdout.write(USAGE);
      return EXIT.OK;
    }
    const { client } = gatewayClient(io, options.token);
    const flags = flagsOf(options);
    const target = { file: options.out, stdout: io.stdout };
    let summary = '';

    if (options.mode === 'rollup') {
      const data = await client
        .request<{ rows: RollupRow[] }>(PAYMENT_OPERATIONS.rollup, { filter: options.filter, groupBy: options.groupBy })
        .catch((error: unknown) => asUsageError(error, flags));
      const rows = options.limit ? data.rows.slice(0, options.limit) : data.rows;
      await exportSheets(options.format, [{ name: SHEET_NAMES.rollup, columns: rollupColumns(options.groupBy), rows: single(rows) }], target);
      summary = `${data.rows.length} groups`;
    } else if (options.mode === 'missed') {
      let counts = { total: 0, eligible: 0 };
      const sheet: Sheet<MissedRow> = { name: SHEET_NAMES.missed, columns: MISSED_COLUMNS, rows: missedPages(client, options, flags, (total, eligible) => (counts = { total, eligible })) };
      const [written] = await exportSheets(options.format, [sheet], target);
      summary = `${written} of ${counts.total} persons missed, of ${counts.eligible} eligible persons registered in the division (programme ${options.filter.programme}, period ${options.period})`;
    } else {
      let totals: Totals | null = null;
      const columns = options.mode === 'search' ? LINE_COLUMNS : [...LINE_COLUMNS, NOTE_COLUMN];
      const sheet: Sheet<LineRow> = { name: SHEET_NAMES[options.mode], columns, rows: linePages(client, options, flags, (t) => (totals = t)) };
      const [written] = await exportSheets(options.format, [sheet], target);
      const t = totals as Totals | null;
      summary = t
        ? `${written} lines written; all matching: ${t.lineCount.toLocaleString('en-US')} lines, ${t.personCount.toLocaleString('en-US')} persons, ${groupThousands(t.totalAmount)} yuan`
        : `${written} lines written`;
    }
    // The table carries its own summary line; every other format keeps stdout for data only.
    if (options.format === 'table' && !options.out) await write(io.stdout, `\n${summary}\n`);
    else await write(io.stderr, `${summary}\n`);
    if (options.out) io.stderr.write(`Wrote ${options.format} to ${options.out}\n`);
    return EXIT.OK;
  },
};
