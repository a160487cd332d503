/**
 * `hub crosscheck --run <RUN_ID>` for a run the hub does not have: a mistake on the command line
 * (exit 2, naming the flag), not a run that "disappeared".
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { runCaptured } from '../test-support/cli-capture.js';
import { main } from './main.js';
import type { RunningHttpServer } from '../lib/graphql-http.js';
import { FakeCrosscheckGateway } from '../test-support/fake-crosscheck-gateway.js';
import { startCrosscheckService, startStandInGateway, type CrosscheckTestService } from '../test-support/crosscheck-service.js';

const TOKEN = 'test-token-run-flag';

describe('hub crosscheck --run', () => {
  let service: CrosscheckTestService;
  let gateway: RunningHttpServer;

  beforeAll(async () => {
    service = await startCrosscheckService(new FakeCrosscheckGateway());
    gateway = await startStandInGateway(service, { [TOKEN]: { sub: 'alice', role: 'analyst', regions: ['6107'], department: null } });
  });

  afterAll(async () => {
    await gateway?.close();
    await service?.close();
  });

  test('a run id the hub does not have names --run, exits 2 and prints nothing on stdout', async () => {
    const { code, stdout: out, stderr: err } = await runCaptured(main, ['crosscheck', '--run', '999999'], { HUB_GATEWAY_URL: gateway.url, HUB_DATA_DIR: service.dir, HUB_TOKEN: TOKEN });
    assert.equal(code, 2, err);
    assert.match(err, /--run names no cross-check run: "999999"/);
    assert.doesNotMatch(err, /disappeared/);
    assert.equal(out, '');
  });
});
