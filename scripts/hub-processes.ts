/**
 * The processes `npm start` runs (start.ts), one per service: each department subgraph hosted
 * here, the hub's own subgraphs, the gateway and the disclosure site, each through the entry that
 * also starts it alone, and the order in which they stop.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEPARTMENTS, DEPARTMENT_INFO, type Department } from '../lib/departments.js';
import { HUB_SERVICES, type HubConfig, type HubServiceName } from '../lib/config.js';
import { HUB_SERVICE_ORDER } from './hub-start-up.js';
import type { ServiceSpec } from './supervisor.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface HubProcesses {
  departments: { department: Department; spec: ServiceSpec }[];
  services: { service: HubServiceName; spec: ServiceSpec }[];
  gateway: ServiceSpec;
  site: ServiceSpec;
  /**
   * The cross-check service stops first, while the departments still answer, so a running check
   * ends naming the shutdown and not a department; the gateway stops after everything that calls
   * it, the departments last.
   */
  stopOrder: string[][];
}

export function hubProcesses(config: HubConfig): HubProcesses {
  const subgraphEntry = path.join(ROOT, 'subgraphs', 'main.ts');
  const departments = DEPARTMENTS.filter((d) => !config.departments[d].hostedElsewhere).map((department) => ({
    department,
    spec: {
      name: `${DEPARTMENT_INFO[department].slug} subgraph`,
      entry: subgraphEntry,
      args: [DEPARTMENT_INFO[department].slug],
      portEnv: `HUB_SUBGRAPH_${department}_PORT`,
      urlEnv: `HUB_SUBGRAPH_${department}_URL`,
    },
  }));
  const services = HUB_SERVICE_ORDER.map((service) => ({
    service,
    spec: {
      name: `${service} subgraph`,
      entry: subgraphEntry,
      args: [service],
      portEnv: `${HUB_SERVICES[service].envPrefix}_PORT`,
      urlEnv: `${HUB_SERVICES[service].envPrefix}_URL`,
    },
  }));
  const gateway: ServiceSpec = {
    name: 'gateway',
    entry: path.join(ROOT, 'gateway', 'main.ts'),
    portEnv: 'HUB_GATEWAY_PORT',
    // The hub's own services and the site find the gateway through the CLI's variable.
    urlEnv: 'HUB_GATEWAY_URL',
  };
  const site: ServiceSpec = { name: 'disclosure site', entry: path.join(ROOT, 'disclosure-site', 'main.ts'), portEnv: 'HUB_SITE_PORT' };
  const crosscheck = services.find((s) => s.service === 'crosscheck')!.spec.name;
  return {
    departments,
    services,
    gateway,
    site,
    stopOrder: [
      [crosscheck],
      [...services.filter((s) => s.spec.name !== crosscheck).map((s) => s.spec.name), site.name],
      [gateway.name],
      departments.map((d) => d.spec.name),
    ],
  };
}
