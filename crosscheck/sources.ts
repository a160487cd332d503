/**
 * Everything the cross-check asks of the departments, as operations on the gateway. The engine
 * never opens a department database: it reads lines from finance a page at a time and asks
 * each department a screening question whose answer is only the hits.
 */
import type { GraphQLClient } from '../lib/graphql-client.js';
import type { Check } from './rules.js';

/** A payment line as finance hands it to the cross-check (`CheckLine`). */
export interface CheckLine {
  id: string;
  batchNumber: string;
  programmeCode: string | null;
  period: string | null;
  countyCode: string | null;
  eligibilityCondition: string | null;
  idNumber: string;
  name: string | null;
  accountNumber: string | null;
  amount: string;
  status: string;
}

export interface CheckLinePage {
  lines: CheckLine[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface ScreeningHit {
  key: string;
  rule: string;
  evidence: string;
}

export interface BatchInfo {
  batchNumber: string;
  programmeCode: string | null;
  eligibilityCondition: string | null;
  period: string | null;
  countyCode: string | null;
  lineCount: number;
}

export interface ProgrammeInfo {
  code: string;
  name: string | null;
  eligibilityCondition: string | null;
}

export interface RegisterSubject {
  key: string;
  idNumber: string;
  date: string;
  name: string | null;
  countyCode: string;
  checkAge80: boolean;
}
export interface DatedSubject {
  key: string;
  idNumber: string;
  date: string;
}
export interface CardAccountSubject {
  key: string;
  idNumber: string;
  accountNumber: string;
}
export interface DisabilitySubject extends DatedSubject {
  requireSevere: boolean;
}

/** The subjects of each screening question, typed by question. */
export interface CheckSubjects {
  REGISTER: RegisterSubject[];
  PAYMENT_LINES: string[];
  CUSTODY: DatedSubject[];
  CARD_ACCOUNTS: CardAccountSubject[];
  PUBLIC_EMPLOYMENT: DatedSubject[];
  DIBAO: DatedSubject[];
  EXTREME_POVERTY: DatedSubject[];
  DISABILITY: DisabilitySubject[];
}

const HIT = '{ key rule evidence }';

/** One named operation per question: the gateway plans each alone, so one department's failure stays its own. */
export const SCREENING_OPERATIONS: Record<Check, { document: string; variable: string }> = {
  REGISTER: {
    document: `query CrosscheckScreenRegister($subjects: [RegisterScreeningSubject!]!) { hits: screenRegister(subjects: $subjects) ${HIT} }`,
    variable: 'subjects',
  },
  PAYMENT_LINES: {
    document: `query CrosscheckScreenPaymentLines($lineIds: [ID!]!) { hits: screenPaymentLines(lineIds: $lineIds) ${HIT} }`,
    variable: 'lineIds',
  },
  CUSTODY: {
    document: `query CrosscheckScreenCustody($subjects: [ScreeningSubject!]!) { hits: screenCustody(subjects: $subjects) ${HIT} }`,
    variable: 'subjects',
  },
  CARD_ACCOUNTS: {
    document: `query CrosscheckScreenCardAccounts($subjects: [CardAccountSubject!]!) { hits: screenCardAccounts(subjects: $subjects) ${HIT} }`,
    variable: 'subjects',
  },
  PUBLIC_EMPLOYMENT: {
    document: `query CrosscheckScreenPublicEmployment($subjects: [ScreeningSubject!]!) { hits: screenPublicEmployment(subjects: $subjects) ${HIT} }`,
    variable: 'subjects',
  },
  DIBAO: {
    document: `query CrosscheckScreenDibao($subjects: [ScreeningSubject!]!) { hits: screenDibao(subjects: $subjects) ${HIT} }`,
    variable: 'subjects',
  },
  EXTREME_POVERTY: {
    document: `query CrosscheckScreenExtremePoverty($subjects: [ScreeningSubject!]!) { hits: screenExtremePoverty(subjects: $subjects) ${HIT} }`,
    variable: 'subjects',
  },
  DISABILITY: {
    document: `query CrosscheckScreenDisability($subjects: [DisabilityScreeningSubject!]!) { hits: screenDisability(subjects: $subjects) ${HIT} }`,
    variable: 'subjects',
  },
};

const CHECK_LINE_FIELDS = 'id batchNumber programmeCode period countyCode eligibilityCondition idNumber name accountNumber amount status';
const BATCH_FIELDS = 'batchNumber period countyCode lineCount programme { code eligibilityCondition }';

export const SOURCE_OPERATIONS = {
  checkLines: `query CrosscheckLines($batchNumbers: [String!]!, $after: String, $first: Int) {
    page: checkLines(batchNumbers: $batchNumbers, after: $after, first: $first) { lines { ${CHECK_LINE_FIELDS} } pageInfo { hasNextPage endCursor } }
  }`,
  villages: `query CrosscheckVillages($idNumbers: [String!]!) { persons(idNumbers: $idNumbers) { idNumber registration { divisionCode } } }`,
  batch: `query CrosscheckBatch($batchNumber: String!) { batch(batchNumber: $batchNumber) { ${BATCH_FIELDS} } }`,
  programme: `query CrosscheckProgramme($code: String!) { programme(code: $code) { code name eligibilityCondition } }`,
  batches: `query CrosscheckBatches($programmeCode: String!, $period: String) { batches(programmeCode: $programmeCode, period: $period) { ${BATCH_FIELDS} } }`,
} as const;

interface RawBatch {
  batchNumber: string;
  period: string | null;
  countyCode: string | null;
  lineCount: number;
  programme: { code: string; eligibilityCondition: string | null } | null;
}

function toBatchInfo(raw: RawBatch): BatchInfo {
  return {
    batchNumber: raw.batchNumber,
    programmeCode: raw.programme?.code ?? null,
    eligibilityCondition: raw.programme?.eligibilityCondition ?? null,
    period: raw.period,
    countyCode: raw.countyCode,
    lineCount: raw.lineCount,
  };
}

export class CrosscheckSources {
  constructor(
    private readonly client: GraphQLClient,
    private readonly timeoutMs?: number,
  ) {}

  async checkLines(batchNumbers: readonly string[], after: string | null, first: number): Promise<CheckLinePage> {
    const data = await this.client.request<{ page: { lines: CheckLine[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
      SOURCE_OPERATIONS.checkLines,
      { batchNumbers, after, first },
      this.options(),
    );
    return { lines: data.page.lines, hasNextPage: data.page.pageInfo.hasNextPage, endCursor: data.page.pageInfo.endCursor };
  }

  async screen<C extends Check>(check: C, subjects: CheckSubjects[C]): Promise<ScreeningHit[]> {
    const operation = SCREENING_OPERATIONS[check];
    const data = await this.client.request<{ hits: ScreeningHit[] }>(operation.document, { [operation.variable]: subjects }, this.options());
    return data.hits;
  }

  /** The 12-digit registered division code of each person the register knows; asked only for flagged persons. */
  async villages(idNumbers: readonly string[]): Promise<Map<string, string | null>> {
    const data = await this.client.request<{ persons: ({ idNumber: string; registration: { divisionCode: string | null } | null } | null)[] }>(
      SOURCE_OPERATIONS.villages,
      { idNumbers },
      this.options(),
    );
    const villages = new Map<string, string | null>();
    data.persons.forEach((person, i) => villages.set(idNumbers[i]!, person?.registration?.divisionCode ?? null));
    return villages;
  }

  async batch(batchNumber: string): Promise<BatchInfo | null> {
    const data = await this.client.request<{ batch: RawBatch | null }>(SOURCE_OPERATIONS.batch, { batchNumber }, this.options());
    return data.batch ? toBatchInfo(data.batch) : null;
  }

  async programme(code: string): Promise<ProgrammeInfo | null> {
    const data = await this.client.request<{ programme: ProgrammeInfo | null }>(SOURCE_OPERATIONS.programme, { code }, this.options());
    return data.programme;
  }

  async batches(programmeCode: string, period: string | null): Promise<BatchInfo[]> {
    const data = await this.client.request<{ batches: RawBatch[] }>(SOURCE_OPERATIONS.batches, { programmeCode, period }, this.options());
    return data.batches.map(toBatchInfo);
  }

  private options() {
    return this.timeoutMs === undefined ? {} : { timeoutMs: this.timeoutMs };
  }
}
