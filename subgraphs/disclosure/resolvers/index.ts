import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateTimeScalar, DecimalScalar } from '../../runtime/scalars.js';
import { Query } from './Query.js';
import { Mutation } from './Mutation.js';
import { DepartmentComplaint } from './DepartmentComplaint.js';
import { DateScalar } from '../../runtime/scalars.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Decimal: DecimalScalar,
  Query,
  Mutation,
  Date: DateScalar,
  DepartmentComplaint,
};
