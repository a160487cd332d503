/**
 * The civil affairs rules of the cross-check (crosscheck-rules.md): when a dibao guarantee or an
 * extreme-poverty support is active on a day, and why not, in plain words for the evidence.
 */
import type { DibaoHouseholdRecord, ExtremePovertySupportRecord } from '../../adapters/civil-affairs/records.js';
import { inHalfOpenRange, type IsoDate } from '../../lib/dates.js';

export const NOT_ON_DIBAO = 'NOT_ON_DIBAO';
export const NOT_SUPPORTED_PERSON = 'NOT_SUPPORTED_PERSON';

/** `[start, end)`, no end meaning open; an end that is filled in but unreadable has ended, on a day unknown. */
function activeAt(period: { startDate: IsoDate | null; endDate: IsoDate | null; endDateUnreadable: boolean }, date: IsoDate): boolean {
  return !period.endDateUnreadable && inHalfOpenRange(date, period.startDate, period.endDate);
}

export function guaranteeActiveAt(household: DibaoHouseholdRecord, date: IsoDate): boolean {
  return activeAt(household, date);
}

export function supportActiveAt(record: ExtremePovertySupportRecord, date: IsoDate): boolean {
  return activeAt(record, date);
}

/** Why a period is not active on `date`; only meaningful when it is not. */
function whyInactive(period: { startDate: IsoDate | null; endDate: IsoDate | null; endDateUnreadable: boolean }, date: IsoDate): string {
  if (period.startDate === null) return 'has no readable start date';
  if (period.startDate > date) return `starts ${period.startDate}, after ${date}`;
  if (period.endDateUnreadable) return `from ${period.startDate} has an end date that is not a readable date`;
  return `from ${period.startDate} ended ${period.endDate}`;
}

const CATEGORY_TEXT: Record<string, string> = { URBAN: 'urban dibao', RURAL: 'rural dibao' };
const FORM_TEXT: Record<string, string> = { INSTITUTIONAL: 'institutional care', AT_HOME: 'supported at home' };

function coded(code: string | null, text: string | undefined): string {
  if (code === null) return 'no code';
  return text ? `${code} ${text}` : `unknown code ${code}`;
}

/** One membership's household, as the evidence names it: its number, category, and why it does not count. */
export function dibaoHouseholdEvidence(householdNumber: string, household: DibaoHouseholdRecord | null, date: IsoDate): string {
  if (household === null) return `household ${householdNumber} has a member row but no household record`;
  const category = coded(household.categoryCode, CATEGORY_TEXT[household.category]);
  return `household ${householdNumber} (${category}) guarantee ${whyInactive(household, date)}`;
}

export function notOnDibaoEvidence(householdEvidence: readonly string[], date: IsoDate): string {
  if (householdEvidence.length === 0) return `no dibao household membership at all; checked for ${date}`;
  return `no dibao guarantee active on ${date}: ${householdEvidence.join('; ')}`;
}

export function notSupportedEvidence(records: readonly ExtremePovertySupportRecord[], date: IsoDate): string {
  if (records.length === 0) return `no extreme-poverty support record at all; checked for ${date}`;
  const reasons = records.map((r) => `support record ${r.recordId} (${coded(r.formCode, FORM_TEXT[r.form])}) ${whyInactive(r, date)}`);
  return `no extreme-poverty support active on ${date}: ${reasons.join('; ')}`;
}

export function invalidIdEvidence(what: string, date: IsoDate): string {
  return `the ID number is not a valid citizen ID number, so no ${what} can match it; checked for ${date}`;
}
