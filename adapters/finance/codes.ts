/**
 * What the one-card system's code columns mean. The mapping to records and the searches (which
 * compare codes in SQL) both read them from here.
 */
import { trimLegacyText } from '../../lib/text.js';
import { codeTable } from '../code-table.js';
import type { AccountType, BatchStatus, FundingLevel, PaymentCycle, PaymentLineStatus, ProgrammeRecord, ResponsibleDepartment } from './records.js';

/** BT_XM.ZGBMDM */
export const RESPONSIBLE_DEPARTMENT = codeTable<Exclude<ResponsibleDepartment, 'UNRECOGNISED'>>({
  CZ: 'FINANCE',
  MZ: 'CIVIL_AFFAIRS',
  RS: 'HR',
  CL: 'DISABILITY',
  NY: 'AGRICULTURE',
  WJ: 'HEALTH',
  JY: 'EDUCATION',
  TY: 'VETERANS',
});
/** BT_XM.ZJJCDM */
export const FUNDING_LEVEL = codeTable<Exclude<FundingLevel, 'UNRECOGNISED'>>({ '1': 'CENTRAL', '2': 'PROVINCIAL', '3': 'MUNICIPAL', '4': 'COUNTY' });
/** BT_XM.FFZQDM */
export const PAYMENT_CYCLE = codeTable<Exclude<PaymentCycle, 'UNRECOGNISED'>>({ M: 'MONTHLY', Q: 'QUARTERLY', Y: 'YEARLY', O: 'ONE_OFF' });
/** FF_PC.ZTDM */
export const BATCH_STATUS = codeTable<Exclude<BatchStatus, 'UNRECOGNISED'>>({ '01': 'DRAFTED', '02': 'APPROVED', '03': 'SENT_TO_BANK', '04': 'PAID', '05': 'PARTLY_FAILED' });
/** FF_MX.FFZTDM */
export const LINE_STATUS = codeTable<Exclude<PaymentLineStatus, 'UNRECOGNISED'>>({ '0': 'PENDING', '1': 'CREDITED', '2': 'FAILED' });
/** BT_DXZH.ZHLXDM */
export const ACCOUNT_TYPE = codeTable<Exclude<AccountType, 'UNRECOGNISED'>>({ '1': 'SOCIAL_SECURITY_CARD', '2': 'BANK_CARD', '3': 'PASSBOOK' });

/** Yes/no flags (BT_XM.GKBZ published, BT_DXZH.ZT in use): '1' is yes, anything else no. */
export function flagSet(code: string | null): boolean {
  return code === '1';
}

/**
 * The responsible department a client names, by its code (`MZ`) or its name (`CIVIL_AFFAIRS`),
 * in any case and padding; null when it names none.
 */
export function responsibleDepartmentNamed(asked: string): Exclude<ResponsibleDepartment, 'UNRECOGNISED'> | null {
  const value = trimLegacyText(asked).toUpperCase();
  return RESPONSIBLE_DEPARTMENT.meaning(value) ?? RESPONSIBLE_DEPARTMENT.values.find((name) => name === value) ?? null;
}

/**
 * Whether a programme belongs to the department a client names (already trimmed and upper-cased):
 * by name, or by the code as stored, so a programme whose code the hub does not know can still be
 * found by it.
 */
export function programmeOfDepartment(programme: ProgrammeRecord, asked: string): boolean {
  return programme.department === asked || programme.departmentCode?.toUpperCase() === asked;
}
