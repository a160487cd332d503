/**
 * Starts one subgraph in its own process: `npx tsx subgraphs/main.ts <slug>`, a department's (for
 * a department hosting its own) or one the hub owns (crosscheck, disbursement, disclosure). `npm
 * start` runs each of them this way under its supervisor. It serves the configured database and
 * creates nothing: the embedded sample county is made by `npm start` or `npm run sample`
 * (tooling), before a subgraph reads it.
 */
import { existsSync } from 'node:fs';
import { DEPARTMENTS, DEPARTMENT_INFO } from '../lib/departments.js';
import { HUB_SERVICES } from '../lib/config.js';
import type { RunningHttpServer } from '../lib/graphql-http.js';
import { isSupervised, liveConfig, reportReady, stopOnSignal } from '../lib/service-process.js';
import { hubKeys } from '../access/secrets.js';
import { personScopeOverHttp } from '../access/register-scope.js';
import { startSubgraph } from './runtime/subgraph-server.js';

const slug = process.argv[2] ?? '';
const department = DEPARTMENTS.find((d) => DEPARTMENT_INFO[d].slug === slug);
const HUB_SERVICE_NAMES = Object.keys(HUB_SERVICES) as (keyof typeof HUB_SERVICES)[];
const service = HUB_SERVICE_NAMES.find((name) => name === slug);
if (!department && !service) {
  const names = [...DEPARTMENTS.map((d) => DEPARTMENT_INFO[d].slug), ...HUB_SERVICE_NAMES];
  console.error(`Usage: npx tsx subgraphs/main.ts <${names.join('|')}>`);
  process.exit(2);
}

// Where the register and the gateway listen may be published by the supervisor after this starts.
const config = liveConfig(process.env);
const keys = hubKeys(config());
// An analyst's scope is asked of the register and finance wherever they listen (access/register-scope.ts).
const personScope = personScopeOverHttp({ register: () => config().departments.PUBLIC_SECURITY.url, finance: () => config().departments.FINANCE.url }, keys);

let starting: Promise<RunningHttpServer> | undefined;
stopOnSignal(async () => {
  const running = await starting?.catch(() => undefined);
  await running?.close();
});

async function start(): Promise<{ running: RunningHttpServer; name: string }> {
  const { host } = config();
  if (department) {
    const dept = config().departments[department];
    const name = `${DEPARTMENT_INFO[department].nameEn} subgraph`;
    if (dept.embedded && dept.database.kind === 'sqlite' && !existsSync(dept.database.file)) {
      console.error(`No ${DEPARTMENT_INFO[department].nameEn} database at ${dept.database.file}: set HUB_DB_${department} to the department's database, or create the sample county first (\`npm start\` once, or \`npm run sample\`).`);
      process.exit(2);
    }
    // The layout (mapping file, tables, columns, types) is checked before anything listens: never a half-started subgraph.
    const { checkLayoutAtStart } = await import('../adapters/source-check/start-check.js');
    const layout = await checkLayoutAtStart(department, dept.database);
    for (const warning of layout.warnings) console.error(`${name}: ${warning}`);
    if (layout.problems.length) {
      console.error(`${name} not started: the database does not have the layout the hub reads:\n${layout.problems.map((p) => `  - ${p}`).join('\n')}`);
      process.exit(2);
    }
    // Each process loads only its own subgraph's code: a dozen of them run side by side.
    const { DEPARTMENT_SUBGRAPHS } = await import('./registry.js');
    starting = startSubgraph(DEPARTMENT_SUBGRAPHS[department](dept.database), {
      port: dept.port,
      host,
      keys,
      personScope,
    });
    return { running: await starting, name };
  }
  const { HUB_SERVICE_SUBGRAPHS } = await import('./hub-owned.js');
  const definition = HUB_SERVICE_SUBGRAPHS[service!](config(), keys, () => config().gateway.url);
  starting = startSubgraph(definition, { port: config().services[service!].port, host, keys, personScope });
  return { running: await starting, name: `${service} subgraph (hub)` };
}

const { running, name } = await start();
reportReady(running.url);
if (!isSupervised() || process.argv.includes('--announce')) console.log(`${name} at ${running.url}`);
if (department && process.argv.includes('--announce')) {
  // `npx hub subgraph`: a department hosting its own subgraph hands these to the hub's operator.
  const health = new URL('/health', running.url).toString();
  const secret = config().access.internalSecret ? 'HUB_INTERNAL_SECRET as set here' : `the key generated into ${config().dataDir}/secrets (set HUB_INTERNAL_SECRET to the hub's value instead)`;
  console.log(`health: ${health}`);
  console.log(`Give the hub's operator 请交给枢纽运维: HUB_SUBGRAPH_${department}_URL=${running.url} (with this machine's address if HUB_HOST is 0.0.0.0); both sides must use the same shared secret, HUB_INTERNAL_SECRET (here: ${secret}).`);
}
