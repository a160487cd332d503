import type { DepartmentComplaintResolvers } from '../__generated__/resolvers-types.js';

export const DepartmentComplaint: DepartmentComplaintResolvers = {
  async steps(complaint, _args, { service }) {
    return (await service.store()).steps(complaint.trackingNumber);
  },
};
