import type { JusticeAdapter } from '../../adapters/justice/adapter.js';
import { createJusticeLoaders, type JusticeLoaders } from './loaders.js';

export interface JusticeContext {
  loaders: JusticeLoaders;
}

export function createJusticeContext(adapter: JusticeAdapter): JusticeContext {
  return { loaders: createJusticeLoaders(adapter) };
}
