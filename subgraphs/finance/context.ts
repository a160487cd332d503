import type { FinanceAdapter } from '../../adapters/finance/adapter.js';
import { createFinanceLoaders, type FinanceLoaders } from './loaders.js';

export interface FinanceContext {
  adapter: FinanceAdapter;
  loaders: FinanceLoaders;
}

export function createFinanceContext(adapter: FinanceAdapter): FinanceContext {
  return { adapter, loaders: createFinanceLoaders(adapter) };
}
