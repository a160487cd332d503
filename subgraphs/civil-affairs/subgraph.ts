import { CivilAffairsAdapter } from '../../adapters/civil-affairs/adapter.js';
import type { SubgraphDefinition } from '../runtime/subgraph-server.js';
import { createCivilAffairsContext, type CivilAffairsContext } from './context.js';
import { resolvers } from './resolvers/index.js';
import type { DatabaseLocation } from '../../lib/database-location.js';

export function civilAffairsSubgraph(database: DatabaseLocation): SubgraphDefinition<CivilAffairsContext> & {
  adapter: CivilAffairsAdapter;
} {
  const adapter = new CivilAffairsAdapter(database);
  return {
    department: 'CIVIL_AFFAIRS',
    slug: 'civil-affairs',
    adapter,
    resolvers,
    createContext: async () => createCivilAffairsContext(adapter),
    health: () => adapter.db.probe(),
    close: () => adapter.close(),
  };
}
