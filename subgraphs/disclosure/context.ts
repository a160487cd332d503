import type { DisclosureService } from './service.js';

/** The caller is not here: the runtime attaches the verified identity, read with identityOf (access/enforce.ts). */
export interface DisclosureContext {
  service: DisclosureService;
}
