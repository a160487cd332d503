/** Shared by the departments' screening queries (screenRegister, screenCustody, ...): owned by whoever serves them. */
import type { FieldPolicy } from './model.js';
import { S, typeFields } from './spec.js';

export const SCREENING_FIELDS: Record<string, FieldPolicy> = {
  ...typeFields('ScreeningHit', 'SERVING', { key: 'PUBLIC', rule: S, evidence: S }),
};
