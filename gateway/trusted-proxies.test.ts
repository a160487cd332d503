/**
 * Whose X-Forwarded-For the gateway believes: only HUB_TRUSTED_PROXIES' (issue 13, point 11 on the
 * gateway's side). From anyone else a new header value is no new visitor, so the per-address limit
 * of the public holds.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { accessTestConfig, post, tempDir } from '../test-support/access.js';
import { ErrorCode } from '../lib/errors.js';
import { startGateway, type RunningGateway } from './gateway.js';

/** Three anonymous requests, each claiming another client address. */
async function threeClaimedVisitors(gateway: RunningGateway): Promise<(string | undefined)[]> {
  const codes: (string | undefined)[] = [];
  for (const address of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
    const { body } = await post(gateway.url, { query: '{ programmes { code } }' }, { 'x-forwarded-for': address });
    codes.push(body.errors?.[0]?.extensions?.code);
  }
  return codes;
}

describe('X-Forwarded-For at the gateway', () => {
  const trustedDir = tempDir('hub-proxies-');
  const untrustedDir = tempDir('hub-proxies-');
  let trusting: RunningGateway;
  let untrusting: RunningGateway;
  const limits = { HUB_RATE_LIMIT_PER_MINUTE: '1', HUB_RATE_LIMIT_BURST: '2' };

  beforeAll(async () => {
    trusting = await startGateway(accessTestConfig(trustedDir.dir, { ...limits, HUB_TRUSTED_PROXIES: '127.0.0.1' }));
    untrusting = await startGateway(accessTestConfig(untrustedDir.dir, limits));
  });

  afterAll(async () => {
    await trusting?.close();
    await untrusting?.close();
    trustedDir.remove();
    untrustedDir.remove();
  });

  test('from a configured proxy, each forwarded client has its own limit', async () => {
    const codes = await threeClaimedVisitors(trusting);
    assert.ok(!codes.includes(ErrorCode.RATE_LIMITED), codes.join(', '));
  });

  test('from a peer that is not configured, the header changes nothing: the peer is the client', async () => {
    const codes = await threeClaimedVisitors(untrusting);
    assert.equal(codes[2], ErrorCode.RATE_LIMITED, codes.join(', '));
  });
});
