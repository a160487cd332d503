/** Public security: the population register (gaj_rk). */
import type { FieldPolicy } from './model.js';
import { R, S, typeFields } from './spec.js';

// The person's identity key is the register's: other departments see it masked.
const ID_KEY: FieldPolicy = { kind: 'ID_NUMBER', owner: 'PUBLIC_SECURITY' };

export const PUBLIC_SECURITY_FIELDS: Record<string, FieldPolicy> = {
  ...typeFields('Query', 'PUBLIC_SECURITY', {
    person: 'LINK',
    persons: 'LINK',
    screenRegister: S,
    // Persons registered in the analyst's region are in scope by their register division, wherever they were born.
    personsInDivision: { kind: 'LINK', owner: 'PUBLIC_SECURITY', regionArgument: 'divisionPrefix' },
  }),
  ...typeFields('Person', 'PUBLIC_SECURITY', { idNumber: ID_KEY, registration: 'LINK', registeredAt: S, ageAt: S }),
  ...typeFields('Registration', 'PUBLIC_SECURITY', {
    name: 'NAME',
    sex: S,
    sexCode: S,
    birthDate: S,
    // Ethnicity is a special category of personal data; no subsidy decision of an analyst needs it.
    ethnicCode: [S, { analyst: R }],
    divisionCode: 'ADDRESS',
    countyCode: 'ADDRESS',
    address: 'ADDRESS',
    status: S,
    statusCode: S,
    deathDate: S,
    cancellationDate: S,
    updatedAt: S,
  }),
};
