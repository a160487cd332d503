/**
 * What a check covers: one batch, or every batch of a programme in a period. Resolved with
 * finance before a run is created, so a bad argument is an error naming it and never a run.
 */
import type { GraphQLError } from 'graphql';
import { isPeriod } from '../lib/dates.js';
import { trimLegacyText } from '../lib/text.js';
import { GraphQLRequestError } from '../lib/graphql-client.js';
import { ErrorCode, badUserInput, hubError } from '../lib/errors.js';
import type { RunScope } from '../store/runs.js';
import type { BatchInfo, CrosscheckSources } from './sources.js';

export interface ScopeArguments {
  batchNumber?: string | null;
  programmeCode?: string | null;
  period?: string | null;
}

export interface ResolvedScope {
  scope: RunScope;
  linesTotal: number;
  /** The disbursing counties of the batches, for scope checks of the caller. */
  countyCodes: string[];
}

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

/** Every line's rules need the period start and the county: a batch without them cannot be checked. */
function checkable(batch: BatchInfo, argumentName: string): void {
  if (batch.period === null || !isPeriod(batch.period)) {
    throw badUserInput(argumentName, `names batch ${batch.batchNumber}, whose period is not a valid YYYYMM, so its lines cannot be checked`);
  }
  if (batch.countyCode === null || !/^\d{6}$/.test(batch.countyCode.trim())) {
    throw badUserInput(argumentName, `names batch ${batch.batchNumber}, which has no valid 6-digit disbursing county, so its lines cannot be checked`);
  }
}

export async function resolveScope(args: ScopeArguments, sources: CrosscheckSources): Promise<ResolvedScope> {
  const hasBatch = args.batchNumber != null;
  const hasProgramme = args.programmeCode != null || args.period != null;
  if (hasBatch && hasProgramme) {
    throw badUserInput('batchNumber', 'cannot be combined with programmeCode or period: check one batch, or every batch of a programme in a period');
  }
  if (hasBatch) {
    const batchNumber = trimLegacyText(args.batchNumber!);
    if (batchNumber === '') throw badUserInput('batchNumber', 'must not be empty');
    const batch = await fromFinance(() => sources.batch(batchNumber));
    if (!batch) throw badUserInput('batchNumber', `names no batch known to finance: "${batchNumber}"`);
    checkable(batch, 'batchNumber');
    return {
      scope: {
        kind: 'BATCH',
        batchNumber: batch.batchNumber,
        programmeCode: batch.programmeCode,
        period: batch.period!.trim(),
        batchNumbers: [batch.batchNumber],
        eligibilityCondition: batch.eligibilityCondition,
      },
      linesTotal: batch.lineCount,
      countyCodes: [batch.countyCode!.trim()],
    };
  }
  if (args.programmeCode == null) throw badUserInput('batchNumber', 'or programmeCode and period must be given');
  const programmeCode = trimLegacyText(args.programmeCode);
  if (programmeCode === '') throw badUserInput('programmeCode', 'must not be empty');
  if (args.period == null) throw badUserInput('period', 'is required with programmeCode (YYYYMM)');
  const period = args.period.trim();
  if (!isPeriod(period)) throw badUserInput('period', 'must be a period written YYYYMM with a month from 01 to 12');
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
  return {
    scope: {
      kind: 'PROGRAMME',
      batchNumber: null,
      programmeCode: programme.code,
      period,
      batchNumbers: batches.map((b) => b.batchNumber),
      eligibilityCondition: programme.eligibilityCondition ?? null,
    },
    linesTotal: batches.reduce((sum, b) => sum + b.lineCount, 0),
    countyCodes: [...new Set(batches.map((b) => b.countyCode!.trim()))],
  };
}
