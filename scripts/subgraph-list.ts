import { DEPARTMENTS, DEPARTMENT_INFO, type Department } from '../lib/departments.js';
import { DEFAULT_PORTS, HUB_SERVICES, SUBGRAPH_NAMES, type HubServiceName } from '../lib/config.js';

export interface SubgraphListing {
  /** Null for a subgraph the hub owns itself (crosscheck). */
  department: Department | null;
  name: string;
  slug: string;
  sdlFile: string;
  defaultUrl: string;
}

/** Every subgraph (the departments', then the hub's own), with the default local URL written into the committed supergraph. */
export const SUBGRAPHS: SubgraphListing[] = [
  ...DEPARTMENTS.map((department) => ({
    department,
    name: SUBGRAPH_NAMES[department],
    slug: DEPARTMENT_INFO[department].slug,
    sdlFile: `schema/${DEPARTMENT_INFO[department].slug}.graphql`,
    defaultUrl: `http://127.0.0.1:${DEFAULT_PORTS[department]}/graphql`,
  })),
  ...(Object.keys(HUB_SERVICES) as HubServiceName[]).map((name) => ({
    department: null,
    name,
    slug: name,
    sdlFile: `schema/${name}.graphql`,
    defaultUrl: `http://127.0.0.1:${HUB_SERVICES[name].port}/graphql`,
  })),
];
