/** Justice: sentence execution (sfj_xz). */
import type { FieldPolicy } from './model.js';
import { R, S, typeFields } from './spec.js';

export const JUSTICE_FIELDS: Record<string, FieldPolicy> = {
  // An offender number carries no region, so an analyst's scope cannot be checked on it.
  ...typeFields('Query', 'JUSTICE', { sentence: [S, { analyst: R }], screenCustody: S }),
  ...typeFields('Person', 'JUSTICE', { sentences: S, inCustodyAt: S, custodySentenceAt: S }),
  ...typeFields('Sentence', 'JUSTICE', {
    offenderNumber: S,
    name: 'NAME',
    type: S,
    typeCode: S,
    custodial: S,
    startDate: S,
    endDate: S,
    actualReleaseDate: S,
    releaseDate: S,
    // Which prison holds someone matters to no payment rule; withheld from analysts (data minimisation).
    facility: [S, { analyst: R }],
    inCustodyAt: S,
  }),
};
