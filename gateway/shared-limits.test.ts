import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../test-support/assert.js';
import type { HubConfig } from '../lib/config.js';
import { describeOrSkip } from '../test-support/skip.js';
import { accessTestConfig, bearer, composeTestSupergraph, post, startCountingStub, tempDir, tokenFor, type StubSubgraph } from '../test-support/access.js';
import { dropRedisPrefix, skipUnlessRedis, uniqueRedisPrefix } from '../test-support/redis.js';
import { freePort } from '../test-support/ports.js';
import { testEnv } from '../test-support/env.js';
import { startGateway, type RunningGateway } from './gateway.js';

const codeOf = (result: { body: { errors?: { extensions?: Record<string, any> }[] } }) => result.body.errors?.[0]?.extensions?.code;
const ASK = { query: '{ programmes { code } }' };

describeOrSkip('rate limits shared by two gateway instances through Redis', { skip: skipUnlessRedis() }, () => {
  const tmp = tempDir();
  const prefix = uniqueRedisPrefix('gateway-rate');
  let stub: StubSubgraph;
  let config: HubConfig;
  let first: RunningGateway;
  let second: RunningGateway;

  beforeAll(async () => {
    stub = await startCountingStub();
    const supergraph = composeTestSupergraph(tmp.dir, { FINANCE: stub.url });
    config = accessTestConfig(tmp.dir, {
      HUB_SUPERGRAPH_FILE: supergraph,
      HUB_SUBGRAPH_FINANCE_URL: stub.url,
      HUB_RATE_LIMIT_BURST: '3',
      HUB_RATE_LIMIT_PER_MINUTE: '6',
      HUB_REDIS_URL: testEnv.redisUrl,
    });
    // Two instances of one hub, each on a port of its own, as two processes or machines would be.
    first = await startGateway(config, { rateLimitKeyPrefix: prefix });
    second = await startGateway(config, { rateLimitKeyPrefix: prefix });
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await stub?.close();
    await dropRedisPrefix(testEnv.redisUrl, prefix);
    tmp.remove();
  });

  test('an identity spends one burst across both instances, then either refuses it with RATE_LIMITED', async () => {
    assert.notEqual(first.url, second.url);
    const analyst = await tokenFor(config, { sub: 'shared-1', role: 'analyst', regions: ['61'] });
    const codes = [];
    for (const gateway of [first, second, first]) codes.push(codeOf(await post(gateway.url, ASK, bearer(analyst))));
    assert.ok(codes.every((code) => code !== 'RATE_LIMITED'), `the burst of 3 is allowed: ${codes.join(', ')}`);
    const onSecond = await post(second.url, ASK, bearer(analyst));
    assert.deepEqual([onSecond.status, codeOf(onSecond)], [429, 'RATE_LIMITED']);
    assert.equal(onSecond.headers.get('retry-after'), '10');
    assert.equal(codeOf(await post(first.url, ASK, bearer(analyst))), 'RATE_LIMITED');
    const another = await tokenFor(config, { sub: 'shared-2', role: 'analyst', regions: ['61'] });
    assert.notEqual(codeOf(await post(second.url, ASK, bearer(another))), 'RATE_LIMITED');
  });

  test('anonymous clients share one limit per address across the instances', async () => {
    const codes = [];
    for (const gateway of [first, second, first, second]) codes.push(codeOf(await post(gateway.url, ASK)));
    assert.deepEqual(codes, ['PERSISTED_QUERY_REQUIRED', 'PERSISTED_QUERY_REQUIRED', 'PERSISTED_QUERY_REQUIRED', 'RATE_LIMITED']);
  });
});

describe('a gateway told to share its limits through a Redis that is not there', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  test('does not start, and says that Redis (HUB_REDIS_URL) is unreachable', async () => {
    const port = await freePort();
    const config = accessTestConfig(tmp.dir, { HUB_REDIS_URL: `redis://127.0.0.1:${port}` });
    await assert.rejects(startGateway(config), (error: Error) => {
      assert.match(error.message, new RegExp(`^Redis at redis://127\\.0\\.0\\.1:${port} \\(HUB_REDIS_URL\\) is unreachable`));
      return true;
    });
  });
});
