import type { DisabilityAdapter } from '../../adapters/disability/adapter.js';
import { createDisabilityLoaders, type DisabilityLoaders } from './loaders.js';

export interface DisabilityContext {
  adapter: DisabilityAdapter;
  loaders: DisabilityLoaders;
}

export function createDisabilityContext(adapter: DisabilityAdapter): DisabilityContext {
  return { adapter, loaders: createDisabilityLoaders(adapter) };
}
