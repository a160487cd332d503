import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateTimeScalar, DecimalScalar } from '../../runtime/scalars.js';
import { Query } from './Query.js';
import { PaymentPage } from './PaymentPage.js';
import { PaymentTotals } from './PaymentTotals.js';
import { RollupRow } from './RollupRow.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Decimal: DecimalScalar,
  Query,
  PaymentPage,
  PaymentTotals,
  RollupRow,
};
