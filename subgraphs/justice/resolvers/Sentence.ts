import type { SentenceResolvers } from '../__generated__/resolvers-types.js';
import { dateArgument } from '../../runtime/arguments.js';
import { inCustodyOn } from '../custody.js';

export const Sentence: SentenceResolvers = {
  inCustodyAt(sentence, args) {
    return inCustodyOn(sentence, dateArgument(args.date, 'date'));
  },
};
