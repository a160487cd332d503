import { FinanceAdapter } from '../../adapters/finance/adapter.js';
import { PaymentQueries } from '../../adapters/finance/search.js';
import type { SubgraphDefinition } from '../runtime/subgraph-server.js';
import { createFinanceContext, type FinanceContext } from './context.js';
import { resolvers } from './resolvers/index.js';
import type { DatabaseLocation } from '../../lib/database-location.js';

export function financeSubgraph(database: DatabaseLocation): SubgraphDefinition<FinanceContext> & {
  adapter: FinanceAdapter;
} {
  const adapter = new FinanceAdapter(database);
  const payments = new PaymentQueries(adapter.db);
  return {
    department: 'FINANCE',
    slug: 'finance',
    adapter,
    resolvers,
    createContext: async () => createFinanceContext(adapter, payments),
    health: () => adapter.db.probe(),
    close: () => adapter.close(),
  };
}
