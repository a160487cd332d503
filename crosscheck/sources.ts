/**
 * Everything the cross-check asks of the departments, as operations on the gateway. The engine
 * never opens a department database: it reads lines from finance a page at a time and asks
 * each department a screening question whose answer is only the hits.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLClient } from '../lib/graphql-client.js';
import type { Check } from './rules.js';
import {
  CrosscheckBatchDocument,
  CrosscheckBatchesDocument,
  CrosscheckLinesDocument,
  CrosscheckProgrammeDocument,
  CrosscheckScreenCardAccountsDocument,
  CrosscheckScreenCustodyDocument,
  CrosscheckScreenDibaoDocument,
  CrosscheckScreenDisabilityDocument,
  CrosscheckScreenExtremePovertyDocument,
  CrosscheckScreenPaymentLinesDocument,
  CrosscheckScreenPublicEmploymentDocument,
  CrosscheckScreenRegisterDocument,
  CrosscheckVillagesDocument,
  type CrosscheckBatchFieldsFragment,
  type CrosscheckLinesQuery,
  type CrosscheckProgrammeQuery,
  type CrosscheckScreenRegisterQuery,
} from './__generated__/operations.js';

/** A payment line as finance hands it to the cross-check (`CheckLine`). */
export type CheckLine = CrosscheckLinesQuery['page']['lines'][number];

export interface CheckLinePage {
  lines: CheckLine[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** What every screening question answers: only the hits, each naming the subject by its key. */
export type ScreeningHit = CrosscheckScreenRegisterQuery['hits'][number];

export interface BatchInfo {
  batchNumber: string;
  programmeCode: string | null;
  eligibilityCondition: string | null;
  period: string | null;
  countyCode: string | null;
  lineCount: number;
}

export type ProgrammeInfo = NonNullable<CrosscheckProgrammeQuery['programme']>;

/**
 * One named operation per question: the gateway plans each alone, so one department's failure
 * stays its own. `variable` names the list of subjects the document takes.
 */
export const SCREENING_OPERATIONS = {
  REGISTER: { document: CrosscheckScreenRegisterDocument, variable: 'subjects' },
  PAYMENT_LINES: { document: CrosscheckScreenPaymentLinesDocument, variable: 'lineIds' },
  CUSTODY: { document: CrosscheckScreenCustodyDocument, variable: 'subjects' },
  CARD_ACCOUNTS: { document: CrosscheckScreenCardAccountsDocument, variable: 'subjects' },
  PUBLIC_EMPLOYMENT: { document: CrosscheckScreenPublicEmploymentDocument, variable: 'subjects' },
  DIBAO: { document: CrosscheckScreenDibaoDocument, variable: 'subjects' },
  EXTREME_POVERTY: { document: CrosscheckScreenExtremePovertyDocument, variable: 'subjects' },
  DISABILITY: { document: CrosscheckScreenDisabilityDocument, variable: 'subjects' },
  // `never`: whatever each document's variables are, every question answers with hits.
} as const satisfies Record<Check, { document: TypedDocumentNode<{ hits: ScreeningHit[] }, never>; variable: string }>;

type Screenings = typeof SCREENING_OPERATIONS;
type VariablesOf<C extends Check> = Screenings[C]['document'] extends TypedDocumentNode<unknown, infer V> ? V : never;

/** The subjects of each question, as its document types them (codegen also admits a lone subject; the engine sends lists). */
export type CheckSubjects = {
  [C in Check]: Extract<VariablesOf<C>[Screenings[C]['variable'] & keyof VariablesOf<C>], unknown[]>;
};

interface ScreeningOperation<C extends Check> {
  document: TypedDocumentNode<{ hits: ScreeningHit[] }, Record<string, CheckSubjects[C]>>;
  variable: string;
}

function toBatchInfo(raw: CrosscheckBatchFieldsFragment): BatchInfo {
  return {
    batchNumber: raw.batchNumber,
    programmeCode: raw.programme?.code ?? null,
    eligibilityCondition: raw.programme?.eligibilityCondition ?? null,
    period: raw.period ?? null,
    countyCode: raw.countyCode ?? null,
    lineCount: raw.lineCount,
  };
}

export class CrosscheckSources {
  constructor(
    private readonly client: GraphQLClient,
    private readonly timeoutMs?: number,
  ) {}

  async checkLines(batchNumbers: readonly string[], after: string | null, first: number): Promise<CheckLinePage> {
    const data = await this.client.request(CrosscheckLinesDocument, { batchNumbers: [...batchNumbers], after, first }, this.options());
    return { lines: data.page.lines, hasNextPage: data.page.pageInfo.hasNextPage, endCursor: data.page.pageInfo.endCursor ?? null };
  }

  async screen<C extends Check>(check: C, subjects: CheckSubjects[C]): Promise<ScreeningHit[]> {
    // TypeScript cannot follow `check` into the map: read its entry as a document taking one list.
    const { document, variable } = SCREENING_OPERATIONS[check] as unknown as ScreeningOperation<C>;
    const data = await this.client.request(document, { [variable]: subjects }, this.options());
    return data.hits;
  }

  /** The 12-digit registered division code of each person the register knows; asked only for flagged persons. */
  async villages(idNumbers: readonly string[]): Promise<Map<string, string | null>> {
    const data = await this.client.request(CrosscheckVillagesDocument, { idNumbers: [...idNumbers] }, this.options());
    const villages = new Map<string, string | null>();
    data.persons.forEach((person, i) => villages.set(idNumbers[i]!, person?.registration?.divisionCode ?? null));
    return villages;
  }

  async batch(batchNumber: string): Promise<BatchInfo | null> {
    const data = await this.client.request(CrosscheckBatchDocument, { batchNumber }, this.options());
    return data.batch ? toBatchInfo(data.batch) : null;
  }

  async programme(code: string): Promise<ProgrammeInfo | null> {
    const data = await this.client.request(CrosscheckProgrammeDocument, { code }, this.options());
    return data.programme ?? null;
  }

  async batches(programmeCode: string, period: string | null): Promise<BatchInfo[]> {
    const data = await this.client.request(CrosscheckBatchesDocument, { programmeCode, period }, this.options());
    return data.batches.map(toBatchInfo);
  }

  private options() {
    return this.timeoutMs === undefined ? {} : { timeoutMs: this.timeoutMs };
  }
}
