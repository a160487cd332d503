/**
 * Findings for the department responsible for the programme (主管部门): which ones a user may see,
 * a page of them with where each stands, and the department's actions on them (停发 / 核实无误 /
 * 已更正), each kept with the named user and the time.
 */
import type { Identity } from '../../access/identity.js';
import { codeInRegions, forbiddenOutsideScope } from '../../access/scope.js';
import { isPeriod } from '../../lib/dates.js';
import { DEPARTMENT_INFO } from '../../lib/departments.js';
import { ErrorCode, badUserInput, hubError } from '../../lib/errors.js';
import type { Rule } from '../../lib/rules.js';
import { pairKey, type FindingActionKind, type FindingActionRecord } from '../../store/finding-actions.js';
import type { FindingKey, FindingRecord } from '../../store/findings.js';
import { STATUS_OF_ACTION, type FollowUpStatus } from '../../store/follow-up-findings.js';
import type { CrosscheckStore } from '../../store/crosscheck-store.js';
import type { Page } from '../../store/rows.js';
import { isConfirmed } from './due.js';
import { FOLLOW_UP_REFUSALS, withReason } from './refusals.js';
import type { FollowUpSources } from './sources.js';
import type { BatchFacts, FollowUpFindingView } from './views.js';

/** The user acting, as the gateway verified them. */
export interface FollowUpUser {
  userId: string;
  identity: Identity;
}

const MAX_NOTE_LENGTH = 2000;

/** Whether the user may see the findings of a batch: the department following its programme up, an analyst of its county. */
export function batchInScope(identity: Identity, batch: BatchFacts): boolean {
  switch (identity.role) {
    case 'service':
      return true;
    case 'department':
      return batch.followUpDepartment === identity.department;
    case 'analyst':
      return batch.countyCode !== null && codeInRegions(batch.countyCode, identity.regions);
    default:
      return false;
  }
}

function refusalOutside(user: FollowUpUser) {
  return user.identity.role === 'department' ? FOLLOW_UP_REFUSALS.ANOTHER_DEPARTMENT : FOLLOW_UP_REFUSALS.OUTSIDE_REGIONS;
}

function departmentWords(batch: BatchFacts): string {
  const info = DEPARTMENT_INFO[batch.followUpDepartment];
  return `programme ${batch.programmeCode}${batch.programmeName ? ` (${batch.programmeName})` : ''}, followed up by ${info.nameZh} ${batch.followUpDepartment}`;
}

export interface FindingsArguments {
  batchNumber?: string | null;
  period?: string | null;
  rule?: Rule | null;
  status?: FollowUpStatus | null;
  first: number;
  after: FindingKey | null;
}

export interface ActionArguments {
  findingId: string;
  action: FindingActionKind;
  stopFromPeriod?: string | null;
  note: string;
}

export class FollowUpFindingsService {
  constructor(
    private readonly store: CrosscheckStore,
    private readonly sourcesFor: (user: FollowUpUser) => FollowUpSources,
    private readonly now: () => Date,
  ) {}

  async page(user: FollowUpUser, args: FindingsArguments): Promise<Page<FollowUpFindingView>> {
    const period = args.period?.trim() || null;
    if (period !== null && !isPeriod(period)) throw badUserInput('period', 'must be a month written YYYYMM');
    const sources = this.sourcesFor(user);
    const batches = await sources.batches(period);
    let wanted = [...batches.values()].filter((b) => batchInScope(user.identity, b)).map((b) => b.batchNumber);
    const batchNumber = args.batchNumber?.trim();
    if (batchNumber) {
      const batch = batches.get(batchNumber);
      if (batch && !batchInScope(user.identity, batch)) throw withReason(forbiddenOutsideScope(user.identity, `batch ${batchNumber} (${departmentWords(batch)}, county ${batch.countyCode})`), refusalOutside(user));
      wanted = wanted.filter((b) => b === batchNumber);
    }
    const withFindings = new Set(await this.store.followUp.batchNumbers());
    const page = await this.store.followUp.page(
      { batchNumbers: wanted.filter((b) => withFindings.has(b)), rule: args.rule ?? undefined, status: args.status ?? undefined },
      args.first,
      args.after,
    );
    return { ...page, items: await this.views(sources, page.items, batches) };
  }

  /** One finding as the user sees it; FORBIDDEN when its batch is not theirs. */
  async one(user: FollowUpUser, findingId: string): Promise<FollowUpFindingView> {
    const finding = (await this.store.findings.byIds([findingId])).get(findingId);
    if (!finding) throw badUserInput('findingId', `names no finding: "${findingId}"`);
    const sources = this.sourcesFor(user);
    const batch = await this.batchOf(sources, finding, user);
    const latest = (await this.store.followUp.latestOfPairs([finding])).get(pairKey(finding.lineId, finding.rule)) ?? finding;
    const [view] = await this.views(sources, [latest], new Map([[batch.batchNumber, batch]]));
    return view!;
  }

  async act(user: FollowUpUser, args: ActionArguments): Promise<FindingActionRecord> {
    const identity = user.identity;
    if (identity.role !== 'department' || !identity.department) {
      throw hubError(ErrorCode.FORBIDDEN, 'Forbidden: actions on findings are recorded by staff of the department responsible for the programme', {
        argumentName: 'findingId',
        reason: FOLLOW_UP_REFUSALS.NOT_DEPARTMENT_STAFF,
      });
    }
    const findingId = args.findingId.trim();
    const finding = /^\d{1,18}$/.test(findingId) ? (await this.store.findings.byIds([findingId])).get(findingId) : undefined;
    if (!finding) throw badUserInput('findingId', `names no finding: "${args.findingId}"`);
    const note = args.note.trim();
    const stopFromPeriod = args.stopFromPeriod?.trim() || null;
    await this.batchOf(this.sourcesFor(user), finding, user);
    checkAction(args.action, stopFromPeriod, note);
    return this.store.actions.add({
      findingId: finding.id,
      lineId: finding.lineId,
      rule: finding.rule,
      action: args.action,
      stopFromPeriod,
      note,
      department: identity.department,
      actedBy: user.userId,
      actedAt: this.now().toISOString(),
    });
  }

  /** The finding's batch, which must be the user's to see (and so, for department staff, to act on). */
  private async batchOf(sources: FollowUpSources, finding: FindingRecord, user: FollowUpUser): Promise<BatchFacts> {
    const batch = (await sources.someBatches([finding.batchNumber])).get(finding.batchNumber);
    if (!batch) {
      throw badUserInput('findingId', `is on batch ${finding.batchNumber}, which finance does not list with a programme, so no department is responsible for it`);
    }
    if (!batchInScope(user.identity, batch)) {
      throw withReason(forbiddenOutsideScope(user.identity, `finding ${finding.id} on batch ${finding.batchNumber} (${departmentWords(batch)}, county ${batch.countyCode})`), refusalOutside(user));
    }
    return batch;
  }

  private async views(sources: FollowUpSources, findings: FindingRecord[], batches: Map<string, BatchFacts>): Promise<FollowUpFindingView[]> {
    if (findings.length === 0) return [];
    const lineIds = findings.map((f) => f.lineId);
    const [actions, reviews, lines] = await Promise.all([this.store.actions.byPairs(findings), this.store.followUp.latestReviews(lineIds), sources.lines(lineIds)]);
    return findings.map((finding) => {
      const key = pairKey(finding.lineId, finding.rule);
      const history = actions.get(key) ?? [];
      const latestAction = history.at(-1);
      const review = reviews.get(key) ?? null;
      return {
        finding,
        batch: batches.get(finding.batchNumber) ?? null,
        line: lines.get(finding.lineId) ?? null,
        actions: history,
        review,
        status: latestAction ? STATUS_OF_ACTION[latestAction.action] : 'OPEN',
        confirmed: isConfirmed(latestAction, review ?? undefined),
      };
    });
  }
}

function checkAction(action: FindingActionKind, stopFromPeriod: string | null, note: string): void {
  if (note.length > MAX_NOTE_LENGTH) throw badUserInput('note', `is longer than ${MAX_NOTE_LENGTH} characters`);
  if (action === 'STOP') {
    if (stopFromPeriod === null) throw badUserInput('stopFromPeriod', 'is required for STOP (停发): the month (YYYYMM) from which payments stop');
    if (!isPeriod(stopFromPeriod)) throw badUserInput('stopFromPeriod', 'must be a month written YYYYMM');
    return;
  }
  if (stopFromPeriod !== null) throw badUserInput('stopFromPeriod', `is only for STOP (停发), not ${action}`);
  if (note === '') {
    throw badUserInput('note', action === 'VERIFIED' ? 'must give the reason the payment is right (核实无误)' : 'must say what was corrected (已更正)');
  }
}
