/**
 * For tests of access control: a gateway over a supergraph composed from some of the subgraphs,
 * subgraphs over HTTP, tokens for any role, and a stub subgraph that counts the calls it gets.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { loadConfig, SUBGRAPH_NAMES, type HubConfig } from '../lib/config.js';
import { DEPARTMENT_INFO, type Department } from '../lib/departments.js';
import { hubKeys } from '../access/secrets.js';
import { mintUserToken, type MintOptions } from '../access/tokens.js';
import { validIdNumber } from './id-numbers.js';
import type { LegacyTestDatabase } from './legacy-db.js';

/** Composes a supergraph of the given departments' real SDL files, routed to the given URLs. */
export function composeTestSupergraph(dir: string, subgraphs: Partial<Record<Department, string>>): string {
  const services = Object.entries(subgraphs).map(([department, url]) => ({
    name: SUBGRAPH_NAMES[department as Department],
    url: url!,
    typeDefs: parse(readFileSync(path.join('schema', `${DEPARTMENT_INFO[department as Department].slug}.graphql`), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) throw new Error(`composition failed: ${result.errors.map((e) => e.message).join('; ')}`);
  const file = path.join(dir, 'supergraph.graphql');
  writeFileSync(file, result.supergraphSdl);
  return file;
}

export function tempDir(prefix = 'hub-access-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A configuration in a temporary data directory, gateway on a free port, department URLs as given. */
export function accessTestConfig(dataDir: string, env: Record<string, string> = {}): HubConfig {
  return loadConfig({ HUB_DATA_DIR: dataDir, HUB_GATEWAY_PORT: '0', ...env });
}

export function tokenFor(config: HubConfig, options: MintOptions): Promise<string> {
  return mintUserToken(hubKeys(config), options);
}

export interface StubSubgraph {
  url: string;
  calls: number;
  close(): Promise<void>;
}

/** Answers every GraphQL request with an error and counts them: a refusal test expects zero. */
export async function startCountingStub(): Promise<StubSubgraph> {
  const stub = { url: '', calls: 0, close: async () => {} };
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/health')) {
      res.end('{"ok":true}');
      return;
    }
    stub.calls++;
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ errors: [{ message: 'stub subgraph', extensions: { code: 'STUB' } }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  stub.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return stub;
}

export interface PostResult {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}

export async function post(url: string, payload: unknown, headers: Record<string, string> = {}): Promise<PostResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  const text = await response.text();
  let body: PostResult['body'];
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: response.status, headers: response.headers, body };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

// ---- a small county for access tests: one person inside region 610728, one outside; one published
// programme and one unpublished, with batches in and out of the region.

export const IN_REGION = validIdNumber('610728', '19500101', '001');
export const OUT_OF_REGION = validIdNumber('610101', '19600101', '002');
export const IN_REGION_NAME = '张三丰';
/** Born in 610101, registered in 610728: in an analyst's region by the register, not by the ID number. */
export const MIGRANT = validIdNumber('610101', '19700101', '003');

export async function seedPublicSecurity(db: LegacyTestDatabase): Promise<void> {
  await db.insert('RK_RYJBXX', [
    { GMSFHM: IN_REGION, XM: IN_REGION_NAME, XBDM: '1', CSRQ: '19500101', MZDM: '01', HJDZ_XZQHDM: '610728101001', HJDZ_DZMC: '陕西省某县某镇刘家村3组12号', RYZTDM: '0', SWRQ: null, ZXRQ: null, GXSJ: null },
    { GMSFHM: MIGRANT, XM: '王五', XBDM: '1', CSRQ: '19700101', MZDM: '01', HJDZ_XZQHDM: '610728101002', HJDZ_DZMC: '陕西省某县某镇王家村1组', RYZTDM: '0', SWRQ: null, ZXRQ: null, GXSJ: null },
    { GMSFHM: OUT_OF_REGION, XM: '李四', XBDM: '2', CSRQ: '19600101', MZDM: '01', HJDZ_XZQHDM: '610101001002', HJDZ_DZMC: '陕西省某市某街道王家社区5号', RYZTDM: '1', SWRQ: '20240117', ZXRQ: null, GXSJ: null },
  ]);
}

export async function seedFinance(db: LegacyTestDatabase): Promise<void> {
  await db.insert('BT_XM', [
    { XMDM: 'PUB', XMMC: '城乡最低生活保障金', ZGBMDM: 'MZ', ZJJCDM: '1', FFZQDM: 'M', BZJE: '500.00', ZGTJ: 'DIBAO', ZCYJ: '民发〔2024〕1号', GKBZ: '1', ND: '2024' },
    { XMDM: 'HID', XMMC: '未公开项目', ZGBMDM: 'CZ', ZJJCDM: '4', FFZQDM: 'O', BZJE: null, ZGTJ: null, ZCYJ: '内部', GKBZ: '0', ND: '2024' },
  ]);
  await db.insert('FF_PC', [
    { PCH: 'PUB-610728', XMDM: 'PUB', FFQJ: '202403', XZQHDM: '610728', ZTDM: '04', LRR: 'u01', SHR: 'a01', TJSJ: '2024-03-05 10:00:00' },
    { PCH: 'PUB-610101', XMDM: 'PUB', FFQJ: '202403', XZQHDM: '610101', ZTDM: '04', LRR: 'u01', SHR: 'a01', TJSJ: '2024-03-05 10:00:00' },
    { PCH: 'HID-610728', XMDM: 'HID', FFQJ: '202403', XZQHDM: '610728', ZTDM: '04', LRR: 'u01', SHR: 'a01', TJSJ: '2024-03-05 10:00:00' },
  ]);
  const line = (MXID: number, PCH: string, SFZH: string, XM: string) => ({
    MXID, PCH, SFZH, XM, YHZH: `62280000000${String(MXID).padStart(5, '0')}`, JE: '500.00', FFZTDM: '1', SBYY: null, DZSJ: '2024-03-06 08:00:00',
  });
  await db.insert('FF_MX', [line(1, 'PUB-610728', IN_REGION, IN_REGION_NAME), line(2, 'PUB-610101', OUT_OF_REGION, '李四'), line(3, 'HID-610728', IN_REGION, IN_REGION_NAME)]);
  await db.insert('BT_DXZH', [{ SFZH: IN_REGION, XM: IN_REGION_NAME, ZHLXDM: '1', KHYHDM: '103', YHZH: '6228000000000001', ZT: '1', DJRQ: '20200101' }]);
}
