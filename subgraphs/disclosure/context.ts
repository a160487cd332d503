import type { DisclosureService } from './service.js';
import type { ComplaintHandling } from './complaint-desk.js';

/** The caller is not here: the runtime attaches the verified identity, read with identityOf (access/enforce.ts). */
export interface DisclosureContext {
  service: DisclosureService;
  /** The departments' handling of complaints. */
  complaints: ComplaintHandling;
}
