import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { normaliseAccountNumber } from '../../../adapters/hr/adapter.js';
import { isValidIdNumber } from '../../../lib/id-number.js';
import { trimLegacyText } from '../../../lib/text.js';
import { badUserInput } from '../../../lib/errors.js';
import { HitColumns, dateColumn, idNumberColumn, subjectCount } from '../../runtime/screening-columns.js';
import { cardAccountHits, publicEmploymentHit } from '../rules.js';

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
    const { keys, accountNumbers } = args.subjects;
    const count = subjectCount(args.subjects, 'subjects');
    const idNumbers = idNumberColumn(args.subjects.idNumbers);
    // An invalid ID is ID_INVALID upstream and no other rule applies; an empty account is no card's account.
    const screened: number[] = [];
    const accounts: string[] = [];
    for (let i = 0; i < count; i++) {
      const account = normaliseAccountNumber(accountNumbers[i]!);
      if (account === null || !isValidIdNumber(idNumbers[i]!)) continue;
      screened.push(i);
      accounts.push(account);
    }
    const cards = settled(await loaders.cardsByAccount.loadMany(accounts));
    const hits = new HitColumns();
    screened.forEach((i, n) => cardAccountHits(keys[i]!, idNumbers[i]!, cards[n]!, hits));
    return hits;
  },

  async screenPublicEmployment(_parent, args, { loaders }) {
    const { keys } = args.subjects;
    const count = subjectCount(args.subjects, 'subjects');
    // Every date is checked before any lookup: one malformed subject rejects the call, not just its line.
    const dates = dateColumn(args.subjects.dates, 'subjects');
    const idNumbers = idNumberColumn(args.subjects.idNumbers);
    const screened: number[] = [];
    for (let i = 0; i < count; i++) if (isValidIdNumber(idNumbers[i]!)) screened.push(i);
    const employments = settled(await loaders.employments.loadMany(screened.map((i) => idNumbers[i]!)));
    const hits = new HitColumns();
    screened.forEach((i, n) => publicEmploymentHit(keys[i]!, dates[i]!, employments[n]!, hits));
    return hits;
  },
};
