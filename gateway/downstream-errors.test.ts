/**
 * What a client sees when the gateway cannot get an answer from a subgraph: the subgraph and its
 * department named, the code kept, never the subgraph's address or its raw response (issue 13,
 * point 4: `asOf: "not a date"` used to come back as INTERNAL_SERVER_ERROR quoting both).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { accessTestConfig, post, tempDir, tokenFor } from '../test-support/access.js';
import { freePort } from '../test-support/ports.js';
import { validIdNumber } from '../test-support/id-numbers.js';
import { ErrorCode } from '../lib/errors.js';
import { startGateway, type RunningGateway } from './gateway.js';
import { formatGatewayError } from './error-format.js';

const ID = validIdNumber('610727', '19500101', '001');
const ADDRESS = /\b[a-z][a-z0-9+.-]*:\/\/|127\.0\.0\.1|localhost/i;

/** A "subgraph" that answers every request with `status` and `body`, as a broken one might. */
async function answering(status: number, contentType: string, body: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(status, { 'content-type': contentType });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('errors from subgraphs, as the gateway passes them on', () => {
  const tmp = tempDir('hub-downstream-');
  let refusing: Awaited<ReturnType<typeof answering>>;
  let failing: Awaited<ReturnType<typeof answering>>;
  let gateway: RunningGateway;
  let token: string;

  beforeAll(async () => {
    refusing = await answering(
      400,
      'application/json',
      JSON.stringify({ errors: [{ message: `Argument "idNumber" is not valid: ${ID}, see http://127.0.0.1:4001/graphql`, extensions: { code: 'BAD_USER_INPUT', argumentName: 'idNumber' } }] }),
    );
    failing = await answering(500, 'text/html', `<html>stack trace at http://10.1.2.3:4006/graphql for ${ID}</html>`);
    const config = accessTestConfig(tmp.dir, {
      HUB_SUBGRAPH_PUBLIC_SECURITY_URL: refusing.url,
      HUB_SUBGRAPH_FINANCE_URL: failing.url,
      HUB_SUBGRAPH_JUSTICE_URL: `http://127.0.0.1:${await freePort()}/graphql`,
    });
    gateway = await startGateway(config);
    token = await tokenFor(config, { sub: 'u1', role: 'analyst', regions: ['610727'] });
  });

  afterAll(async () => {
    await gateway?.close();
    await refusing?.close();
    await failing?.close();
    tmp.remove();
  });

  const ask = (query: string) => post(gateway.url, { query }, { authorization: `Bearer ${token}` });

  test('a department subgraph nobody answers at is DEPARTMENT_UNAVAILABLE naming the department, not its address', async () => {
    const { status, body } = await ask(`{ sentence(offenderNumber: "S1") { offenderNumber } }`);
    assert.equal(status, 200);
    const error = body.errors?.[0];
    assert.equal(error?.extensions?.code, ErrorCode.DEPARTMENT_UNAVAILABLE);
    assert.equal(error?.extensions?.department, 'JUSTICE');
    assert.equal(error?.extensions?.serviceName, 'justice');
    assert.match(error!.message, /justice \(司法\) subgraph could not be reached/);
    assert.doesNotMatch(JSON.stringify(body), ADDRESS);
  });

  test("a subgraph's refusal keeps its code and argument name, but not its address, its body or a full ID number", async () => {
    const { body } = await ask(`{ person(idNumber: "${ID}") { idNumber } }`);
    const error = body.errors?.[0];
    assert.equal(error?.extensions?.code, ErrorCode.BAD_USER_INPUT);
    assert.equal(error?.extensions?.argumentName, 'idNumber');
    assert.equal(error?.extensions?.serviceName, 'public_security');
    assert.equal(error?.extensions?.response, undefined);
    const text = JSON.stringify(body);
    assert.doesNotMatch(text, ADDRESS);
    assert.ok(!text.includes(ID), text);
  });

  test('a subgraph answering with an error page is named as unavailable; the page is not passed on', async () => {
    const { body } = await ask(`{ programmes { code } }`);
    const error = body.errors?.[0];
    assert.equal(error?.extensions?.code, ErrorCode.DEPARTMENT_UNAVAILABLE);
    assert.equal(error?.extensions?.department, 'FINANCE');
    assert.match(error!.message, /answered with HTTP 500/);
    const text = JSON.stringify(body);
    assert.doesNotMatch(text, /html|stack trace/i);
    assert.doesNotMatch(text, ADDRESS);
  });
});

describe("the gateway's last pass over an error", () => {
  test('drops the response and internals, replaces addresses, masks ID numbers and bounds values, keeping the code and names', () => {
    const formatted = formatGatewayError({
      message: `request to http://127.0.0.1:4003/graphql failed for "${ID}" and "${'x'.repeat(5000)}"`,
      extensions: { code: 'DEPARTMENT_UNAVAILABLE', department: 'CIVIL_AFFAIRS', response: { url: 'http://127.0.0.1:4003/graphql', body: 'secret' }, exception: { stacktrace: ['at x'] } },
    });
    assert.deepEqual(Object.keys(formatted.extensions ?? {}).sort(), ['code', 'department']);
    assert.doesNotMatch(formatted.message, ADDRESS);
    assert.ok(!formatted.message.includes(ID));
    assert.match(formatted.message, /x{40}…\(5000 characters\)/);
  });
});
