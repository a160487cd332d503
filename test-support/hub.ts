/**
 * The whole hub over real HTTP for end-to-end tests: a fresh sample county in a temporary data
 * directory, every subgraph and the gateway on free ports.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Department } from '../lib/departments.js';
import { loadConfig } from '../lib/config.js';
import { startHubServices, type HubServicesOptions } from '../scripts/hub-services.js';
import { generateSampleData } from '../sample-data/generate.js';
import { hubKeys, type HubKeys } from '../access/secrets.js';
import { mintServiceToken, mintUserToken, type MintOptions } from '../access/tokens.js';

/** The keys of each running test hub, by gateway URL, so requests can carry a token it accepts. */
const KEYS_BY_GATEWAY = new Map<string, HubKeys>();

export interface TestHub {
  gatewayUrl: string;
  /** The public disclosure site's home page. */
  siteUrl: string;
  dataDir: string;
  expectedFindings: { lineId: string; rule: string }[];
  /** A bearer token for a role, e.g. `{ sub: 'u1', role: 'analyst', regions: ['610727'] }`. */
  token(options: MintOptions): Promise<string>;
  stopSubgraph(department: Department): Promise<void>;
  close(): Promise<void>;
}

/** Every service on a port the OS picks. */
export const FREE_PORTS = {
  HUB_GATEWAY_PORT: '0',
  HUB_SUBGRAPH_PUBLIC_SECURITY_PORT: '0',
  HUB_SUBGRAPH_JUSTICE_PORT: '0',
  HUB_SUBGRAPH_CIVIL_AFFAIRS_PORT: '0',
  HUB_SUBGRAPH_HR_PORT: '0',
  HUB_SUBGRAPH_DISABILITY_PORT: '0',
  HUB_SUBGRAPH_FINANCE_PORT: '0',
  HUB_SUBGRAPH_CROSSCHECK_PORT: '0',
  HUB_SUBGRAPH_DISBURSEMENT_PORT: '0',
  HUB_SUBGRAPH_DISCLOSURE_PORT: '0',
  HUB_SITE_PORT: '0',
};

export async function startHub(
  options: { persons?: number; seed?: number; env?: Record<string, string>; onDepartmentSubgraph?: HubServicesOptions['onDepartmentSubgraph'] } = {},
): Promise<TestHub> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hub-e2e-'));
  const persons = options.persons ?? 1000;
  const seed = options.seed ?? 7;
  const sample = await generateSampleData({ kind: 'sqlite', dir: dataDir }, { persons, seed });
  const config = loadConfig({ HUB_DATA_DIR: dataDir, HUB_SAMPLE_PERSONS: String(persons), HUB_SAMPLE_SEED: String(seed), ...FREE_PORTS, ...options.env });
  const hub = await startHubServices(config, { onDepartmentSubgraph: options.onDepartmentSubgraph });
  const keys = hubKeys(config);
  KEYS_BY_GATEWAY.set(hub.gatewayUrl, keys);
  return {
    gatewayUrl: hub.gatewayUrl,
    siteUrl: hub.siteUrl,
    dataDir,
    expectedFindings: sample.expectedFindings ?? [],
    token: (mint) => mintUserToken(keys, mint),
    stopSubgraph: (department) => hub.stopSubgraph(department),
    async close() {
      KEYS_BY_GATEWAY.delete(hub.gatewayUrl);
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * POSTs an operation to the gateway; returns the parsed JSON body. Without an `authorization`
 * header it goes as the hub's internal test service (full access, like executeSubgraph); pass
 * `hub.token(...)` as a bearer token to act as a role, or `authorization: ''` to go as the public.
 */
export async function gatewayRequest(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const keys = KEYS_BY_GATEWAY.get(url);
  const { authorization, ...rest } = headers;
  const auth =
    authorization !== undefined ? authorization : keys ? `Bearer ${await mintServiceToken(keys, 'e2e-test')}` : undefined;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...rest, ...(auth ? { authorization: auth } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}
