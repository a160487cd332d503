/** The disability federation: disability certificates (cl_cjr). */
import type { FieldPolicy } from './model.js';
import { S, typeFields } from './spec.js';

export const DISABILITY_FIELDS: Record<string, FieldPolicy> = {
  ...typeFields('Query', 'DISABILITY', {
    disabilityCertificate: S,
    screenDisability: S,
    personsWithValidCertificate: { kind: S, owner: 'DISABILITY', regionArgument: 'divisionPrefix' },
  }),
  ...typeFields('Person', 'DISABILITY', { disabilityCertificates: S, validDisabilityCertificateAt: S }),
  ...typeFields('DisabilityCertificate', 'DISABILITY', {
    // The number ends in the category and level digits: masking it would still disclose the disability.
    certificateNumber: S,
    name: 'NAME',
    category: S,
    categoryCode: S,
    level: S,
    levelCode: S,
    issueDate: S,
    validUntil: S,
    cancellationDate: S,
    validAt: S,
    severe: S,
  }),
  ...typeFields('PersonIdPage', 'DISABILITY', { idNumbers: 'ID_NUMBER', endCursor: 'PUBLIC', hasNextPage: 'PUBLIC' }),
};
