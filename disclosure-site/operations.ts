/**
 * The operations the site sends, typed by graphql-codegen from public-operations/*.graphql
 * (disclosure-site/__generated__/operations.ts), and their hashes in the public role's safelist.
 * The site sends nothing else: every call names one of these and carries only its hash.
 */
import { Kind, parse } from 'graphql';
import type { PersistedDocuments } from '../lib/persisted-documents.js';
import type {
  AnnouncementDivisionsQuery,
  AnnouncementDivisionsQueryVariables,
  AnnouncementQuery,
  AnnouncementQueryVariables,
  ComplaintStatusQuery,
  ComplaintStatusQueryVariables,
  DisbursementCalendarQuery,
  DisbursementCalendarQueryVariables,
  MyPaymentsQuery,
  MyPaymentsQueryVariables,
  PolicyListQuery,
  PolicyListQueryVariables,
  PolicyPublicationsQuery,
  PolicyPublicationsQueryVariables,
  ProgrammeBatchesQuery,
  ProgrammeBatchesQueryVariables,
  SubmitComplaintMutation,
  SubmitComplaintMutationVariables,
} from './__generated__/operations.js';

export interface SiteOperations {
  PolicyList: { variables: PolicyListQueryVariables; data: PolicyListQuery };
  PolicyPublications: { variables: PolicyPublicationsQueryVariables; data: PolicyPublicationsQuery };
  ProgrammeBatches: { variables: ProgrammeBatchesQueryVariables; data: ProgrammeBatchesQuery };
  DisbursementCalendar: { variables: DisbursementCalendarQueryVariables; data: DisbursementCalendarQuery };
  Announcement: { variables: AnnouncementQueryVariables; data: AnnouncementQuery };
  AnnouncementDivisions: { variables: AnnouncementDivisionsQueryVariables; data: AnnouncementDivisionsQuery };
  MyPayments: { variables: MyPaymentsQueryVariables; data: MyPaymentsQuery };
  SubmitComplaint: { variables: SubmitComplaintMutationVariables; data: SubmitComplaintMutation };
  ComplaintStatus: { variables: ComplaintStatusQueryVariables; data: ComplaintStatusQuery };
}

export type SiteOperationName = keyof SiteOperations;

export const SITE_OPERATIONS: readonly SiteOperationName[] = [
  'PolicyList',
  'PolicyPublications',
  'ProgrammeBatches',
  'DisbursementCalendar',
  'Announcement',
  'AnnouncementDivisions',
  'MyPayments',
  'SubmitComplaint',
  'ComplaintStatus',
];

/**
 * Operation name -> hash of its persisted document. An operation the safelist lacks is reported,
 * not fatal: the rest of the site (and the hub it starts with) keeps working.
 */
export function operationHashes(documents: PersistedDocuments): { hashes: Partial<Record<SiteOperationName, string>>; missing: SiteOperationName[] } {
  const byName = new Map<string, string>();
  for (const [hash, text] of documents) {
    for (const definition of parse(text, { noLocation: true }).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) byName.set(definition.name.value, hash);
    }
  }
  const hashes: Partial<Record<SiteOperationName, string>> = {};
  const missing: SiteOperationName[] = [];
  for (const name of SITE_OPERATIONS) {
    const hash = byName.get(name);
    if (hash) hashes[name] = hash;
    else missing.push(name);
  }
  return { hashes, missing };
}
