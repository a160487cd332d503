import type { SocialSecurityCardResolvers } from '../__generated__/resolvers-types.js';
import { isValidIdNumber } from '../../../lib/id-number.js';

export const SocialSecurityCard: SocialSecurityCardResolvers = {
  // Only a valid ID can key a Person; a mistyped holder ID stays visible in holderIdNumber.
  holder(card) {
    return card.holderIdNumber !== null && isValidIdNumber(card.holderIdNumber) ? { idNumber: card.holderIdNumber } : null;
  },
};
