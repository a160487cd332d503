import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { normaliseAccountNumber } from '../../../adapters/hr/adapter.js';
import { isValidIdNumber } from '../../../lib/id-number.js';
import { trimLegacyText } from '../../../lib/text.js';
import { badUserInput } from '../../../lib/errors.js';
import { HitColumns, dateColumn, idNumberColumn, subjectCount } from '../../runtime/screening-columns.js';
import { cardAccountHits, publicEmploymentHit } from '../rules.js';

const NONE: readonly never[] = [];

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

  async screenCardAccounts(_parent, args, { adapter }) {
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
    const cards = await adapter.accountCards(accounts);
    const hits = new HitColumns();
    screened.forEach((i, n) => cardAccountHits(keys[i]!, idNumbers[i]!, cards.get(accounts[n]!) ?? NONE, hits));
    return hits;
  },

  async screenPublicEmployment(_parent, args, { adapter }) {
    const { keys } = args.subjects;
    const count = subjectCount(args.subjects, 'subjects');
    // Every date is checked before any lookup: one malformed subject rejects the call, not just its line.
    const dates = dateColumn(args.subjects.dates, 'subjects');
    const idNumbers = idNumberColumn(args.subjects.idNumbers);
    const screened: number[] = [];
    for (let i = 0; i < count; i++) if (isValidIdNumber(idNumbers[i]!)) screened.push(i);
    const employments = await adapter.employmentsByIdNumbers(screened.map((i) => idNumbers[i]!));
    const hits = new HitColumns();
    for (const i of screened) publicEmploymentHit(keys[i]!, dates[i]!, employments.get(idNumbers[i]!) ?? NONE, hits);
    return hits;
  },
};
