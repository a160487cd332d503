/** Civil affairs: social assistance, dibao and extreme-poverty support (mzj_jz). */
import type { FieldPolicy } from './model.js';
import { R, S, typeFields } from './spec.js';

export const CIVIL_AFFAIRS_FIELDS: Record<string, FieldPolicy> = {
  ...typeFields('Query', 'CIVIL_AFFAIRS', {
    dibaoHousehold: S,
    screenDibao: S,
    screenExtremePoverty: S,
    // Households are in an analyst's scope by their own division, wherever their members were born.
    dibaoMembersActiveAt: { kind: S, owner: 'CIVIL_AFFAIRS', regionArgument: 'divisionPrefix' },
    // Support records hold no division to scope an analyst by: the disbursement service asks it and scopes by the register.
    supportedPersonsAt: [S, { analyst: R }],
  }),
  ...typeFields('Person', 'CIVIL_AFFAIRS', { dibaoMemberships: S, onDibaoAt: S, extremePovertySupport: S, supportedAt: S }),
  ...typeFields('DibaoHousehold', 'CIVIL_AFFAIRS', {
    householdNumber: S,
    head: 'LINK',
    divisionCode: 'ADDRESS',
    category: S,
    categoryCode: S,
    monthlyAllowance: 'AMOUNT',
    startDate: S,
    endDate: S,
    activeAt: S,
    members: S,
  }),
  ...typeFields('DibaoMember', 'CIVIL_AFFAIRS', { person: 'LINK', idNumber: 'ID_NUMBER', name: 'NAME', relation: S, relationCode: S }),
  ...typeFields('DibaoMembership', 'CIVIL_AFFAIRS', { household: S, name: 'NAME', relation: S, relationCode: S }),
  ...typeFields('SupportRecord', 'CIVIL_AFFAIRS', { recordId: S, name: 'NAME', form: S, formCode: S, startDate: S, endDate: S, activeAt: S }),
};
