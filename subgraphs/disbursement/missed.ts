/**
 * Missed payments (漏发): persons a department's data marks eligible for a programme on the first
 * day of a period, registered and alive in the division that day, with no line at all in the
 * programme's batches for the period. Each department is asked only its own question: who holds a
 * valid certificate (disability federation), who is a member of an active dibao household or is a
 * supported person in extreme poverty (civil affairs), who is 80 or older (the register); the
 * register then says where each lives and whether they were alive and registered; finance says who
 * has a line. The evidence is in plain Chinese, for the people who follow a missed payment up.
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
export const LISTABLE_CONDITIONS = ['DISABLED_SEVERE', 'DISABLED_ANY', 'DIBAO', 'DIBAO_DISABLED', 'TEKUN', 'AGE_80'] as const;

async function eligiblePersons(sources: DisbursementSources, condition: string, day: IsoDate, regions: readonly string[]): Promise<{ ids: string[]; why: string }> {
  switch (condition) {
    case 'DISABLED_SEVERE':
      return { ids: await sources.validCertificateHolders(day, true), why: `持 ${day} 有效的一级或二级残疾人证（残联）` };
    case 'DISABLED_ANY':
      return { ids: await sources.validCertificateHolders(day, false), why: `持 ${day} 有效的残疾人证（残联）` };
    case 'DIBAO':
      return { ids: await sources.activeDibaoMembers(day), why: `为 ${day} 保障有效的低保家庭成员（民政）` };
    case 'TEKUN':
      return { ids: await sources.supportedPersons(day), why: `${day} 有有效的特困供养记录（民政）` };
    case 'DIBAO_DISABLED': {
      const [members, holders] = await Promise.all([sources.activeDibaoMembers(day), sources.validCertificateHolders(day, false)]);
      const certified = new Set(holders);
      return {
        ids: members.filter((id) => certified.has(id)),
        why: `为 ${day} 保障有效的低保家庭成员（民政），且持当日有效的残疾人证（残联）`,
      };
    }
    case 'AGE_80': {
      // Born on or before this day is 80 or older on `day` (the first of a month: no 29 February).
      const bornBy = `${Number(day.slice(0, 4)) - 80}${day.slice(4)}`;
      const lists = await Promise.all(regions.map((region) => sources.personsInDivision(region, bornBy)));
      return { ids: lists.flat(), why: `${day} 已满80周岁（${bornBy} 或之前出生，公安）` };
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
      evidence: `${why}；户籍在 ${division}，${day} 在册（公安）；项目 ${programme.code} ${formatPeriod(period)} 各批次中无其发放明细（财政）`,
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
