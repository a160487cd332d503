/**
 * Missed payments (漏发): persons a department's data marks eligible for a programme on the first
 * day of a period, registered and alive in the division that day, with no line at all in the
 * programme's batches for the period. Each department is asked only its own question: who holds a
 * valid certificate (disability federation), who is a member of an active dibao household (civil
 * affairs), who is 80 or older (the register); the register then says where each lives and whether
 * they were alive and registered; finance says who has a line.
 */
import { chunk } from '../../lib/chunks.js';
import { formatPeriod, periodStart, type IsoDate } from '../../lib/dates.js';
import { badUserInput } from '../../lib/errors.js';
import { IDS_PER_CALL, type DisbursementSources, type ProgrammeInfo } from './sources.js';

export interface MissedPerson {
  idNumber: string;
  divisionCode: string | null;
  evidence: string;
}

export interface MissedResult {
  /** Sorted by ID number. */
  missed: MissedPerson[];
  eligibleCount: number;
}

/** The conditions the hub can list eligible persons for, and who decides them. */
export const LISTABLE_CONDITIONS = ['DISABLED_SEVERE', 'DISABLED_ANY', 'DIBAO', 'DIBAO_DISABLED', 'AGE_80'] as const;

async function eligiblePersons(sources: DisbursementSources, condition: string, day: IsoDate, regions: readonly string[]): Promise<{ ids: string[]; why: string }> {
  switch (condition) {
    case 'DISABLED_SEVERE':
      return { ids: await sources.validCertificateHolders(day, true), why: `holds a disability certificate of level 1 or 2 valid on ${day} (disability federation)` };
    case 'DISABLED_ANY':
      return { ids: await sources.validCertificateHolders(day, false), why: `holds a disability certificate valid on ${day} (disability federation)` };
    case 'DIBAO':
      return { ids: await sources.activeDibaoMembers(day), why: `is a member of a dibao household whose guarantee is active on ${day} (civil affairs)` };
    case 'DIBAO_DISABLED': {
      const [members, holders] = await Promise.all([sources.activeDibaoMembers(day), sources.validCertificateHolders(day, false)]);
      const certified = new Set(holders);
      return {
        ids: members.filter((id) => certified.has(id)),
        why: `is a member of a dibao household whose guarantee is active on ${day} (civil affairs) and holds a disability certificate valid then (disability federation)`,
      };
    }
    case 'AGE_80': {
      // Born on or before this day is 80 or older on `day` (the first of a month: no 29 February).
      const bornBy = `${Number(day.slice(0, 4)) - 80}${day.slice(4)}`;
      const lists = await Promise.all(regions.map((region) => sources.personsInDivision(region, bornBy)));
      return { ids: lists.flat(), why: `is aged 80 or more on ${day}, born on or before ${bornBy} (public security)` };
    }
    default:
      throw new Error(`unlisted condition ${condition}`);
  }
}

export async function findMissed(sources: DisbursementSources, programme: ProgrammeInfo, period: string, regions: readonly string[]): Promise<MissedResult> {
  const condition = programme.eligibilityCondition;
  if (condition === null || !(LISTABLE_CONDITIONS as readonly string[]).includes(condition)) {
    throw badUserInput(
      'programme',
      `has eligibility condition ${condition ?? '(none)'}; missed payments can be listed for ${LISTABLE_CONDITIONS.join(', ')}`,
    );
  }
  const day = periodStart(period)!;
  const { ids, why } = await eligiblePersons(sources, condition, day, regions);
  const registrations = await sources.registrations(ids, day);
  const inScope: MissedPerson[] = [];
  for (const id of [...new Set(ids)].sort()) {
    const registration = registrations.get(id);
    const division = registration?.divisionCode ?? null;
    // Someone the register does not place in the division, or who was not alive and registered then, is not owed a payment there.
    if (registration?.registeredOn !== true || division === null || !regions.some((r) => division.startsWith(r))) continue;
    inScope.push({
      idNumber: id,
      divisionCode: division,
      evidence: `${why}; registered in division ${division} and alive and registered on ${day} (public security); no line under programme ${programme.code} in its batches for ${formatPeriod(period)} (finance)`,
    });
  }
  const paid = new Set<string>();
  const calls = chunk(inScope.map((p) => p.idNumber), IDS_PER_CALL);
  const answers = await Promise.all(
    calls.map((idNumbers) => sources.paidIdNumbers({ programme: programme.code, periodFrom: period, periodTo: period, idNumbers })),
  );
  for (const answer of answers) for (const id of answer) paid.add(id);
  return { missed: inScope.filter((p) => !paid.has(p.idNumber)), eligibleCount: inScope.length };
}
