import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import type { CrosscheckContext } from '../context.js';
import { rulesOfDepartment } from '../../../crosscheck/rules.js';
import { RULES, type Rule } from '../../../lib/rules.js';
import type { RunRecord } from '../../../store/runs.js';
import { badUserInput } from '../../../lib/errors.js';
import {
  connection,
  findingCursor,
  findingCursorArgument,
  firstArgument,
  notCheckedCursor,
  notCheckedCursorArgument,
  runCursorArgument,
} from '../paging.js';

/** A run named by an argument; an unknown one is the caller's error, since there is nothing to page. */
export async function runArgument(id: string, argumentName: string, context: CrosscheckContext): Promise<RunRecord> {
  const run = /^\d{1,9}$/.test(id.trim()) ? await context.loaders.run.load(id.trim()) : null;
  if (!run) throw badUserInput(argumentName, `names no cross-check run: "${id}"`);
  return run;
}

function villageArgument(value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  const prefix = value.trim();
  if (!/^\d{6,12}$/.test(prefix)) throw badUserInput('village', 'must be a division code prefix of 6 to 12 digits (county, township or village)');
  return prefix;
}

export const Query: QueryResolvers = {
  async crosscheckRun(_parent, args, context) {
    return /^\d{1,9}$/.test(args.id.trim()) ? context.loaders.run.load(args.id.trim()) : null;
  },

  async crosscheckRuns(_parent, args, { service }) {
    const first = firstArgument(args.first, 20);
    const before = runCursorArgument(args.after);
    const page = await service.store.runs.list({ first, before, startedBy: args.startedBy?.trim() || null });
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
