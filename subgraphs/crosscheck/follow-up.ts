/**
 * The follow-up of findings (departments' actions, the recovery ledger) beside the cross-check
 * service of the same store: opened with it, and found from it by the resolvers, so the
 * subgraph's context stays the cross-check's own.
 */
import type { GraphQLClient } from '../../lib/graphql-client.js';
import type { CrosscheckService, RunUser } from '../../crosscheck/service.js';
import { FollowUpFindingsService, type FollowUpUser } from '../../crosscheck/follow-up/findings.js';
import { RecoveryLedger } from '../../crosscheck/follow-up/ledger.js';
import { FollowUpSources } from '../../crosscheck/follow-up/sources.js';
import { requireCaller } from './caller.js';
import type { CrosscheckContext } from './context.js';

export interface FollowUp {
  findings: FollowUpFindingsService;
  ledger: RecoveryLedger;
}

const FOLLOW_UP = new WeakMap<CrosscheckService, FollowUp>();

export function attachFollowUp(service: CrosscheckService, clientFor: (user: RunUser) => GraphQLClient, now: () => Date = () => new Date()): void {
  const sourcesFor = (user: FollowUpUser) => new FollowUpSources(clientFor(user));
  FOLLOW_UP.set(service, { findings: new FollowUpFindingsService(service.store, sourcesFor, now), ledger: new RecoveryLedger(service.store, sourcesFor, now) });
}

export function followUpOf(context: CrosscheckContext): FollowUp {
  const followUp = FOLLOW_UP.get(context.service);
  if (!followUp) throw new Error('the follow-up of findings was not opened with the cross-check service');
  return followUp;
}

/** Actions and recoveries are kept with who did them: an anonymous request may do neither. */
export function followUpUser(context: CrosscheckContext): FollowUpUser {
  const caller = requireCaller(context);
  return { userId: caller.userId, identity: caller.identity };
}
