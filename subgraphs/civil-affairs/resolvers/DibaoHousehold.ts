import type { DibaoHouseholdResolvers } from '../__generated__/resolvers-types.js';
import { householdMembersWithHead } from '../../../adapters/civil-affairs/adapter.js';
import { isValidIdNumber } from '../../../lib/id-number.js';
import { fenToDecimal } from '../../../lib/money.js';
import { trimLegacyText } from '../../../lib/text.js';
import { dateArgument } from '../../runtime/arguments.js';
import { guaranteeActiveAt } from '../rules.js';

export const DibaoHousehold: DibaoHouseholdResolvers = {
  __resolveReference(reference, { loaders }) {
    return loaders.household.load(trimLegacyText(reference.householdNumber));
  },
  head(household) {
    const id = household.headIdNumber;
    return id !== null && isValidIdNumber(id) ? { idNumber: id } : null;
  },
  monthlyAllowance(household) {
    return household.monthlyAllowanceFen === null ? null : fenToDecimal(household.monthlyAllowanceFen);
  },
  activeAt(household, args) {
    return guaranteeActiveAt(household, dateArgument(args.date, 'date'));
  },
  async members(household, _args, { loaders }) {
    return householdMembersWithHead(household, await loaders.householdMemberRows.load(household.householdNumber));
  },
};
