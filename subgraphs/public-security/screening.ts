/**
 * The population register's answers to the cross-check rules (crosscheck-rules.md): only hits,
 * each with evidence in plain words that never quotes the ID number.
 */
import type { RegistrationRecord } from '../../adapters/public-security/records.js';
import { ageOn, type IsoDate } from '../../lib/dates.js';
import type { HitSink } from '../runtime/screening-columns.js';

export interface RegisterSubject {
  key: string;
  idNumber: string;
  date: IsoDate;
  /** Normalised name as paid; null means the caller did not ask for a name comparison. */
  name: string | null;
  countyCode: string;
  checkAge80: boolean;
}

export type RegisterRule = 'PERSON_UNKNOWN' | 'NAME_MISMATCH' | 'DECEASED' | 'REGISTRATION_CANCELLED' | 'REGION_MISMATCH' | 'UNDER_AGE';

const MINIMUM_AGE = 80;

/** The subject's hits, in the order of the rule table, into `hits`. */
export function screenRegistration(subject: RegisterSubject, record: RegistrationRecord | null, hits: HitSink): void {
  const hit = (rule: RegisterRule, evidence: string) => hits.add(subject.key, rule, evidence);
  // The rules say nothing else is evaluated for a person the register does not know.
  if (!record) return hit('PERSON_UNKNOWN', 'the population register holds no person with this ID number');
  const d = subject.date;
  if (subject.name !== null && subject.name !== (record.name ?? '')) {
    const registered = record.name === null ? 'no name' : `"${record.name}"`;
    hit('NAME_MISMATCH', `name paid "${subject.name}" differs from the registered name (${registered})`);
  }
  // The death date decides, not the status: a register that forgot to mark the person deceased still records the death.
  if (record.deathDate !== null && record.deathDate < d) {
    hit('DECEASED', `died ${record.deathDate}, before the period start ${d} (register status ${record.status})`);
  }
  if (record.status === 'CANCELLED' && record.cancellationDate !== null && record.cancellationDate < d) {
    hit('REGISTRATION_CANCELLED', `registration cancelled ${record.cancellationDate}, before the period start ${d}`);
  }
  const registeredCounty = record.divisionCode === null ? null : record.divisionCode.slice(0, 6);
  if (registeredCounty !== subject.countyCode) {
    hit(
      'REGION_MISMATCH',
      registeredCounty === null
        ? `the register holds no division code; the batch is disbursed by county ${subject.countyCode}`
        : `registered in division ${record.divisionCode} (county ${registeredCounty}); the batch is disbursed by county ${subject.countyCode}`,
    );
  }
  // Without a real date of birth the age is unknown; "younger than 80" cannot be shown, so nothing is reported.
  if (subject.checkAge80 && record.birthDate !== null) {
    const age = ageOn(record.birthDate, d);
    if (age < MINIMUM_AGE) hit('UNDER_AGE', `born ${record.birthDate}, aged ${age} on the period start ${d} (under ${MINIMUM_AGE})`);
  }
}
