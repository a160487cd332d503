import { DisabilityAdapter } from '../../adapters/disability/adapter.js';
import type { SubgraphDefinition } from '../runtime/subgraph-server.js';
import { createDisabilityContext, type DisabilityContext } from './context.js';
import { resolvers } from './resolvers/index.js';
import type { DatabaseLocation } from '../../lib/database-location.js';

export function disabilitySubgraph(database: DatabaseLocation): SubgraphDefinition<DisabilityContext> & {
  adapter: DisabilityAdapter;
} {
  const adapter = new DisabilityAdapter(database);
  return {
    department: 'DISABILITY',
    slug: 'disability',
    adapter,
    resolvers,
    createContext: async () => createDisabilityContext(adapter),
    health: () => adapter.db.probe(),
    close: () => adapter.close(),
  };
}
