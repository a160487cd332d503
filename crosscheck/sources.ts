/**
 * Everything the cross-check asks of the departments, as operations on the gateway. The engine
 * never opens a department database: it reads lines from finance a page at a time and asks
 * each department a screening question whose answer is only the hits.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLClient } from '../lib/graphql-client.js';
import type { Check } from './rules.js';
import type { BatchDutyFacts } from './duties.js';
import {
  CrosscheckBatchDocument,
  CrosscheckBatchDutiesDocument,
  CrosscheckBatchesDocument,
  CrosscheckLineChunksDocument,
  CrosscheckLinesDocument,
  CrosscheckPeriodBatchesDocument,
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
  type CrosscheckProgrammeQuery,
} from './__generated__/operations.js';
import { linesOfPage, type CheckLinePage } from './line-pages.js';
import { DEFAULT_BODY_BUDGET, hitRowsOf, partsWithin, type HitColumns, type ScreeningHit, type Subjects } from './screening-wire.js';

export type { ScreeningHit } from './screening-wire.js';

export type { CheckLine, CheckLinePage } from './line-pages.js';

export interface BatchInfo {
  batchNumber: string;
  programmeCode: string | null;
  eligibilityCondition: string | null;
  period: string | null;
  countyCode: string | null;
  lineCount: number;
}

/** Where a run's chunks end: finance's `checkLineChunks`. */
export interface LineChunks {
  /** The id of every `every`-th line, in line-id order. */
  chunkEnds: readonly string[];
  lines: number;
  lastId: string | null;
}

export type ProgrammeInfo = NonNullable<CrosscheckProgrammeQuery['programme']>;

/**
 * One named operation per question: the gateway plans each alone, so one department's failure
 * stays its own. `variable` names the subjects the document takes: one list per field (PAYMENT_LINES:
 * the list of line ids).
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
  // `never`: whatever each document's variables are, every question answers with hit columns.
} as const satisfies Record<Check, { document: TypedDocumentNode<{ hits: HitColumns }, never>; variable: string }>;

type Screenings = typeof SCREENING_OPERATIONS;
type VariablesOf<C extends Check> = Screenings[C]['document'] extends TypedDocumentNode<unknown, infer V> ? V : never;

/**
 * The subjects of each question: their columns as its document types them (codegen also admits a
 * lone line id; the engine sends lists) and how many subjects they hold.
 */
export type CheckSubjects = {
  [C in Check]: Subjects<Extract<VariablesOf<C>[Screenings[C]['variable'] & keyof VariablesOf<C>], object>>;
};

interface ScreeningOperation<C extends Check> {
  document: TypedDocumentNode<{ hits: HitColumns }, Record<string, CheckSubjects[C]['columns']>>;
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
    /** The largest request body the gateway and the subgraphs read (HUB_MAX_BODY_BYTES, at most the subgraphs' 1,000,000). */
    private readonly maxBodyBytes = DEFAULT_BODY_BUDGET,
  ) {}

  /**
   * The lines of the batches after `after` (and through `through` when given), `first` of them, in
   * line-id order; with `withPaymentLineHits`, also finance's answer to the PAYMENT_LINES question
   * about them (an error in it fails the whole request).
   */
  async checkLines(batchNumbers: readonly string[], after: string | null, first: number, through: string | null = null, withPaymentLineHits = false): Promise<CheckLinePage> {
    const data = await this.client.request(CrosscheckLinesDocument, { batchNumbers: [...batchNumbers], after, through, first, withPaymentLineHits }, this.options());
    const page = linesOfPage(data.page);
    // Present only when asked for (`@include`).
    const hits = data.page.paymentLineHits;
    return hits ? { ...page, paymentLineHits: hitRowsOf(hits) } : page;
  }

  /** Where chunks of `every` lines end (after `after`, through `through`): what a run is cut into chunks by. */
  async lineChunks(batchNumbers: readonly string[], every: number, after: string | null, through: string | null): Promise<LineChunks> {
    const data = await this.client.request(CrosscheckLineChunksDocument, { batchNumbers: [...batchNumbers], every, after, through }, this.options());
    return { chunkEnds: data.chunks.chunkEnds, lines: data.chunks.lines, lastId: data.chunks.lastId ?? null };
  }

  /**
   * One question about the subjects. Subjects whose fields are all within their columns' widths fit
   * one request at the default chunk size; a chunk whose text would not (escaped control characters)
   * is asked in parts rather than refused by the body limit, and fails as a whole if any part fails.
   */
  async screen<C extends Check>(check: C, subjects: CheckSubjects[C]): Promise<ScreeningHit[]> {
    // TypeScript cannot follow `check` into the map: read its entry as a document taking one variable.
    const { document, variable } = SCREENING_OPERATIONS[check] as unknown as ScreeningOperation<C>;
    const answers = await this.inParts(subjects, (columns) => this.client.request(document, { [variable]: columns }, this.options()));
    return answers.flatMap(({ answer }) => hitRowsOf(answer.hits));
  }

  /** The register's question: its hits, and the registered division of each subject (by ID number as sent), for the villages of findings. */
  async screenRegister(subjects: CheckSubjects['REGISTER']): Promise<{ hits: ScreeningHit[]; divisions: Map<string, string | null> }> {
    const answers = await this.inParts(subjects, (columns) => this.client.request(CrosscheckScreenRegisterDocument, { subjects: columns }, this.options()));
    const divisions = new Map<string, string | null>();
    for (const { columns, answer } of answers) answer.hits.divisionCodes.forEach((code, j) => divisions.set(columns.idNumbers[j]!, code));
    return { hits: answers.flatMap(({ answer }) => hitRowsOf(answer.hits)), divisions };
  }

  /** Asks about the subjects in as few requests as keep every body within the budget (`partsWithin`), all at once. */
  private inParts<Columns extends object, Answer>(subjects: Subjects<Columns>, ask: (columns: Columns) => Promise<Answer>): Promise<{ columns: Columns; answer: Answer }[]> {
    return Promise.all(partsWithin(subjects, this.maxBodyBytes).map(async (part) => ({ columns: part.columns, answer: await ask(part.columns) })));
  }

  /** The 12-digit registered division code of each person the register knows: for flagged persons the register's question did not cover. */
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

  /** Every batch of a period, of every programme. */
  async periodBatches(period: string): Promise<BatchInfo[]> {
    const data = await this.client.request(CrosscheckPeriodBatchesDocument, { period }, this.options());
    return data.programmes.flatMap((programme) => programme.batches.map(toBatchInfo));
  }

  /** Who entered and approved every batch of a period, and when it went to the bank (duties.ts). */
  async batchDuties(period: string): Promise<BatchDutyFacts[]> {
    const data = await this.client.request(CrosscheckBatchDutiesDocument, { period }, this.options());
    return data.programmes.flatMap((programme) => programme.batches);
  }

  private options() {
    return this.timeoutMs === undefined ? {} : { timeoutMs: this.timeoutMs };
  }
}
