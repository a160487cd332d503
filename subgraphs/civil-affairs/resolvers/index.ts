import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateScalar, DecimalScalar, StringListScalar } from '../../runtime/scalars.js';
import { Query } from './Query.js';
import { Person } from './Person.js';
import { DibaoHousehold } from './DibaoHousehold.js';
import { DibaoMember } from './DibaoMember.js';
import { DibaoMembership } from './DibaoMembership.js';
import { SupportRecord } from './SupportRecord.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Decimal: DecimalScalar,
  StringList: StringListScalar,
  Query,
  Person,
  DibaoHousehold,
  DibaoMember,
  DibaoMembership,
  SupportRecord,
};
