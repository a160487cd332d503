/**
 * The hub's cross-check: a finance duty, served by the hub's crosscheck subgraph. A run belongs to
 * the counties of its batches: the crosscheck subgraph's resolvers check an analyst's regions
 * against them on every read and write (subgraphs/crosscheck/run-scope.ts).
 */
import type { FieldPolicy } from './model.js';
import { FIN, R, S, typeFields } from './spec.js';

const BY_RUN: FieldPolicy = { kind: 'LINK', owner: FIN, scopedByResolver: true };
const FINANCE_WORK: FieldPolicy = { ...BY_RUN, override: { departmentOther: R } };

export const CROSSCHECK_FIELDS: Record<string, FieldPolicy> = {
  ...typeFields('Query', FIN, { crosscheckRun: BY_RUN, crosscheckRuns: BY_RUN, findings: BY_RUN, notChecked: BY_RUN, compareRuns: BY_RUN }),
  // Starting and reviewing checks is the finance side's work; other departments may only read.
  ...typeFields('Mutation', FIN, { startCrosscheck: FINANCE_WORK, rerunCrosscheck: FINANCE_WORK, reviewFinding: FINANCE_WORK }),
  ...typeFields('CrosscheckRun', FIN, {
    id: 'PUBLIC',
    status: 'PUBLIC',
    scope: 'PUBLIC',
    startedBy: S,
    startedAt: 'PUBLIC',
    finishedAt: 'PUBLIC',
    linesTotal: 'PUBLIC',
    linesChecked: 'PUBLIC',
    rerunOf: 'PUBLIC',
    error: 'PUBLIC',
    summary: 'PUBLIC',
    batchFindings: 'PUBLIC',
  }),
  // Staff user ids in the evidence: internal to the administration, as Batch.enteredBy is.
  ...typeFields('BatchFinding', FIN, { batchNumber: 'PUBLIC', check: 'PUBLIC', outcome: 'PUBLIC', evidence: S, missingField: 'PUBLIC' }),
  ...typeFields('CrosscheckScope', FIN, {
    kind: 'PUBLIC',
    batchNumber: 'PUBLIC',
    programmeCode: 'PUBLIC',
    period: 'PUBLIC',
    batchNumbers: 'PUBLIC',
    eligibilityCondition: 'PUBLIC',
  }),
  ...typeFields('CrosscheckSummary', FIN, {
    findings: 'PUBLIC',
    linesFlagged: 'PUBLIC',
    byRule: 'PUBLIC',
    byDepartment: 'PUBLIC',
    notCheckedLines: 'PUBLIC',
    notChecked: 'PUBLIC',
  }),
  ...typeFields('RuleSummary', FIN, { rule: 'PUBLIC', departments: 'PUBLIC', findings: 'PUBLIC', amountAtRisk: 'PUBLIC' }),
  ...typeFields('DepartmentSummary', FIN, { department: 'PUBLIC', findings: 'PUBLIC', lines: 'PUBLIC' }),
  ...typeFields('NotCheckedSummary', FIN, { department: 'PUBLIC', lines: 'PUBLIC', rules: 'PUBLIC' }),
  ...typeFields('Finding', FIN, {
    id: 'PUBLIC',
    runId: 'PUBLIC',
    lineId: 'PUBLIC',
    line: 'PUBLIC',
    // That a rule such as DECEASED or IN_CUSTODY fired on a person's line is itself the sensitive fact.
    rule: S,
    departments: S,
    evidence: S,
    amount: 'AMOUNT',
    batchNumber: 'PUBLIC',
    village: 'ADDRESS',
    review: 'LINK',
    reviews: 'LINK',
  }),
  ...typeFields('FindingReview', FIN, { id: 'PUBLIC', findingId: 'PUBLIC', decision: S, reason: S, reviewedBy: S, reviewedAt: S }),
  ...typeFields('NotCheckedEntry', FIN, {
    lineId: 'PUBLIC',
    line: 'PUBLIC',
    batchNumber: 'PUBLIC',
    department: 'PUBLIC',
    rules: 'PUBLIC',
    reason: 'PUBLIC',
    amount: 'AMOUNT',
  }),
  ...typeFields('RunComparison', FIN, { a: 'PUBLIC', b: 'PUBLIC', added: 'PUBLIC', removed: 'PUBLIC' }),
  ...typeFields('FindingConnection', FIN, { edges: 'PUBLIC', pageInfo: 'PUBLIC', totalCount: 'PUBLIC' }),
  ...typeFields('FindingEdge', FIN, { cursor: 'PUBLIC', node: 'PUBLIC' }),
  ...typeFields('NotCheckedConnection', FIN, { edges: 'PUBLIC', pageInfo: 'PUBLIC', totalCount: 'PUBLIC' }),
  ...typeFields('NotCheckedEdge', FIN, { cursor: 'PUBLIC', node: 'PUBLIC' }),
  ...typeFields('CrosscheckRunConnection', FIN, { edges: 'PUBLIC', pageInfo: 'PUBLIC', totalCount: 'PUBLIC' }),
  ...typeFields('CrosscheckRunEdge', FIN, { cursor: 'PUBLIC', node: 'PUBLIC' }),
};
