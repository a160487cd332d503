/**
 * The rule table of crosscheck-rules.md as data: which department decides each rule, which
 * screening question answers it, and when a rule applies at all (eligibility gating).
 */
import type { Department } from '../lib/departments.js';
import { RULES, type Rule } from '../lib/rules.js';

/** The screening questions the engine asks, one gateway request each per chunk. */
export const CHECKS = [
  'REGISTER',
  'PAYMENT_LINES',
  'CUSTODY',
  'CARD_ACCOUNTS',
  'PUBLIC_EMPLOYMENT',
  'DIBAO',
  'EXTREME_POVERTY',
  'DISABILITY',
] as const;

export type Check = (typeof CHECKS)[number];

export interface CheckSpec {
  department: Department;
  /** The rules this question can answer for a programme with `condition`; empty: not asked at all. */
  rules(condition: string | null): Rule[];
  /**
   * Only asked about persons the register knows: after PERSON_UNKNOWN the rules allow just the
   * finance-only rules besides.
   */
  needsKnownPerson: boolean;
}

const DIBAO_CONDITIONS = new Set(['DIBAO', 'DIBAO_DISABLED']);
const DISABILITY_CONDITIONS = new Set(['DISABLED_ANY', 'DISABLED_SEVERE', 'DIBAO_DISABLED']);

export const CHECK_SPECS: Record<Check, CheckSpec> = {
  REGISTER: {
    department: 'PUBLIC_SECURITY',
    rules: (condition) => [
      'PERSON_UNKNOWN',
      'NAME_MISMATCH',
      'DECEASED',
      'REGISTRATION_CANCELLED',
      'REGION_MISMATCH',
      ...(condition === 'AGE_80' ? (['UNDER_AGE'] as const) : []),
    ],
    needsKnownPerson: false,
  },
  PAYMENT_LINES: {
    department: 'FINANCE',
    rules: () => ['DUPLICATE_PAYMENT', 'ACCOUNT_NOT_REGISTERED', 'MULTIPLE_ACCOUNTS', 'AMOUNT_ABOVE_STANDARD'],
    needsKnownPerson: false,
  },
  CUSTODY: { department: 'JUSTICE', rules: () => ['IN_CUSTODY'], needsKnownPerson: true },
  CARD_ACCOUNTS: { department: 'HR', rules: () => ['CARD_HOLDER_MISMATCH', 'CARD_NOT_ACTIVE'], needsKnownPerson: true },
  PUBLIC_EMPLOYMENT: {
    department: 'HR',
    rules: (condition) => (condition !== null && DIBAO_CONDITIONS.has(condition) ? ['PUBLIC_EMPLOYEE_ON_DIBAO'] : []),
    needsKnownPerson: true,
  },
  DIBAO: {
    department: 'CIVIL_AFFAIRS',
    rules: (condition) => (condition !== null && DIBAO_CONDITIONS.has(condition) ? ['NOT_ON_DIBAO'] : []),
    needsKnownPerson: true,
  },
  EXTREME_POVERTY: {
    department: 'CIVIL_AFFAIRS',
    rules: (condition) => (condition === 'TEKUN' ? ['NOT_SUPPORTED_PERSON'] : []),
    needsKnownPerson: true,
  },
  DISABILITY: {
    department: 'DISABILITY',
    rules: (condition) =>
      condition !== null && DISABILITY_CONDITIONS.has(condition)
        ? ['NO_VALID_DISABILITY_CERT', ...(condition === 'DISABLED_SEVERE' ? (['DISABILITY_LEVEL_TOO_LOW'] as const) : [])]
        : [],
    needsKnownPerson: true,
  },
};

/**
 * What applies under each eligibility condition, worked out once per condition: a chunk asks it
 * for every line and every check, and a programme has one condition.
 */
interface UnderCondition {
  checks: readonly Check[];
  rules: Readonly<Record<Check, readonly Rule[]>>;
}

const underConditions = new Map<string | null, UnderCondition>();

function underCondition(condition: string | null): UnderCondition {
  let known = underConditions.get(condition);
  if (!known) {
    const rules = Object.fromEntries(CHECKS.map((check) => [check, Object.freeze(CHECK_SPECS[check].rules(condition))])) as Record<Check, readonly Rule[]>;
    known = { checks: Object.freeze(CHECKS.filter((check) => rules[check].length > 0)), rules: Object.freeze(rules) };
    // Conditions are finance's codes: a handful. An unbounded stream of odd ones only costs a rebuild.
    if (underConditions.size >= 256) underConditions.clear();
    underConditions.set(condition, known);
  }
  return known;
}

/** The checks that apply to a line of a programme with `condition`. */
export function applicableChecks(condition: string | null): readonly Check[] {
  return underCondition(condition).checks;
}

/** The rules `check` answers for a programme with `condition` (CheckSpec.rules, worked out once). */
export function rulesUnder(check: Check, condition: string | null): readonly Rule[] {
  return underCondition(condition).rules[check];
}

const RULE_CHECK = new Map<Rule, Check>();
for (const check of CHECKS) {
  // Every condition that widens a check's rules, so the map knows every rule a check can answer.
  for (const condition of [null, 'AGE_80', 'DIBAO', 'TEKUN', 'DISABLED_SEVERE']) {
    for (const rule of CHECK_SPECS[check].rules(condition)) RULE_CHECK.set(rule, check);
  }
}

/** The check that answers a rule; null for ID_INVALID, which the engine decides itself. */
export function checkOfRule(rule: Rule): Check | null {
  return RULE_CHECK.get(rule) ?? null;
}

/** The department whose data decides a rule; none for ID_INVALID. */
export function departmentsOfRule(rule: Rule): Department[] {
  const check = checkOfRule(rule);
  return check ? [CHECK_SPECS[check].department] : [];
}

/** Rules that stay in force for a person the register does not know: that finding itself and the finance-only rules. */
export function survivesUnknownPerson(rule: Rule): boolean {
  return rule === 'PERSON_UNKNOWN' || checkOfRule(rule) === 'PAYMENT_LINES';
}

export function rulesOfDepartment(department: Department): Rule[] {
  return RULES.filter((rule) => departmentsOfRule(rule).includes(department));
}
