import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { normaliseAccountNumber } from '../../../adapters/hr/adapter.js';
import { isValidIdNumber, normaliseIdNumber } from '../../../lib/id-number.js';
import { trimLegacyText } from '../../../lib/text.js';
import { badUserInput } from '../../../lib/errors.js';
import { dateArgument, listArgument } from '../../runtime/arguments.js';
import { cardAccountHits, publicEmploymentHit, type ScreeningHitValue } from '../rules.js';

/** DataLoader.loadMany reports failures per key; a department failure fails the whole answer. */
function settled<T>(results: Array<T | Error>): T[] {
  for (const result of results) if (result instanceof Error) throw result;
  return results as T[];
}

export const Query: QueryResolvers = {
  socialSecurityCard(_parent, args, { loaders }) {
    const cardNumber = trimLegacyText(args.cardNumber);
    if (cardNumber === '') throw badUserInput('cardNumber', 'must not be empty');
    return loaders.cardByNumber.load(cardNumber);
  },

  socialSecurityCardsByAccount(_parent, args, { loaders }) {
    const account = normaliseAccountNumber(args.accountNumber);
    if (account === null) throw badUserInput('accountNumber', 'must not be empty');
    return loaders.cardsByAccount.load(account);
  },

  async screenCardAccounts(_parent, args, { loaders }) {
    const subjects = listArgument(args.subjects, 'subjects');
    // An invalid ID is ID_INVALID upstream and no other rule applies; an empty account is no card's account.
    const screened = subjects.flatMap((subject) => {
      const idNumber = normaliseIdNumber(subject.idNumber);
      const account = normaliseAccountNumber(subject.accountNumber);
      return isValidIdNumber(idNumber) && account !== null ? [{ key: subject.key, idNumber, account }] : [];
    });
    const cards = settled(await loaders.cardsByAccount.loadMany(screened.map((s) => s.account)));
    return screened.flatMap((s, i) => cardAccountHits(s.key, s.idNumber, cards[i]!));
  },

  async screenPublicEmployment(_parent, args, { loaders }) {
    const subjects = listArgument(args.subjects, 'subjects');
    // Every date is checked before any lookup: one malformed subject rejects the call, not just its line.
    const dated = subjects.map((subject) => ({ key: subject.key, idNumber: normaliseIdNumber(subject.idNumber), date: dateArgument(subject.date, 'subjects') }));
    const screened = dated.filter((s) => isValidIdNumber(s.idNumber));
    const employments = settled(await loaders.employments.loadMany(screened.map((s) => s.idNumber)));
    const hits: ScreeningHitValue[] = [];
    screened.forEach((s, i) => {
      const hit = publicEmploymentHit(s.key, s.date, employments[i]!);
      if (hit) hits.push(hit);
    });
    return hits;
  },
};
