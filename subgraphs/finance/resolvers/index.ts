import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateScalar, DateTimeScalar, DecimalScalar, NullableStringListScalar, StringListScalar } from '../../runtime/scalars.js';
import { Query } from './Query.js';
import { Person } from './Person.js';
import { Programme } from './Programme.js';
import { Batch } from './Batch.js';
import { PaymentLine } from './PaymentLine.js';
import { CheckLine } from './CheckLine.js';
import { CheckLineColumnPage } from './CheckLineColumnPage.js';
import { PaymentLineSearchConnection } from './PaymentLineSearchConnection.js';
import { PaymentTotals } from './PaymentTotals.js';
import { PaymentRollupRow } from './PaymentRollupRow.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Decimal: DecimalScalar,
  StringList: StringListScalar,
  NullableStringList: NullableStringListScalar,
  Query,
  Person,
  Programme,
  Batch,
  PaymentLine,
  CheckLine,
  CheckLineColumnPage,
  PaymentLineSearchConnection,
  PaymentTotals,
  PaymentRollupRow,
};
