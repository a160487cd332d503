/**
 * Which hub department answers for a programme. Finance records each programme's responsible
 * department (主管部门, finance's `ResponsibleDepartment` names: CIVIL_AFFAIRS, AGRICULTURE, ...);
 * only six departments hold hub tokens (lib/departments.ts). A programme whose responsible
 * department is not connected to the hub (agriculture, health, education, veterans) or is not
 * recognised is handled by finance, which runs the one-card system and forwards what it must.
 */
import { DEPARTMENTS, type Department } from './departments.js';

/** Finance's names for responsible departments (adapters/finance `ResponsibleDepartment`). */
export const PROGRAMME_DEPARTMENTS = ['FINANCE', 'CIVIL_AFFAIRS', 'HR', 'DISABILITY', 'AGRICULTURE', 'HEALTH', 'EDUCATION', 'VETERANS', 'UNRECOGNISED'] as const;
export type ProgrammeDepartment = (typeof PROGRAMME_DEPARTMENTS)[number];

/** Chinese names of the responsible departments, as the public site and exports write them. */
export const PROGRAMME_DEPARTMENT_ZH: Record<ProgrammeDepartment, string> = {
  FINANCE: '财政局',
  CIVIL_AFFAIRS: '民政局',
  HR: '人社局',
  DISABILITY: '残联',
  AGRICULTURE: '农业农村局',
  HEALTH: '卫健局',
  EDUCATION: '教育局',
  VETERANS: '退役军人事务局',
  UNRECOGNISED: '未识别部门',
};

export function isHubDepartment(value: string): value is Department {
  return (DEPARTMENTS as readonly string[]).includes(value);
}

/** The hub department whose staff handle a programme's findings and complaints. */
export function handlingDepartment(programmeDepartment: string | null | undefined): Department {
  if (programmeDepartment && isHubDepartment(programmeDepartment)) return programmeDepartment;
  return 'FINANCE';
}
