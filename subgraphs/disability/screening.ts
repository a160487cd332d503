import type { IsoDate } from '../../lib/dates.js';
import type { DisabilityCertificateRecord } from '../../adapters/disability/records.js';
import { certificateValidAt, maskCertificateNumber, validCertificateAt } from '../../adapters/disability/validity.js';
import type { HitSink } from '../runtime/screening-columns.js';

export const NO_VALID_DISABILITY_CERT = 'NO_VALID_DISABILITY_CERT';
export const DISABILITY_LEVEL_TOO_LOW = 'DISABILITY_LEVEL_TOO_LOW';

export interface DisabilitySubject {
  key: string;
  /** Normalised; an invalid one was not looked up and holds no certificates. */
  idNumber: string;
  idNumberValid: boolean;
  date: IsoDate;
  requireSevere: boolean;
}

/**
 * The findings for one subject, into `hits`. The certificate that decides is the most severe one valid on the
 * date, so with several valid certificates (which the federation should never issue) any level 1
 * or 2 among them means the level is not too low, and a valid one with an unknown level code is
 * neither too low nor a reason to report a missing certificate.
 */
export function screenSubject(subject: DisabilitySubject, certificates: readonly DisabilityCertificateRecord[], hits: HitSink): void {
  const valid = validCertificateAt(certificates, subject.date);
  if (valid === null) {
    hits.add(subject.key, NO_VALID_DISABILITY_CERT, noValidEvidence(subject, certificates));
  } else if (subject.requireSevere && (valid.level === 3 || valid.level === 4)) {
    hits.add(subject.key, DISABILITY_LEVEL_TOO_LOW, `${describe(valid)} is valid at ${subject.date}; level ${valid.level} is not severe (level 1 or 2 required)`);
  }
}

function noValidEvidence(subject: DisabilitySubject, certificates: readonly DisabilityCertificateRecord[]): string {
  if (!subject.idNumberValid) return `no disability certificate valid at ${subject.date}: the ID number is not a valid citizen ID number, so none was looked up`;
  if (certificates.length === 0) return `no disability certificate valid at ${subject.date}: none on record`;
  const reasons = certificates.map((c) => `${describe(c)}: ${whyNotValid(c, subject.date)}`);
  return `no disability certificate valid at ${subject.date}; on record: ${reasons.join('; ')}`;
}

function describe(c: DisabilityCertificateRecord): string {
  const category = c.category === 'UNRECOGNISED' ? `unrecognised category code '${c.categoryCode ?? ''}'` : `category ${c.categoryCode} ${c.category.toLowerCase()}`;
  const level = c.level === null ? `unrecognised level code '${c.levelCode ?? ''}'` : `level ${c.level}`;
  const cancelled = c.cancellationDate ? `, cancelled ${c.cancellationDate}` : '';
  return `certificate ${maskCertificateNumber(c.certificateNumber)} (${category}, ${level}) issued ${c.issueDate ?? 'on no recorded date'}, valid until ${c.validUntil ?? 'no recorded date'}${cancelled}`;
}

function whyNotValid(c: DisabilityCertificateRecord, date: IsoDate): string {
  if (c.issueDate === null || c.validUntil === null) return 'its dates are incomplete';
  if (date < c.issueDate) return 'not yet issued';
  if (date > c.validUntil) return 'expired';
  if (c.cancellationDate !== null && c.cancellationDate <= date) return 'cancelled';
  // Unreachable for an invalid certificate; kept so the evidence never claims a wrong reason.
  return certificateValidAt(c, date) ? 'valid' : 'not valid';
}
