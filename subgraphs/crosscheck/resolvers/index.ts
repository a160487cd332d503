import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../runtime/scalars.js';
import { Query } from './Query.js';
import { Mutation } from './Mutation.js';
import { CrosscheckRun } from './CrosscheckRun.js';
import { CrosscheckSummary } from './CrosscheckSummary.js';
import { RuleSummary } from './RuleSummary.js';
import { Finding } from './Finding.js';
import { NotCheckedEntry } from './NotCheckedEntry.js';
import { RunComparison } from './RunComparison.js';
import { FollowUpQuery } from './FollowUpQuery.js';
import { FollowUpMutation } from './FollowUpMutation.js';
import { FollowUpFinding } from './FollowUpFinding.js';
import { FindingAction } from './FindingAction.js';
import { RecoveryCase } from './RecoveryCase.js';
import { Recovery } from './Recovery.js';
import { WriteOff } from './WriteOff.js';
import { RecoveryRollupRow } from './RecoveryRollupRow.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Decimal: DecimalScalar,
  Date: DateScalar,
  Query: { ...Query, ...FollowUpQuery },
  Mutation: { ...Mutation, ...FollowUpMutation },
  CrosscheckRun,
  CrosscheckSummary,
  RuleSummary,
  Finding,
  NotCheckedEntry,
  RunComparison,
  FollowUpFinding,
  FindingAction,
  RecoveryCase,
  Recovery,
  WriteOff,
  RecoveryRollupRow,
};
