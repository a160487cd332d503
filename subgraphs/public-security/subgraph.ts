import { PublicSecurityAdapter } from '../../adapters/public-security/adapter.js';
import type { SubgraphDefinition } from '../runtime/subgraph-server.js';
import { createPublicSecurityContext, type PublicSecurityContext } from './context.js';
import { resolvers } from './resolvers/index.js';
import type { DatabaseLocation } from '../../lib/database-location.js';

export function publicSecuritySubgraph(database: DatabaseLocation): SubgraphDefinition<PublicSecurityContext> & {
  adapter: PublicSecurityAdapter;
} {
  const adapter = new PublicSecurityAdapter(database);
  return {
    department: 'PUBLIC_SECURITY',
    slug: 'public-security',
    adapter,
    resolvers,
    createContext: async () => createPublicSecurityContext(adapter),
    health: () => adapter.db.probe(),
    close: () => adapter.close(),
  };
}
