/**
 * A subgraph connection that breaks before anything was answered (a kept-alive connection the
 * subgraph closed just as the gateway took it): a query is asked once more, a mutation is not.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { accessTestConfig, post, tempDir, tokenFor } from '../test-support/access.js';
import { ErrorCode } from '../lib/errors.js';
import { startGateway, type RunningGateway } from './gateway.js';

/** A "finance subgraph" that resets the connection of the requests `resets` says, and answers the others. */
async function resetting(resets: (n: number, body: string) => boolean): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (piece: string) => (body += piece));
    req.on('end', () => {
      requests.push(body);
      if (resets(requests.length, body)) {
        req.socket.resetAndDestroy();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { programmes: [{ code: 'DB' }] } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('a subgraph connection reset before it answered', () => {
  const tmp = tempDir('hub-reset-');
  let finance: Awaited<ReturnType<typeof resetting>>;
  let gateway: RunningGateway;
  let token: string;
  let resetFrom = 1;
  let resetThrough = 1;

  beforeAll(async () => {
    finance = await resetting((n) => n >= resetFrom && n <= resetThrough);
    const config = accessTestConfig(tmp.dir, { HUB_SUBGRAPH_FINANCE_URL: finance.url });
    gateway = await startGateway(config);
    token = await tokenFor(config, { sub: 'u1', role: 'analyst', regions: ['610727'] });
  });

  afterAll(async () => {
    await gateway?.close();
    await finance?.close();
    tmp.remove();
  });

  const ask = (query: string) => post(gateway.url, { query }, { authorization: `Bearer ${token}` });

  test('a query is asked once more and answered', async () => {
    resetFrom = finance.requests.length + 1;
    resetThrough = resetFrom;
    const { body } = await ask('{ programmes { code } }');
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(body.data, { programmes: [{ code: 'DB' }] });
    assert.equal(finance.requests.length, resetFrom + 1);
  });

  test('a query whose second try is reset too is the department unavailable, after two tries', async () => {
    resetFrom = finance.requests.length + 1;
    resetThrough = resetFrom + 1;
    const { body } = await ask('{ programmes { code } }');
    assert.equal(body.errors?.[0]?.extensions?.code, ErrorCode.DEPARTMENT_UNAVAILABLE);
    assert.equal(body.errors?.[0]?.extensions?.department, 'FINANCE');
    assert.equal(finance.requests.length, resetThrough);
  });
});
