/**
 * Citizen ID numbers (公民身份号码, GB 11643-1999).
 *
 * Legacy systems store them with a lower-case `x`, padded with ASCII or full-width spaces;
 * the hub compares and looks up only the normalised form.
 */
import { isCalendarDay } from './dates.js';
import { trimLegacyText } from './text.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

export function normaliseIdNumber(raw: string | null | undefined): string {
  if (raw == null) return '';
  // A final lower-case x (char code 120) upper-cased, nothing else.
  const id = trimLegacyText(raw);
  return id.charCodeAt(id.length - 1) === 120 ? `${id.slice(0, -1)}X` : id;
}

/** ISO 7064 MOD 11-2 over the first 17 digits. */
export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

export type IdNumberProblem = 'LENGTH' | 'CHARACTERS' | 'BIRTH_DATE' | 'CHECK_CHARACTER';

/** Why a normalised ID number is not valid, or null when it is. */
export function idNumberProblem(normalised: string): IdNumberProblem | null {
  if (normalised.length !== 18) return 'LENGTH';
  if (!/^\d{17}[\dX]$/.test(normalised)) return 'CHARACTERS';
  if (!isCalendarDate(normalised.slice(6, 14))) return 'BIRTH_DATE';
  if (idNumberCheckCharacter(normalised.slice(0, 17)) !== normalised[17]) return 'CHECK_CHARACTER';
  return null;
}

/**
 * `idNumberProblem(normalised) === null`, in one pass over the characters: every subject of every
 * screening question and every row a screening reads is checked, so no regular expression, no
 * slices and no Date here (lib/normalisers.test.ts holds the two to the same answers).
 */
export function isValidIdNumber(normalised: string): boolean {
  if (normalised.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const digit = normalised.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    sum += digit * WEIGHTS[i]!;
  }
  const last = normalised.charCodeAt(17);
  if (last !== 88 && (last < 48 || last > 57)) return false;
  const year = (normalised.charCodeAt(6) - 48) * 1000 + (normalised.charCodeAt(7) - 48) * 100 + (normalised.charCodeAt(8) - 48) * 10 + (normalised.charCodeAt(9) - 48);
  const month = (normalised.charCodeAt(10) - 48) * 10 + (normalised.charCodeAt(11) - 48);
  const day = (normalised.charCodeAt(12) - 48) * 10 + (normalised.charCodeAt(13) - 48);
  if (!isCalendarDay(year, month, day)) return false;
  return CHECK_CHARACTERS.charCodeAt(sum % 11) === last;
}

export const ID_NUMBER_PROBLEM_TEXT: Record<IdNumberProblem, string> = {
  LENGTH: 'must be 18 characters',
  CHARACTERS: 'must be 17 digits followed by a digit or X',
  BIRTH_DATE: 'characters 7-14 are not a real calendar date',
  CHECK_CHARACTER: 'the check character does not match (GB 11643-1999)',
};

function isCalendarDate(yyyymmdd: string): boolean {
  return isCalendarDay(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)), Number(yyyymmdd.slice(6, 8)));
}

/** `610727198001011234` -> `6107**********1234`: region prefix and last four only. */
export function maskIdNumber(idNumber: string | null | undefined): string {
  const id = normaliseIdNumber(idNumber);
  if (id.length <= 8) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}
