/**
 * What every way of starting the whole hub shares (`npm start` as a process per service, the
 * end-to-end tests in one process): the embedded sample county, made before any subgraph reads it,
 * and the start-up summary. Light on purpose: the supervisor imports no server code.
 */
import { DEPARTMENTS, DEPARTMENT_INFO, type Department } from '../lib/departments.js';
import type { HubConfig, HubServiceName } from '../lib/config.js';
import { ensureEmbeddedSampleData } from '../sample-data/generate.js';

/** The hub's own services in the order they start and are listed. */
export const HUB_SERVICE_ORDER: readonly HubServiceName[] = ['crosscheck', 'disbursement', 'disclosure'];

/** Creates the embedded sample county on first start, before any subgraph reads it. */
export async function prepareEmbeddedSample(config: HubConfig, log: (line: string) => void): Promise<void> {
  const embedded = DEPARTMENTS.filter((d) => config.departments[d].embedded);
  if (!embedded.length) return;
  log(`Embedded sample databases in ${config.dataDir} for: ${embedded.map((d) => DEPARTMENT_INFO[d].nameEn).join(', ')}`);
  const outcome = await ensureEmbeddedSampleData(config);
  log(outcome === 'created' ? `Created a sample county of ${config.sample.persons} persons.` : 'Using the existing sample databases.');
}

/** Where each started service really listens (a port of 0 is known only then). */
export interface ListeningUrls {
  site: string;
  departments: Partial<Record<Department, string>>;
  services: Record<HubServiceName, string>;
}

/** The start-up summary below the gateway's URL: the site, each subgraph with its URL and database. */
export function summaryLines(config: HubConfig, urls: ListeningUrls): string[] {
  const lines = [`${'disclosure site'.padEnd(24)} ${urls.site} (公示平台)`];
  for (const department of DEPARTMENTS) {
    const dept = config.departments[department];
    const name = DEPARTMENT_INFO[department].nameEn.padEnd(24);
    const url = urls.departments[department];
    if (dept.hostedElsewhere || !url) lines.push(`${name} ${dept.url} (hosted by the department)`);
    else lines.push(`${name} ${url} (${dept.database.kind === 'sqlite' ? `SQLite ${dept.database.file}` : 'MySQL'})`);
  }
  const store = config.store.kind === 'sqlite' ? `SQLite ${config.store.file}` : 'MySQL';
  lines.push(`${'cross-check (hub)'.padEnd(24)} ${urls.services.crosscheck} (store: ${store})`);
  lines.push(`${'disbursement (hub)'.padEnd(24)} ${urls.services.disbursement}`);
  lines.push(`${'disclosure (hub)'.padEnd(24)} ${urls.services.disclosure}`);
  return lines;
}
