import { DEPARTMENTS, DEPARTMENT_INFO, type Department } from '../adapters/departments.js';
import { DEFAULT_PORTS, SUBGRAPH_NAMES } from '../lib/config.js';

export interface SubgraphListing {
  department: Department;
  name: string;
  slug: string;
  sdlFile: string;
  defaultUrl: string;
}

/** Every department subgraph, with the default local URL written into the committed supergraph. */
export const SUBGRAPHS: SubgraphListing[] = DEPARTMENTS.map((department) => ({
  department,
  name: SUBGRAPH_NAMES[department],
  slug: DEPARTMENT_INFO[department].slug,
  sdlFile: `schema/${DEPARTMENT_INFO[department].slug}.graphql`,
  defaultUrl: `http://127.0.0.1:${DEFAULT_PORTS[department]}/graphql`,
}));
