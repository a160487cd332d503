import { HrAdapter } from '../../adapters/hr/adapter.js';
import type { SubgraphDefinition } from '../runtime/subgraph-server.js';
import { createHrContext, type HrContext } from './context.js';
import { resolvers } from './resolvers/index.js';
import type { DatabaseLocation } from '../../lib/database-location.js';

export function hrSubgraph(database: DatabaseLocation): SubgraphDefinition<HrContext> & {
  adapter: HrAdapter;
} {
  const adapter = new HrAdapter(database);
  return {
    department: 'HR',
    slug: 'hr',
    adapter,
    resolvers,
    createContext: async () => createHrContext(adapter),
    health: () => adapter.db.probe(),
    close: () => adapter.close(),
  };
}
