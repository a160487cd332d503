import type { Department } from '../lib/departments.js';
import { publicSecurityDdl } from './public-security/ddl.js';
import { justiceDdl } from './justice/ddl.js';
import { civilAffairsDdl } from './civil-affairs/ddl.js';
import { hrDdl } from './hr/ddl.js';
import { disabilityDdl } from './disability/ddl.js';
import { financeDdl } from './finance/ddl.js';
import type { Dialect } from '../lib/database-location.js';

/** DDL of each department's legacy tables: for the embedded sample databases and for tests. */
export const DEPARTMENT_DDL: Record<Department, (dialect: Dialect) => string[]> = {
  PUBLIC_SECURITY: publicSecurityDdl,
  JUSTICE: justiceDdl,
  CIVIL_AFFAIRS: civilAffairsDdl,
  HR: hrDdl,
  DISABILITY: disabilityDdl,
  FINANCE: financeDdl,
};
