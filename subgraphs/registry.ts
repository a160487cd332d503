/** Every department subgraph, by department: the one place that lists them (no folder scanning). */
import type { Department } from '../lib/departments.js';
import type { SubgraphDefinition } from './runtime/subgraph-server.js';
import { publicSecuritySubgraph } from './public-security/subgraph.js';
import { justiceSubgraph } from './justice/subgraph.js';
import { civilAffairsSubgraph } from './civil-affairs/subgraph.js';
import { hrSubgraph } from './hr/subgraph.js';
import { disabilitySubgraph } from './disability/subgraph.js';
import { financeSubgraph } from './finance/subgraph.js';
import type { DatabaseLocation } from '../lib/database-location.js';

export const DEPARTMENT_SUBGRAPHS: Record<Department, (database: DatabaseLocation) => SubgraphDefinition<any>> = {
  PUBLIC_SECURITY: publicSecuritySubgraph,
  JUSTICE: justiceSubgraph,
  CIVIL_AFFAIRS: civilAffairsSubgraph,
  HR: hrSubgraph,
  DISABILITY: disabilitySubgraph,
  FINANCE: financeSubgraph,
};
