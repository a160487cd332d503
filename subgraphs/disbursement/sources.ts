/**
 * Everything the disbursement service asks the departments, as operations on the gateway. It never
 * opens a department database and keeps nothing between requests: finance's lines, the register's
 * divisions and the departments' eligibility lists are read at query time, a page at a time.
 */
import { GraphQLError } from 'graphql';
import { GraphQLRequestError, type GraphQLClient } from '../../lib/graphql-client.js';
import { isValidIdNumber } from '../../lib/id-number.js';
import { chunk } from '../../lib/chunks.js';
import { decimalToFen, type Fen } from '../../lib/money.js';

/** The most ID numbers one call may carry (the departments' list limit). */
export const IDS_PER_CALL = 10_000;

/** The finance process a page comes from: a plain search or one of the two line checks. */
export type LineQuery =
  | { kind: 'search' }
  | { kind: 'late'; hours: number }
  | { kind: 'unpaid'; withinDays: number; asOf: string };

/** The finance filter as finance's `PaymentLineFilter` input takes it. */
export type FinanceFilterInput = Record<string, unknown>;

export interface LineEdge {
  /** The line id (MXID), which is also finance's cursor. */
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

export interface FinanceRollupRow {
  programmeCode: string | null;
  period: string | null;
  fundingLevel: string | null;
  fundingLevelCode: string | null;
  department: string | null;
  departmentCode: string | null;
  countyCode: string | null;
  status: string | null;
  personGroup: string | null;
  lineCount: number;
  personCount: number;
  totalAmount: string;
}

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

const FIELD: Record<LineQuery['kind'], string> = { search: 'searchPaymentLines', late: 'lateCredits', unpaid: 'leftUnpaid' };

function lineOperation(query: LineQuery, selection: string): string {
  const variables = ['$filter: PaymentLineFilter', '$first: Int', '$after: String'];
  const args = ['filter: $filter', 'first: $first', 'after: $after'];
  if (query.kind === 'late') {
    variables.push('$hours: Int');
    args.push('hours: $hours');
  }
  if (query.kind === 'unpaid') {
    variables.push('$withinDays: Int!', '$asOf: DateTime');
    args.push('withinDays: $withinDays', 'asOf: $asOf');
  }
  return `query DisbursementLines(${variables.join(', ')}) { lines: ${FIELD[query.kind]}(${args.join(', ')}) ${selection} }`;
}

function lineVariables(query: LineQuery): Record<string, unknown> {
  if (query.kind === 'late') return { hours: query.hours };
  if (query.kind === 'unpaid') return { withinDays: query.withinDays, asOf: query.asOf };
  return {};
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
  if (!extensions.code) extensions.code = error.kind === 'timeout' || error.kind === 'network' ? 'SOURCE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR';
  return new GraphQLError(error.message.replace(/ \[[A-Z_]+\]$/, ''), { extensions });
}

export class DisbursementSources {
  constructor(private readonly client: GraphQLClient) {}

  private async request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    try {
      return await this.client.request<T>(query, variables);
    } catch (error) {
      throw relayed(error);
    }
  }

  async linePage(query: LineQuery, filter: FinanceFilterInput, first: number, after: string | null): Promise<LinePage> {
    const data = await this.request<{ lines: { edges: Array<{ cursor: string; note: string | null }>; pageInfo: { hasNextPage: boolean } } }>(
      lineOperation(query, '{ edges { cursor note } pageInfo { hasNextPage } }'),
      { filter, first, after, ...lineVariables(query) },
    );
    return { edges: data.lines.edges.map((e) => ({ id: e.cursor, note: e.note })), hasNextPage: data.lines.pageInfo.hasNextPage };
  }

  async lineTotals(query: LineQuery, filter: FinanceFilterInput): Promise<Totals> {
    const data = await this.request<{ lines: { totals: { lineCount: number; personCount: number; totalAmount: string } } }>(
      lineOperation(query, '{ totals { lineCount personCount totalAmount } }'),
      { filter, first: 1, after: null, ...lineVariables(query) },
    );
    const t = data.lines.totals;
    return { lineCount: t.lineCount, personCount: t.personCount, totalFen: decimalToFen(t.totalAmount) };
  }

  async rollup(filter: FinanceFilterInput, groupBy: string[], personGroups: Array<{ key: string; idNumbers: string[] }> | null): Promise<FinanceRollupRow[]> {
    const data = await this.request<{ paymentRollup: FinanceRollupRow[] }>(
      `query DisbursementRollup($filter: PaymentLineFilter, $groupBy: [PaymentRollupDimension!]!, $groups: [PersonGroup!]) {
        paymentRollup(filter: $filter, groupBy: $groupBy, personGroups: $groups) {
          programmeCode period fundingLevel fundingLevelCode department departmentCode countyCode status personGroup lineCount personCount totalAmount
        }
      }`,
      { filter, groupBy, groups: personGroups },
    );
    return data.paymentRollup;
  }

  /** The distinct normalised ID numbers of the lines matching `filter` (finance caps them). */
  async paidIdNumbers(filter: FinanceFilterInput): Promise<string[]> {
    const data = await this.request<{ paymentIdNumbers: string[] }>(
      `query DisbursementPaid($filter: PaymentLineFilter) { paymentIdNumbers(filter: $filter) }`,
      { filter },
    );
    return data.paymentIdNumbers;
  }

  async programme(code: string, period: string): Promise<ProgrammeInfo | null> {
    const data = await this.request<{ programme: { code: string; eligibilityCondition: string | null; batches: Array<{ countyCode: string | null }> } | null }>(
      `query DisbursementProgramme($code: String!, $period: String) { programme(code: $code) { code eligibilityCondition batches(period: $period) { countyCode } } }`,
      { code, period },
    );
    const p = data.programme;
    if (!p) return null;
    const counties = [...new Set(p.batches.map((b) => b.countyCode).filter((c): c is string => c !== null))].sort();
    return { code: p.code, eligibilityCondition: p.eligibilityCondition, countyCodes: counties };
  }

  /** Every person registered under a division prefix (all pages). */
  async personsInDivision(divisionPrefix: string, bornOnOrBefore: string | null = null): Promise<string[]> {
    return this.allPages(
      `query DisbursementDivision($prefix: String!, $born: String, $first: Int, $after: String) {
        page: personsInDivision(divisionPrefix: $prefix, bornOnOrBefore: $born, first: $first, after: $after) { idNumbers endCursor hasNextPage }
      }`,
      { prefix: divisionPrefix, born: bornOnOrBefore },
    );
  }

  async validCertificateHolders(date: string, severeOnly: boolean): Promise<string[]> {
    return this.allPages(
      `query DisbursementCertificates($date: String!, $severe: Boolean!, $first: Int, $after: String) {
        page: personsWithValidCertificate(date: $date, severeOnly: $severe, first: $first, after: $after) { idNumbers endCursor hasNextPage }
      }`,
      { date, severe: severeOnly },
    );
  }

  async activeDibaoMembers(date: string): Promise<string[]> {
    return this.allPages(
      `query DisbursementDibao($date: String!, $first: Int, $after: String) {
        page: dibaoMembersActiveAt(date: $date, first: $first, after: $after) { idNumbers endCursor hasNextPage }
      }`,
      { date },
    );
  }

  /** The register's division (and, with `date`, whether registered and alive then) of valid ID numbers. */
  async registrations(idNumbers: readonly string[], date: string | null): Promise<Map<string, Registration>> {
    const found = new Map<string, Registration>();
    const valid = [...new Set(idNumbers)].filter(isValidIdNumber);
    const query =
      date === null
        ? `query DisbursementDivisions($ids: [String!]!) { persons(idNumbers: $ids) { idNumber registration { divisionCode } } }`
        : `query DisbursementRegistrations($ids: [String!]!, $date: String!) { persons(idNumbers: $ids) { idNumber registration { divisionCode } registeredAt(date: $date) } }`;
    for (const ids of chunk(valid, IDS_PER_CALL)) {
      const data = await this.request<{ persons: Array<{ idNumber: string; registration: { divisionCode: string | null } | null; registeredAt?: boolean | null } | null> }>(
        query,
        date === null ? { ids } : { ids, date },
      );
      data.persons.forEach((person, i) => {
        if (person) found.set(ids[i]!, { divisionCode: person.registration?.divisionCode ?? null, registeredOn: person.registeredAt ?? null });
      });
    }
    return found;
  }

  private async allPages(query: string, variables: Record<string, unknown>): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: { page: { idNumbers: string[]; endCursor: string | null; hasNextPage: boolean } } = await this.request(query, { ...variables, first: IDS_PER_CALL, after });
      ids.push(...data.page.idNumbers);
      if (!data.page.hasNextPage || data.page.endCursor === null) return ids;
      after = data.page.endCursor;
    }
  }
}
