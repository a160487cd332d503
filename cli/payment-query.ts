/**
 * What `hub payments` is asked, from its flags: which question (lines, late credits, unpaid
 * failures, a roll-up or missed payments) and the filter. Each flag of the spec checks its own
 * value; the rules between flags follow it.
 */
import { echo } from '../lib/echo.js';
import { UsageError } from './command.js';
import { atMostOne, given, instant, invalid, matching, oneOf, period, text, toggle, wholeNumber, type FlagValues } from './flags.js';
import type { FundingLevel, PaymentFilter, RollupDimension } from './__generated__/operations.js';

export type Mode = 'search' | 'late' | 'unpaid' | 'rollup' | 'missed';

export interface PaymentQuery {
  mode: Mode;
  filter: PaymentFilter;
  /** The flag that gave the division (`--village`, ...), for the server's errors about it. */
  divisionFlag: string;
  hours?: number;
  withinDays?: number;
  asOf?: string;
  groupBy: RollupDimension[];
  /** The one period of `--missed`. */
  period?: string;
  limit?: number;
}

const FUNDING_LEVELS: Record<string, FundingLevel> = { CENTRAL: 'CENTRAL', PROVINCIAL: 'PROVINCIAL', MUNICIPAL: 'MUNICIPAL', COUNTY: 'COUNTY', '1': 'CENTRAL', '2': 'PROVINCIAL', '3': 'MUNICIPAL', '4': 'COUNTY' };

export function fundingLevel(value: string): FundingLevel {
  return FUNDING_LEVELS[value.toUpperCase()] ?? invalid(`must be CENTRAL, PROVINCIAL, MUNICIPAL or COUNTY (or 1-4), not "${echo(value)}"`);
}

const DIMENSIONS: Record<string, RollupDimension> = {
  programme: 'PROGRAMME',
  period: 'PERIOD',
  'funding-level': 'FUNDING_LEVEL',
  department: 'DEPARTMENT',
  status: 'STATUS',
  county: 'COUNTY',
  township: 'TOWNSHIP',
  village: 'VILLAGE',
};

export function rollupDimensions(value: string): RollupDimension[] {
  const names = value.split(',').map((d) => d.trim().toLowerCase()).filter(Boolean);
  if (names.length === 0) invalid('needs dimensions, e.g. --rollup programme,period,village');
  return names.map((name) => DIMENSIONS[name] ?? invalid(`names "${echo(name)}", which is not a dimension (${Object.keys(DIMENSIONS).join(', ')})`));
}

const STATUSES = ['PENDING', 'CREDITED', 'FAILED', 'UNRECOGNISED'] as const;

/** The flags of the question and its filter; the output flags are the command's. */
export const PAYMENT_FLAGS = {
  county: text(matching(/^\d{6}$/, 'a 6-digit county code')),
  township: text(matching(/^\d{9}$/, 'a 9-digit township code')),
  village: text(matching(/^\d{12}$/, 'a 12-digit village code')),
  division: text(matching(/^\d{2,12}$/, '2 to 12 leading digits of a division code')),
  programme: text(),
  department: text(),
  'funding-level': text(fundingLevel),
  from: text(period),
  to: text(period),
  period: text(period),
  status: text(oneOf(STATUSES, { anyCase: true })),
  min: text(),
  max: text(),
  id: text(),
  name: text(),
  late: toggle(),
  hours: text(wholeNumber(1, 8784)),
  unpaid: toggle(),
  'within-days': text(wholeNumber(1, 3660)),
  'as-of': text(instant),
  rollup: text(rollupDimensions),
  missed: toggle(),
  limit: text(wholeNumber(1, 100_000_000)),
};

type Values = FlagValues<typeof PAYMENT_FLAGS>;

function filterOf(v: Values): { filter: PaymentFilter; divisionFlag: string } {
  const divisions = given(v, ['county', 'township', 'village', 'division']);
  atMostOne(divisions, ': give one division');
  if (v.period && (v.from !== undefined || v.to !== undefined)) throw new UsageError('--period cannot be combined with --from/--to');
  const from = v.period ?? v.from;
  const to = v.period ?? v.to;
  if (from && to && to < from) throw new UsageError(`--to ${to} is before --from ${from}: the period range is inverted`);
  const filter: PaymentFilter = {
    division: v.county ?? v.township ?? v.village ?? v.division,
    programme: v.programme,
    department: v.department,
    fundingLevel: v['funding-level'],
    periodFrom: from,
    periodTo: to,
    status: v.status,
    amountMin: v.min,
    amountMax: v.max,
    idNumber: v.id,
    name: v.name,
  };
  return { filter, divisionFlag: divisions[0] ?? '--division' };
}

export function paymentQuery(v: Values): PaymentQuery {
  const modes = given(v, ['late', 'unpaid', 'missed', 'rollup']);
  atMostOne(modes);
  const mode = (modes[0]?.slice(2) ?? 'search') as Mode;
  const query: PaymentQuery = { mode, ...filterOf(v), groupBy: v.rollup ?? [], limit: v.limit };
  if (v.hours !== undefined && mode !== 'late') throw new UsageError('--hours goes with --late');
  query.hours = v.hours;
  if ((v['within-days'] !== undefined || v['as-of'] !== undefined) && mode !== 'unpaid') throw new UsageError('--within-days and --as-of go with --unpaid');
  if (mode === 'unpaid' && v['within-days'] === undefined) throw new UsageError('--unpaid needs --within-days N: the time limit for re-issuing a failed line');
  query.withinDays = v['within-days'];
  query.asOf = v['as-of'];
  if (mode === 'missed') {
    if (!v.programme) throw new UsageError('--missed needs --programme CODE');
    if (!v.period) throw new UsageError('--missed needs --period YYYYMM');
    if (given(v, ['department', 'funding-level', 'status', 'min', 'max', 'id', 'name']).length > 0) throw new UsageError('--missed takes only --programme, --period and a division');
    query.period = v.period;
  }
  return query;
}

/** The flag behind each argument the server may name. */
export function flagsOf(query: PaymentQuery): Record<string, string> {
  return {
    'filter.division': query.divisionFlag,
    division: query.divisionFlag,
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
