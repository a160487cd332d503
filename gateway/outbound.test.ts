import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { accessTestConfig, tempDir } from '../test-support/access.js';
import { CLOUD_METADATA_HOSTS, recordOutbound, type OutboundRecorder } from '../test-support/outbound.js';
import { startGateway, type RunningGateway } from './gateway.js';

describe('the gateway makes no outbound request of its own', () => {
  const tmp = tempDir('hub-outbound-');
  let outbound: OutboundRecorder;
  let gateway: RunningGateway;

  beforeAll(async () => {
    outbound = recordOutbound();
    gateway = await startGateway(accessTestConfig(tmp.dir));
    // Cloud resource detectors run asynchronously after the gateway is constructed: give them time to try.
    await new Promise((resolve) => setTimeout(resolve, 2000));
  });

  afterAll(async () => {
    outbound?.stop();
    await gateway?.close();
    tmp.remove();
  });

  test('starting the gateway asks no cloud metadata address and no telemetry endpoint', () => {
    const metadata = outbound.hosts.filter((host) => CLOUD_METADATA_HOSTS.includes(host));
    assert.deepEqual(metadata, []);
    assert.deepEqual(outbound.hosts.filter((host) => /apollographql\.com$/.test(host)), []);
  });

  test('starting the gateway connects to nothing beyond this machine before a request arrives', () => {
    const remote = outbound.hosts.filter((host) => !['127.0.0.1', '::1', 'localhost'].includes(host));
    assert.deepEqual(remote, []);
  });
});
