/**
 * Everything the disbursement service asks the departments, as operations on the gateway. It never
 * opens a department database and keeps nothing between requests: finance's lines, the register's
 * divisions and the departments' eligibility lists are read at query time, a page at a time.
 */
import { GraphQLError } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLRequestError, type GraphQLClient } from '../../lib/graphql-client.js';
import { ErrorCode } from '../../lib/errors.js';
import { isValidIdNumber } from '../../lib/id-number.js';
import { chunk } from '../../lib/chunks.js';
import { decimalToFen, type Fen } from '../../lib/money.js';
import {
  DisbursementCertificatesDocument,
  DisbursementDibaoDocument,
  DisbursementDivisionDocument,
  DisbursementDivisionsDocument,
  DisbursementLatePageDocument,
  DisbursementLateTotalsDocument,
  DisbursementPaidDocument,
  DisbursementProgrammeDocument,
  DisbursementRegistrationsDocument,
  DisbursementRollupDocument,
  DisbursementSearchPageDocument,
  DisbursementSearchTotalsDocument,
  DisbursementSupportedDocument,
  DisbursementUnpaidPageDocument,
  DisbursementUnpaidTotalsDocument,
  type DisbursementLineEdgesFragment,
  type DisbursementLineTotalsFragment,
  type DisbursementRollupQuery,
  type PaymentLineFilter,
  type PaymentRollupDimension,
} from './__generated__/operations.js';

/** The most ID numbers one call may carry (the departments' list limit). */
export const IDS_PER_CALL = 10_000;

/** The finance process a page comes from: a plain search or one of the two line checks. */
export type LineQuery =
  | { kind: 'search' }
  | { kind: 'late'; hours: number }
  | { kind: 'unpaid'; withinDays: number; asOf: string };

/** The finance filter as finance's `PaymentLineFilter` input takes it. */
export type FinanceFilterInput = PaymentLineFilter;

/** What finance groups by itself; the register's levels (township, village) are grouped here. */
export type FinanceDimension = PaymentRollupDimension;

export interface LineEdge {
  /** The line id, which is also finance's cursor. */
  id: string;
  note: string | null;
}

export interface LinePage {
  edges: LineEdge[];
  hasNextPage: boolean;
}

export interface Totals {
  lineCount: number;
  personCount: number;
  totalFen: Fen;
}

export type FinanceRollupRow = DisbursementRollupQuery['paymentRollup'][number];

export interface ProgrammeInfo {
  code: string;
  eligibilityCondition: string | null;
  /** Counties of the programme's batches for the period asked. */
  countyCodes: string[];
}

export interface Registration {
  divisionCode: string | null;
  /** Alive and registered on the day asked; null when the register cannot say. */
  registeredOn: boolean | null;
}

interface IdPage {
  idNumbers: string[];
  endCursor?: string | null;
  hasNextPage: boolean;
}

/**
 * A department's answer to a bad argument is the client's error here too, with the same argument
 * name; any other failure keeps its code (DEPARTMENT_UNAVAILABLE names the department).
 */
export function relayed(error: unknown): unknown {
  if (!(error instanceof GraphQLRequestError)) return error;
  const first = error.errors[0];
  const extensions: Record<string, unknown> = { ...(first?.extensions ?? {}) };
  delete extensions.stacktrace;
  if (!extensions.code) extensions.code = error.kind === 'timeout' || error.kind === 'network' ? ErrorCode.SOURCE_UNAVAILABLE : ErrorCode.INTERNAL_SERVER_ERROR;
  return new GraphQLError(error.message.replace(/ \[[A-Z_]+\]$/, ''), { extensions });
}

export class DisbursementSources {
  constructor(private readonly client: GraphQLClient) {}

  private async request<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData> {
    try {
      return await this.client.request(document, variables);
    } catch (error) {
      throw relayed(error);
    }
  }

  private async lines(query: LineQuery, filter: FinanceFilterInput, first: number, after: string | null): Promise<DisbursementLineEdgesFragment> {
    switch (query.kind) {
      case 'search':
        return (await this.request(DisbursementSearchPageDocument, { filter, first, after })).lines;
      case 'late':
        return (await this.request(DisbursementLatePageDocument, { filter, hours: query.hours, first, after })).lines;
      case 'unpaid':
        return (await this.request(DisbursementUnpaidPageDocument, { filter, withinDays: query.withinDays, asOf: query.asOf, first, after })).lines;
    }
  }

  private async totals(query: LineQuery, filter: FinanceFilterInput): Promise<DisbursementLineTotalsFragment> {
    switch (query.kind) {
      case 'search':
        return (await this.request(DisbursementSearchTotalsDocument, { filter })).lines;
      case 'late':
        return (await this.request(DisbursementLateTotalsDocument, { filter, hours: query.hours })).lines;
      case 'unpaid':
        return (await this.request(DisbursementUnpaidTotalsDocument, { filter, withinDays: query.withinDays, asOf: query.asOf })).lines;
    }
  }

  async linePage(query: LineQuery, filter: FinanceFilterInput, first: number, after: string | null): Promise<LinePage> {
    const lines = await this.lines(query, filter, first, after);
    return { edges: lines.edges.map((e) => ({ id: e.cursor, note: e.note ?? null })), hasNextPage: lines.pageInfo.hasNextPage };
  }

  async lineTotals(query: LineQuery, filter: FinanceFilterInput): Promise<Totals> {
    const { totals: t } = await this.totals(query, filter);
    return { lineCount: t.lineCount, personCount: t.personCount, totalFen: decimalToFen(t.totalAmount) };
  }

  async rollup(filter: FinanceFilterInput, groupBy: FinanceDimension[], groups: Array<{ key: string; idNumbers: string[] }> | null): Promise<FinanceRollupRow[]> {
    return (await this.request(DisbursementRollupDocument, { filter, groupBy, groups })).paymentRollup;
  }

  /** The distinct normalised ID numbers of the lines matching `filter` (finance caps them). */
  async paidIdNumbers(filter: FinanceFilterInput): Promise<string[]> {
    return (await this.request(DisbursementPaidDocument, { filter })).paymentIdNumbers;
  }

  async programme(code: string, period: string): Promise<ProgrammeInfo | null> {
    const p = (await this.request(DisbursementProgrammeDocument, { code, period })).programme;
    if (!p) return null;
    const counties = [...new Set(p.batches.map((b) => b.countyCode).filter((c): c is string => c != null))].sort();
    return { code: p.code, eligibilityCondition: p.eligibilityCondition ?? null, countyCodes: counties };
  }

  /** Every person registered under a division prefix (all pages). */
  async personsInDivision(divisionPrefix: string, bornOnOrBefore: string | null = null): Promise<string[]> {
    return this.allPages(DisbursementDivisionDocument, { prefix: divisionPrefix, born: bornOnOrBefore });
  }

  async validCertificateHolders(date: string, severeOnly: boolean): Promise<string[]> {
    return this.allPages(DisbursementCertificatesDocument, { date, severe: severeOnly });
  }

  async activeDibaoMembers(date: string): Promise<string[]> {
    return this.allPages(DisbursementDibaoDocument, { date });
  }

  /** Persons in extreme poverty with a support record active on `date` (civil affairs), each once. */
  async supportedPersons(date: string): Promise<string[]> {
    return [...new Set(await this.allPages(DisbursementSupportedDocument, { date }))];
  }

  /** The register's division (and, with `date`, whether registered and alive then) of valid ID numbers. */
  async registrations(idNumbers: readonly string[], date: string | null): Promise<Map<string, Registration>> {
    const found = new Map<string, Registration>();
    const valid = [...new Set(idNumbers)].filter(isValidIdNumber);
    for (const ids of chunk(valid, IDS_PER_CALL)) {
      const persons: Array<{ registration?: { divisionCode?: string | null } | null; registeredAt?: boolean | null } | null> =
        date === null
          ? (await this.request(DisbursementDivisionsDocument, { ids })).persons
          : (await this.request(DisbursementRegistrationsDocument, { ids, date })).persons;
      persons.forEach((person, i) => {
        if (person) found.set(ids[i]!, { divisionCode: person.registration?.divisionCode ?? null, registeredOn: person.registeredAt ?? null });
      });
    }
    return found;
  }

  private async allPages<TVariables extends { first?: number | null; after?: string | null }>(
    document: TypedDocumentNode<{ page: IdPage }, TVariables>,
    variables: Omit<TVariables, 'first' | 'after'>,
  ): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { page }: { page: IdPage } = await this.request(document, { ...variables, first: IDS_PER_CALL, after } as TVariables);
      ids.push(...page.idNumbers);
      if (!page.hasNextPage || page.endCursor == null) return ids;
      after = page.endCursor;
    }
  }
}
