import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { decodeDivisionCursor, encodeDivisionCursor, type DivisionKey } from '../../../adapters/public-security/adapter.js';
import { isValidIdNumber } from '../../../lib/id-number.js';
import { normaliseName, trimLegacyText } from '../../../lib/text.js';
import { badUserInput } from '../../../lib/errors.js';
import { dateArgument, idNumberArgument, listArgument } from '../../runtime/arguments.js';
import { HitColumns, checkedColumn, dateColumn, idNumberColumn, subjectCount } from '../../runtime/screening-columns.js';
import { screenRegistration } from '../screening.js';

export const Query: QueryResolvers = {
  async person(_parent, args, { loaders }) {
    const idNumber = idNumberArgument(args.idNumber, 'idNumber');
    return (await loaders.registration.load(idNumber)) ? { idNumber } : null;
  },
  async persons(_parent, args, { loaders }) {
    const ids = listArgument(args.idNumbers, 'idNumbers').map((id) => idNumberArgument(id, 'idNumbers'));
    const registrations = await loaders.registration.loadMany(ids);
    return ids.map((idNumber, i) => {
      const found = registrations[i];
      if (found instanceof Error) throw found;
      return found ? { idNumber } : null;
    });
  },
  async screenRegister(_parent, args, { loaders }) {
    const { keys, idNumbers: rawIds, dates: rawDates, names, countyCodes: rawCounties, checkAge80 } = args.subjects;
    const count = subjectCount(args.subjects, 'subjects');
    // Every subject is validated before the register is asked anything.
    const dates = dateColumn(rawDates, 'subjects');
    const countyCodes = checkedColumn(rawCounties, (raw) => {
      const countyCode = trimLegacyText(raw);
      if (!/^\d{6}$/.test(countyCode)) throw badUserInput('subjects', 'has a countyCode that is not a 6-digit county code');
      return countyCode;
    });
    const idNumbers = idNumberColumn(rawIds);
    // An invalid ID is the caller's ID_INVALID, not PERSON_UNKNOWN: it is neither looked up nor reported.
    const valid = idNumbers.map(isValidIdNumber);
    const ids = [...new Set(idNumbers.filter((_, i) => valid[i]))];
    const byId = await loaders.screening.load(ids);
    const hits = new HitColumns();
    const divisionCodes: (string | null)[] = new Array(count).fill(null);
    for (let i = 0; i < count; i++) {
      if (!valid[i]) continue;
      const subject = { key: keys[i]!, idNumber: idNumbers[i]!, date: dates[i]!, name: normaliseName(names[i]), countyCode: countyCodes[i]!, checkAge80: checkAge80[i]! };
      const record = byId.get(subject.idNumber) ?? null;
      screenRegistration(subject, record, hits);
      divisionCodes[i] = record?.divisionCode ?? null;
    }
    return { keys: hits.keys, rules: hits.rules, evidence: hits.evidence, divisionCodes };
  },
  async personsInDivision(_parent, args, { adapter }) {
    const divisionPrefix = trimLegacyText(args.divisionPrefix);
    if (!/^\d{2,12}$/.test(divisionPrefix)) throw badUserInput('divisionPrefix', 'must be 2 to 12 leading digits of a division code (6: county, 9: township, 12: village)');
    const bornOnOrBefore = args.bornOnOrBefore == null ? null : dateArgument(args.bornOnOrBefore, 'bornOnOrBefore');
    const first = args.first ?? MAX_DIVISION_PAGE / 10;
    if (!Number.isInteger(first) || first < 1 || first > MAX_DIVISION_PAGE) throw badUserInput('first', `must be between 1 and ${MAX_DIVISION_PAGE}`);
    let after: DivisionKey | null = null;
    if (args.after != null) {
      after = decodeDivisionCursor(args.after);
      if (after === null) throw badUserInput('after', 'is not an endCursor returned by this query');
    }
    const page = await adapter.personsInDivision({ divisionPrefix, bornOnOrBefore, first, after });
    return { idNumbers: page.idNumbers, endCursor: page.after ? encodeDivisionCursor(page.after) : null, hasNextPage: page.hasNextPage };
  },
};

const MAX_DIVISION_PAGE = 10_000;
