import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { isValidIdNumber } from '../../../lib/id-number.js';
import { trimLegacyText } from '../../../lib/text.js';
import { badUserInput } from '../../../lib/errors.js';
import { HitColumns, dateColumn, idNumberColumn, subjectCount } from '../../runtime/screening-columns.js';
import { custodyEvidence, custodySentenceOn } from '../custody.js';

export const IN_CUSTODY = 'IN_CUSTODY';

export const Query: QueryResolvers = {
  sentence(_parent, args, { loaders }) {
    const offenderNumber = trimLegacyText(args.offenderNumber);
    if (offenderNumber === '') throw badUserInput('offenderNumber', 'must not be empty');
    return loaders.sentenceByOffenderNumber.load(offenderNumber);
  },
  async screenCustody(_parent, args, { loaders }) {
    const { keys } = args.subjects;
    const count = subjectCount(args.subjects, 'subjects');
    // Every subject is validated before the department is asked anything.
    const dates = dateColumn(args.subjects.dates, 'subjects');
    const idNumbers = idNumberColumn(args.subjects.idNumbers);
    // Invalid IDs match nothing (the caller reports ID_INVALID); they are not sent to the database.
    const ids = [...new Set(idNumbers.filter(isValidIdNumber))];
    const byId = await loaders.custodySentences.load(ids);
    const hits = new HitColumns();
    for (let i = 0; i < count; i++) {
      const sentences = byId.get(idNumbers[i]!);
      const sentence = sentences ? custodySentenceOn(sentences, dates[i]!) : null;
      if (sentence) hits.add(keys[i]!, IN_CUSTODY, custodyEvidence(sentence, dates[i]!));
    }
    return hits;
  },
};
