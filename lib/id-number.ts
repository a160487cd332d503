/**
 * Citizen ID numbers (公民身份号码, GB 11643-1999).
 *
 * Legacy systems store them with a lower-case `x`, padded with ASCII or full-width spaces;
 * the hub compares and looks up only the normalised form.
 */
import { trimLegacyText } from './text.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

export function normaliseIdNumber(raw: string | null | undefined): string {
  if (raw == null) return '';
  return trimLegacyText(raw).replace(/x$/, 'X');
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

export function isValidIdNumber(normalised: string): boolean {
  return idNumberProblem(normalised) === null;
}

export const ID_NUMBER_PROBLEM_TEXT: Record<IdNumberProblem, string> = {
  LENGTH: 'must be 18 characters',
  CHARACTERS: 'must be 17 digits followed by a digit or X',
  BIRTH_DATE: 'characters 7-14 are not a real calendar date',
  CHECK_CHARACTER: 'the check character does not match (GB 11643-1999)',
};

function isCalendarDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `610727198001011234` -> `6107**********1234`: region prefix and last four only. */
export function maskIdNumber(idNumber: string | null | undefined): string {
  const id = normaliseIdNumber(idNumber);
  if (id.length <= 8) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}
