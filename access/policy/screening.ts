/** Shared by the departments' screening queries (screenRegister, screenCustody, ...): owned by whoever serves them. */
import type { FieldPolicy } from './model.js';
import { R, S, typeFields } from './spec.js';

export const SCREENING_FIELDS: Record<string, FieldPolicy> = {
  // The keys are the caller's own opaque keys; which rule a subject hit, and why, is the department's fact.
  ...typeFields('ScreeningHits', 'SERVING', { keys: 'PUBLIC', rules: S, evidence: S }),
  ...typeFields('RegisterScreeningHits', 'PUBLIC_SECURITY', {
    keys: 'PUBLIC',
    rules: S,
    evidence: S,
    // Where a person lives is for the cross-check's findings; an analyst asks it of persons in scope, through Registration.
    divisionCodes: [S, { analyst: R }],
  }),
};
