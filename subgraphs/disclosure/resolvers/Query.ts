import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { identityOf } from '../../../access/enforce.js';

export const Query: QueryResolvers = {
  myPayments: (_parent, args, context) => context.service.myPayments(identityOf(context), args),
  announcement: (_parent, args, context) => context.service.announcement(identityOf(context), args),
  announcementDivisions: (_parent, args, context) => context.service.divisions(identityOf(context), args),
  complaint: (_parent, args, context) => context.service.complaint(args.trackingNumber),
  publishedBatches: (_parent, args, context) => context.service.publishedBatches(identityOf(context), args),
  policyPublications: (_parent, _args, context) => context.service.policyPublications(identityOf(context)),
  departmentComplaints: (_parent, args, context) => context.complaints.list(identityOf(context), args),
  departmentComplaint: (_parent, args, context) => context.complaints.one(identityOf(context), args.trackingNumber),
};
