import type { QueryResolvers, ScreeningHit } from '../__generated__/resolvers-types.js';
import { isValidIdNumber, normaliseIdNumber } from '../../../lib/id-number.js';
import { trimLegacyText } from '../../../lib/text.js';
import { badUserInput } from '../../../lib/errors.js';
import { dateArgument, listArgument } from '../../runtime/arguments.js';
import { custodyEvidence, custodySentenceOn } from '../custody.js';

export const IN_CUSTODY = 'IN_CUSTODY';

export const Query: QueryResolvers = {
  sentence(_parent, args, { loaders }) {
    const offenderNumber = trimLegacyText(args.offenderNumber);
    if (offenderNumber === '') throw badUserInput('offenderNumber', 'must not be empty');
    return loaders.sentenceByOffenderNumber.load(offenderNumber);
  },
  async screenCustody(_parent, args, { loaders }) {
    // Every subject is validated before the department is asked anything.
    const subjects = listArgument(args.subjects, 'subjects').map((s) => ({
      key: s.key,
      idNumber: normaliseIdNumber(s.idNumber),
      date: dateArgument(s.date, 'subjects'),
    }));
    // Invalid IDs match nothing (the caller reports ID_INVALID); they are not sent to the database.
    const ids = [...new Set(subjects.map((s) => s.idNumber).filter(isValidIdNumber))];
    const loaded = await loaders.sentencesByIdNumber.loadMany(ids);
    const byId = new Map(
      ids.map((id, i) => {
        const found = loaded[i];
        if (found instanceof Error) throw found;
        return [id, found ?? []] as const;
      }),
    );
    const hits: ScreeningHit[] = [];
    for (const subject of subjects) {
      const sentence = custodySentenceOn(byId.get(subject.idNumber) ?? [], subject.date);
      if (sentence) hits.push({ key: subject.key, rule: IN_CUSTODY, evidence: custodyEvidence(sentence, subject.date) });
    }
    return hits;
  },
};
