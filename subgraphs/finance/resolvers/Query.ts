import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { canonicalLineId } from '../../../adapters/finance/line-ids.js';
import { programmeOfDepartment } from '../../../adapters/finance/codes.js';
import { trimLegacyText } from '../../../lib/text.js';
import { badUserInput } from '../../../lib/errors.js';
import { listArgument, periodArgument } from '../../runtime/arguments.js';
import { cursorArgument, cursorOf, firstArgument } from '../../runtime/payment-paging.js';
import { MAX_CHECK_PAGE, checkLineColumnPage, checkPageArguments } from '../check-lines.js';
import { paymentLineHits } from '../payment-line-hits.js';
import type { ScreeningLine } from '../../../adapters/finance/screening-lines.js';
import { searchConnection, searchFilter, rollupArguments, MAX_PAYMENT_ID_NUMBERS } from '../search.js';
import {
  DEFAULT_SEARCH_PAGE,
  hoursArgument,
  instantArgument,
  MAX_SEARCH_PAGE,
  withinDaysArgument,
} from '../../runtime/payment-arguments.js';

export const Query: QueryResolvers = {
  async programmes(_parent, args, { adapter }) {
    const year = args.year == null ? null : args.year.trim();
    if (year !== null && !/^\d{4}$/.test(year)) throw badUserInput('year', 'must be a year written YYYY');
    const department = args.department == null ? null : trimLegacyText(args.department).toUpperCase();
    const all = await adapter.allProgrammes();
    return all.filter(
      (p) =>
        (args.published == null || p.published === args.published) &&
        (year === null || p.year === year) &&
        (department === null || programmeOfDepartment(p, department)),
    );
  },

  programme(_parent, args, { loaders }) {
    return loaders.programme.load(trimLegacyText(args.code));
  },

  batch(_parent, args, { loaders }) {
    return loaders.batch.load(trimLegacyText(args.batchNumber));
  },

  async batches(_parent, args, { loaders }) {
    const period = args.period == null ? null : periodArgument(args.period, 'period');
    const batches = await loaders.batchesByProgramme.load(trimLegacyText(args.programmeCode));
    return period === null ? batches : batches.filter((b) => b.period === period);
  },

  async paymentLine(_parent, args, { loaders }) {
    const id = canonicalLineId(args.id);
    return id === null ? null : loaders.line.load(id);
  },

  async checkLines(_parent, args, { adapter, loaders }) {
    const { numbers, after, first } = await checkPageArguments(args, loaders);
    const page = await adapter.linesPage(numbers, after, first);
    const last = page.lines.at(-1);
    return { lines: page.lines, pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? cursorOf(last.id) : null } };
  },

  async checkLineColumns(_parent, args, { adapter, loaders }) {
    const { numbers, after, first } = await checkPageArguments(args, loaders);
    const through = cursorArgument(args.through, 'through');
    return checkLineColumnPage(await adapter.lineColumnsPage(numbers, after, first, through), loaders);
  },

  async checkLineChunks(_parent, args, { adapter, loaders }) {
    const { numbers, after } = await checkPageArguments(args, loaders);
    const every = firstArgument(args.every, MAX_CHECK_PAGE, MAX_CHECK_PAGE, 'every');
    const through = cursorArgument(args.through, 'through');
    return adapter.lineChunks(numbers, every, after, through);
  },

  async screenPaymentLines(_parent, args, { adapter, loaders }) {
    const unique = new Set<string>();
    for (const raw of listArgument(args.lineIds, 'lineIds')) {
      const id = canonicalLineId(raw);
      if (id === null) throw badUserInput('lineIds', 'must hold payment line ids (digits only)');
      unique.add(id);
    }
    // Only the columns the rules read (adapters/finance/screening-lines.ts), in the order asked.
    const found = await adapter.screeningLines([...unique]);
    const lines: ScreeningLine[] = [];
    for (const id of unique) {
      const line = found.get(id);
      if (line !== undefined) lines.push(line);
    }
    return paymentLineHits(lines, found, adapter, loaders);
  },

  async searchPaymentLines(_parent, args, context) {
    const filter = await searchFilter(args.filter, context);
    const first = firstArgument(args.first, MAX_SEARCH_PAGE, DEFAULT_SEARCH_PAGE);
    const after = cursorArgument(args.after);
    const page = await context.payments.page(filter, after, first);
    return searchConnection(page, () => context.payments.totals(filter));
  },

  async paymentTotals(_parent, args, context) {
    return context.payments.totals(await searchFilter(args.filter, context));
  },

  async paymentRollup(_parent, args, context) {
    const filter = await searchFilter(args.filter, context);
    const { dimensions, personGroups } = rollupArguments(args.groupBy, args.personGroups, filter);
    return context.payments.rollup(filter, dimensions, personGroups);
  },

  async lateCredits(_parent, args, context) {
    const filter = await searchFilter(args.filter, context);
    const check = { kind: 'LATE_CREDIT' as const, thresholdSeconds: hoursArgument(args.hours) * 3600 };
    const first = firstArgument(args.first, MAX_SEARCH_PAGE, DEFAULT_SEARCH_PAGE);
    const after = cursorArgument(args.after);
    const page = await context.payments.page(filter, after, first, check);
    return searchConnection(page, () => context.payments.totals(filter, check));
  },

  async leftUnpaid(_parent, args, context) {
    const filter = await searchFilter(args.filter, context);
    if (filter.status !== null && filter.status !== 'FAILED') throw badUserInput('filter.status', 'must be FAILED or left out: only failed lines can be left unpaid');
    const check = { withinSeconds: withinDaysArgument(args.withinDays) * 86_400, asOf: instantArgument(args.asOf, 'asOf') };
    const first = firstArgument(args.first, MAX_SEARCH_PAGE, DEFAULT_SEARCH_PAGE);
    const after = cursorArgument(args.after);
    const page = await context.payments.unpaidPage(filter, check, after, first);
    return searchConnection(page, () => context.payments.unpaidTotals(filter, check));
  },

  async paymentIdNumbers(_parent, args, context) {
    const filter = await searchFilter(args.filter, context);
    const ids = await context.payments.idNumbers(filter, MAX_PAYMENT_ID_NUMBERS);
    if (ids === null) throw badUserInput('filter', `matches the lines of more than ${MAX_PAYMENT_ID_NUMBERS} persons; narrow it`);
    return ids;
  },
};
