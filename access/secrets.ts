/**
 * The hub's keys: the HS256 key for local bearer tokens, the internal key for gateway -> subgraph
 * tokens and the audit HMAC key. A deployment sets them in the environment; a local setup gets
 * random ones generated once and kept in `<data dir>/secrets/`, so `npm start`, the CLI and every
 * subgraph process on the machine agree without any setup.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { HubConfig } from '../lib/config.js';

export type SecretName = 'auth-hs256' | 'internal' | 'audit-hmac';

function secretFile(dataDir: string, name: SecretName): string {
  return path.join(dataDir, 'secrets', `${name}.key`);
}

/** The configured value, else the persisted local one, else a new random one written with mode 0600. */
export function resolveSecret(dataDir: string, name: SecretName, configured: string | undefined): Uint8Array {
  if (configured) return new TextEncoder().encode(configured);
  const file = secretFile(dataDir, name);
  try {
    return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const value = randomBytes(32).toString('base64url');
  try {
    // `wx`: when two processes start at once, the first writer wins and the other reads its key.
    writeFileSync(file, value + '\n', { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
  }
  chmodSync(file, 0o600);
  return new TextEncoder().encode(value);
}

export interface HubKeys {
  /** Verifies (and, locally, mints) bearer tokens; absent when only a JWKS is trusted. */
  authHs256?: Uint8Array;
  jwksUrl?: string;
  issuer: string;
  audience: string;
  internal: Uint8Array;
  audit: Uint8Array;
}

export function hubKeys(config: Pick<HubConfig, 'dataDir' | 'access'>): HubKeys {
  const { access, dataDir } = config;
  // With a JWKS the identity provider issues tokens; a local HS256 key is then trusted only if set explicitly.
  const authHs256 = access.jwksUrl && !access.hs256Secret ? undefined : resolveSecret(dataDir, 'auth-hs256', access.hs256Secret);
  return {
    authHs256,
    jwksUrl: access.jwksUrl,
    issuer: access.issuer,
    audience: access.audience,
    internal: resolveSecret(dataDir, 'internal', access.internalSecret),
    audit: resolveSecret(dataDir, 'audit-hmac', access.auditKey),
  };
}
