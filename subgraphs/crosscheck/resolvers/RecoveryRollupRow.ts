import type { RecoveryRollupRowResolvers } from '../__generated__/resolvers-types.js';
import { fenToDecimal } from '../../../lib/money.js';

export const RecoveryRollupRow: RecoveryRollupRowResolvers = {
  due: (row) => fenToDecimal(row.dueFen),
  recovered: (row) => fenToDecimal(row.recoveredFen),
  writtenOff: (row) => fenToDecimal(row.writtenOffFen),
  outstanding: (row) => fenToDecimal(row.outstandingFen),
};
