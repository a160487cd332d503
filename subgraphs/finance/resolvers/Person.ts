import type { PersonResolvers } from '../__generated__/resolvers-types.js';
import { normaliseIdNumber } from '../../../lib/id-number.js';
import { trimLegacyText } from '../../../lib/text.js';
import { periodArgument } from '../../runtime/arguments.js';

export const Person: PersonResolvers = {
  __resolveReference(reference) {
    return { idNumber: normaliseIdNumber(reference.idNumber) };
  },
  registeredAccounts(person, _args, { loaders }) {
    return loaders.accountsByPerson.load(person.idNumber);
  },
  async paymentLines(person, args, { loaders }) {
    const programmeCode = args.programmeCode == null ? null : trimLegacyText(args.programmeCode);
    const from = args.periodFrom == null ? null : periodArgument(args.periodFrom, 'periodFrom');
    const to = args.periodTo == null ? null : periodArgument(args.periodTo, 'periodTo');
    const lines = await loaders.linesByPerson.load(person.idNumber);
    return lines.filter(
      ({ batch }) =>
        (programmeCode === null || batch.programmeCode === programmeCode) &&
        // YYYYMM compares correctly as text; a batch with no period cannot be inside a range.
        (from === null || (batch.period !== null && batch.period >= from)) &&
        (to === null || (batch.period !== null && batch.period <= to)),
    );
  },
};
