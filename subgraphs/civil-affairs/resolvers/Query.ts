import type { QueryResolvers, ScreeningHit, ScreeningSubject } from '../__generated__/resolvers-types.js';
import { isValidIdNumber, normaliseIdNumber } from '../../../lib/id-number.js';
import type { IsoDate } from '../../../lib/dates.js';
import { trimLegacyText } from '../../../lib/text.js';
import { badUserInput } from '../../../lib/errors.js';
import { dateArgument, listArgument } from '../../runtime/arguments.js';
import { householdsOfMemberships, loadAll } from '../lookups.js';
import { activeDibaoMembers, decodeHouseholdCursor, encodeHouseholdCursor } from '../active-members.js';
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

interface Subject {
  key: string;
  idNumber: string;
  valid: boolean;
  date: IsoDate;
}

/** Every subject is checked before any is looked up: one bad date fails the call, naming `subjects`. */
function screeningSubjects(subjects: readonly ScreeningSubject[]): Subject[] {
  return listArgument(subjects, 'subjects').map((s) => {
    const idNumber = normaliseIdNumber(s.idNumber);
    return { key: s.key, idNumber, valid: isValidIdNumber(idNumber), date: dateArgument(s.date, 'subjects') };
  });
}

export const Query: QueryResolvers = {
  dibaoHousehold(_parent, args, { loaders }) {
    const householdNumber = trimLegacyText(args.householdNumber);
    if (householdNumber === '') throw badUserInput('householdNumber', 'must not be empty');
    return loaders.household.load(householdNumber);
  },

  async screenDibao(_parent, args, { loaders }) {
    const subjects = screeningSubjects(args.subjects);
    // Invalid IDs are not looked up: they match nothing (the caller reports ID_INVALID first).
    const valid = subjects.filter((s) => s.valid);
    const memberships = await loadAll(loaders.memberships, valid.map((s) => s.idNumber));
    // All memberships of the call resolve their households in one batch, not subject by subject.
    const households = await Promise.all(memberships.map((m) => householdsOfMemberships(loaders, m)));
    const byId = new Map(valid.map((s, i) => [s.idNumber, households[i]!]));
    const hits: ScreeningHit[] = [];
    for (const subject of subjects) {
      if (!subject.valid) {
        hits.push({ key: subject.key, rule: NOT_ON_DIBAO, evidence: invalidIdEvidence('dibao household membership', subject.date) });
        continue;
      }
      const of = byId.get(subject.idNumber) ?? [];
      if (of.some((h) => h.household !== null && guaranteeActiveAt(h.household, subject.date))) continue;
      const evidence = notOnDibaoEvidence(
        of.map((h) => dibaoHouseholdEvidence(h.householdNumber, h.household, subject.date)),
        subject.date,
      );
      hits.push({ key: subject.key, rule: NOT_ON_DIBAO, evidence });
    }
    return hits;
  },

  async screenExtremePoverty(_parent, args, { loaders }) {
    const subjects = screeningSubjects(args.subjects);
    const valid = subjects.filter((s) => s.valid);
    const records = await loadAll(loaders.support, valid.map((s) => s.idNumber));
    const byId = new Map(valid.map((s, i) => [s.idNumber, records[i]!]));
    const hits: ScreeningHit[] = [];
    for (const subject of subjects) {
      if (!subject.valid) {
        hits.push({ key: subject.key, rule: NOT_SUPPORTED_PERSON, evidence: invalidIdEvidence('extreme-poverty support record', subject.date) });
        continue;
      }
      const of = byId.get(subject.idNumber) ?? [];
      if (of.some((r) => supportActiveAt(r, subject.date))) continue;
      hits.push({ key: subject.key, rule: NOT_SUPPORTED_PERSON, evidence: notSupportedEvidence(of, subject.date) });
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
};

const MAX_MEMBER_PAGE = 10_000;
