/**
 * What a check covers: one batch, several batches, every batch of a programme in a period, or
 * every batch of a period of every programme. Resolved with finance before a run is created, so a
 * bad argument is an error naming it and never a run.
 */
import type { GraphQLError } from 'graphql';
import { chunk } from '../lib/chunks.js';
import { isPeriod } from '../lib/dates.js';
import { trimLegacyText } from '../lib/text.js';
import { GraphQLRequestError } from '../lib/graphql-client.js';
import { ErrorCode, badUserInput, hubError } from '../lib/errors.js';
import type { RunScope } from '../store/runs.js';
import type { BatchInfo, CrosscheckSources } from './sources.js';

export interface ScopeArguments {
  batchNumber?: string | null;
  batchNumbers?: readonly string[] | null;
  programmeCode?: string | null;
  period?: string | null;
}

export interface ScopeOptions {
  /**
   * The counties whose batches the caller may check. A period of every programme keeps only
   * theirs; `where` names them for the error when none is left.
   */
  counties?: { inScope(countyCode: string): boolean; where: string };
}

export interface ResolvedScope {
  scope: RunScope;
  linesTotal: number;
  /** The disbursing counties of the batches, for scope checks of the caller. */
  countyCodes: string[];
}

/** More batches than a month of a province has; a longer list is a mistake, not a check. */
const MAX_BATCHES = 500;
/** Batches asked of finance at once when they are named one by one. */
const LOOKUPS_AT_ONCE = 20;

function financeUnavailable(error: unknown): GraphQLError {
  const reason = error instanceof GraphQLRequestError ? error.message : 'unknown error';
  return hubError(ErrorCode.DEPARTMENT_UNAVAILABLE, `The finance (财政) one-card system could not be asked about the batches: ${reason}`, { department: 'FINANCE' });
}

async function fromFinance<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw financeUnavailable(error);
  }
}

function countyOf(batch: BatchInfo): string | null {
  const county = batch.countyCode?.trim() ?? '';
  return /^\d{6}$/.test(county) ? county : null;
}

/** Every line's rules need the period start and the county: a batch without them cannot be checked. */
function checkable(batch: BatchInfo, argumentName: string): void {
  if (batch.period === null || !isPeriod(batch.period)) {
    throw badUserInput(argumentName, `names batch ${batch.batchNumber}, whose period is not a valid YYYYMM, so its lines cannot be checked`);
  }
  if (countyOf(batch) === null) {
    throw badUserInput(argumentName, `names batch ${batch.batchNumber}, which has no valid 6-digit disbursing county, so its lines cannot be checked`);
  }
}

/** The one value all batches share, or null when they differ. */
function shared(values: (string | null)[]): string | null {
  return values.every((v) => v === values[0]) ? (values[0] ?? null) : null;
}

function resolved(kind: RunScope['kind'], period: string, batches: BatchInfo[], batchNumber: string | null = null): ResolvedScope {
  return {
    scope: {
      kind,
      batchNumber,
      programmeCode: shared(batches.map((b) => b.programmeCode)),
      period,
      batchNumbers: batches.map((b) => b.batchNumber),
      eligibilityCondition: shared(batches.map((b) => b.eligibilityCondition)),
    },
    linesTotal: batches.reduce((sum, b) => sum + b.lineCount, 0),
    countyCodes: [...new Set(batches.map((b) => countyOf(b)!))],
  };
}

/** The batches named by `batchNumber` or `batchNumbers`, trimmed and without repeats; null when neither is given. */
function namedBatches(args: ScopeArguments): { argumentName: string; numbers: string[] } | null {
  if (args.batchNumber != null && args.batchNumbers != null) {
    throw badUserInput('batchNumbers', 'cannot be combined with batchNumber: name every batch in batchNumbers');
  }
  if (args.batchNumber != null) {
    const batchNumber = trimLegacyText(args.batchNumber);
    if (batchNumber === '') throw badUserInput('batchNumber', 'must not be empty');
    return { argumentName: 'batchNumber', numbers: [batchNumber] };
  }
  if (args.batchNumbers == null) return null;
  const numbers = [...new Set(args.batchNumbers.map(trimLegacyText))];
  if (numbers.length === 0) throw badUserInput('batchNumbers', 'must name at least one batch');
  if (numbers.includes('')) throw badUserInput('batchNumbers', 'must not hold an empty batch number');
  if (numbers.length > MAX_BATCHES) throw badUserInput('batchNumbers', `names ${numbers.length} batches; one run checks at most ${MAX_BATCHES}`);
  return { argumentName: 'batchNumbers', numbers };
}

/** Finance's record of each batch, in the order named; a batch finance does not know is absent. */
async function lookUp(numbers: readonly string[], sources: CrosscheckSources): Promise<Map<string, BatchInfo>> {
  const found = new Map<string, BatchInfo>();
  for (const part of chunk(numbers, LOOKUPS_AT_ONCE)) {
    const batches = await fromFinance(() => Promise.all(part.map((n) => sources.batch(n))));
    batches.forEach((batch, i) => batch && found.set(part[i]!, batch));
  }
  return found;
}

async function batchesScope(argumentName: string, numbers: string[], sources: CrosscheckSources): Promise<ResolvedScope> {
  const found = await lookUp(numbers, sources);
  const unknown = numbers.filter((n) => !found.has(n));
  if (unknown.length > 0) {
    const what = unknown.length === 1 ? `no batch known to finance: "${unknown[0]}"` : `${unknown.length} batches unknown to finance: ${unknown.slice(0, 5).join(', ')}`;
    throw badUserInput(argumentName, `names ${what}`);
  }
  const batches = numbers.map((n) => found.get(n)!);
  for (const batch of batches) checkable(batch, argumentName);
  const periods = [...new Set(batches.map((b) => b.period!.trim()))].sort();
  if (periods.length > 1) throw badUserInput(argumentName, `names batches of several periods (${periods.join(', ')}); one run checks one period`);
  return batches.length === 1 ? resolved('BATCH', periods[0]!, batches, batches[0]!.batchNumber) : resolved('BATCHES', periods[0]!, batches);
}

async function programmeScope(args: ScopeArguments, sources: CrosscheckSources): Promise<ResolvedScope> {
  const programmeCode = trimLegacyText(args.programmeCode!);
  if (programmeCode === '') throw badUserInput('programmeCode', 'must not be empty');
  if (args.period == null) throw badUserInput('period', 'is required with programmeCode (YYYYMM)');
  const period = periodArgument(args.period);
  const programme = await fromFinance(() => sources.programme(programmeCode));
  if (!programme) throw badUserInput('programmeCode', `names no programme known to finance: "${programmeCode}"`);
  const batches = await fromFinance(() => sources.batches(programme.code, period));
  if (batches.length === 0) {
    const any = await fromFinance(() => sources.batches(programme.code, null));
    if (any.length === 0) throw badUserInput('programmeCode', `names programme ${programme.code}, which has no batches`);
    const periods = [...new Set(any.map((b) => b.period).filter((p): p is string => p !== null))].sort().slice(-12);
    throw badUserInput('period', `has no batches of programme ${programme.code}; its latest batches are for ${periods.join(', ')}`);
  }
  for (const batch of batches) checkable(batch, 'programmeCode');
  const scope = resolved('PROGRAMME', period, batches);
  // The programme's own record decides, also for a batch whose programme link is missing.
  return { ...scope, scope: { ...scope.scope, programmeCode: programme.code, eligibilityCondition: programme.eligibilityCondition ?? null } };
}

async function periodScope(args: ScopeArguments, sources: CrosscheckSources, options: ScopeOptions): Promise<ResolvedScope> {
  const period = periodArgument(args.period!);
  const all = await fromFinance(() => sources.periodBatches(period));
  if (all.length === 0) throw badUserInput('period', `has no batches of any programme`);
  const counties = options.counties;
  const batches = counties ? all.filter((b) => countyOf(b) !== null && counties.inScope(countyOf(b)!)) : all;
  if (batches.length === 0) throw badUserInput('period', `has no batches disbursed in ${counties!.where}`);
  for (const batch of batches) checkable(batch, 'period');
  return resolved('PERIOD', period, batches);
}

function periodArgument(value: string): string {
  const period = value.trim();
  if (!isPeriod(period)) throw badUserInput('period', 'must be a period written YYYYMM with a month from 01 to 12');
  return period;
}

export async function resolveScope(args: ScopeArguments, sources: CrosscheckSources, options: ScopeOptions = {}): Promise<ResolvedScope> {
  const named = namedBatches(args);
  if (named) {
    if (args.programmeCode != null || args.period != null) {
      throw badUserInput(named.argumentName, 'cannot be combined with programmeCode or period: check named batches, or every batch of a programme or of a period');
    }
    return batchesScope(named.argumentName, named.numbers, sources);
  }
  if (args.programmeCode != null) return programmeScope(args, sources);
  if (args.period != null) return periodScope(args, sources, options);
  throw badUserInput('batchNumber', 'or batchNumbers, programmeCode and period, or period alone must be given');
}

/** The disbursing counties of an earlier run's batches as finance has them now (a batch it no longer knows has none). */
export async function countiesOfRun(scope: RunScope, sources: CrosscheckSources): Promise<(string | null)[]> {
  const found = await lookUp(scope.batchNumbers, sources);
  return [...new Set([...found.values()].map(countyOf))];
}
