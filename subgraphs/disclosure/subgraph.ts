/**
 * The hub's own disclosure subgraph (公示平台 service): the public's own-payments lookup,
 * announcements by batch, township or village, and complaints. It owns no department data; it
 * asks the departments through the gateway as the hub service "disclosure", acting for the caller,
 * and keeps complaints in the hub store (store/complaints.ts).
 */
import { httpGraphQLClient, type GraphQLClient } from '../../lib/graphql-client.js';
import { actorOf, type Identity } from '../../access/identity.js';
import type { HubKeys } from '../../access/secrets.js';
import { mintServiceToken } from '../../access/tokens.js';
import { ComplaintsStore } from '../../store/complaints.js';
import type { GraphQLServiceDefinition } from '../runtime/subgraph-server.js';
import type { DisclosureContext } from './context.js';
import { resolvers } from './resolvers/index.js';
import { ComplaintHandling } from './complaint-desk.js';
import { DEFAULT_ANNOUNCEMENT_DAYS, DEFAULT_COMPLAINT_DAYS } from '../../lib/config.js';
import { DisclosureService, type DisclosureServiceOptions } from './service.js';
import type { DatabaseLocation } from '../../lib/database-location.js';

export const DISCLOSURE_SERVICE_NAME = 'disclosure';

export interface DisclosureSubgraphOptions extends Partial<Pick<DisclosureServiceOptions, 'cacheTtlMs' | 'lookupFloorMs' | 'lookupsPerIdPerHour' | 'now'>> {
  store: DatabaseLocation;
  /** The gateway to ask; a function when it is only known once the gateway listens (port 0 in tests). */
  gatewayUrl: string | (() => string);
  /** Signs the service token for the gateway; not needed when `gatewayClientFor` is given. */
  keys?: Pick<HubKeys, 'internal'>;
  /** Replaces the HTTP client to the gateway (tests use an in-memory one). */
  gatewayClientFor?: (identity: Identity) => GraphQLClient;
  /** Days a department has to answer a complaint (HUB_COMPLAINT_DEADLINE_DAYS). */
  complaintDays?: number;
  /** Days a published batch is announced (HUB_ANNOUNCEMENT_DAYS). */
  announcementDays?: number;
}

function serviceClient(options: DisclosureSubgraphOptions): (identity: Identity) => GraphQLClient {
  const keys = options.keys;
  if (!keys) throw new Error('disclosureSubgraph needs keys (access/secrets.ts hubKeys) to call the gateway as a service');
  return (identity) => {
    const url = typeof options.gatewayUrl === 'function' ? options.gatewayUrl() : options.gatewayUrl;
    return httpGraphQLClient(url, {
      headers: async () => ({ authorization: `Bearer ${await mintServiceToken(keys, DISCLOSURE_SERVICE_NAME, actorOf(identity))}` }),
      timeoutMs: 30_000,
    });
  };
}

export function disclosureSubgraph(options: DisclosureSubgraphOptions): GraphQLServiceDefinition<DisclosureContext> & { service: DisclosureService } {
  const service = new DisclosureService({
    gateway: options.gatewayClientFor ?? serviceClient(options),
    openStore: () => ComplaintsStore.open(options.store),
    cacheTtlMs: options.cacheTtlMs,
    lookupFloorMs: options.lookupFloorMs,
    lookupsPerIdPerHour: options.lookupsPerIdPerHour,
    now: options.now,
    complaintDays: options.complaintDays ?? DEFAULT_COMPLAINT_DAYS,
    announcementDays: options.announcementDays ?? DEFAULT_ANNOUNCEMENT_DAYS,
  });
  const complaints = new ComplaintHandling({
    store: () => service.store(),
    deadlineDays: options.complaintDays ?? DEFAULT_COMPLAINT_DAYS,
    now: () => new Date((options.now ?? Date.now)()),
  });
  return {
    slug: 'disclosure',
    resolvers,
    service,
    createContext: async () => ({ service, complaints }),
    health: async () => {
      const store = await service.store();
      await store.dataSource.query('SELECT 1');
      return { ok: true, service: DISCLOSURE_SERVICE_NAME };
    },
    close: () => service.close(),
  };
}
