import type { Resolvers } from '../__generated__/resolvers-types.js';
import { BooleanListScalar, DateScalar, DateTimeScalar, NullableStringListScalar, StringListScalar } from '../../runtime/scalars.js';
import { Query } from './Query.js';
import { Person } from './Person.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  StringList: StringListScalar,
  NullableStringList: NullableStringListScalar,
  BooleanList: BooleanListScalar,
  Query,
  Person,
};
