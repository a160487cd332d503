import type { CrosscheckService } from '../../crosscheck/service.js';
import type { CrosscheckSources } from '../../crosscheck/sources.js';
import { createCrosscheckLoaders, type CrosscheckLoaders } from './loaders.js';

/** The caller is not here: the runtime attaches the verified identity, read by callerOf (caller.ts). */
export interface CrosscheckContext {
  service: CrosscheckService;
  loaders: CrosscheckLoaders;
}

/** `sources`: finance as this service sees it, for the counties of runs (run-scope.ts). */
export function createCrosscheckContext(service: CrosscheckService, sources: () => CrosscheckSources): CrosscheckContext {
  return { service, loaders: createCrosscheckLoaders(service.store, sources) };
}
