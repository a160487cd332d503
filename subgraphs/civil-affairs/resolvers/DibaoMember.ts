import type { DibaoMemberResolvers } from '../__generated__/resolvers-types.js';
import { isValidIdNumber } from '../../../lib/id-number.js';

export const DibaoMember: DibaoMemberResolvers = {
  person(member) {
    return member.idNumber !== null && isValidIdNumber(member.idNumber) ? { idNumber: member.idNumber } : null;
  },
};
