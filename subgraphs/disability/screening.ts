import type { IsoDate } from '../../lib/dates.js';
import type { DisabilityCertificateRecord } from '../../adapters/disability/records.js';
import { certificateValidAt, maskCertificateNumber, validCertificateAt } from '../../adapters/disability/validity.js';

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

export interface ScreeningHit {
  key: string;
  rule: string;
  evidence: string;
}

/**
 * The findings for one subject. The certificate that decides is the most severe one valid on the
 * date, so with several valid certificates (which the federation should never issue) any level 1
 * or 2 among them means the level is not too low, and a valid one with an unknown level code is
 * neither too low nor a reason to report a missing certificate.
 */
export function screenSubject(subject: DisabilitySubject, certificates: readonly DisabilityCertificateRecord[]): ScreeningHit[] {
  const valid = validCertificateAt(certificates, subject.date);
  if (valid === null) {
    return [{ key: subject.key, rule: NO_VALID_DISABILITY_CERT, evidence: noValidEvidence(subject, certificates) }];
  }
  if (subject.requireSevere && (valid.level === 3 || valid.level === 4)) {
    return [
      {
        key: subject.key,
        rule: DISABILITY_LEVEL_TOO_LOW,
        evidence: `${describe(valid)} is valid at ${subject.date}; level ${valid.level} is not severe (level 1 or 2 required)`,
      },
    ];
  }
  return [];
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
