/**
 * `npm start`: the whole hub in one process — six department subgraphs, the hub's own services,
 * the gateway and the disclosure site — on the embedded sample databases unless HUB_DB_* say
 * otherwise. Being tooling, it creates the sample county on first start (hub-services.ts), before
 * any subgraph reads it; the subgraphs themselves never generate data.
 */
import { performance } from 'node:perf_hooks';
import { loadConfigOrExit } from '../lib/config.js';
import { startHubServices } from './hub-services.js';

const config = loadConfigOrExit(process.env);

const started = performance.now();
const hub = await startHubServices(config, { log: (line) => console.log(line) });
console.log(`\nHuimin Hub is up in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
console.log(`  Gateway:  ${hub.gatewayUrl}`);
for (const line of hub.describe()) console.log(`  ${line}`);
console.log('Press Ctrl-C to stop.');

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping...`);
  await hub.close();
  console.log('Stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
