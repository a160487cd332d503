import type { PublicSecurityAdapter } from '../../adapters/public-security/adapter.js';
import { createPublicSecurityLoaders, type PublicSecurityLoaders } from './loaders.js';

export interface PublicSecurityContext {
  loaders: PublicSecurityLoaders;
}

export function createPublicSecurityContext(adapter: PublicSecurityAdapter): PublicSecurityContext {
  return { loaders: createPublicSecurityLoaders(adapter) };
}
