/**
 * The hub's disbursement service (issue 4): searches and roll-ups across programmes, asked of
 * finance and the register at query time. An analyst must name a division of their region.
 */
import type { FieldPolicy } from './model.js';
import { FIN, S, typeFields } from './spec.js';

export const DISBURSEMENT_FIELDS: Record<string, FieldPolicy> = {
  ...typeFields('Query', FIN, {
    payments: { kind: 'LINK', owner: FIN, regionArgument: 'filter.division' },
    disbursementRollup: { kind: 'LINK', owner: FIN, regionArgument: 'filter.division' },
    latePayments: { kind: 'LINK', owner: FIN, regionArgument: 'filter.division' },
    unpaidFailures: { kind: 'LINK', owner: FIN, regionArgument: 'filter.division' },
    // Who is eligible is decided on dibao and disability facts.
    missedPayments: { kind: S, owner: FIN, regionArgument: 'division' },
    beneficiary: 'LINK',
  }),
  ...typeFields('PaymentPage', FIN, { edges: 'PUBLIC', pageInfo: 'PUBLIC', totals: 'PUBLIC' }),
  ...typeFields('PaymentEdge', FIN, { cursor: 'PUBLIC', node: 'PUBLIC', note: 'PUBLIC' }),
  ...typeFields('RollupRow', FIN, {
    programme: 'PUBLIC',
    programmeCode: 'PUBLIC',
    period: 'PUBLIC',
    fundingLevel: 'PUBLIC',
    fundingLevelCode: 'PUBLIC',
    department: 'PUBLIC',
    departmentCode: 'PUBLIC',
    status: 'PUBLIC',
    divisionCode: 'PUBLIC',
    lineCount: 'PUBLIC',
    personCount: 'PUBLIC',
    totalAmount: 'PUBLIC',
  }),
  ...typeFields('MissedPaymentPage', FIN, { items: 'PUBLIC', pageInfo: 'PUBLIC', totalCount: 'PUBLIC', eligibleCount: 'PUBLIC' }),
  ...typeFields('MissedPayment', FIN, { person: 'LINK', divisionCode: 'ADDRESS', evidence: S }),
};
