import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../test-support/assert.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { GraphQLError } from 'graphql';
import { createBearerVerifier, mintInternalToken, mintServiceToken, mintUserToken, verifyInternalToken } from './tokens.js';
import { hubKeys, resolveSecret, type HubKeys } from './secrets.js';
import { accessTestConfig, tempDir } from '../test-support/access.js';

const ISSUER = 'huimin-hub';
const AUDIENCE = 'huimin-hub';

async function refusal(promise: Promise<unknown>): Promise<{ code: unknown; reason: unknown }> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof GraphQLError, `a GraphQLError, not ${String(error)}`);
    return { code: error.extensions.code, reason: error.extensions.reason };
  }
  assert.fail('the token was accepted');
}

function hs256(secret: Uint8Array, claims: Record<string, unknown>, options: { iss?: string; aud?: string; exp?: string | number } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('u123')
    .setIssuer(options.iss ?? ISSUER)
    .setAudience(options.aud ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.exp ?? '1h')
    .sign(secret);
}

describe('bearer tokens at the gateway', () => {
  const tmp = tempDir();
  let keys: HubKeys;
  let verify: ReturnType<typeof createBearerVerifier>;

  beforeAll(() => {
    keys = hubKeys(accessTestConfig(tmp.dir));
    verify = createBearerVerifier(keys);
  });
  afterAll(() => tmp.remove());

  test('a token minted for an analyst gives the analyst identity with its regions', async () => {
    const token = await mintUserToken(keys, { sub: 'u123', role: 'analyst', regions: ['610728'] });
    assert.deepEqual(await verify(token), { sub: 'u123', role: 'analyst', regions: ['610728'], department: null });
  });

  test('a department token names the department; an auditor token has no scope', async () => {
    assert.equal((await verify(await mintUserToken(keys, { sub: 'j1', role: 'department', department: 'JUSTICE' }))).department, 'JUSTICE');
    assert.deepEqual(await verify(await mintUserToken(keys, { sub: 'a1', role: 'auditor' })), { sub: 'a1', role: 'auditor', regions: [], department: null });
  });

  test('a token signed with another key (forged) is UNAUTHENTICATED', async () => {
    const forged = await hs256(new TextEncoder().encode('x'.repeat(40)), { role: 'analyst', regions: ['61'] });
    assert.deepEqual(await refusal(verify(forged)), { code: 'UNAUTHENTICATED', reason: 'the token signature does not verify' });
  });

  test('a token whose payload was changed after signing is UNAUTHENTICATED', async () => {
    const token = await mintUserToken(keys, { sub: 'u123', role: 'analyst', regions: ['610728'] });
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: 'u123', role: 'analyst', regions: ['61'], iss: ISSUER, aud: AUDIENCE, exp: 4102444800 })).toString('base64url');
    assert.equal((await refusal(verify(`${header}.${payload}.${signature}`))).code, 'UNAUTHENTICATED');
  });

  test('an expired token is UNAUTHENTICATED', async () => {
    const expired = await hs256(keys.authHs256!, { role: 'analyst', regions: ['61'] }, { exp: Math.floor(Date.now() / 1000) - 3600 });
    assert.deepEqual(await refusal(verify(expired)), { code: 'UNAUTHENTICATED', reason: 'the token has expired' });
  });

  test('a token issued in the future, beyond the clock-skew allowance, is UNAUTHENTICATED with the reason', async () => {
    const now = Math.floor(Date.now() / 1000);
    const future = (iat: number) =>
      new SignJWT({ role: 'analyst', regions: ['610728'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('u123')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(iat)
        .setExpirationTime(now + 7200)
        .sign(keys.authHs256!);
    const refused = await refusal(verify(await future(now + 3600)));
    assert.equal(refused.code, 'UNAUTHENTICATED');
    assert.match(String(refused.reason), /"iat" claim lies in the future/);
    // A few seconds of clock difference between the issuer and the hub is not a fault.
    assert.equal((await verify(await future(now + 20))).role, 'analyst');
  });

  test('a token for another audience is UNAUTHENTICATED', async () => {
    const token = await hs256(keys.authHs256!, { role: 'analyst', regions: ['61'] }, { aud: 'another-system' });
    assert.match(String((await refusal(verify(token))).reason), /"aud" claim/);
  });

  test('a token from another issuer is UNAUTHENTICATED', async () => {
    const token = await hs256(keys.authHs256!, { role: 'analyst', regions: ['61'] }, { iss: 'someone-else' });
    assert.match(String((await refusal(verify(token))).reason), /"iss" claim/);
  });

  test('an unsigned token (alg none) is UNAUTHENTICATED', async () => {
    const unsigned = new UnsecuredJWT({ role: 'analyst', regions: ['61'] }).setSubject('u123').setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('1h').encode();
    assert.equal((await refusal(verify(unsigned))).code, 'UNAUTHENTICATED');
  });

  test('a token without an expiry is UNAUTHENTICATED', async () => {
    const token = await new SignJWT({ role: 'auditor' }).setProtectedHeader({ alg: 'HS256' }).setSubject('a').setIssuer(ISSUER).setAudience(AUDIENCE).sign(keys.authHs256!);
    assert.equal((await refusal(verify(token))).code, 'UNAUTHENTICATED');
  });

  test('garbage is UNAUTHENTICATED as malformed', async () => {
    assert.deepEqual(await refusal(verify('not.a.token')), { code: 'UNAUTHENTICATED', reason: 'the token is malformed' });
  });

  test('an analyst token without a region, or with an unknown role, is UNAUTHENTICATED', async () => {
    assert.equal((await refusal(verify(await hs256(keys.authHs256!, { role: 'analyst' })))).code, 'UNAUTHENTICATED');
    assert.equal((await refusal(verify(await hs256(keys.authHs256!, { role: 'admin' })))).code, 'UNAUTHENTICATED');
    assert.equal((await refusal(verify(await hs256(keys.authHs256!, { role: 'service' })))).code, 'UNAUTHENTICATED');
  });

  test('an internal gateway-to-subgraph token is not accepted as a bearer token', async () => {
    const internal = await mintInternalToken(keys, { sub: 'x', role: 'service', regions: [], department: null });
    assert.equal((await refusal(verify(internal))).code, 'UNAUTHENTICATED');
  });

  test('a hub service token is accepted as the service role, naming the user it acts for', async () => {
    const token = await mintServiceToken(keys, 'crosscheck', { sub: 'u123', role: 'analyst', regions: ['610728'], department: null });
    const identity = await verify(token);
    assert.equal(identity.role, 'service');
    assert.equal(identity.sub, 'service:crosscheck');
    assert.equal(identity.actor?.sub, 'u123');
  });

  test('a service token signed with the user key instead of the internal key is UNAUTHENTICATED', async () => {
    const token = await new SignJWT({ role: 'service', regions: [], department: null })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('service:crosscheck')
      .setIssuer('huimin-hub:service')
      .setAudience('huimin-hub:gateway')
      .setExpirationTime('1m')
      .sign(keys.authHs256!);
    assert.equal((await refusal(verify(token))).code, 'UNAUTHENTICATED');
  });
});

describe('internal tokens at the subgraphs', () => {
  const tmp = tempDir();
  let keys: HubKeys;
  beforeAll(() => {
    keys = hubKeys(accessTestConfig(tmp.dir));
  });
  afterAll(() => tmp.remove());

  test('the identity the gateway signs is the identity the subgraph reads', async () => {
    const identity = { sub: 'u123', role: 'analyst' as const, regions: ['610728'], department: null };
    assert.deepEqual(await verifyInternalToken(keys, await mintInternalToken(keys, identity)), identity);
  });

  test('no token, a user bearer token, or one signed with another key is UNAUTHENTICATED', async () => {
    assert.equal((await refusal(verifyInternalToken(keys, undefined))).code, 'UNAUTHENTICATED');
    assert.equal((await refusal(verifyInternalToken(keys, await mintUserToken(keys, { sub: 'u', role: 'auditor' })))).code, 'UNAUTHENTICATED');
    const other = { internal: resolveSecret(tmp.dir, 'internal', 'y'.repeat(40)) };
    assert.equal((await refusal(verifyInternalToken(keys, await mintInternalToken(other, { sub: 'u', role: 'service', regions: [], department: null })))).code, 'UNAUTHENTICATED');
  });

  test('an internal token older than its minute is UNAUTHENTICATED', async () => {
    const old = await new SignJWT({ role: 'service', regions: [], department: null })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setIssuer('huimin-hub:gateway')
      .setAudience('huimin-hub:subgraph')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) + 3600)
      .sign(keys.internal);
    assert.equal((await refusal(verifyInternalToken(keys, old))).code, 'UNAUTHENTICATED');
  });
});

describe('keys', () => {
  test('a local setup generates each secret once and keeps it in the data directory', () => {
    const tmp = tempDir();
    try {
      const first = hubKeys(accessTestConfig(tmp.dir));
      const second = hubKeys(accessTestConfig(tmp.dir));
      assert.deepEqual(second.internal, first.internal);
      assert.deepEqual(second.authHs256, first.authHs256);
      assert.notDeepEqual(first.internal, first.authHs256);
      assert.ok(first.internal.length >= 32);
    } finally {
      tmp.remove();
    }
  });

  test('a secret shorter than 32 characters is a configuration error', () => {
    assert.throws(() => accessTestConfig('/tmp/unused', { HUB_INTERNAL_SECRET: 'short' }), /HUB_INTERNAL_SECRET/);
  });
});

describe('tokens from an identity provider (JWKS)', () => {
  let server: Server;
  let url: string;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey as CryptoKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('an RS256 token of the provider verifies; the local HS256 key is then not trusted', async () => {
    const tmp = tempDir();
    try {
      const keys = hubKeys(accessTestConfig(tmp.dir, { HUB_AUTH_JWKS_URL: url }));
      assert.equal(keys.authHs256, undefined);
      const verify = createBearerVerifier(keys);
      const token = await new SignJWT({ role: 'analyst', regions: ['6107'] })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('idp-user')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime('5m')
        .sign(privateKey);
      assert.equal((await verify(token)).sub, 'idp-user');
      const local = await hs256(resolveSecret(tmp.dir, 'auth-hs256', undefined), { role: 'analyst', regions: ['61'] });
      assert.equal((await refusal(verify(local))).code, 'UNAUTHENTICATED');
    } finally {
      tmp.remove();
    }
  });
});
