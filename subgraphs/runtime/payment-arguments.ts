/**
 * The payment-line filter as clients type it, validated into the adapter's filter, and the line
 * checks' other arguments. Shared by the finance subgraph and the hub's disbursement service, so
 * both refuse the same input with the same words; each names the argument with its own path
 * (`filter.periodTo`).
 */
import { RESPONSIBLE_DEPARTMENT, responsibleDepartmentNamed } from '../../adapters/finance/codes.js';
import type { FundingLevel, PaymentLineStatus, ResponsibleDepartment } from '../../adapters/finance/records.js';
import { EMPTY_FILTER, type PaymentLineFilter } from '../../adapters/finance/search-types.js';
import { AmountError, decimalToFen } from '../../lib/money.js';
import { normaliseIdNumber } from '../../lib/id-number.js';
import { trimLegacyText } from '../../lib/text.js';
import { badUserInput } from '../../lib/errors.js';
import { isIsoDateTime } from '../../lib/dates.js';
import { idNumberArgument, listArgument, periodArgument } from './arguments.js';

export interface PaymentFilterInput {
  division?: string | null;
  programme?: string | null;
  department?: string | null;
  fundingLevel?: FundingLevel | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  status?: PaymentLineStatus | null;
  amountMin?: string | null;
  amountMax?: string | null;
  idNumber?: string | null;
  name?: string | null;
  idNumbers?: readonly string[] | null;
}

export interface ParsedPaymentFilter {
  /** The adapter's filter; `countyPrefix` is set only for a county-level (at most 6 digits) division. */
  filter: PaymentLineFilter;
  /** The division prefix as given (2 to `maxDivisionDigits` digits), or null. */
  division: string | null;
}

const MAX_NAME_LENGTH = 50;
export const MAX_FILTER_ID_NUMBERS = 10_000;

function departmentArgument(raw: string, argumentName: string): ResponsibleDepartment {
  const department = responsibleDepartmentNamed(raw);
  if (department) return department;
  throw badUserInput(argumentName, `names no responsible department: use a code (${RESPONSIBLE_DEPARTMENT.codes.join(', ')}) or a name (${RESPONSIBLE_DEPARTMENT.values.join(', ')})`);
}

function amountArgument(raw: string, argumentName: string): number {
  try {
    return decimalToFen(raw);
  } catch (error) {
    if (error instanceof AmountError) throw badUserInput(argumentName, 'must be an amount in yuan with at most two decimals, like "500" or "0.10"');
    throw error;
  }
}

/**
 * Validates a filter. `maxDivisionDigits` is 6 where only the batch's county is known (finance)
 * and 12 where the register's township and village can be asked (the disbursement service).
 */
export function parsePaymentFilter(input: PaymentFilterInput | null | undefined, options: { path: string; maxDivisionDigits: 6 | 12; registerHint?: string }): ParsedPaymentFilter {
  const name = (field: string) => `${options.path}.${field}`;
  if (input == null) return { filter: EMPTY_FILTER, division: null };

  let division: string | null = null;
  if (input.division != null) {
    division = trimLegacyText(input.division);
    if (!/^\d+$/.test(division) || division.length < 2 || division.length > options.maxDivisionDigits) {
      const hint = options.maxDivisionDigits === 6 ? options.registerHint ?? '' : '';
      throw badUserInput(name('division'), `must be 2 to ${options.maxDivisionDigits} leading digits of a division code (6: county, 9: township, 12: village)${hint}`);
    }
  }

  let programmeCode: string | null = null;
  if (input.programme != null) {
    programmeCode = trimLegacyText(input.programme);
    if (programmeCode === '') throw badUserInput(name('programme'), 'must be a programme code');
  }

  const periodFrom = input.periodFrom == null ? null : periodArgument(input.periodFrom, name('periodFrom'));
  const periodTo = input.periodTo == null ? null : periodArgument(input.periodTo, name('periodTo'));
  if (periodFrom !== null && periodTo !== null && periodTo < periodFrom) {
    throw badUserInput(name('periodTo'), `is ${periodTo}, before ${name('periodFrom')} ${periodFrom}: the range is inverted`);
  }

  const amountMinFen = input.amountMin == null ? null : amountArgument(input.amountMin, name('amountMin'));
  const amountMaxFen = input.amountMax == null ? null : amountArgument(input.amountMax, name('amountMax'));
  if (amountMinFen !== null && amountMaxFen !== null && amountMaxFen < amountMinFen) {
    throw badUserInput(name('amountMax'), `is below ${name('amountMin')}: the range is inverted`);
  }

  let nameContains: string | null = null;
  if (input.name != null) {
    nameContains = trimLegacyText(input.name);
    if (nameContains === '' || Array.from(nameContains).length > MAX_NAME_LENGTH) throw badUserInput(name('name'), `must be 1 to ${MAX_NAME_LENGTH} characters of a name`);
  }

  let idNumbers: string[] | null = null;
  if (input.idNumbers != null) {
    // Not validated: the hub's services pass whatever ID numbers they group by, invalid ones too.
    idNumbers = listArgument(input.idNumbers, name('idNumbers'), MAX_FILTER_ID_NUMBERS).map((id) => normaliseIdNumber(id));
  }

  const filter: PaymentLineFilter = {
    countyPrefix: division !== null && division.length <= 6 ? division : null,
    programmeCode,
    department: input.department == null ? null : departmentArgument(input.department, name('department')),
    fundingLevel: input.fundingLevel ?? null,
    periodFrom,
    periodTo,
    status: input.status ?? null,
    amountMinFen,
    amountMaxFen,
    idNumber: input.idNumber == null ? null : idNumberArgument(input.idNumber, name('idNumber')),
    nameContains,
    idNumbers,
  };
  return { filter, division };
}

export const MAX_SEARCH_PAGE = 1000;
export const DEFAULT_SEARCH_PAGE = 100;

export function hoursArgument(value: number | null | undefined, argumentName = 'hours'): number {
  const hours = value ?? 24;
  if (!Number.isInteger(hours) || hours < 1 || hours > 24 * 366) throw badUserInput(argumentName, 'must be a whole number of hours from 1 to 8784');
  return hours;
}

export function withinDaysArgument(value: number, argumentName = 'withinDays'): number {
  if (!Number.isInteger(value) || value < 1 || value > 3660) throw badUserInput(argumentName, 'must be a whole number of days from 1 to 3660');
  return value;
}

export function instantArgument(value: string | null | undefined, argumentName: string, now: () => Date = () => new Date()): string {
  if (value == null) return now().toISOString();
  // The DateTime scalar has refused anything else already; this holds for callers that bypass it.
  if (!isIsoDateTime(value)) throw badUserInput(argumentName, 'must be a real date and time written in ISO 8601');
  return new Date(Date.parse(value)).toISOString();
}
