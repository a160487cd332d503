import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { keptAliveFetch } from './http-fetch.js';

interface Seen {
  method: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  port: number;
}

describe('the kept-alive HTTP client between the hub\'s processes', () => {
  const seen: Seen[] = [];
  let server: http.Server;
  let base: string;
  const fetch = keptAliveFetch();

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const pieces: Buffer[] = [];
      req.on('data', (piece: Buffer) => pieces.push(piece));
      req.on('end', () => {
        const body = Buffer.concat(pieces).toString('utf8');
        seen.push({ method: req.method ?? '', headers: req.headers, body, port: req.socket.remotePort ?? 0 });
        if (req.url === '/reset') {
          req.socket.resetAndDestroy();
          return;
        }
        if (req.url === '/slow') return;
        const status = req.url === '/refused' ? 400 : 200;
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'private, max-age=5', 'x-echo-length': String(Buffer.byteLength(body)) });
        res.end(JSON.stringify({ data: { echoed: body, 名称: '民政' } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('a POST sends its body once with its length and headers, and the JSON answer is read whole', async () => {
    const body = JSON.stringify({ query: '{ a }', variables: { names: ['张三', '李四'.repeat(50_000)] } });
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-internal': 'signed' }, body });
    assert.equal(response.ok, true);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('x-echo-length'), String(Buffer.byteLength(body)));
    assert.deepEqual(await response.json(), { data: { echoed: body, 名称: '民政' } });
    const last = seen.at(-1)!;
    assert.equal(last.method, 'POST');
    assert.equal(last.headers['x-hub-internal'], 'signed');
    assert.equal(last.headers['content-length'], String(Buffer.byteLength(body)));
    assert.equal(last.body, body);
  });

  test('an HTTP error status is an answer, not a rejection, and its body can be read once', async () => {
    const response = await fetch(`${base}/refused`, { method: 'POST', body: '{}' });
    assert.equal(response.ok, false);
    assert.equal(response.status, 400);
    assert.equal(response.statusText, 'Bad Request');
    const copy = response.clone();
    assert.match(await response.text(), /echoed/);
    assert.equal(response.bodyUsed, true);
    await assert.rejects(response.text(), TypeError);
    assert.deepEqual(await copy.json(), { data: { echoed: '{}', 名称: '民政' } });
  });

  test('requests one after the other reuse one kept-alive connection', async () => {
    const before = seen.length;
    for (let i = 0; i < 3; i++) await (await fetch(`${base}/graphql`, { method: 'POST', body: `{"n":${i}}` })).text();
    const ports = new Set(seen.slice(before).map((s) => s.port));
    assert.equal(ports.size, 1);
  });

  test('a connection reset before the answer rejects with its ECONNRESET code', async () => {
    await assert.rejects(fetch(`${base}/reset`, { method: 'POST', body: '{}' }), (error: unknown) => (error as { code?: unknown }).code === 'ECONNRESET');
  });

  test('a signal aborted before the request sends nothing and rejects with its reason', async () => {
    const before = seen.length;
    await assert.rejects(fetch(`${base}/graphql`, { method: 'POST', body: '{}', signal: AbortSignal.abort(new Error('too late')) }), /too late/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(seen.length, before);
  });

  test('an aborted signal ends the request with its reason', async () => {
    const controller = new AbortController();
    const pending = fetch(`${base}/slow`, { method: 'POST', body: '{}', signal: controller.signal });
    setTimeout(() => controller.abort(new Error('gave up')), 50);
    await assert.rejects(pending, /gave up/);
  });

  test('a URL that is not http(s) is refused without a request', async () => {
    const before = seen.length;
    await assert.rejects(fetch('ftp://127.0.0.1/graphql', { method: 'POST', body: '{}' }), TypeError);
    assert.equal(seen.length, before);
  });
});
