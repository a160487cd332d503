import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateScalar, DateTimeScalar } from '../../runtime/scalars.js';
import { Query } from './Query.js';
import { Person } from './Person.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Person,
};
