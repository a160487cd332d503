import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import type { CrosscheckContext } from '../context.js';
import { rulesOfDepartment } from '../../../crosscheck/rules.js';
import { RULES, type Rule } from '../../../lib/rules.js';
import type { RunRecord } from '../../../store/runs.js';
import { badUserInput } from '../../../lib/errors.js';
import { accessOf } from '../../../access/enforce.js';
import { MAX_PROGRESS_WAIT_MS } from '../../../crosscheck/service.js';
import { recordUnrecordedCounties, runInScope, runOutsideScope } from '../run-scope.js';
import {
  connection,
  findingCursor,
  findingCursorArgument,
  firstArgument,
  notCheckedCursor,
  notCheckedCursorArgument,
  runCursorArgument,
} from '../paging.js';

/** An analyst may see a run only when every batch of it is disbursed inside their regions (run-scope.ts). */
export async function assertRunInScope(run: RunRecord, context: CrosscheckContext): Promise<RunRecord> {
  const identity = accessOf(context)?.identity;
  if (identity?.role !== 'analyst') return run;
  const counties = await context.loaders.counties.load(run.id);
  if (!runInScope(identity, counties)) throw runOutsideScope(identity, run, counties);
  return run;
}

/** A run named by an argument; an unknown one is the caller's error, since there is nothing to page. */
export async function runArgument(id: string, argumentName: string, context: CrosscheckContext): Promise<RunRecord> {
  const run = /^\d{1,9}$/.test(id.trim()) ? await context.loaders.run.load(id.trim()) : null;
  if (!run) throw badUserInput(argumentName, `names no cross-check run: "${id}"`);
  return assertRunInScope(run, context);
}

/** A whole number argument from 0 to `max`; 0 when not given. */
function wholeNumberArgument(name: string, value: number | null | undefined, max: number): number {
  if (value == null) return 0;
  if (!Number.isSafeInteger(value) || value < 0 || value > max) throw badUserInput(name, `must be a whole number from 0 to ${max}`);
  return value;
}

function villageArgument(value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  const prefix = value.trim();
  if (!/^\d{6,12}$/.test(prefix)) throw badUserInput('village', 'must be a division code prefix of 6 to 12 digits (county, township or village)');
  return prefix;
}

export const Query: QueryResolvers = {
  async crosscheckRun(_parent, args, context) {
    const waitMs = wholeNumberArgument('waitMs', args.waitMs, MAX_PROGRESS_WAIT_MS);
    const linesCheckedAbove = wholeNumberArgument('linesCheckedAbove', args.linesCheckedAbove, 2_147_483_647);
    const id = args.id.trim();
    const run = /^\d{1,9}$/.test(id) ? await context.loaders.run.load(id) : null;
    if (!run) return null;
    await assertRunInScope(run, context);
    if (waitMs === 0) return run;
    const latest = await context.service.progressed(id, { waitMs, linesCheckedAbove, read: run });
    if (latest) context.loaders.run.clear(id).prime(id, latest);
    return latest;
  },

  async crosscheckRuns(_parent, args, context) {
    const { service } = context;
    const first = firstArgument(args.first, 20);
    const before = runCursorArgument(args.after);
    const identity = accessOf(context)?.identity;
    // An analyst's list leaves out runs of other counties' batches: each run's counties are recorded first.
    const analyst = identity?.role === 'analyst' ? identity : null;
    if (analyst) await recordUnrecordedCounties(service.store, context.loaders.sources);
    const page = await service.store.runs.list({ first, before, startedBy: args.startedBy?.trim() || null, ...(analyst ? { countyPrefixes: analyst.regions } : {}) });
    return connection(page, (run) => run.id);
  },

  async findings(_parent, args, context) {
    const run = await runArgument(args.runId, 'runId', context);
    const first = firstArgument(args.first, 100);
    const after = findingCursorArgument(args.after);
    let rules: Rule[] | undefined;
    if (args.rule) rules = [args.rule];
    if (args.department) {
      const ofDepartment = rulesOfDepartment(args.department);
      rules = (rules ?? [...RULES]).filter((r) => ofDepartment.includes(r));
    }
    const villagePrefix = villageArgument(args.village);
    const page = await context.service.store.findings.page(run.id, { rules, villagePrefix }, first, after);
    return connection(page, findingCursor);
  },

  async notChecked(_parent, args, context) {
    const run = await runArgument(args.runId, 'runId', context);
    const first = firstArgument(args.first, 100);
    const after = notCheckedCursorArgument(args.after);
    const page = await context.service.store.notChecked.page(run.id, { department: args.department ?? undefined }, first, after);
    return connection(page, notCheckedCursor);
  },

  async compareRuns(_parent, args, context) {
    const [a, b] = await Promise.all([runArgument(args.a, 'a', context), runArgument(args.b, 'b', context)]);
    return { a, b };
  },
};
