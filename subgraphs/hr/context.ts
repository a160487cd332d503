import type { HrAdapter } from '../../adapters/hr/adapter.js';
import { createHrLoaders, type HrLoaders } from './loaders.js';

export interface HrContext {
  /** For the screening questions, which ask once for thousands of keys: no loader promise per key. */
  adapter: HrAdapter;
  loaders: HrLoaders;
}

export function createHrContext(adapter: HrAdapter): HrContext {
  return { adapter, loaders: createHrLoaders(adapter) };
}
