import type { FinanceAdapter } from '../../adapters/finance/adapter.js';
import type { PaymentQueries } from '../../adapters/finance/search.js';
import { createFinanceLoaders, type FinanceLoaders } from './loaders.js';

export interface FinanceContext {
  adapter: FinanceAdapter;
  payments: PaymentQueries;
  loaders: FinanceLoaders;
}

export function createFinanceContext(adapter: FinanceAdapter, payments: PaymentQueries): FinanceContext {
  return { adapter, payments, loaders: createFinanceLoaders(adapter) };
}
