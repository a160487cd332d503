/**
 * `npm start`: the whole hub on one machine as a process per service under one supervisor
 * (supervisor.ts): the department subgraphs hosted here, the hub's own subgraphs, the gateway and
 * the disclosure site, on the embedded sample databases unless HUB_DB_* say otherwise. Being
 * tooling, it creates the sample county on first start (hub-start-up.ts), before any subgraph reads
 * it; the subgraphs themselves never generate data. A service that dies is restarted; Ctrl-C or
 * SIGTERM stop them all, in order.
 */
import { performance } from 'node:perf_hooks';
import { loadConfigOrExit, type HubServiceName } from '../lib/config.js';
import type { Department } from '../lib/departments.js';
import { prepareEmbeddedSample, summaryLines } from './hub-start-up.js';
import { hubProcesses } from './hub-processes.js';
import { Supervisor } from './supervisor.js';

const config = loadConfigOrExit(process.env);
const log = (line: string) => console.log(line);

const started = performance.now();
await prepareEmbeddedSample(config, log);

const plan = hubProcesses(config);
let stopping = false;
const supervisor = new Supervisor({
  env: process.env,
  log,
  onGiveUp(name) {
    if (name !== plan.gateway.name) {
      log(`The hub goes on without ${name}: the gateway answers the other departments and names it in its errors. Restart the hub to try it again.`);
      return;
    }
    log('Without the gateway the hub cannot answer: stopping.');
    void stop('the gateway could not be kept running', 1);
  },
});

async function stop(reason: string, exitCode: number) {
  if (stopping) return;
  stopping = true;
  if (exitCode === 0) console.log(`\n${reason}: stopping...`);
  await supervisor.stop(plan.stopOrder, reason);
  if (exitCode === 0) console.log('Stopped.');
  process.exit(exitCode);
}
process.on('SIGINT', () => void stop('SIGINT', 0));
process.on('SIGTERM', () => void stop('SIGTERM', 0));

try {
  // The subgraphs depend on nothing at start: all of them start at once.
  const subgraphs = Promise.all([
    Promise.all(plan.departments.map(async ({ department, spec }) => [department, (await supervisor.start(spec)).url] as const)),
    Promise.all(plan.services.map(async ({ service, spec }) => [service, (await supervisor.start(spec)).url] as const)),
  ]);
  // The gateway is forked with every subgraph's URL: known from the configuration unless a port is
  // 0, then published by the supervisor once that subgraph listens. The site learns the gateway's
  // URL the same way, so it need not wait.
  const portsKnown =
    plan.departments.every(({ department }) => config.departments[department].port !== 0) &&
    plan.services.every(({ service }) => config.services[service].port !== 0);
  const gatewayStarted = portsKnown ? supervisor.start(plan.gateway) : subgraphs.then(() => supervisor.start(plan.gateway));
  const [[departments, services], gateway, site] = await Promise.all([subgraphs, gatewayStarted, supervisor.start(plan.site)]);
  const lines = summaryLines(config, {
    site: site.url,
    departments: Object.fromEntries(departments) as Partial<Record<Department, string>>,
    services: Object.fromEntries(services) as Record<HubServiceName, string>,
  });
  const instances = gateway.pids.length > 1 ? ` (${gateway.pids.length} instances)` : '';
  console.log(`\nHuimin Hub is up in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`  Gateway:  ${gateway.url}${instances}`);
  for (const line of lines) console.log(`  ${line}`);
  console.log('Press Ctrl-C to stop.');
} catch (error) {
  if (!stopping) {
    console.error(`The hub did not start: ${error instanceof Error ? error.message : String(error)}`);
    await stop('start-up failed', 1);
  }
}
