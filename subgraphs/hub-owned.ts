/**
 * The subgraphs the hub owns itself, by service name (lib/config.ts HUB_SERVICES): no department
 * data of their own, they ask the departments through the gateway. The one place that builds them,
 * for their own process (subgraphs/main.ts) and for the in-process hub of the end-to-end tests.
 */
import type { HubConfig, HubServiceName } from '../lib/config.js';
import type { HubKeys } from '../access/secrets.js';
import type { GraphQLServiceDefinition } from './runtime/subgraph-server.js';
import { crosscheckOptionsFrom, crosscheckSubgraph } from './crosscheck/subgraph.js';
import { disbursementSubgraph } from './disbursement/subgraph.js';
import { disclosureSubgraph } from './disclosure/subgraph.js';

/** `gatewayUrl` is read per request: the gateway may listen only after the service (port 0). */
export type HubServiceFactory = (config: HubConfig, keys: HubKeys, gatewayUrl: () => string) => GraphQLServiceDefinition<any>;

export const HUB_SERVICE_SUBGRAPHS: Record<HubServiceName, HubServiceFactory> = {
  // Runs, findings and reviews in the hub store; its engine screens the departments through the gateway.
  crosscheck: (config, keys, gatewayUrl) => crosscheckSubgraph({ ...crosscheckOptionsFrom(config, keys), gatewayUrl }),
  // Disbursement searches and checks: nothing stored, everything asked through the gateway.
  disbursement: (_config, keys, gatewayUrl) => disbursementSubgraph({ gatewayUrl, keys }),
  // The public disclosure service (公示平台): asks through the gateway, keeps complaints in the store.
  disclosure: (config, keys, gatewayUrl) => disclosureSubgraph({
      store: config.store,
      gatewayUrl,
      keys,
      complaintDays: config.timeLimits.complaintDays,
      announcementDays: config.timeLimits.announcementDays,
    }),
};
