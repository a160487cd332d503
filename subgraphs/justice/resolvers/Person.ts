import type { PersonResolvers } from '../__generated__/resolvers-types.js';
import { normaliseIdNumber } from '../../../lib/id-number.js';
import { dateArgument } from '../../runtime/arguments.js';
import { custodySentenceOn } from '../custody.js';

export const Person: PersonResolvers = {
  __resolveReference(reference) {
    return { idNumber: normaliseIdNumber(reference.idNumber) };
  },
  sentences(person, _args, { loaders }) {
    return loaders.sentencesByIdNumber.load(person.idNumber);
  },
  async inCustodyAt(person, args, { loaders }) {
    const date = dateArgument(args.date, 'date');
    return custodySentenceOn(await loaders.sentencesByIdNumber.load(person.idNumber), date) !== null;
  },
  async custodySentenceAt(person, args, { loaders }) {
    const date = dateArgument(args.date, 'date');
    return custodySentenceOn(await loaders.sentencesByIdNumber.load(person.idNumber), date);
  },
};
