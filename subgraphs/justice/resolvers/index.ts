import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateScalar, StringListScalar } from '../../runtime/scalars.js';
import { Query } from './Query.js';
import { Person } from './Person.js';
import { Sentence } from './Sentence.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  StringList: StringListScalar,
  Query,
  Person,
  Sentence,
};
