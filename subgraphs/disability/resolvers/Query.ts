import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { isValidIdNumber } from '../../../lib/id-number.js';
import { decodePageCursor, MAX_PAGE_SIZE, normaliseCertificateNumber } from '../../../adapters/disability/adapter.js';
import { badUserInput } from '../../../lib/errors.js';
import { dateArgument } from '../../runtime/arguments.js';
import { HitColumns, dateColumn, idNumberColumn, subjectCount } from '../../runtime/screening-columns.js';
import { screenSubject, type DisabilitySubject } from '../screening.js';

const DEFAULT_PAGE_SIZE = 1000;
const NO_CERTIFICATES: readonly never[] = [];

/** A certificate number is the holder's valid ID number plus two digits; anything else is the caller's error. */
export function certificateNumberArgument(value: string, argumentName: string): string {
  const number = normaliseCertificateNumber(value);
  if (!/^\d{17}[\dX]\d{2}$/.test(number) || !isValidIdNumber(number.slice(0, 18))) {
    throw badUserInput(argumentName, "is not a disability certificate number: the holder's 18-character ID number, then the category digit and the level digit");
  }
  return number;
}

export const Query: QueryResolvers = {
  disabilityCertificate(_parent, args, { loaders }) {
    return loaders.certificateByNumber.load(certificateNumberArgument(args.certificateNumber, 'certificateNumber'));
  },

  async screenDisability(_parent, args, { loaders }) {
    const { keys, requireSevere } = args.subjects;
    const count = subjectCount(args.subjects, 'subjects');
    const dates = dateColumn(args.subjects.dates, 'subjects');
    const idNumbers = idNumberColumn(args.subjects.idNumbers);
    const valid = idNumbers.map(isValidIdNumber);
    // Each valid ID looked up once, in one batch; an invalid one holds no certificates.
    const ids = [...new Set(idNumbers.filter((_, i) => valid[i]))];
    const byId = await loaders.screeningCertificates.load(ids);
    const hits = new HitColumns();
    for (let i = 0; i < count; i++) {
      const subject: DisabilitySubject = { key: keys[i]!, idNumber: idNumbers[i]!, idNumberValid: valid[i]!, date: dates[i]!, requireSevere: requireSevere[i]! };
      screenSubject(subject, (valid[i] ? byId.get(subject.idNumber) : undefined) ?? NO_CERTIFICATES, hits);
    }
    return hits;
  },

  personsWithValidCertificate(_parent, args, { adapter }) {
    const date = dateArgument(args.date, 'date');
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    if (first < 1 || first > MAX_PAGE_SIZE) throw badUserInput('first', `is ${first}; a page holds 1 to ${MAX_PAGE_SIZE} ID numbers`);
    let divisionPrefix: string | null = null;
    if (args.divisionPrefix != null) {
      divisionPrefix = args.divisionPrefix.trim();
      if (!/^\d{1,6}$/.test(divisionPrefix)) throw badUserInput('divisionPrefix', 'must be 1 to 6 leading digits of an ID number (its region code)');
    }
    let afterKey: string | null = null;
    if (args.after != null) {
      afterKey = decodePageCursor(args.after);
      if (afterKey === null) throw badUserInput('after', 'is not an endCursor returned by this query');
    }
    return adapter.personsWithValidCertificate({ date, severeOnly: args.severeOnly, divisionPrefix, first, afterKey });
  },
};
