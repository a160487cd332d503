import { JusticeAdapter } from '../../adapters/justice/adapter.js';
import type { SubgraphDefinition } from '../runtime/subgraph-server.js';
import { createJusticeContext, type JusticeContext } from './context.js';
import { resolvers } from './resolvers/index.js';
import type { DatabaseLocation } from '../../lib/database-location.js';

export function justiceSubgraph(database: DatabaseLocation): SubgraphDefinition<JusticeContext> & {
  adapter: JusticeAdapter;
} {
  const adapter = new JusticeAdapter(database);
  return {
    department: 'JUSTICE',
    slug: 'justice',
    adapter,
    resolvers,
    createContext: async () => createJusticeContext(adapter),
    health: () => adapter.db.probe(),
    close: () => adapter.close(),
  };
}
