import { afterAll, beforeAll, describe, test } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import assert from '../test-support/assert.js';
import { GraphQLRequestError, httpGraphQLClient } from './graphql-client.js';

// Against a stand-in gateway that answers every request with the body the test sets.
describe('the GraphQL client with partial answers', () => {
  let answer: unknown = {};
  let url = '';
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
    });
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const down = { message: 'The justice (司法) database could not be read: TIMEOUT', path: ['person', 'sentences'], extensions: { code: 'DEPARTMENT_UNAVAILABLE', department: 'JUSTICE', reason: 'TIMEOUT' } };

  test('request is all or nothing; requestPartial returns the data with the errors beside it', async () => {
    answer = { data: { person: { idNumber: 'x', sentences: null } }, errors: [down] };
    const client = httpGraphQLClient(url);
    await assert.rejects(client.request('{ person { idNumber sentences { type } } }'), (error: unknown) => error instanceof GraphQLRequestError && error.code === 'DEPARTMENT_UNAVAILABLE');
    assert.deepEqual(await client.requestPartial('{ person { idNumber sentences { type } } }'), { data: { person: { idNumber: 'x', sentences: null } }, errors: [down] });
  });

  test('an answer in which nothing was answered is a failure for requestPartial too', async () => {
    answer = { data: { person: null }, errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] };
    await assert.rejects(httpGraphQLClient(url).requestPartial('{ person { idNumber } }'), (error: unknown) => error instanceof GraphQLRequestError && error.code === 'FORBIDDEN');
    answer = { data: null, errors: [down] };
    await assert.rejects(httpGraphQLClient(url).requestPartial('{ person { idNumber } }'), GraphQLRequestError);
  });

  test('a gateway nobody listens for is named unreachable, with the connection error code', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await assert.rejects(
      httpGraphQLClient(`http://127.0.0.1:${port}/graphql`).request('{ x }'),
      (error: unknown) => error instanceof GraphQLRequestError && error.kind === 'network' && /could not reach .*\(ECONNREFUSED\)/.test(error.message),
    );
  });

  test('a gateway that does not answer in time is a timeout', async () => {
    const silent = http.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const port = (silent.address() as AddressInfo).port;
      await assert.rejects(
        httpGraphQLClient(`http://127.0.0.1:${port}/graphql`, { timeoutMs: 100 }).request('{ x }'),
        (error: unknown) => error instanceof GraphQLRequestError && error.kind === 'timeout',
      );
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
