import type { IsoDate } from '../../lib/dates.js';
import { maskIdNumber } from '../../lib/id-number.js';
import type { ScreeningCertificate } from './records.js';

/**
 * Valid on `date`: issued on or before it, valid until it or later (the valid-until day itself
 * counts), and not cancelled on or before it. A certificate whose issue or valid-until date is
 * missing cannot be shown valid, so it is not; a missing cancellation date means never cancelled.
 * Any of the three dates unreadable (neither blank nor a real date) makes the certificate not
 * valid (ruling 1 of the cross-check rules).
 */
export function certificateValidAt(certificate: ScreeningCertificate, date: IsoDate): boolean {
  const { issueDate, validUntil, cancellationDate } = certificate;
  if (hasUnreadableDate(certificate)) return false;
  if (issueDate === null || validUntil === null) return false;
  if (date < issueDate || date > validUntil) return false;
  return cancellationDate === null || date < cancellationDate;
}

export function hasUnreadableDate(certificate: ScreeningCertificate): boolean {
  return certificate.issueDateUnreadable !== null || certificate.validUntilUnreadable !== null || certificate.cancellationDateUnreadable !== null;
}

/** Levels 1 and 2 are the severe disabilities (重度残疾). */
export function isSevere(certificate: ScreeningCertificate): boolean {
  return certificate.level === 1 || certificate.level === 2;
}

/**
 * The certificate valid on `date`. The federation issues at most one per day, but if its data holds
 * several the most severe wins (then the latest issued), so a re-assessment never reads as a downgrade.
 */
export function validCertificateAt<C extends ScreeningCertificate>(certificates: readonly C[], date: IsoDate): C | null {
  let best: C | null = null;
  for (const certificate of certificates) {
    if (!certificateValidAt(certificate, date)) continue;
    if (best === null || moreSevereOrNewer(certificate, best)) best = certificate;
  }
  return best;
}

function moreSevereOrNewer(a: ScreeningCertificate, b: ScreeningCertificate): boolean {
  const levelA = a.level ?? 99;
  const levelB = b.level ?? 99;
  if (levelA !== levelB) return levelA < levelB;
  if ((a.issueDate ?? '') !== (b.issueDate ?? '')) return (a.issueDate ?? '') > (b.issueDate ?? '');
  return a.certificateNumber < b.certificateNumber;
}

/** Certificates by issue date (undated last), then number, so every caller sees one order. */
export function byIssueDate(a: ScreeningCertificate, b: ScreeningCertificate): number {
  if (a.issueDate !== b.issueDate) {
    if (a.issueDate === null) return 1;
    if (b.issueDate === null) return -1;
    return a.issueDate < b.issueDate ? -1 : 1;
  }
  return a.certificateNumber < b.certificateNumber ? -1 : a.certificateNumber > b.certificateNumber ? 1 : 0;
}

/** The certificate number embeds the full ID number: evidence shows it masked like an ID. */
export function maskCertificateNumber(certificateNumber: string): string {
  if (certificateNumber.length <= 18) return maskIdNumber(certificateNumber);
  return maskIdNumber(certificateNumber.slice(0, 18)) + certificateNumber.slice(18);
}
