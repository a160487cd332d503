import { DEPARTMENTS, DEPARTMENT_INFO, type Department } from '../lib/departments.js';
import type { HubConfig } from '../lib/config.js';
import type { RunningHttpServer } from '../lib/graphql-http.js';
import { DEPARTMENT_SUBGRAPHS } from '../subgraphs/registry.js';
import { startSubgraph, type SubgraphDefinition } from '../subgraphs/runtime/subgraph-server.js';
import { hubKeys } from '../access/secrets.js';
import { registerDivisionsOverHttp } from '../access/register-scope.js';
import { startGateway } from '../gateway/gateway.js';
import { disclosureSubgraph } from '../subgraphs/disclosure/subgraph.js';
import { startSite } from '../disclosure-site/server.js';
import { crosscheckOptionsFrom, crosscheckSubgraph } from '../subgraphs/crosscheck/subgraph.js';
import { disbursementSubgraph } from '../subgraphs/disbursement/subgraph.js';
import { ensureEmbeddedSampleData } from '../sample-data/generate.js';

export interface RunningHub {
  gatewayUrl: string;
  /** The public disclosure site's home page. */
  siteUrl: string;
  subgraphs: Map<Department, RunningHttpServer>;
  describe(): string[];
  stopSubgraph(department: Department): Promise<void>;
  close(): Promise<void>;
}

/** Starts every locally hosted subgraph and the gateway; shared by `npm start` and the end-to-end tests. */
export interface HubServicesOptions {
  log?: (line: string) => void;
  /** Sees each department subgraph before it starts (tests count its adapter's SQL statements). */
  onDepartmentSubgraph?: (department: Department, definition: SubgraphDefinition<any>) => void;
}

export async function startHubServices(config: HubConfig, options: HubServicesOptions = {}): Promise<RunningHub> {
  const log = options.log ?? (() => {});
  const embedded = DEPARTMENTS.filter((d) => config.departments[d].embedded);
  if (embedded.length) {
    log(`Embedded sample databases in ${config.dataDir} for: ${embedded.map((d) => DEPARTMENT_INFO[d].nameEn).join(', ')}`);
    const outcome = await ensureEmbeddedSampleData(config);
    log(outcome === 'created' ? `Created a sample county of ${config.sample.persons} persons.` : 'Using the existing sample databases.');
  }
  const subgraphs = new Map<Department, RunningHttpServer>();
  const lines: string[] = [];
  const closers: (() => Promise<void>)[] = [];
  try {
    for (const department of DEPARTMENTS) {
      const dept = config.departments[department];
      if (dept.hostedElsewhere) {
        lines.push(`${DEPARTMENT_INFO[department].nameEn.padEnd(24)} ${dept.url} (hosted by the department)`);
        continue;
      }
      const definition = DEPARTMENT_SUBGRAPHS[department](dept.database);
      options.onDepartmentSubgraph?.(department, definition);
      const running = await startSubgraph(definition, {
        port: dept.port,
        host: config.host,
        keys: hubKeys(config),
        // Read at request time: with port 0 (tests) the register's URL is known only once it listens.
        registerDivisions: registerDivisionsOverHttp(() => subgraphs.get('PUBLIC_SECURITY')?.url ?? config.departments.PUBLIC_SECURITY.url, hubKeys(config)),
      });
      subgraphs.set(department, running);
      const where = dept.database.kind === 'sqlite' ? `SQLite ${dept.database.file}` : 'MySQL';
      lines.push(`${DEPARTMENT_INFO[department].nameEn.padEnd(24)} ${running.url} (${where})`);
    }
    // The hub's own cross-check subgraph asks the departments through the gateway, which listens only later.
    let gatewayUrl = config.gateway.url;
    const crosscheck = await startSubgraph(
      crosscheckSubgraph({ ...crosscheckOptionsFrom(config, hubKeys(config)), gatewayUrl: () => gatewayUrl }),
      { port: config.services.crosscheck.port, host: config.host, keys: hubKeys(config) },
    );
    closers.push(() => crosscheck.close());
    lines.push(`${'cross-check (hub)'.padEnd(24)} ${crosscheck.url} (store: ${config.store.kind === 'sqlite' ? `SQLite ${config.store.file}` : 'MySQL'})`);
    // Disbursement searches and checks: no data of its own, it too asks through the gateway.
    const disbursement = await startSubgraph(disbursementSubgraph({ gatewayUrl: () => gatewayUrl, keys: hubKeys(config) }), {
      port: config.services.disbursement.port,
      host: config.host,
      keys: hubKeys(config),
    });
    closers.push(() => disbursement.close());
    lines.push(`${'disbursement (hub)'.padEnd(24)} ${disbursement.url}`);
    // The public disclosure service (公示平台): asks through the gateway too, keeps complaints in the store.
    const disclosure = await startSubgraph(disclosureSubgraph({ store: config.store, gatewayUrl: () => gatewayUrl, keys: hubKeys(config) }), {
      port: config.services.disclosure.port,
      host: config.host,
      keys: hubKeys(config),
    });
    closers.push(() => disclosure.close());
    lines.push(`${'disclosure (hub)'.padEnd(24)} ${disclosure.url}`);
    // Subgraphs may have been given port 0 (tests): the gateway must route to where they really listen.
    const routed: HubConfig = {
      ...config,
      departments: Object.fromEntries(
        DEPARTMENTS.map((d) => [d, { ...config.departments[d], url: subgraphs.get(d)?.url ?? config.departments[d].url }]),
      ) as HubConfig['departments'],
      services: {
        ...config.services,
        crosscheck: { ...config.services.crosscheck, url: crosscheck.url },
        disbursement: { ...config.services.disbursement, url: disbursement.url },
        disclosure: { ...config.services.disclosure, url: disclosure.url },
      },
    };
    const gateway = await startGateway(routed);
    gatewayUrl = gateway.url;
    closers.push(() => gateway.close());
    // The public site talks to the gateway only, as the public role.
    const site = await startSite({ gatewayUrl: () => gatewayUrl, port: config.site.port, host: config.host });
    closers.push(() => site.close());
    lines.unshift(`${'disclosure site'.padEnd(24)} ${site.siteUrl} (公示平台)`);
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
