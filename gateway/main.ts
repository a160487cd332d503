/**
 * Starts the gateway in its own process: `npx tsx gateway/main.ts`; `npm start` runs it this way
 * under its supervisor. It routes to the subgraphs at their configured URLs
 * (HUB_SUBGRAPH_<NAME>_URL, else HUB_HOST and the default ports). With HUB_GATEWAY_INSTANCES > 1
 * this process is a node:cluster primary: that many gateway processes share the one port
 * (instances.ts).
 */
import cluster from 'node:cluster';
import { loadConfigOrExit } from '../lib/config.js';
import { isSupervised, reportReady, stopOnSignal } from '../lib/service-process.js';
import { startGateway, type RunningGateway } from './gateway.js';
import { runGatewayInstances } from './instances.js';

const config = loadConfigOrExit(process.env);

if (config.scale.gatewayInstances > 1 && cluster.isPrimary) {
  await runGatewayInstances(config.scale.gatewayInstances);
} else {
  let starting: Promise<RunningGateway> | undefined;
  stopOnSignal(async () => {
    const running = await starting?.catch(() => undefined);
    await running?.close();
  });
  starting = startGateway(config);
  const gateway = await starting;
  reportReady(gateway.url);
  if (!isSupervised()) console.log(`Gateway at ${gateway.url} (auditors: ${gateway.auditUrl})`);
}
