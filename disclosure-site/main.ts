/**
 * Starts the public disclosure site in its own process: `npx tsx disclosure-site/main.ts`; `npm
 * start` runs it this way under its supervisor. It talks to the gateway at HUB_GATEWAY_URL only,
 * as the public role.
 */
import { isSupervised, liveConfig, reportReady, stopOnSignal } from '../lib/service-process.js';
import { startSite, type RunningSite } from './server.js';

// The supervisor may publish where the gateway listens after the site started.
const config = liveConfig(process.env);

let starting: Promise<RunningSite> | undefined;
stopOnSignal(async () => {
  const running = await starting?.catch(() => undefined);
  await running?.close();
});
starting = startSite({ gatewayUrl: () => config().gateway.url, port: config().site.port, host: config().host, trustedProxies: config().trustedProxies });
const site = await starting;
reportReady(site.siteUrl);
if (!isSupervised()) console.log(`Disclosure site (公示平台) at ${site.siteUrl}, gateway ${config().gateway.url}`);
