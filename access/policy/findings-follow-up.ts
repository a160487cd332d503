/**
 * The follow-up of findings, served by the hub's crosscheck subgraph: the responsible departments'
 * findings and actions (停发 / 核实无误 / 已更正) and the recovery ledger (追回/退回).
 *
 * Department staff get only the findings on lines of programmes their department is responsible
 * for (crosscheck/follow-up/findings.ts batchInScope): those are their own beneficiaries, so the
 * person, the amount, the rule and its reduced summary are theirs to see (`OWN_PROGRAMME`). The full
 * evidence may describe another department's records (a sentence, a death), so it stays refused to
 * them. The ledger is finance's: analysts of the line's county, never department staff.
 */
import type { FieldPolicy } from './model.js';
import { FIN, R, S, V, typeFields } from './spec.js';

const OWN_PROGRAMME = { departmentOther: V } as const;
const NOT_DEPARTMENTS = { departmentOwn: R, departmentOther: R } as const;

export const FOLLOW_UP_FIELDS: Record<string, FieldPolicy> = {
  ...typeFields('Query', FIN, {
    followUpFindings: 'LINK',
    recoveryLedger: ['LINK', NOT_DEPARTMENTS],
    // The hub's own services resolve lines through it; every person is refused it.
    followUpLines: ['LINK', { analyst: R, ...NOT_DEPARTMENTS }],
  }),
  ...typeFields('Mutation', FIN, {
    recordFindingAction: ['LINK', { analyst: R }],
    recordRecovery: ['LINK', NOT_DEPARTMENTS],
    requestWriteOff: ['LINK', NOT_DEPARTMENTS],
    decideWriteOff: ['LINK', NOT_DEPARTMENTS],
  }),
  ...typeFields('FollowUpFinding', FIN, {
    id: 'PUBLIC',
    runId: 'PUBLIC',
    lineId: 'PUBLIC',
    line: 'PUBLIC',
    rule: [S, OWN_PROGRAMME],
    summary: [S, OWN_PROGRAMME],
    evidence: S,
    amount: ['AMOUNT', OWN_PROGRAMME],
    batchNumber: 'PUBLIC',
    period: 'PUBLIC',
    countyCode: 'PUBLIC',
    programmeCode: 'PUBLIC',
    programmeName: 'PUBLIC',
    responsibleDepartmentCode: 'PUBLIC',
    followUpDepartment: 'PUBLIC',
    idNumber: ['ID_NUMBER', OWN_PROGRAMME],
    name: ['NAME', OWN_PROGRAMME],
    status: [S, OWN_PROGRAMME],
    confirmed: [S, OWN_PROGRAMME],
    actions: 'LINK',
    review: 'LINK',
  }),
  ...typeFields('FindingAction', FIN, {
    id: 'PUBLIC',
    findingId: 'PUBLIC',
    lineId: 'PUBLIC',
    rule: [S, OWN_PROGRAMME],
    action: [S, OWN_PROGRAMME],
    stopFromPeriod: [S, OWN_PROGRAMME],
    note: [S, OWN_PROGRAMME],
    department: 'PUBLIC',
    actedBy: [S, OWN_PROGRAMME],
    actedAt: 'PUBLIC',
    finding: 'LINK',
  }),
  ...typeFields('FollowUpFindingConnection', FIN, { edges: 'PUBLIC', pageInfo: 'PUBLIC', totalCount: 'PUBLIC' }),
  ...typeFields('FollowUpFindingEdge', FIN, { cursor: 'PUBLIC', node: 'PUBLIC' }),
  ...typeFields('RecoveryLedger', FIN, { cases: 'LINK', totals: 'PUBLIC', byProgramme: 'PUBLIC', byCounty: 'PUBLIC', byPeriod: 'PUBLIC', byRule: 'PUBLIC' }),
  ...typeFields('RecoveryCase', FIN, {
    lineId: 'PUBLIC',
    line: 'PUBLIC',
    rule: S,
    findingId: 'PUBLIC',
    batchNumber: 'PUBLIC',
    period: 'PUBLIC',
    countyCode: 'PUBLIC',
    programmeCode: 'PUBLIC',
    idNumber: 'ID_NUMBER',
    name: 'NAME',
    lineAmount: 'AMOUNT',
    due: 'AMOUNT',
    recovered: 'AMOUNT',
    writtenOff: 'AMOUNT',
    outstanding: 'AMOUNT',
    status: S,
    recoveries: 'LINK',
    writeOff: 'LINK',
  }),
  ...typeFields('Recovery', FIN, { id: 'PUBLIC', amount: 'AMOUNT', recoveredOn: S, receiptReference: S, recordedBy: S, recordedAt: S }),
  ...typeFields('WriteOff', FIN, {
    id: 'PUBLIC',
    amount: 'AMOUNT',
    reason: S,
    requestedBy: S,
    requestedAt: S,
    decision: S,
    decidedBy: S,
    decidedAt: S,
    decisionNote: S,
  }),
  ...typeFields('RecoveryRollupRow', FIN, { key: 'PUBLIC', cases: 'PUBLIC', due: 'AMOUNT', recovered: 'AMOUNT', writtenOff: 'AMOUNT', outstanding: 'AMOUNT' }),
};
