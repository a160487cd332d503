/** HR and social security: cards and insured employment (rsj_sb). */
import type { FieldPolicy } from './model.js';
import { S, typeFields } from './spec.js';

export const HR_FIELDS: Record<string, FieldPolicy> = {
  ...typeFields('Query', 'HR', { socialSecurityCard: S, socialSecurityCardsByAccount: S, screenCardAccounts: S, screenPublicEmployment: S }),
  ...typeFields('Person', 'HR', { socialSecurityCards: 'LINK', insuredEmployments: S, publicEmployeeAt: S }),
  ...typeFields('SocialSecurityCard', 'HR', {
    cardNumber: 'ACCOUNT',
    holder: 'LINK',
    holderIdNumber: 'ID_NUMBER',
    holderName: 'NAME',
    bankCode: 'PUBLIC',
    accountNumber: 'ACCOUNT',
    status: S,
    statusCode: S,
    issueDate: S,
  }),
  ...typeFields('InsuredEmployment', 'HR', {
    recordId: S,
    employerNumber: S,
    employerName: S,
    employerType: S,
    employerTypeCode: S,
    startDate: S,
    endDate: S,
    activeAt: S,
  }),
};
