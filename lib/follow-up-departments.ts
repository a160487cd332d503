/**
 * Which hub department follows up the findings of a programme: its responsible department (主管部门,
 * finance's BT_XM.ZGBMDM, which the finance subgraph names FINANCE, CIVIL_AFFAIRS, HR, DISABILITY,
 * AGRICULTURE, ...). Departments without a desk on the hub (agriculture, health, education, veterans,
 * or a code finance does not know) are followed up by finance, which runs the one-card system and
 * pays their programmes, so no finding is left without someone to act on it.
 */
import type { Department } from './departments.js';

const WITH_A_DESK: Readonly<Record<string, Department>> = {
  FINANCE: 'FINANCE',
  CIVIL_AFFAIRS: 'CIVIL_AFFAIRS',
  HR: 'HR',
  DISABILITY: 'DISABILITY',
};

/** `responsible`: the programme's department as the finance subgraph names it; null when unknown. */
export function followUpDepartmentOf(responsible: string | null | undefined): Department {
  return (responsible && WITH_A_DESK[responsible]) || 'FINANCE';
}
