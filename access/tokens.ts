/**
 * Tokens, three kinds, each with its own audience so none can stand in for another:
 *
 * - bearer tokens of users (aud HUB_AUTH_AUDIENCE, iss HUB_AUTH_ISSUER): HS256 with the local key,
 *   or any asymmetric algorithm from the JWKS of the identity provider in production;
 * - internal tokens, gateway -> subgraph (aud `huimin-hub:subgraph`), HS256 with the internal key,
 *   60 seconds: a subgraph believes only these, so a client cannot reach it around the gateway;
 * - service tokens, hub service -> gateway (aud `huimin-hub:gateway`), HS256 with the internal key:
 *   the crosscheck service calls the gateway with one, naming the user it acts for.
 */
import { webcrypto } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { z } from 'zod';
import { DEPARTMENTS } from '../lib/departments.js';
import { ErrorCode, hubError } from '../lib/errors.js';
import { identityFromClaims, USER_ROLES, userClaims, type Actor, type Identity, type UserRole } from './identity.js';
import type { HubKeys } from './secrets.js';

export const INTERNAL_TOKEN_HEADER = 'x-hub-internal-token';
const INTERNAL_ISSUER = 'huimin-hub:gateway';
const INTERNAL_AUDIENCE = 'huimin-hub:subgraph';
const SERVICE_ISSUER = 'huimin-hub:service';
const SERVICE_AUDIENCE = 'huimin-hub:gateway';
export const INTERNAL_TOKEN_SECONDS = 60;
/**
 * How far ahead of this server's clock a token's `iat` may be: clocks of the identity provider and
 * the hub differ a little, but a token issued in the future was not issued by a sound issuer (or
 * was minted to outlive its apparent lifetime).
 */
export const CLOCK_SKEW_SECONDS = 60;
// Asymmetric only: an HS* token "signed" with a public key fetched from the JWKS must never verify.
const JWKS_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export function unauthenticated(reason: string): GraphQLError {
  return hubError(ErrorCode.UNAUTHENTICATED, `Not authenticated: ${reason}`, { reason, http: { status: 401 } });
}

/** jose's error, in words a client can act on; never the token itself. */
function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's "${error.claim}" claim is not accepted (${error.reason})`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is not signed with an accepted algorithm';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no key of the identity provider matches the token';
  if (error instanceof errors.JOSEError) return 'the token is malformed';
  return 'the token could not be verified';
}

const actorClaims = z.object({
  sub: z.string().min(1).max(100),
  role: z.enum(USER_ROLES).optional(),
  regions: z.array(z.string().regex(/^\d{2,12}$/)).max(50).optional(),
  department: z.enum(DEPARTMENTS).nullable().optional(),
});

const internalClaims = z.object({
  sub: z.string().min(1).max(120),
  role: z.enum([...USER_ROLES, 'service']),
  regions: z.array(z.string().regex(/^\d{2,12}$/)).max(50),
  department: z.enum(DEPARTMENTS).nullable(),
  actor: actorClaims.optional(),
});

/**
 * The secret as a WebCrypto key, imported once per secret: given raw bytes (or a KeyObject), jose
 * imports the key again on every sign and verify, which the gateway and each subgraph do for every
 * request they pass on.
 */
const secretKeys = new WeakMap<Uint8Array, Promise<CryptoKey>>();
function secretKey(secret: Uint8Array): Promise<CryptoKey> {
  let key = secretKeys.get(secret);
  if (key === undefined) secretKeys.set(secret, (key = webcrypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify'])));
  return key;
}

function identityPayload(identity: Identity): JWTPayload {
  return {
    role: identity.role,
    regions: identity.regions,
    department: identity.department,
    ...(identity.actor ? { actor: identity.actor } : {}),
  };
}

export interface MintOptions {
  sub: string;
  role: UserRole;
  regions?: string[];
  department?: string;
  /** Lifetime, as jose takes it: `8h`, `15m`, or seconds. */
  expiresIn?: string | number;
}

/** A bearer token signed with the local HS256 key (for `npx hub token` and tests). */
export async function mintUserToken(keys: Pick<HubKeys, 'authHs256' | 'issuer' | 'audience'>, options: MintOptions): Promise<string> {
  if (!keys.authHs256) throw new Error('No local HS256 key: with HUB_AUTH_JWKS_URL set, tokens come from the identity provider');
  const claims = userClaims.parse({ sub: options.sub, role: options.role, regions: options.regions, department: options.department });
  return new SignJWT({ role: claims.role, ...(claims.regions ? { regions: claims.regions } : {}), ...(claims.department ? { department: claims.department } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(keys.issuer)
    .setAudience(keys.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(await secretKey(keys.authHs256));
}

/** Turns the Authorization header into an Identity; throws UNAUTHENTICATED for any token it cannot trust. */
export function createBearerVerifier(keys: HubKeys) {
  const jwks = keys.jwksUrl ? createRemoteJWKSet(new URL(keys.jwksUrl)) : undefined;
  return async function verifyBearer(token: string): Promise<Identity> {
    let alg: string | undefined;
    let issuer: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
      issuer = decodeJwt(token).iss;
    } catch {
      throw unauthenticated('the token is malformed');
    }
    // A hub service is recognised by its issuer; it must still verify with the internal key below.
    if (issuer === SERVICE_ISSUER) return verifyServiceToken(keys, token);
    try {
      const common = { issuer: keys.issuer, audience: keys.audience, requiredClaims: ['exp', 'sub'], clockTolerance: 30 };
      const { payload } =
        alg === 'HS256' && keys.authHs256
          ? await jwtVerify(token, await secretKey(keys.authHs256), { ...common, algorithms: ['HS256'] })
          : jwks
            ? await jwtVerify(token, jwks, { ...common, algorithms: JWKS_ALGORITHMS })
            : await jwtVerify(token, keys.authHs256 ? await secretKey(keys.authHs256) : new Uint8Array(32), { ...common, algorithms: ['HS256'] });
      if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + CLOCK_SKEW_SECONDS) {
        throw unauthenticated(`the token's "iat" claim lies in the future (more than ${CLOCK_SKEW_SECONDS} s ahead of the hub's clock)`);
      }
      const claims = userClaims.safeParse(payload);
      if (!claims.success) throw unauthenticated(`the token's claims are not valid: ${claims.error.issues[0]?.message ?? 'unknown'}`);
      return identityFromClaims(claims.data);
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      throw unauthenticated(reasonOf(error));
    }
  };
}

/** The gateway -> subgraph token: the verified identity, valid for one minute. */
export async function mintInternalToken(keys: Pick<HubKeys, 'internal'>, identity: Identity): Promise<string> {
  return new SignJWT(identityPayload(identity))
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(identity.sub)
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(INTERNAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${INTERNAL_TOKEN_SECONDS}s`)
    .sign(await secretKey(keys.internal));
}

function identityFromInternal(payload: JWTPayload): Identity {
  const claims = internalClaims.safeParse(payload);
  if (!claims.success) throw unauthenticated('the internal token carries no valid identity');
  const { sub, role, regions, department, actor } = claims.data;
  return { sub, role, regions, department, ...(actor ? { actor: actor as Actor } : {}) };
}

/** What a subgraph does with the internal token header, before executing anything. */
export async function verifyInternalToken(keys: Pick<HubKeys, 'internal'>, token: string | undefined): Promise<Identity> {
  if (!token) throw unauthenticated('subgraphs answer only requests that come through the gateway');
  try {
    const { payload } = await jwtVerify(token, await secretKey(keys.internal), {
      issuer: INTERNAL_ISSUER,
      audience: INTERNAL_AUDIENCE,
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'sub'],
      maxTokenAge: `${INTERNAL_TOKEN_SECONDS + 5}s`,
      clockTolerance: 5,
    });
    return identityFromInternal(payload);
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    throw unauthenticated(reasonOf(error));
  }
}

/**
 * A hub service's credential for calling the gateway, acting for `actor` (the user whose request it
 * serves; audited by name) or for itself. Signed with the internal key, so only hub processes can mint it.
 */
export async function mintServiceToken(keys: Pick<HubKeys, 'internal'>, service: string, actor?: Actor): Promise<string> {
  return new SignJWT({ role: 'service', regions: [], department: null, ...(actor ? { actor } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(`service:${service}`)
    .setIssuer(SERVICE_ISSUER)
    .setAudience(SERVICE_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${INTERNAL_TOKEN_SECONDS}s`)
    .sign(await secretKey(keys.internal));
}

async function verifyServiceToken(keys: HubKeys, token: string): Promise<Identity> {
  try {
    const { payload } = await jwtVerify(token, await secretKey(keys.internal), {
      issuer: SERVICE_ISSUER,
      audience: SERVICE_AUDIENCE,
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'sub'],
      maxTokenAge: `${INTERNAL_TOKEN_SECONDS + 5}s`,
      clockTolerance: 5,
    });
    const identity = identityFromInternal(payload);
    if (identity.role !== 'service' || !identity.sub.startsWith('service:')) throw unauthenticated('not a service token');
    return identity;
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    throw unauthenticated(reasonOf(error));
  }
}
