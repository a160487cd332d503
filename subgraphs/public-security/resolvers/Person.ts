import type { PersonResolvers } from '../__generated__/resolvers-types.js';
import type { RegistrationRecord } from '../../../adapters/public-security/records.js';
import { ageOn, type IsoDate } from '../../../lib/dates.js';
import { normaliseIdNumber } from '../../../lib/id-number.js';
import { dateArgument } from '../../runtime/arguments.js';

/** Alive and not cancelled on `date`, by the register's own dates; null when the status code is unknown. */
export function registeredOn(record: RegistrationRecord, date: IsoDate): boolean | null {
  switch (record.status) {
    case 'NORMAL':
      return true;
    case 'DECEASED':
      return record.deathDate !== null && date < record.deathDate;
    case 'CANCELLED':
      return record.cancellationDate !== null && date < record.cancellationDate;
    default:
      return null;
  }
}

export const Person: PersonResolvers = {
  __resolveReference(reference) {
    return { idNumber: normaliseIdNumber(reference.idNumber) };
  },
  registration(person, _args, { loaders }) {
    return loaders.registration.load(person.idNumber);
  },
  async registeredAt(person, args, { loaders }) {
    const date = dateArgument(args.date, 'date');
    const record = await loaders.registration.load(person.idNumber);
    return record ? registeredOn(record, date) : null;
  },
  async ageAt(person, args, { loaders }) {
    const date = dateArgument(args.date, 'date');
    const record = await loaders.registration.load(person.idNumber);
    return record?.birthDate ? ageOn(record.birthDate, date) : null;
  },
};
