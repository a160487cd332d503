import type { SentenceRecord } from '../../adapters/justice/records.js';
import { inHalfOpenRange, type IsoDate } from '../../lib/dates.js';

/**
 * Rule IN_CUSTODY for one sentence: custodial type (01–04) and start ≤ date < release, where the
 * release (`releaseDate`) is the actual release date if set, else the end of the term, else never.
 * A sentence without a readable start date cannot have started on or before `date`, so it never counts.
 */
export function inCustodyOn(sentence: SentenceRecord, date: IsoDate): boolean {
  return sentence.custodial && inHalfOpenRange(date, sentence.startDate, sentence.releaseDate);
}

/** The sentence that holds the person in custody on `date`: the earliest-starting one, as the list is ordered so. */
export function custodySentenceOn(sentences: readonly SentenceRecord[], date: IsoDate): SentenceRecord | null {
  return sentences.find((s) => inCustodyOn(s, date)) ?? null;
}

const TYPE_WORDS: Record<SentenceRecord['type'], string> = {
  FIXED_TERM_IMPRISONMENT: 'fixed-term imprisonment',
  LIFE_IMPRISONMENT: 'life imprisonment',
  DEATH_WITH_REPRIEVE: 'death sentence with reprieve',
  CRIMINAL_DETENTION: 'criminal detention',
  PUBLIC_SURVEILLANCE: 'public surveillance',
  SUSPENDED_SENTENCE: 'suspended sentence',
  UNRECOGNISED: 'unrecognised type',
};

/** Plain-words evidence for an IN_CUSTODY hit; names the record, never the person's ID number. */
export function custodyEvidence(sentence: SentenceRecord, date: IsoDate): string {
  const release =
    sentence.actualReleaseDate !== null
      ? `until ${sentence.actualReleaseDate} (actual release)`
      : sentence.endDate !== null
        ? `until ${sentence.endDate} (end of term)`
        : 'with no release date';
  return `sentence ${sentence.offenderNumber} (${sentence.typeCode} ${TYPE_WORDS[sentence.type]}) from ${sentence.startDate} ${release}; in custody on ${date}`;
}
