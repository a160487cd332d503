import type { PersonResolvers } from '../__generated__/resolvers-types.js';
import { normaliseIdNumber } from '../../../lib/id-number.js';
import { validCertificateAt } from '../../../adapters/disability/validity.js';
import { dateArgument } from '../../runtime/arguments.js';

export const Person: PersonResolvers = {
  __resolveReference(reference) {
    return { idNumber: normaliseIdNumber(reference.idNumber) };
  },
  disabilityCertificates(person, _args, { loaders }) {
    return loaders.certificatesByIdNumber.load(person.idNumber);
  },
  async validDisabilityCertificateAt(person, args, { loaders }) {
    const date = dateArgument(args.date, 'date');
    return validCertificateAt(await loaders.certificatesByIdNumber.load(person.idNumber), date);
  },
};
