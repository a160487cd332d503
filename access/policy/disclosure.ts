/**
 * The hub's disclosure service (公示平台), built for the public: it masks and withholds small totals
 * itself, and this table masks again by kind (idempotent) in case it ever does not.
 */
import type { FieldPolicy } from './model.js';
import { FIN, PUBLISHED, R, S, V, typeFields } from './spec.js';

export const DISCLOSURE_FIELDS: Record<string, FieldPolicy> = {
  ...typeFields('Query', FIN, {
    // The person's own lines: their name and ID number must match, so the amounts are theirs to see.
    myPayments: ['LINK', { public: V }],
    announcement: 'PUBLIC',
    announcementDivisions: 'PUBLIC',
    complaint: 'PUBLIC',
    publishedBatches: 'PUBLIC',
    policyPublications: 'PUBLIC',
    // Department staff only (the service refuses everyone else with a named reason): the public never.
    departmentComplaints: ['LINK', { public: R }],
    departmentComplaint: ['LINK', { public: R }],
  }),
  ...typeFields('Mutation', FIN, {
    submitComplaint: 'PUBLIC',
    replyToComplaint: ['LINK', { public: R }],
    transferComplaint: ['LINK', { public: R }],
    closeComplaint: ['LINK', { public: R }],
  }),
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
    announcementStart: 'PUBLIC',
    announcementEnd: 'PUBLIC',
    announcementOpen: 'PUBLIC',
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
    deadline: 'PUBLIC',
    overdue: 'PUBLIC',
  }),
  ...typeFields('PolicyPublication', FIN, {
    programmeCode: 'PUBLIC',
    eligibilityCondition: 'PUBLIC',
    qualifies: 'PUBLIC',
    publishedOn: 'PUBLIC',
    latestBatchNumber: 'PUBLIC',
    latestAnnouncementStart: 'PUBLIC',
    latestAnnouncementEnd: 'PUBLIC',
    announcementOpen: 'PUBLIC',
  }),
  // What a complainant wrote is for the department the complaint is routed to: the service returns
  // only complaints of the caller's own department, whichever department that is, so "another
  // department" (the policy owner being finance) sees it in full too; analysts and the public never.
  ...typeFields(
    'DepartmentComplaint',
    FIN,
    Object.fromEntries(
      (
        [
          ['trackingNumber', 'PUBLIC'],
          ['programmeCode', 'PUBLIC'],
          ['programmeName', 'PUBLIC'],
          ['batchNumber', 'PUBLIC'],
          ['period', 'PUBLIC'],
          ['category', 'PUBLIC'],
          ['description', S],
          ['subjectIdNumber', 'ID_NUMBER'],
          ['contactName', 'NAME'],
          ['contactPhone', 'ACCOUNT'],
          ['department', 'PUBLIC'],
          ['status', 'PUBLIC'],
          ['reply', 'PUBLIC'],
          ['submittedAt', 'PUBLIC'],
          ['updatedAt', 'PUBLIC'],
          ['deadline', 'PUBLIC'],
          ['overdue', 'PUBLIC'],
          ['steps', 'PUBLIC'],
        ] as const
      ).map(([field, kind]) => [field, [kind, { public: R, analyst: R, departmentOwn: V, departmentOther: V }]]),
    ),
  ),
  ...typeFields('ComplaintStep', FIN, {
    step: 'PUBLIC',
    byUser: ['PUBLIC', { public: R }],
    byDepartment: 'PUBLIC',
    at: 'PUBLIC',
    reply: 'PUBLIC',
    toDepartment: 'PUBLIC',
    note: ['SENSITIVE_FACT', { departmentOther: V }],
  }),
};
