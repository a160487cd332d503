import { JusticeAdapter } from '../../adapters/justice/adapter.js';
import type { DatabaseLocation } from '../../adapters/database.js';
import type { SubgraphDefinition } from '../runtime/subgraph-server.js';
import { createJusticeContext, type JusticeContext } from './context.js';
import { resolvers } from './resolvers/index.js';

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
    health: async () => {
      await adapter.db.run((ds) => ds.query('SELECT 1'));
      return { ok: true, department: 'JUSTICE' };
    },
    close: () => adapter.close(),
  };
}
