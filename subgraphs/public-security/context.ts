import type { PublicSecurityAdapter } from '../../adapters/public-security/adapter.js';
import { createPublicSecurityLoaders, type PublicSecurityLoaders } from './loaders.js';

export interface PublicSecurityContext {
  loaders: PublicSecurityLoaders;
  /** For paged queries that are not lookups by person (personsInDivision). */
  adapter: PublicSecurityAdapter;
}

export function createPublicSecurityContext(adapter: PublicSecurityAdapter): PublicSecurityContext {
  return { loaders: createPublicSecurityLoaders(adapter), adapter };
}
