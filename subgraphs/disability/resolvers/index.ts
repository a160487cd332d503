import type { Resolvers } from '../__generated__/resolvers-types.js';
import { BooleanListScalar, DateScalar, StringListScalar } from '../../runtime/scalars.js';
import { Query } from './Query.js';
import { Person } from './Person.js';
import { DisabilityCertificate } from './DisabilityCertificate.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  StringList: StringListScalar,
  BooleanList: BooleanListScalar,
  Query,
  Person,
  DisabilityCertificate,
};
