/**
 * Validation of the arguments every subgraph takes (ID numbers, dates, periods, lists): a malformed
 * one is the caller's error, BAD_USER_INPUT naming the argument (lib/errors.ts badUserInput).
 */
import { badUserInput } from '../../lib/errors.js';
import { ID_NUMBER_PROBLEM_TEXT, idNumberProblem, normaliseIdNumber } from '../../lib/id-number.js';
import { isIsoDate, periodStart, type IsoDate } from '../../lib/dates.js';

/** Normalises an ID number argument; a malformed one is the caller's error, never "not found". */
export function idNumberArgument(value: string, argumentName: string): string {
  const id = normaliseIdNumber(value);
  const problem = idNumberProblem(id);
  if (problem) throw badUserInput(argumentName, `is not a valid citizen ID number: ${ID_NUMBER_PROBLEM_TEXT[problem]}`);
  return id;
}

export function dateArgument(value: string, argumentName: string): IsoDate {
  const text = value.trim();
  if (!isIsoDate(text)) throw badUserInput(argumentName, 'must be a real calendar date written YYYY-MM-DD');
  return text;
}

export function periodArgument(value: string, argumentName: string): string {
  const text = value.trim();
  if (!periodStart(text)) throw badUserInput(argumentName, 'must be a period written YYYYMM with a month from 01 to 12');
  return text;
}

export const MAX_BATCH_ARGUMENT = 10_000;

export function listArgument<T>(values: readonly T[], argumentName: string, max = MAX_BATCH_ARGUMENT): readonly T[] {
  if (values.length > max) throw badUserInput(argumentName, `has ${values.length} items; at most ${max} are allowed`);
  return values;
}
