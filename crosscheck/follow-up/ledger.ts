/**
 * The recovery ledger (追回/退回): every line with a confirmed finding (due.ts), what it owes back,
 * what was recovered and written off; recording recoveries and write-offs (核销, asked for by one
 * analyst and decided by another). Finance analysts work on the lines of their own counties.
 */
import { codeInRegions, forbiddenOutsideScope } from '../../access/scope.js';
import { isIsoDate } from '../../lib/dates.js';
import { ErrorCode, badUserInput, hubError } from '../../lib/errors.js';
import { fenToDecimal, type Fen } from '../../lib/money.js';
import type { Rule } from '../../lib/rules.js';
import { pairKey } from '../../store/finding-actions.js';
import type { CrosscheckStore } from '../../store/crosscheck-store.js';
import { balanceOf, type CaseOpening, type CaseState, type RecoveryStatus } from '../../store/recoveries.js';
import { isConfirmed, lineDue } from './due.js';
import { FOLLOW_UP_REFUSALS, withReason } from './refusals.js';
import type { FollowUpUser } from './findings.js';
import { rollupsOf } from './rollups.js';
import type { FollowUpSources } from './sources.js';
import type { LedgerView, RecoveryCaseView } from './views.js';
import { compareLineIds } from '../../lib/line-ids.js';

export interface LedgerFilter {
  period?: string | null;
  programmeCode?: string | null;
  county?: string | null;
  rule?: Rule | null;
  status?: RecoveryStatus | null;
}

const MAX_TEXT = 2000;
const MAX_RECEIPT = 100;

function requireAnalyst(user: FollowUpUser, what: string): void {
  if (user.identity.role !== 'analyst' && user.identity.role !== 'service') {
    throw hubError(ErrorCode.FORBIDDEN, `Forbidden: ${what} is the work of finance analysts of the line's county`, {
      argumentName: 'lineId',
      reason: FOLLOW_UP_REFUSALS.NOT_FINANCE_ANALYST,
    });
  }
}

function lineIdArgument(value: string): string {
  const lineId = value.trim();
  if (!/^\d{1,20}$/.test(lineId)) throw badUserInput('lineId', 'must be a payment line id (digits)');
  return lineId;
}

function textArgument(name: string, value: string, max: number, missing: string): string {
  const text = value.trim();
  if (text === '') throw badUserInput(name, missing);
  if (text.length > max) throw badUserInput(name, `is longer than ${max} characters`);
  return text;
}

export class RecoveryLedger {
  constructor(
    private readonly store: CrosscheckStore,
    private readonly sourcesFor: (user: FollowUpUser) => FollowUpSources,
    private readonly now: () => Date,
  ) {}

  async ledger(user: FollowUpUser, filter: LedgerFilter): Promise<LedgerView> {
    requireAnalyst(user, 'reading the recovery ledger');
    const county = filter.county?.trim() || null;
    if (county !== null && !/^\d{6}$/.test(county)) throw badUserInput('county', 'must be a 6-digit county division code');
    const period = filter.period?.trim() || null;
    if (period !== null && !/^\d{6}$/.test(period)) throw badUserInput('period', 'must be a month written YYYYMM');
    const cases = (await this.cases(user)).filter(
      (c) =>
        (period === null || c.case.period === period) &&
        (!filter.programmeCode || c.case.programmeCode === filter.programmeCode.trim()) &&
        (county === null || c.case.countyCode === county) &&
        (!filter.rule || c.case.rule === filter.rule) &&
        (!filter.status || c.balance.status === filter.status),
    );
    return { cases, ...rollupsOf(cases) };
  }

  /**
   * Every case the user may see, by line id: the opened ones as stored, the others as they would
   * be opened now (lines whose confirmed findings ask nothing back, such as failed lines, are left out).
   */
  async cases(user: FollowUpUser, lineIds?: readonly string[], scoped = true): Promise<RecoveryCaseView[]> {
    const [states, latestActions, reviews] = await Promise.all([
      this.store.recoveries.states(lineIds),
      this.store.actions.latestOfEveryPair(),
      this.store.followUp.latestReviews(lineIds),
    ]);
    const only = lineIds ? new Set(lineIds) : null;
    const actionOf = new Map(latestActions.filter((a) => !only || only.has(a.lineId)).map((a) => [pairKey(a.lineId, a.rule), a]));
    const pairs = new Map<string, { lineId: string; rule: Rule }>();
    for (const a of actionOf.values()) pairs.set(pairKey(a.lineId, a.rule), a);
    for (const r of reviews.values()) pairs.set(pairKey(r.lineId, r.rule), r);
    const confirmed = [...pairs.entries()].filter(([key]) => isConfirmed(actionOf.get(key), reviews.get(key))).map(([, pair]) => pair);
    const findings = await this.store.followUp.latestOfPairs(confirmed);
    const byLine = new Map<string, { rules: Rule[]; amountFen: Fen; batchNumber: string; findingOf: Map<Rule, string> }>();
    for (const finding of findings.values()) {
      const entry = byLine.get(finding.lineId) ?? { rules: [] as Rule[], amountFen: finding.amountFen, batchNumber: finding.batchNumber, findingOf: new Map<Rule, string>() };
      entry.rules.push(finding.rule);
      entry.findingOf.set(finding.rule, finding.id);
      byLine.set(finding.lineId, entry);
    }
    const sources = this.sourcesFor(user);
    const batches = await sources.someBatches([...byLine.entries()].filter(([lineId]) => !states.has(lineId)).map(([, entry]) => entry.batchNumber));
    // Only the lines of the analyst's counties are asked about: the others' beneficiaries are not theirs to look up.
    const identity = user.identity;
    const inScope = (county: string | null | undefined) => !scoped || identity.role !== 'analyst' || (county != null && codeInRegions(county, identity.regions));
    const opened = [...states.values()].filter((state) => inScope(state.case.countyCode));
    const unopened = [...byLine.keys()].filter((lineId) => !states.has(lineId) && inScope(batches.get(byLine.get(lineId)!.batchNumber)?.countyCode));
    const lines = await sources.lines([...opened.map((state) => state.case.lineId), ...unopened]);
    const views: RecoveryCaseView[] = opened.map((state) => this.view(state, true, lines.get(state.case.lineId) ?? null));
    for (const lineId of unopened) {
      const entry = byLine.get(lineId)!;
      const batch = batches.get(entry.batchNumber);
      const line = lines.get(lineId) ?? null;
      const { rule, dueFen } = lineDue(entry.rules, entry.amountFen, batch?.standardFen ?? null, line?.status ?? null);
      if (dueFen <= 0) continue;
      const opening: CaseOpening = {
        lineId,
        findingId: entry.findingOf.get(rule)!,
        rule,
        batchNumber: entry.batchNumber,
        programmeCode: batch?.programmeCode ?? null,
        countyCode: batch?.countyCode ?? null,
        period: batch?.period ?? null,
        lineAmountFen: entry.amountFen,
        dueFen,
        openedBy: user.userId,
        openedAt: this.now().toISOString(),
      };
      views.push(this.view({ case: opening, recoveries: [], writeOffs: [] }, false, line));
    }
    return views.sort((x, y) => compareLineIds(x.case.lineId, y.case.lineId));
  }

  private view(state: CaseState, opened: boolean, line: RecoveryCaseView['line']): RecoveryCaseView {
    return { case: state.case, opened, line, balance: balanceOf(state.case.dueFen, state.recoveries, state.writeOffs), recoveries: state.recoveries, writeOffs: state.writeOffs };
  }

  /** The line's case, which the analyst must be allowed to work on (its county is checked here, with a message naming it). */
  private async caseFor(user: FollowUpUser, lineId: string): Promise<RecoveryCaseView> {
    const [view] = await this.cases(user, [lineId], false);
    if (!view) throw badUserInput('lineId', `has no confirmed finding that asks money back: line ${lineId} is not on the recovery ledger`);
    const identity = user.identity;
    if (identity.role === 'analyst' && (view.case.countyCode === null || !codeInRegions(view.case.countyCode, identity.regions))) {
      throw withReason(forbiddenOutsideScope(identity, `line ${lineId} of batch ${view.case.batchNumber}, disbursed by county ${view.case.countyCode ?? 'unknown'}`), FOLLOW_UP_REFUSALS.OUTSIDE_REGIONS);
    }
    return view;
  }

  private async reread(user: FollowUpUser, lineId: string): Promise<RecoveryCaseView> {
    return (await this.cases(user, [lineId], false))[0]!;
  }

  async recordRecovery(user: FollowUpUser, args: { lineId: string; amount: string; recoveredOn: string; receiptReference: string }): Promise<RecoveryCaseView> {
    requireAnalyst(user, 'recording a recovery');
    const lineId = lineIdArgument(args.lineId);
    const amountFen = amountArgument(args.amount);
    const today = this.now().toISOString().slice(0, 10);
    if (!isIsoDate(args.recoveredOn)) throw badUserInput('recoveredOn', 'must be a calendar date written YYYY-MM-DD');
    if (args.recoveredOn > today) throw badUserInput('recoveredOn', `is after today (${today}): money is recorded once it is received`);
    const receiptReference = textArgument('receiptReference', args.receiptReference, MAX_RECEIPT, 'must name the receipt (缴款凭证) the money came back with');
    const view = await this.caseFor(user, lineId);
    await this.store.recoveries.change(view.case, async (state, writer) => {
      const balance = balanceOf(state.case.dueFen, state.recoveries, state.writeOffs);
      if (balance.status === 'WRITTEN_OFF') throw badUserInput('lineId', `was written off (核销): nothing is outstanding on line ${lineId}`, { reason: FOLLOW_UP_REFUSALS.WRITE_OFF });
      if (balance.pendingWriteOff) throw badUserInput('lineId', `has a write-off awaiting approval: line ${lineId} takes no recovery until it is decided`, { reason: FOLLOW_UP_REFUSALS.WRITE_OFF });
      if (state.recoveries.some((r) => r.receiptReference === receiptReference)) throw badUserInput('receiptReference', `is already recorded on line ${lineId}`);
      if (amountFen > balance.outstandingFen) {
        throw badUserInput(
          'amount',
          `${fenToDecimal(amountFen)} is more than is outstanding on line ${lineId}: ${fenToDecimal(balance.outstandingFen)} (due ${fenToDecimal(state.case.dueFen)}, recovered ${fenToDecimal(balance.recoveredFen)})`,
          { reason: FOLLOW_UP_REFUSALS.MORE_THAN_OUTSTANDING },
        );
      }
      await writer.addRecovery({ amountFen, recoveredOn: args.recoveredOn, receiptReference, recordedBy: user.userId, recordedAt: this.now().toISOString() });
    });
    return this.reread(user, lineId);
  }

  async requestWriteOff(user: FollowUpUser, args: { lineId: string; reason: string }): Promise<RecoveryCaseView> {
    requireAnalyst(user, 'asking for a write-off');
    const lineId = lineIdArgument(args.lineId);
    const reason = textArgument('reason', args.reason, MAX_TEXT, 'must say why the rest cannot be recovered');
    const view = await this.caseFor(user, lineId);
    await this.store.recoveries.change(view.case, async (state, writer) => {
      const balance = balanceOf(state.case.dueFen, state.recoveries, state.writeOffs);
      if (balance.status === 'WRITTEN_OFF') throw badUserInput('lineId', `was already written off (核销)`);
      if (balance.pendingWriteOff) throw badUserInput('lineId', `already has a write-off awaiting approval, asked for by ${balance.pendingWriteOff.requestedBy}`);
      if (balance.outstandingFen <= 0) throw badUserInput('lineId', `has nothing outstanding to write off: line ${lineId} is recovered in full`);
      await writer.requestWriteOff({ amountFen: balance.outstandingFen, reason, requestedBy: user.userId, requestedAt: this.now().toISOString() });
    });
    return this.reread(user, lineId);
  }

  async decideWriteOff(user: FollowUpUser, args: { lineId: string; approve: boolean; note: string }): Promise<RecoveryCaseView> {
    requireAnalyst(user, 'deciding a write-off');
    const lineId = lineIdArgument(args.lineId);
    const note = args.note.trim();
    if (note.length > MAX_TEXT) throw badUserInput('note', `is longer than ${MAX_TEXT} characters`);
    if (!args.approve && note === '') throw badUserInput('note', 'must say why the write-off is rejected');
    const view = await this.caseFor(user, lineId);
    if (!view.opened) throw badUserInput('lineId', `has no write-off awaiting a decision`);
    await this.store.recoveries.change(view.case, async (state, writer) => {
      const pending = balanceOf(state.case.dueFen, state.recoveries, state.writeOffs).pendingWriteOff;
      if (!pending) throw badUserInput('lineId', `has no write-off awaiting a decision`);
      if (pending.requestedBy === user.userId) {
        throw hubError(
          ErrorCode.FORBIDDEN,
          `Forbidden: a write-off (核销) is decided by someone other than the analyst who asked for it (不相容岗位职责分离); ${user.userId} asked for this one`,
          { argumentName: 'lineId', reason: FOLLOW_UP_REFUSALS.OWN_WRITE_OFF },
        );
      }
      await writer.decideWriteOff(pending.id, args.approve ? 'APPROVED' : 'REJECTED', user.userId, this.now().toISOString(), note);
    });
    return this.reread(user, lineId);
  }
}

function amountArgument(value: string): Fen {
  const match = /^(\d{1,12})\.(\d{2})$/.exec(value.trim());
  if (!match) throw badUserInput('amount', 'must be a positive amount in yuan with two decimals, like "150.00"');
  const fen = Number(match[1]) * 100 + Number(match[2]);
  if (fen <= 0) throw badUserInput('amount', 'must be more than 0.00');
  return fen;
}
