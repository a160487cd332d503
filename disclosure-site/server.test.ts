import { describe, test, beforeAll, afterAll, beforeEach, jest } from '@jest/globals';
import assert from '../test-support/assert.js';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { validIdNumber } from '../test-support/id-numbers.js';
import { startSite, type RunningSite } from './server.js';
import { SITE_OPERATIONS } from './operations.js';

/** A stand-in gateway: records each request and answers what the test set for the operation. */
class FakeGateway {
  requests: { headers: http.IncomingHttpHeaders; body: any }[] = [];
  answers = new Map<string, { status?: number; body: unknown }>();
  url = '';
  private server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      this.requests.push({ headers: req.headers, body });
      const answer = this.answers.get(body.operationName) ?? { body: { data: {} } };
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  stop() {
    return new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

// The safelist as the site sees it: one fake hash per operation, so forwarding can be checked by hash.
const PERSISTED = new Map(
  SITE_OPERATIONS.map((name) => [`hash-of-${name}`, `${name === 'SubmitComplaint' ? 'mutation' : 'query'} ${name} { __typename }`] as const),
);

const ID = validIdNumber('610727', '19800101', '123');

describe('the disclosure site server', () => {
  const gateway = new FakeGateway();
  let site: RunningSite;
  let clock = Date.parse('2024-03-05T02:00:00.000Z');

  async function call(operation: string, variables: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${site.siteUrl}api/${operation}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as any };
  }

  beforeAll(async () => {
    await gateway.start();
    site = await startSite({
      gatewayUrl: gateway.url,
      persisted: PERSISTED,
      port: 0,
      host: '127.0.0.1',
      lookupLimit: { perMinute: 1, burst: 2 },
      now: () => clock,
      // The test stands in for the reverse proxy in front of the site.
      trustedProxies: ['127.0.0.1'],
    });
  });

  afterAll(async () => {
    await site.close();
    await gateway.stop();
  });

  beforeEach(() => {
    gateway.requests = [];
    gateway.answers.clear();
  });

  test('an operation goes to the gateway as the public: its persisted hash only, no query text, no token, the visitor’s address', async () => {
    gateway.answers.set('PolicyList', { body: { data: { programmes: [] } } });
    const result = await call('PolicyList', { year: '2024', department: 'CIVIL_AFFAIRS' }, { authorization: 'Bearer smuggled', 'x-forwarded-for': '203.0.113.7' });
    assert.equal(result.status, 200);
    assert.deepEqual(result.body, { data: { programmes: [] } });
    assert.equal(gateway.requests.length, 1);
    const sent = gateway.requests[0]!;
    assert.deepEqual(sent.body, {
      operationName: 'PolicyList',
      variables: { year: '2024', department: 'CIVIL_AFFAIRS' },
      extensions: { persistedQuery: { version: 1, sha256Hash: 'hash-of-PolicyList' } },
    });
    assert.equal(sent.headers.authorization, undefined);
    // The site is a proxy on the same host: the address it saw (a proxy in front of it, here) goes on.
    assert.equal(sent.headers['x-forwarded-for'], '203.0.113.7');
  });

  test('the same public answer is reused for a minute without asking the gateway again', async () => {
    gateway.answers.set('PolicyList', { body: { data: { programmes: [{ code: 'A' }] } } });
    await call('PolicyList', { year: '2023' });
    await call('PolicyList', { year: '2023' });
    assert.equal(gateway.requests.length, 1);
    clock += 61_000;
    await call('PolicyList', { year: '2023' });
    assert.equal(gateway.requests.length, 2);
  });

  test('an operation that is not the site’s is 404 and reaches no gateway', async () => {
    const result = await call('IntrospectionQuery', {});
    assert.equal(result.status, 404);
    assert.equal(gateway.requests.length, 0);
  });

  test('bad lookup input is answered in Chinese, field by field, without asking the gateway', async () => {
    const result = await call('MyPayments', { name: '', idNumber: ID.slice(0, 17) });
    assert.equal(result.status, 400);
    assert.deepEqual(result.body.error.problems, [
      { field: 'name', message: '请填写姓名' },
      { field: 'idNumber', message: '身份证号码应为18位，现在是17位' },
    ]);
    assert.equal(gateway.requests.length, 0);
  });

  test('a complaint with problems names each field and is not forwarded', async () => {
    const result = await call('SubmitComplaint', { input: { programmeCode: 'MZ-DB', category: 'FRAUD', description: '太短', contactPhone: '12' } });
    assert.equal(result.status, 400);
    assert.deepEqual(result.body.error.problems.map((p: { field: string }) => p.field), ['description', 'contactPhone']);
    assert.match(result.body.error.message, /情况描述至少10个字/);
    assert.equal(gateway.requests.length, 0);
  });

  test('the personal lookup is limited per client with a clear Chinese message, and the limit refills', async () => {
    // The lookup limiter reads Date.now: only the date is faked, timers and I/O stay real.
    jest.useFakeTimers({ now: Date.now(), doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    try {
      await limitedLookups();
    } finally {
      jest.useRealTimers();
    }
  });

  async function limitedLookups(): Promise<void> {
    gateway.answers.set('MyPayments', { body: { data: { myPayments: [] } } });
    const asks = () => call('MyPayments', { name: '张三', idNumber: ID }, { 'x-forwarded-for': '198.51.100.1' });
    assert.equal((await asks()).status, 200);
    assert.equal((await asks()).status, 200);
    const refused = await asks();
    assert.equal(refused.status, 429);
    assert.equal(refused.body.error.code, 'RATE_LIMITED');
    assert.equal(refused.body.error.message, '查询过于频繁。为保护个人信息，同一网络连续查询最多2次，请在1分钟后再试。');
    assert.equal(refused.headers.get('retry-after'), '60');
    assert.equal(gateway.requests.length, 2);
    // Another visitor is not held back by the first, and other pages are not limited.
    assert.equal((await call('MyPayments', { name: '张三', idNumber: ID }, { 'x-forwarded-for': '198.51.100.2' })).status, 200);
    assert.equal((await call('ComplaintStatus', { trackingNumber: 'TS20240305-7KQ3M9XH' }, { 'x-forwarded-for': '198.51.100.1' })).status, 200);
    clock += 60_000;
    jest.setSystemTime(Date.now() + 60_000);
    assert.equal((await asks()).status, 200);
  }

  test('a lookup with an invalid ID number does not count against the limit', async () => {
    const bad = () => call('MyPayments', { name: '张三', idNumber: '123' }, { 'x-forwarded-for': '198.51.100.9' });
    for (let i = 0; i < 4; i++) assert.equal((await bad()).status, 400);
    gateway.answers.set('MyPayments', { body: { data: { myPayments: [] } } });
    assert.equal((await call('MyPayments', { name: '张三', idNumber: ID }, { 'x-forwarded-for': '198.51.100.9' })).status, 200);
  });

  test('personal answers are never stored by a browser or proxy', async () => {
    gateway.answers.set('MyPayments', { body: { data: { myPayments: [] } } });
    const result = await call('MyPayments', { name: '李四', idNumber: ID }, { 'x-forwarded-for': '198.51.100.3' });
    assert.equal(result.headers.get('cache-control'), 'no-store');
  });

  test('the gateway’s refusals become Chinese messages; its own words and codes of other kinds are not shown', async () => {
    gateway.answers.set('ComplaintStatus', { status: 429, body: { errors: [{ message: 'Too many requests; try again in 30 s', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } }] } });
    const limited = await call('ComplaintStatus', { trackingNumber: 'TS20240305-7KQ3M9XH' });
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error.message, '请求过于频繁，请在30秒后再试');
    assert.equal(limited.body.error.retryAfterSeconds, 30);
    gateway.answers.set('ComplaintStatus', { body: { errors: [{ message: 'connect ECONNREFUSED finance db 10.0.0.5', extensions: { code: 'DEPARTMENT_UNAVAILABLE' } }], data: null } });
    const down = await call('ComplaintStatus', { trackingNumber: 'TS20240305-7KQ3M9XH' });
    assert.equal(down.status, 503);
    assert.equal(down.body.error.message, '数据暂时无法获取，请稍后再试');
    assert.doesNotMatch(JSON.stringify(down.body), /ECONNREFUSED|10\.0\.0\.5/);
    gateway.answers.set('SubmitComplaint', {
      body: { errors: [{ message: '没有找到这个补贴项目，请从列表中选择', extensions: { code: 'BAD_USER_INPUT', problems: [{ field: 'programmeCode', message: '没有找到这个补贴项目，请从列表中选择' }] } }] },
    });
    const rejected = await call('SubmitComplaint', { input: { programmeCode: 'NOPE', category: 'FRAUD', description: '这是一段足够长的情况描述。' } });
    assert.equal(rejected.status, 400);
    assert.deepEqual(rejected.body.error.problems, [{ field: 'programmeCode', message: '没有找到这个补贴项目，请从列表中选择' }]);
  });

  test('a gateway that cannot be reached is a 503 with a Chinese message', async () => {
    const lonely = await startSite({ gatewayUrl: 'http://127.0.0.1:9/graphql', persisted: PERSISTED, port: 0, host: '127.0.0.1', gatewayTimeoutMs: 2000 });
    try {
      const response = await fetch(`${lonely.siteUrl}api/DisbursementCalendar`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      assert.equal(response.status, 503);
      assert.equal(((await response.json()) as any).error.message, '数据暂时无法获取，请稍后再试');
    } finally {
      await lonely.close();
    }
  });

  test('an operation missing from the safelist is unavailable, and the rest of the site still works', async () => {
    const partial = new Map([...PERSISTED].filter(([hash]) => hash !== 'hash-of-MyPayments'));
    const original = console.error;
    console.error = () => {};
    const other = await startSite({ gatewayUrl: gateway.url, persisted: partial, port: 0, host: '127.0.0.1' }).finally(() => (console.error = original));
    try {
      const post = (op: string, variables: unknown) =>
        fetch(`${other.siteUrl}api/${op}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ variables }) });
      assert.equal((await post('MyPayments', { name: '张三', idNumber: ID })).status, 503);
      gateway.answers.set('PolicyList', { body: { data: { programmes: [] } } });
      assert.equal((await post('PolicyList', {})).status, 200);
    } finally {
      await other.close();
    }
  });

  test('requests from another site’s page, GETs and non-JSON bodies are refused', async () => {
    assert.equal((await call('PolicyList', {}, { origin: 'https://evil.example' })).status, 403);
    assert.equal((await fetch(`${site.siteUrl}api/PolicyList`)).status, 405);
    const form = await fetch(`${site.siteUrl}api/SubmitComplaint`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=b' });
    assert.equal(form.status, 415);
    assert.equal(gateway.requests.length, 0);
  });

  test('pages are served compressed with an ETag, a strict content security policy, and revalidate cheaply', async () => {
    const response = await fetch(site.siteUrl, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(response.headers.get('content-security-policy')!, /script-src 'self'/);
    const html = await response.text();
    assert.match(html, /<html lang="zh-CN">/);
    const etag = response.headers.get('etag')!;
    const again = await fetch(`${site.siteUrl}index.html`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      http.get(`${site.siteUrl}js/common.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    assert.equal(raw.encoding, 'gzip');
    assert.match(gunzipSync(raw.body).toString('utf8'), /export async function api/);
    const missing = await fetch(`${site.siteUrl}nope.html`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /未找到页面/);
  });

  test('the calendar comes back shaped for the pages: today’s summary and the indexes, not the batch list', async () => {
    clock = Date.parse('2024-03-05T05:00:00.000Z');
    gateway.answers.set('DisbursementCalendar', {
      body: {
        data: {
          programmes: [{ code: 'MZ-DB', name: '城乡最低生活保障金', department: 'CIVIL_AFFAIRS' }],
          publishedBatches: [
            {
              batchNumber: 'B1',
              programmeCode: 'MZ-DB',
              period: '202403',
              countyCode: '610727',
              status: 'PAID',
              sentToBankAt: '2024-03-05T02:00:00.000Z',
              totals: { lineCount: 10, personCount: 10, totalAmount: '5000.00' },
              totalsWithheld: null,
            },
          ],
        },
      },
    });
    const result = await call('DisbursementCalendar', {});
    assert.equal(result.body.data.today, '2024-03-05');
    assert.equal(result.body.data.todaySummary.totalAmount, '5000.00');
    assert.equal(result.body.data.programmes[0].batches, undefined);
    assert.equal(result.body.data.publishedBatches, undefined);
  });
});

describe('the disclosure site behind no trusted proxy', () => {
  const gateway = new FakeGateway();
  let site: RunningSite;

  beforeAll(async () => {
    await gateway.start();
    // HUB_TRUSTED_PROXIES unset: nothing in front of the site is trusted, loopback included.
    site = await startSite({ gatewayUrl: gateway.url, persisted: PERSISTED, port: 0, host: '127.0.0.1', lookupLimit: { perMinute: 1, burst: 2 } });
  });

  afterAll(async () => {
    await site.close();
    await gateway.stop();
  });

  test('X-Forwarded-For from a peer that is not a trusted proxy is ignored, so a new header value does not reset the lookup limit', async () => {
    gateway.answers.set('MyPayments', { body: { data: { myPayments: [] } } });
    const ask = (forwardedFor: string) =>
      fetch(`${site.siteUrl}api/MyPayments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        body: JSON.stringify({ variables: { name: '张三', idNumber: ID } }),
      });
    assert.equal((await ask('198.51.100.1')).status, 200);
    assert.equal((await ask('198.51.100.2')).status, 200);
    const refused = await ask('198.51.100.3');
    assert.equal(refused.status, 429);
    const body = (await refused.json()) as { error: { message: string; retryAfterSeconds: number } };
    // The words of the message are those of the number it carries.
    assert.equal(body.error.retryAfterSeconds, 60);
    assert.match(body.error.message, /请在1分钟后再试/);
    // The gateway is told the peer's own address, not what the visitor wrote.
    assert.deepEqual(
      gateway.requests.map((r) => r.headers['x-forwarded-for']),
      ['127.0.0.1', '127.0.0.1'],
    );
  });
});
