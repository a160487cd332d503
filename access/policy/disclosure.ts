/**
 * The hub's disclosure service (公示平台), built for the public: it masks and withholds small totals
 * itself, and this table masks again by kind (idempotent) in case it ever does not.
 */
import type { FieldPolicy } from './model.js';
import { FIN, PUBLISHED, S, V, typeFields } from './spec.js';

export const DISCLOSURE_FIELDS: Record<string, FieldPolicy> = {
  ...typeFields('Query', FIN, {
    // The person's own lines: their name and ID number must match, so the amounts are theirs to see.
    myPayments: ['LINK', { public: V }],
    announcement: 'PUBLIC',
    announcementDivisions: 'PUBLIC',
    complaint: 'PUBLIC',
    publishedBatches: 'PUBLIC',
  }),
  ...typeFields('Mutation', FIN, { submitComplaint: 'PUBLIC' }),
  ...typeFields('OwnPayment', FIN, {
    lineId: 'PUBLIC',
    batchNumber: 'PUBLIC',
    programmeName: 'PUBLIC',
    department: 'PUBLIC',
    period: 'PUBLIC',
    amount: ['AMOUNT', PUBLISHED],
    status: 'PUBLIC',
    creditedAt: 'PUBLIC',
    failureReason: { kind: S, owner: FIN, publicVia: ['myPayments'] },
  }),
  ...typeFields('Announcement', FIN, { kind: 'PUBLIC', title: 'PUBLIC', period: 'PUBLIC', totalCount: 'PUBLIC', totals: 'PUBLIC', totalsWithheld: 'PUBLIC', lines: 'PUBLIC', pageInfo: 'PUBLIC' }),
  // The service withholds totals under 5 persons itself; AnnouncementTotals' row rule withholds them again.
  ...typeFields('PublishedBatch', FIN, {
    batchNumber: 'PUBLIC',
    programmeCode: 'PUBLIC',
    programmeName: 'PUBLIC',
    department: 'PUBLIC',
    period: 'PUBLIC',
    countyCode: 'PUBLIC',
    status: 'PUBLIC',
    sentToBankAt: 'PUBLIC',
    totals: 'PUBLIC',
    totalsWithheld: 'PUBLIC',
  }),
  ...typeFields('AnnouncementTotals', FIN, { lineCount: 'PUBLIC', personCount: 'PUBLIC', totalAmount: 'PUBLIC' }),
  ...typeFields('AnnouncedLine', FIN, {
    lineId: 'PUBLIC',
    name: 'NAME',
    idNumber: 'ID_NUMBER',
    programmeName: 'PUBLIC',
    batchNumber: 'PUBLIC',
    period: 'PUBLIC',
    // A village's name is the level addresses are masked to.
    village: 'PUBLIC',
    amount: ['AMOUNT', PUBLISHED],
    status: 'PUBLIC',
  }),
  ...typeFields('AnnouncedDivision', FIN, { code: 'PUBLIC', level: 'PUBLIC', label: 'PUBLIC', townshipCode: 'PUBLIC', lineCount: 'PUBLIC', lineCountWithheld: 'PUBLIC' }),
  ...typeFields('ComplaintReceipt', FIN, { trackingNumber: 'PUBLIC', department: 'PUBLIC', status: 'PUBLIC', submittedAt: 'PUBLIC' }),
  ...typeFields('ComplaintStatus', FIN, {
    trackingNumber: 'PUBLIC',
    programmeName: 'PUBLIC',
    category: 'PUBLIC',
    department: 'PUBLIC',
    status: 'PUBLIC',
    submittedAt: 'PUBLIC',
    updatedAt: 'PUBLIC',
    reply: 'PUBLIC',
  }),
};
