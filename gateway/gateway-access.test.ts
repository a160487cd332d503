import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../test-support/assert.js';
import { SignJWT, UnsecuredJWT } from 'jose';
import type { HubConfig } from '../lib/config.js';
import type { RunningHttpServer } from '../lib/graphql-http.js';
import { startDepartmentSubgraph } from '../test-support/subgraph.js';
import { createLegacyTestDatabase, type LegacyTestDatabase } from '../test-support/legacy-db.js';
import {
  accessTestConfig,
  bearer,
  composeTestSupergraph,
  IN_REGION,
  IN_REGION_NAME,
  MIGRANT,
  OUT_OF_REGION,
  post,
  seedFinance,
  seedPublicSecurity,
  startCountingStub,
  tempDir,
  tokenFor,
  type StubSubgraph,
} from '../test-support/access.js';
import { hubKeys } from '../access/secrets.js';
import { INTERNAL_TOKEN_HEADER, mintInternalToken, mintUserToken } from '../access/tokens.js';
import { serviceIdentity } from '../access/identity.js';
import { personScopeOverHttp } from '../access/register-scope.js';
import { loadPersistedDocuments } from '../lib/persisted-documents.js';
import { startGateway, type RunningGateway } from './gateway.js';

const PERSON = `query Person($id: String!) { person(idNumber: $id) { idNumber registration { name divisionCode } } }`;

function persistedHash(operationName: string): string {
  for (const [hash, document] of loadPersistedDocuments()) if (document.startsWith(`query ${operationName}(`) || document.startsWith(`query ${operationName} `)) return hash;
  throw new Error(`no persisted operation ${operationName}`);
}

const codeOf = (result: { body: { errors?: { extensions?: Record<string, any> }[] } }) => result.body.errors?.[0]?.extensions?.code;

describe('the gateway with real subgraphs', () => {
  const tmp = tempDir();
  let psDb: LegacyTestDatabase;
  let finDb: LegacyTestDatabase;
  let ps: RunningHttpServer;
  let fin: RunningHttpServer;
  let gateway: RunningGateway;
  let config: HubConfig;
  let analyst: string;
  let justice: string;
  let auditor: string;

  beforeAll(async () => {
    psDb = await createLegacyTestDatabase('sqlite', 'PUBLIC_SECURITY');
    await seedPublicSecurity(psDb);
    finDb = await createLegacyTestDatabase('sqlite', 'FINANCE');
    await seedFinance(finDb);
    const keys = hubKeys(accessTestConfig(tmp.dir));
    const personScope = personScopeOverHttp({ register: () => ps.url, finance: () => fin.url }, keys);
    ps = await startDepartmentSubgraph('PUBLIC_SECURITY', psDb.location, { keys, personScope });
    fin = await startDepartmentSubgraph('FINANCE', finDb.location, { keys, personScope });
    const supergraph = composeTestSupergraph(tmp.dir, { PUBLIC_SECURITY: ps.url, FINANCE: fin.url });
    config = accessTestConfig(tmp.dir, { HUB_SUPERGRAPH_FILE: supergraph, HUB_SUBGRAPH_PUBLIC_SECURITY_URL: ps.url, HUB_SUBGRAPH_FINANCE_URL: fin.url });
    gateway = await startGateway(config);
    analyst = await tokenFor(config, { sub: 'u123', role: 'analyst', regions: ['610728'] });
    justice = await tokenFor(config, { sub: 'j1', role: 'department', department: 'JUSTICE' });
    auditor = await tokenFor(config, { sub: 'aud1', role: 'auditor' });
  });

  afterAll(async () => {
    await gateway?.close();
    await ps?.close();
    await fin?.close();
    await psDb?.drop();
    await finDb?.drop();
    tmp.remove();
  });

  test('without a token, a safelisted operation runs by its hash or by its text, on published data only', async () => {
    const byHash = await post(gateway.url, { extensions: { persistedQuery: { version: 1, sha256Hash: persistedHash('PolicyList') } } });
    assert.equal(byHash.status, 200);
    assert.deepEqual(
      byHash.body.data?.programmes.map((p: { code: string }) => p.code),
      ['PUB'],
    );
    const document = loadPersistedDocuments().get(persistedHash('PolicyList'))!;
    const byText = await post(gateway.url, { query: document });
    assert.deepEqual(byText.body, byHash.body);
  });

  test("without a token, a batch announcement masks the payees, and an unpublished batch does not exist", async () => {
    const hash = persistedHash('BatchAnnouncement');
    const shown = await post(gateway.url, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables: { batchNumber: 'PUB-610728' } });
    assert.equal(shown.body.errors, undefined);
    assert.deepEqual(shown.body.data.batch.lines.edges[0].node, { id: '1', name: '张*丰', idNumber: '6107**********0018', amount: '500.00', status: 'CREDITED', creditedAt: shown.body.data.batch.lines.edges[0].node.creditedAt });
    assert.doesNotMatch(JSON.stringify(shown.body), new RegExp(`${IN_REGION}|${IN_REGION_NAME}`));
    const hidden = await post(gateway.url, { documentId: `sha256:${hash}`, variables: { batchNumber: 'HID-610728' } });
    assert.deepEqual(hidden.body, { data: { batch: null } });
  });

  test('without a token, any other operation is PERSISTED_QUERY_REQUIRED, introspection included', async () => {
    const other = await post(gateway.url, { query: PERSON, variables: { id: IN_REGION } });
    assert.deepEqual([other.status, codeOf(other)], [400, 'PERSISTED_QUERY_REQUIRED']);
    const introspection = await post(gateway.url, { query: '{ __schema { types { name } } }' });
    assert.equal(introspection.body.data, undefined);
    assert.equal(codeOf(introspection), 'PERSISTED_QUERY_REQUIRED');
  });

  test('an analyst may introspect; the public may not', async () => {
    const result = await post(gateway.url, { query: '{ __schema { queryType { name } } }' }, bearer(analyst));
    assert.deepEqual(result.body.data, { __schema: { queryType: { name: 'Query' } } });
  });

  test('an analyst sees a person of their region; one outside is FORBIDDEN naming the scope', async () => {
    const inside = await post(gateway.url, { query: PERSON, variables: { id: IN_REGION } }, bearer(analyst));
    assert.deepEqual(inside.body, { data: { person: { idNumber: IN_REGION, registration: { name: IN_REGION_NAME, divisionCode: '610728101001' } } } });
    const outside = await post(gateway.url, { query: PERSON, variables: { id: OUT_OF_REGION } }, bearer(analyst));
    assert.equal(outside.body.data.person, null);
    assert.equal(codeOf(outside), 'FORBIDDEN');
    assert.match(outside.body.errors![0]!.message, /regions 610728/);
  });

  test('an analyst sees a person born elsewhere but registered in their region, the subgraphs asking the register', async () => {
    const result = await post(gateway.url, { query: PERSON, variables: { id: MIGRANT } }, bearer(analyst));
    assert.equal(result.body.errors, undefined);
    assert.deepEqual(result.body.data.person, { idNumber: MIGRANT, registration: { name: '王五', divisionCode: '610728101002' } });
  });

  test("another department's staff get the person's ID number masked by the gateway, though the subgraphs joined on it", async () => {
    const result = await post(
      gateway.url,
      { query: `query($id: String!) { person(idNumber: $id) { idNumber registration { name } registeredAccounts { accountNumber } } }`, variables: { id: IN_REGION } },
      bearer(justice),
    );
    assert.equal(result.body.errors, undefined);
    assert.deepEqual(result.body.data.person, { idNumber: '6107**********0018', registration: { name: '张*丰' }, registeredAccounts: [{ accountNumber: '************0001' }] });
  });

  test('forged, expired, wrong-audience, wrong-issuer and unsigned tokens are refused with 401 UNAUTHENTICATED', async () => {
    const keys = hubKeys(config);
    const sign = (secret: Uint8Array, iss = 'huimin-hub', aud = 'huimin-hub', exp: string | number = '1h') =>
      new SignJWT({ role: 'analyst', regions: ['61'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('mallory').setIssuer(iss).setAudience(aud).setExpirationTime(exp).sign(secret);
    const tokens = {
      forged: await sign(new TextEncoder().encode('f'.repeat(40))),
      expired: await sign(keys.authHs256!, 'huimin-hub', 'huimin-hub', Math.floor(Date.now() / 1000) - 600),
      wrongAudience: await sign(keys.authHs256!, 'huimin-hub', 'elsewhere'),
      wrongIssuer: await sign(keys.authHs256!, 'elsewhere'),
      unsigned: new UnsecuredJWT({ role: 'analyst', regions: ['61'] }).setSubject('mallory').setIssuer('huimin-hub').setAudience('huimin-hub').setExpirationTime('1h').encode(),
    };
    for (const [kind, token] of Object.entries(tokens)) {
      const result = await post(gateway.url, { query: PERSON, variables: { id: IN_REGION } }, bearer(token));
      assert.deepEqual([result.status, codeOf(result), result.body.data], [401, 'UNAUTHENTICATED', undefined], kind);
    }
    const notBearer = await post(gateway.url, { query: PERSON, variables: { id: IN_REGION } }, { authorization: 'Basic dTpw' });
    assert.deepEqual([notBearer.status, codeOf(notBearer)], [401, 'UNAUTHENTICATED']);
  });

  test('a client calling a subgraph directly is refused, whatever identity headers it adds', async () => {
    const keys = hubKeys(config);
    const forgedInternal = await mintInternalToken({ internal: new TextEncoder().encode('z'.repeat(40)) }, serviceIdentity('mallory'));
    const attempts: Record<string, Record<string, string>> = {
      'no header': {},
      'x-hub-user': { 'x-hub-user': 'admin' },
      'x-hub-role': { 'x-hub-role': 'service', 'x-hub-user': 'admin' },
      'a user bearer token': bearer(analyst),
      'an internal token signed with another key': { [INTERNAL_TOKEN_HEADER]: forgedInternal },
      'a user token in the internal header': { [INTERNAL_TOKEN_HEADER]: await mintUserToken(keys, { sub: 'u', role: 'analyst', regions: ['61'] }) },
    };
    for (const [kind, headers] of Object.entries(attempts)) {
      const result = await post(ps.url, { query: `{ person(idNumber: "${IN_REGION}") { registration { name } } }` }, headers);
      assert.deepEqual([result.status, codeOf(result), result.body.data], [401, 'UNAUTHENTICATED', undefined], kind);
    }
  });

  test('identity headers a client sends to the gateway are ignored: only the bearer token counts', async () => {
    const keys = hubKeys(config);
    const internal = await mintInternalToken(keys, serviceIdentity('stolen'));
    const anonymous = await post(gateway.url, { query: PERSON, variables: { id: IN_REGION } }, { [INTERNAL_TOKEN_HEADER]: internal, 'x-hub-user': 'admin' });
    assert.equal(codeOf(anonymous), 'PERSISTED_QUERY_REQUIRED');
    const asAnalyst = await post(gateway.url, { query: PERSON, variables: { id: OUT_OF_REGION } }, { ...bearer(analyst), [INTERNAL_TOKEN_HEADER]: internal });
    assert.equal(codeOf(asAnalyst), 'FORBIDDEN');
  });

  test('auditors read the audit log only; no one else reads it', async () => {
    const onSupergraph = await post(gateway.url, { query: PERSON, variables: { id: IN_REGION } }, bearer(auditor));
    assert.deepEqual([onSupergraph.status, codeOf(onSupergraph)], [403, 'FORBIDDEN']);
    const query = { query: '{ auditRecords(first: 1) { records { seq } } }' };
    assert.equal(codeOf(await post(gateway.auditUrl, query, bearer(analyst))), 'FORBIDDEN');
    assert.equal(codeOf(await post(gateway.auditUrl, query)), 'UNAUTHENTICATED');
    assert.equal((await post(gateway.auditUrl, query, bearer(auditor))).body.errors, undefined);
  });

  test('the audit log records who looked at whom, refusals too, without holding an ID number, and its chain verifies', async () => {
    await post(gateway.url, { query: PERSON, variables: { id: IN_REGION } }, bearer(analyst));
    await post(gateway.url, { query: PERSON, variables: { id: OUT_OF_REGION } }, bearer(analyst));
    const who = await post(
      gateway.auditUrl,
      { query: `query($id: String!) { whoLookedAt(idNumber: $id, first: 100) { records { user role scope operationName documentHash rowCount outcome code persons } } }`, variables: { id: IN_REGION } },
      bearer(auditor),
    );
    assert.equal(who.body.errors, undefined);
    const records = who.body.data.whoLookedAt.records as { user: string; outcome: string; code: string | null; operationName: string; rowCount: number; documentHash: string; persons: string[] }[];
    const lookup = records.find((r) => r.user === 'u123' && r.outcome === 'OK');
    assert.ok(lookup, 'the analyst looking at the person is recorded');
    assert.equal(lookup.operationName, 'Person');
    assert.equal(lookup.rowCount, 1);
    assert.match(lookup.documentHash, /^[0-9a-f]{64}$/);
    const outside = await post(
      gateway.auditUrl,
      { query: `query($id: String!) { whoLookedAt(idNumber: $id) { records { user outcome code } } }`, variables: { id: OUT_OF_REGION } },
      bearer(auditor),
    );
    assert.ok(outside.body.data.whoLookedAt.records.some((r: { user: string; outcome: string; code: string }) => r.user === 'u123' && r.outcome === 'REFUSED' && r.code === 'FORBIDDEN'));
    const all = await post(gateway.auditUrl, { query: '{ auditRecords(first: 1000) { records { user role outcome code persons } } auditChain { ok records } }' }, bearer(auditor));
    const text = JSON.stringify(all.body);
    assert.doesNotMatch(text, new RegExp(`${IN_REGION}|${OUT_OF_REGION}`));
    assert.ok(all.body.data.auditRecords.records.some((r: { user: string; code: string }) => r.user === 'unverified:mallory' && r.code === 'UNAUTHENTICATED'));
    assert.equal(all.body.data.auditChain.ok, true);
  });

  test('operations on public data only (the policy list) are not recorded as personal', async () => {
    const before = await post(gateway.auditUrl, { query: '{ auditChain { records } }' }, bearer(auditor));
    await post(gateway.url, { query: '{ programmes { code name } }' }, bearer(analyst));
    const after = await post(gateway.auditUrl, { query: '{ auditChain { records } }' }, bearer(auditor));
    // The auditor's own reads are recorded (one between the two counts); the analyst's did not add one.
    assert.equal(after.body.data.auditChain.records, before.body.data.auditChain.records + 1);
  });
});

describe('gateway limits, before any subgraph is called', () => {
  const tmp = tempDir();
  let stub: StubSubgraph;
  let gateway: RunningGateway;
  let analyst: string;

  beforeAll(async () => {
    stub = await startCountingStub();
    const supergraph = composeTestSupergraph(tmp.dir, { PUBLIC_SECURITY: stub.url, FINANCE: stub.url });
    const config = accessTestConfig(tmp.dir, {
      HUB_SUPERGRAPH_FILE: supergraph,
      HUB_SUBGRAPH_PUBLIC_SECURITY_URL: stub.url,
      HUB_SUBGRAPH_FINANCE_URL: stub.url,
      HUB_MAX_BODY_BYTES: '100000',
      HUB_RATE_LIMIT_BURST: '1000',
    });
    gateway = await startGateway(config);
    analyst = await tokenFor(config, { sub: 'u123', role: 'analyst', regions: ['610728'] });
  });

  afterAll(async () => {
    await gateway?.close();
    await stub?.close();
    tmp.remove();
  });

  const cases: [string, () => unknown, string, number][] = [
    ['a deep operation', () => ({ query: `{ person(idNumber: "x") { ${'registration { '.repeat(20)}name${' }'.repeat(20)} } }` }), 'QUERY_TOO_DEEP', 400],
    ['a wide operation', () => ({ query: `{ person(idNumber: "x") { ${'idNumber '.repeat(6000)}} }` }), 'TOO_MANY_TOKENS', 400],
    ['an alias bomb', () => ({ query: `{ ${Array.from({ length: 100 }, (_, i) => `p${i}: person(idNumber: "x") { idNumber }`).join(' ')} }` }), 'TOO_MANY_ALIASES', 400],
    ['a fragment alias bomb', () => ({ query: `query { person(idNumber: "x") { ...F0 } } ${Array.from({ length: 8 }, (_, i) => `fragment F${i} on Person { a${i}: idNumber ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F8 on Person { idNumber }` }), 'TOO_MANY_ALIASES', 400],
    ['an expensive operation', () => ({ query: `{ programmes { batches { lines(first: 5000) { edges { node { person { paymentLines { batch { lines(first: 5000) { edges { node { id } } } } } } } } } } } }` }), 'QUERY_TOO_COMPLEX', 400],
    ['an oversized body', () => JSON.stringify({ query: `{ person(idNumber: "x") { idNumber } }`, variables: { pad: 'x'.repeat(200_000) } }), 'PAYLOAD_TOO_LARGE', 413],
    ['a batch of operations', () => [{ query: '{ programmes { code } }' }, { query: '{ programmes { code } }' }], 'BATCH_NOT_SUPPORTED', 400],
  ];

  for (const [what, body, code, status] of cases) {
    test(`${what} is refused with ${code}`, async () => {
      const result = await post(gateway.url, body(), bearer(analyst));
      assert.deepEqual([result.status, codeOf(result)], [status, code]);
    });
  }

  test('none of those reached a subgraph, while an ordinary operation does', async () => {
    assert.equal(stub.calls, 0);
    await post(gateway.url, { query: '{ programmes { code } }' }, bearer(analyst));
    assert.ok(stub.calls > 0, 'the counter counts');
  });

  test('an operation sent by GET is refused: operations go by POST', async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent('{ programmes { code } }')}`, { headers: { ...bearer(analyst), 'apollo-require-preflight': '1' } });
    assert.equal(response.status, 405);
  });
});

describe('rate limits at the gateway', () => {
  const tmp = tempDir();
  let stub: StubSubgraph;
  let gateway: RunningGateway;
  let config: HubConfig;

  beforeAll(async () => {
    stub = await startCountingStub();
    const supergraph = composeTestSupergraph(tmp.dir, { FINANCE: stub.url });
    config = accessTestConfig(tmp.dir, { HUB_SUPERGRAPH_FILE: supergraph, HUB_SUBGRAPH_FINANCE_URL: stub.url, HUB_RATE_LIMIT_BURST: '3', HUB_RATE_LIMIT_PER_MINUTE: '6' });
    gateway = await startGateway(config);
  });

  afterAll(async () => {
    await gateway?.close();
    await stub?.close();
    tmp.remove();
  });

  test('each identity gets its burst, then RATE_LIMITED with Retry-After; another identity is not affected', async () => {
    const u1 = await tokenFor(config, { sub: 'rate-1', role: 'analyst', regions: ['61'] });
    const u2 = await tokenFor(config, { sub: 'rate-2', role: 'analyst', regions: ['61'] });
    const ask = (token: string) => post(gateway.url, { query: '{ programmes { code } }' }, bearer(token));
    for (let i = 0; i < 3; i++) assert.notEqual(codeOf(await ask(u1)), 'RATE_LIMITED');
    const limited = await ask(u1);
    assert.deepEqual([limited.status, codeOf(limited)], [429, 'RATE_LIMITED']);
    assert.equal(limited.headers.get('retry-after'), '10');
    assert.notEqual(codeOf(await ask(u2)), 'RATE_LIMITED');
  });

  test('anonymous clients are limited by address', async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await post(gateway.url, { query: '{ programmes { code } }' }));
    assert.deepEqual(results.map(codeOf), ['PERSISTED_QUERY_REQUIRED', 'PERSISTED_QUERY_REQUIRED', 'PERSISTED_QUERY_REQUIRED', 'RATE_LIMITED']);
  });
});

describe('failed sign-ins at the gateway', () => {
  const tmp = tempDir();
  let stub: StubSubgraph;
  let gateway: RunningGateway;

  beforeAll(async () => {
    stub = await startCountingStub();
    const supergraph = composeTestSupergraph(tmp.dir, { FINANCE: stub.url });
    const config = accessTestConfig(tmp.dir, { HUB_SUPERGRAPH_FILE: supergraph, HUB_SUBGRAPH_FINANCE_URL: stub.url, HUB_RATE_LIMIT_BURST: '2', HUB_RATE_LIMIT_PER_MINUTE: '6' });
    gateway = await startGateway(config);
  });

  afterAll(async () => {
    await gateway?.close();
    await stub?.close();
    tmp.remove();
  });

  test('count against the client address, so tokens cannot be guessed at full speed', async () => {
    const results = [];
    for (let i = 0; i < 3; i++) results.push(codeOf(await post(gateway.url, { query: '{ programmes { code } }' }, bearer(`guess.${i}.x`))));
    assert.deepEqual(results, ['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  });
});
