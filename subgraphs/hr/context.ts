import type { HrAdapter } from '../../adapters/hr/adapter.js';
import { createHrLoaders, type HrLoaders } from './loaders.js';

export interface HrContext {
  loaders: HrLoaders;
}

export function createHrContext(adapter: HrAdapter): HrContext {
  return { loaders: createHrLoaders(adapter) };
}
