/**
 * Page weight and time to first render of every page of the disclosure site, measured in
 * Debian's chromium (headless, cold cache per page), on the local network and on an emulated slow
 * connection (400 kbit/s each way, 400 ms round trip: "slow 3G").
 *
 *   npx tsx bench/disclosure-pages.ts                        # a throwaway hub on a sample county
 *   npx tsx bench/disclosure-pages.ts http://127.0.0.1:4080/  # a running site (npm start)
 *
 * Weight is what crossed the wire (compressed bodies plus headers) for the page and everything it
 * loaded, API answers included; first render is the browser's first-contentful-paint entry; data
 * is when the page's content (not its loading state) is on screen.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test-support/browser.js';
import { startHub, type TestHub } from '../test-support/hub.js';

interface Profile {
  name: string;
  conditions: { offline: boolean; latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}

const PROFILES: Profile[] = [
  { name: 'local', conditions: null },
  { name: 'slow 3G', conditions: { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 } },
];

interface PageSpec {
  title: string;
  path: string;
  /** The page's content, once it is there. */
  ready: string;
}

interface Measurement {
  page: string;
  profile: string;
  requests: number;
  bytes: number;
  byKind: Record<string, number>;
  firstContentfulPaintMs: number | null;
  domContentLoadedMs: number;
  dataReadyMs: number;
}

async function firstBatch(siteUrl: string): Promise<string | null> {
  const response = await fetch(`${siteUrl}api/ProgrammeBatches`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ variables: { programmeCode: 'MZ-DB' } }),
  });
  const body = (await response.json()) as { data?: { batches: { batchNumber: string }[] } };
  return body.data?.batches[0]?.batchNumber ?? null;
}

function kindOf(url: string, type: string): string {
  if (url.includes('/api/')) return 'api';
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  return type;
}

async function measure(browser: Browser, siteUrl: string, spec: PageSpec, profile: Profile): Promise<Measurement> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.conditions) await cdp.send('Network.emulateNetworkConditions', profile.conditions);
  // Encoded bytes per request as the network stack counted them (headers and compressed body).
  const sizes = new Map<string, { url: string; type: string; bytes: number }>();
  const requests = new Map<string, { url: string; type: string }>();
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, type: (e.type ?? 'other').toLowerCase() }));
  cdp.on('Network.loadingFinished', (e) => {
    const request = requests.get(e.requestId);
    if (request) sizes.set(e.requestId, { ...request, bytes: e.encodedDataLength });
  });
  await page.goto(`${siteUrl}${spec.path}`, { waitUntil: 'domcontentloaded' });
  // Read in the page, on the navigation's own clock, when the content is first there.
  const shown = await page.waitForFunction((selector) => (document.querySelector(selector) ? performance.now() : null), spec.ready, { timeout: 60_000, polling: 'raf' });
  const dataReadyMs = Math.round((await shown.jsonValue()) as number);
  await page.waitForLoadState('networkidle');
  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { fcp: paint ? paint.startTime : null, dcl: navigation.domContentLoadedEventEnd };
  });
  await context.close();
  const byKind: Record<string, number> = {};
  let bytes = 0;
  for (const { url, type, bytes: size } of sizes.values()) {
    if (url.startsWith('data:')) continue;
    const kind = kindOf(url, type);
    byKind[kind] = (byKind[kind] ?? 0) + size;
    bytes += size;
  }
  return {
    page: spec.title,
    profile: profile.name,
    requests: sizes.size,
    bytes,
    byKind,
    firstContentfulPaintMs: timing.fcp === null ? null : Math.round(timing.fcp),
    domContentLoadedMs: Math.round(timing.dcl),
    dataReadyMs,
  };
}

/** Loads per page and profile; the median is reported. `--runs N` after the optional URL. */
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 3;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs must be a whole number of at least 1');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  let hub: TestHub | null = null;
  let siteUrl = process.argv[2]?.startsWith('--') ? undefined : process.argv[2];
  if (!siteUrl) {
    console.error('Starting a throwaway hub on a sample county of 2,000 persons...');
    hub = await startHub({ persons: 2000, seed: 20240301 });
    siteUrl = hub.siteUrl;
  }
  if (!siteUrl.endsWith('/')) siteUrl += '/';
  const browser = await launchChromium();
  try {
    const batch = await firstBatch(siteUrl);
    const pages: PageSpec[] = [
      { title: '首页 index', path: 'index.html', ready: '#today .figures, #today .state.notice' },
      { title: '政策清单 policies', path: 'policies.html', ready: '#results tbody tr' },
      { title: '发放公示 announcements', path: batch ? `announcements.html?batch=${encodeURIComponent(batch)}` : 'announcements.html', ready: batch ? '#lines tbody tr' : '#programme option:nth-child(2)' },
      { title: '个人查询 lookup', path: 'lookup.html', ready: 'form#lookup button' },
      { title: '投诉举报 complaints', path: 'complaints.html', ready: '#programmeCode option:nth-child(2)' },
    ];
    const rows: Measurement[] = [];
    for (const profile of PROFILES) {
      for (const spec of pages) {
        // The median of a few cold loads: one load is at the mercy of whatever else the machine is doing.
        const runs: Measurement[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, siteUrl, spec, profile));
        const median = (pick: (m: Measurement) => number) => runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
        rows.push({
          ...runs[0]!,
          firstContentfulPaintMs: runs.some((r) => r.firstContentfulPaintMs === null) ? null : median((r) => r.firstContentfulPaintMs!),
          domContentLoadedMs: median((r) => r.domContentLoadedMs),
          dataReadyMs: median((r) => r.dataReadyMs),
        });
      }
    }
    console.log(`Disclosure site ${siteUrl} in ${browser.version()} (headless, cold cache, 390x844 viewport, median of ${RUNS} loads)\n`);
    console.log('| page | network | requests | weight | html | css | js | api | first render (FCP) | DOM ready | content shown |');
    console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      const k = (name: string) => kb(r.byKind[name] ?? 0);
      console.log(
        `| ${r.page} | ${r.profile} | ${r.requests} | ${kb(r.bytes)} | ${k('html')} | ${k('css')} | ${k('js')} | ${k('api')} | ${r.firstContentfulPaintMs ?? '—'} ms | ${r.domContentLoadedMs} ms | ${r.dataReadyMs} ms |`,
      );
    }
  } finally {
    await browser.close();
    await hub?.close();
  }
}

await main();
