import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { ConfigError, loadConfig } from './config.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration of faults and boundaries', () => {
  test('a gateway or subgraph URL on a port fetch refuses is refused, naming the variable', () => {
    assert.deepEqual(problems({ HUB_GATEWAY_URL: 'http://127.0.0.1:6000/graphql' }), [
      'HUB_GATEWAY_URL: port 6000 is on fetch\'s list of blocked ("bad") ports, so no client could reach it; choose another port',
    ]);
    assert.match(problems({ HUB_SUBGRAPH_JUSTICE_URL: 'http://10.0.0.5:6665/graphql' })[0] ?? '', /^HUB_SUBGRAPH_JUSTICE_URL: port 6665/);
    assert.match(problems({ HUB_GATEWAY_PORT: '6000' })[0] ?? '', /^HUB_GATEWAY_PORT: port 6000/);
    assert.deepEqual(problems({ HUB_GATEWAY_URL: 'http://127.0.0.1:6001/graphql' }), []);
  });

  test('trusted proxies are addresses or subnets, none by default', () => {
    assert.deepEqual(loadConfig({}).trustedProxies, []);
    assert.deepEqual(loadConfig({ HUB_TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8 ::1' }).trustedProxies, ['127.0.0.1', '10.0.0.0/8', '::1']);
    assert.match(problems({ HUB_TRUSTED_PROXIES: '127.0.0.1,localhost' })[0] ?? '', /^HUB_TRUSTED_PROXIES: "localhost" is not an IP address/);
    assert.equal(problems({ HUB_TRUSTED_PROXIES: '10.0.0.0/33' }).length, 1);
  });

  test('every department database carries the one timeout, a few seconds unless HUB_DB_TIMEOUT_MS says otherwise', () => {
    const defaults = loadConfig({ HUB_DB_JUSTICE: 'mysql://hub:secret@10.1.2.3:3306/sfj_xz' });
    assert.equal(defaults.databaseTimeoutMs, 5000);
    assert.equal(defaults.departments.JUSTICE.database.timeoutMs, 5000);
    assert.equal(defaults.departments.HR.database.timeoutMs, 5000);
    assert.equal(loadConfig({ HUB_DB_TIMEOUT_MS: '1500' }).departments.FINANCE.database.timeoutMs, 1500);
    assert.equal(problems({ HUB_DB_TIMEOUT_MS: '0' }).length, 1);
  });
});
