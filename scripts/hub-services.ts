/**
 * The whole hub in this one process, for the end-to-end tests: the same subgraph definitions, gateway
 * and site that `npm start` runs as a process per service (start.ts), on the same sample county and
 * with the same summary (hub-start-up.ts).
 */
import { DEPARTMENTS, type Department } from '../lib/departments.js';
import type { HubConfig, HubServiceName } from '../lib/config.js';
import type { RunningHttpServer } from '../lib/graphql-http.js';
import { DEPARTMENT_SUBGRAPHS } from '../subgraphs/registry.js';
import { HUB_SERVICE_SUBGRAPHS } from '../subgraphs/hub-owned.js';
import { startSubgraph, type SubgraphDefinition } from '../subgraphs/runtime/subgraph-server.js';
import { hubKeys } from '../access/secrets.js';
import { personScopeOverHttp } from '../access/register-scope.js';
import { startGateway } from '../gateway/gateway.js';
import { startSite } from '../disclosure-site/server.js';
import { HUB_SERVICE_ORDER, prepareEmbeddedSample, summaryLines, type ListeningUrls } from './hub-start-up.js';

export interface RunningHub {
  gatewayUrl: string;
  /** The public disclosure site's home page. */
  siteUrl: string;
  subgraphs: Map<Department, RunningHttpServer>;
  describe(): string[];
  stopSubgraph(department: Department): Promise<void>;
  close(): Promise<void>;
}

/** The configuration with the gateway routed to where the subgraphs really listen. */
export function routedConfig(config: HubConfig, urls: Omit<ListeningUrls, 'site'>): HubConfig {
  return {
    ...config,
    departments: Object.fromEntries(
      DEPARTMENTS.map((d) => [d, { ...config.departments[d], url: urls.departments[d] ?? config.departments[d].url }]),
    ) as HubConfig['departments'],
    services: Object.fromEntries(
      HUB_SERVICE_ORDER.map((name) => [name, { ...config.services[name], url: urls.services[name] }]),
    ) as HubConfig['services'],
  };
}

export interface HubServicesOptions {
  log?: (line: string) => void;
  /** Sees each department subgraph before it starts (tests count its adapter's SQL statements). */
  onDepartmentSubgraph?: (department: Department, definition: SubgraphDefinition<any>) => void;
}

/** Every locally hosted subgraph, the gateway and the site in this one process (end-to-end tests). */
export async function startHubServices(config: HubConfig, options: HubServicesOptions = {}): Promise<RunningHub> {
  await prepareEmbeddedSample(config, options.log ?? (() => {}));
  const keys = hubKeys(config);
  const subgraphs = new Map<Department, RunningHttpServer>();
  const closers: (() => Promise<void>)[] = [];
  // Read at request time: with port 0 (tests) the register's and finance's URLs are known only once they listen.
  const personScope = personScopeOverHttp(
    {
      register: () => subgraphs.get('PUBLIC_SECURITY')?.url ?? config.departments.PUBLIC_SECURITY.url,
      finance: () => subgraphs.get('FINANCE')?.url ?? config.departments.FINANCE.url,
    },
    keys,
  );
  try {
    for (const department of DEPARTMENTS) {
      const dept = config.departments[department];
      if (dept.hostedElsewhere) continue;
      const definition = DEPARTMENT_SUBGRAPHS[department](dept.database);
      options.onDepartmentSubgraph?.(department, definition);
      const running = await startSubgraph(definition, {
        port: dept.port,
        host: config.host,
        keys,
        personScope,
      });
      subgraphs.set(department, running);
    }
    // The hub's own services ask the departments through the gateway, which listens only later.
    let gatewayUrl = config.gateway.url;
    const services = {} as Record<HubServiceName, string>;
    for (const name of HUB_SERVICE_ORDER) {
      const running = await startSubgraph(HUB_SERVICE_SUBGRAPHS[name](config, keys, () => gatewayUrl), {
        port: config.services[name].port,
        host: config.host,
        keys,
        personScope,
      });
      closers.push(() => running.close());
      services[name] = running.url;
    }
    const departments = Object.fromEntries([...subgraphs].map(([d, s]) => [d, s.url]));
    const gateway = await startGateway(routedConfig(config, { departments, services }));
    gatewayUrl = gateway.url;
    closers.push(() => gateway.close());
    // The public site talks to the gateway only, as the public role.
    const site = await startSite({ gatewayUrl: () => gatewayUrl, port: config.site.port, host: config.host });
    closers.push(() => site.close());
    const lines = summaryLines(config, { site: site.siteUrl, departments, services });
    return {
      gatewayUrl: gateway.url,
      siteUrl: site.siteUrl,
      subgraphs,
      describe: () => lines,
      async stopSubgraph(department) {
        await subgraphs.get(department)?.close();
        subgraphs.delete(department);
      },
      async close() {
        for (const close of closers.reverse()) await close();
        await Promise.all([...subgraphs.values()].map((s) => s.close()));
      },
    };
  } catch (error) {
    for (const close of closers.reverse()) await close().catch(() => {});
    await Promise.all([...subgraphs.values()].map((s) => s.close().catch(() => {})));
    throw error;
  }
}
