import type { QueryResolvers, ScreeningSubjects } from '../__generated__/resolvers-types.js';
import { isValidIdNumber } from '../../../lib/id-number.js';
import type { IsoDate } from '../../../lib/dates.js';
import type { ScreeningHousehold } from '../../../adapters/civil-affairs/records.js';
import { trimLegacyText } from '../../../lib/text.js';
import { badUserInput } from '../../../lib/errors.js';
import { dateArgument } from '../../runtime/arguments.js';
import { HitColumns, dateColumn, idNumberColumn, subjectCount } from '../../runtime/screening-columns.js';
import { activeDibaoMembers, decodeHouseholdCursor, encodeHouseholdCursor } from '../active-members.js';
import { supportedPersonsArguments, supportedPersonsAt } from '../supported-persons.js';
import {
  NOT_ON_DIBAO,
  NOT_SUPPORTED_PERSON,
  dibaoHouseholdEvidence,
  guaranteeActiveAt,
  invalidIdEvidence,
  notOnDibaoEvidence,
  notSupportedEvidence,
  supportActiveAt,
} from '../rules.js';

interface Subjects {
  count: number;
  keys: readonly string[];
  idNumbers: string[];
  valid: boolean[];
  dates: IsoDate[];
  /** The valid ID numbers, each once: what is looked up. */
  ids: string[];
}

/** Every subject is checked before any is looked up: one bad date fails the call, naming `subjects`. */
function screeningSubjects(subjects: ScreeningSubjects): Subjects {
  const count = subjectCount(subjects, 'subjects');
  const dates = dateColumn(subjects.dates, 'subjects');
  const idNumbers = idNumberColumn(subjects.idNumbers);
  const valid = idNumbers.map(isValidIdNumber);
  // Invalid IDs are not looked up: they match nothing (the caller reports ID_INVALID first).
  const ids = [...new Set(idNumbers.filter((_, i) => valid[i]))];
  return { count, keys: subjects.keys, idNumbers, valid, dates, ids };
}

export const Query: QueryResolvers = {
  dibaoHousehold(_parent, args, { loaders }) {
    const householdNumber = trimLegacyText(args.householdNumber);
    if (householdNumber === '') throw badUserInput('householdNumber', 'must not be empty');
    return loaders.household.load(householdNumber);
  },

  async screenDibao(_parent, args, { loaders }) {
    const subjects = screeningSubjects(args.subjects);
    const { memberships, headedHouseholds } = await loaders.screeningMemberships.load(subjects.ids);
    // Each person's households once, in membership order (as householdsOfMemberships gives them).
    const byId = new Map<string, string[]>();
    for (const [id, list] of memberships) byId.set(id, [...new Set(list.map((m) => m.householdNumber))]);
    // The households the persons head were read with their memberships; the others in one batch.
    const others = new Set<string>();
    for (const numbers of byId.values()) for (const number of numbers) if (!headedHouseholds.has(number)) others.add(number);
    const otherHouseholds = await loaders.screeningHouseholds.load([...others]);
    const household = (number: string) => headedHouseholds.get(number) ?? otherHouseholds.get(number) ?? null;
    const hits = new HitColumns();
    for (let i = 0; i < subjects.count; i++) {
      const key = subjects.keys[i]!;
      const date = subjects.dates[i]!;
      if (!subjects.valid[i]) {
        hits.add(key, NOT_ON_DIBAO, invalidIdEvidence('低保家庭成员记录', date));
        continue;
      }
      const of = byId.get(subjects.idNumbers[i]!) ?? [];
      if (of.some((number) => isActive(household(number), date))) continue;
      hits.add(key, NOT_ON_DIBAO, notOnDibaoEvidence(of.map((number) => dibaoHouseholdEvidence(number, household(number), date)), date));
    }
    return hits;
  },

  async screenExtremePoverty(_parent, args, { loaders }) {
    const subjects = screeningSubjects(args.subjects);
    const byId = await loaders.screeningSupport.load(subjects.ids);
    const hits = new HitColumns();
    for (let i = 0; i < subjects.count; i++) {
      const key = subjects.keys[i]!;
      const date = subjects.dates[i]!;
      if (!subjects.valid[i]) {
        hits.add(key, NOT_SUPPORTED_PERSON, invalidIdEvidence('特困供养记录', date));
        continue;
      }
      const of = byId.get(subjects.idNumbers[i]!) ?? [];
      if (of.some((r) => supportActiveAt(r, date))) continue;
      hits.add(key, NOT_SUPPORTED_PERSON, notSupportedEvidence(of, date));
    }
    return hits;
  },

  async dibaoMembersActiveAt(_parent, args, { adapter, loaders }) {
    const date = dateArgument(args.date, 'date');
    let divisionPrefix: string | null = null;
    if (args.divisionPrefix != null) {
      divisionPrefix = trimLegacyText(args.divisionPrefix);
      if (!/^\d{2,12}$/.test(divisionPrefix)) throw badUserInput('divisionPrefix', 'must be 2 to 12 leading digits of a division code');
    }
    const first = args.first ?? 1000;
    if (!Number.isInteger(first) || first < 1 || first > MAX_MEMBER_PAGE) throw badUserInput('first', `must be between 1 and ${MAX_MEMBER_PAGE}`);
    let afterHousehold: string | null = null;
    if (args.after != null) {
      afterHousehold = decodeHouseholdCursor(args.after);
      if (afterHousehold === null) throw badUserInput('after', 'is not an endCursor returned by this query');
    }
    const page = await activeDibaoMembers(adapter, loaders, { date, divisionPrefix, first, afterHousehold });
    return { idNumbers: page.idNumbers, endCursor: page.lastHousehold === null ? null : encodeHouseholdCursor(page.lastHousehold), hasNextPage: page.hasNextPage };
  },

  supportedPersonsAt(_parent, args, { adapter }) {
    return supportedPersonsAt(adapter, supportedPersonsArguments(args));
  },
};

const MAX_MEMBER_PAGE = 10_000;

/** A membership counts when its household is known and its guarantee is active on the date. */
function isActive(household: ScreeningHousehold | null, date: IsoDate): boolean {
  return household !== null && guaranteeActiveAt(household, date);
}
