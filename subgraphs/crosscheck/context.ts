import type { CrosscheckService } from '../../crosscheck/service.js';
import { createCrosscheckLoaders, type CrosscheckLoaders } from './loaders.js';

/** The caller is not here: the runtime attaches the verified identity, read by callerOf (caller.ts). */
export interface CrosscheckContext {
  service: CrosscheckService;
  loaders: CrosscheckLoaders;
}

export function createCrosscheckContext(service: CrosscheckService): CrosscheckContext {
  return { service, loaders: createCrosscheckLoaders(service.store) };
}
