import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateTimeScalar, DecimalScalar } from '../../runtime/scalars.js';
import { Query } from './Query.js';
import { Mutation } from './Mutation.js';
import { CrosscheckRun } from './CrosscheckRun.js';
import { CrosscheckSummary } from './CrosscheckSummary.js';
import { RuleSummary } from './RuleSummary.js';
import { Finding } from './Finding.js';
import { NotCheckedEntry } from './NotCheckedEntry.js';
import { RunComparison } from './RunComparison.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Decimal: DecimalScalar,
  Query,
  Mutation,
  CrosscheckRun,
  CrosscheckSummary,
  RuleSummary,
  Finding,
  NotCheckedEntry,
  RunComparison,
};
