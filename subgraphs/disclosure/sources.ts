/**
 * What the disclosure service asks the departments, through the gateway as the hub service
 * "disclosure" acting for the public caller (so the audit log records each look at a person).
 * It owns no department data: finance answers lines and programmes, public security the register's
 * names and divisions, at request time.
 */
import type { GraphQLClient } from '../../lib/graphql-client.js';
import {
  DisclosureBatchIndexDocument,
  DisclosureBatchPageDocument,
  DisclosureBatchPersonsDocument,
  DisclosureBatchProgrammeDocument,
  DisclosurePersonPaymentsDocument,
  DisclosureProgrammeDocument,
  DisclosurePublishedBatchesDocument,
  type DisclosureBatchIndexQuery,
  type DisclosureBatchPageQuery,
  type DisclosureBatchPersonsQuery,
  type DisclosurePersonPaymentsQuery,
  type DisclosureProgrammeQuery,
  type DisclosurePublishedBatchesQuery,
} from './__generated__/operations.js';

export type SourcePaymentLine = NonNullable<NonNullable<DisclosurePersonPaymentsQuery['person']>['paymentLines']>[number];

/** The register's name and every payment line of one person; null when the register does not know the ID number. */
export async function personPayments(
  client: GraphQLClient,
  idNumber: string,
): Promise<{ registeredName: string | null; lines: SourcePaymentLine[] } | null> {
  const { person } = await client.request(DisclosurePersonPaymentsDocument, { idNumber });
  if (!person) return null;
  return { registeredName: person.registration?.name ?? null, lines: person.paymentLines ?? [] };
}

type BatchPage = NonNullable<DisclosureBatchPageQuery['batch']>;
export type SourceBatchLine = BatchPage['lines']['edges'][number]['node'];
export type SourceBatch = Omit<BatchPage, 'lines'> & { lines: SourceBatchLine[] };

export const BATCH_PAGE_SIZE = 2000;

/** A whole batch with each payee's registered division and address; null when there is no such batch. */
export async function batchWithLines(client: GraphQLClient, batchNumber: string): Promise<SourceBatch | null> {
  let after: string | null = null;
  let batch: SourceBatch | null = null;
  for (;;) {
    const data: DisclosureBatchPageQuery = await client.request(DisclosureBatchPageDocument, { batchNumber, first: BATCH_PAGE_SIZE, after });
    if (!data.batch) return null;
    const { lines, ...rest } = data.batch;
    batch ??= { ...rest, lines: [] };
    for (const edge of lines.edges) batch.lines.push(edge.node);
    if (!lines.pageInfo.hasNextPage || !lines.pageInfo.endCursor) return batch;
    after = lines.pageInfo.endCursor;
  }
}

export type SourceProgrammeBatches = DisclosurePublishedBatchesQuery['programmes'][number];

export async function publishedBatches(client: GraphQLClient, period: string): Promise<SourceProgrammeBatches[]> {
  return (await client.request(DisclosurePublishedBatchesDocument, { period })).programmes;
}

export type SourceProgramme = NonNullable<DisclosureProgrammeQuery['programme']>;

export async function programmeByCode(client: GraphQLClient, code: string): Promise<SourceProgramme | null> {
  return (await client.request(DisclosureProgrammeDocument, { code })).programme ?? null;
}

export async function batchProgrammeCode(client: GraphQLClient, batchNumber: string): Promise<string | null | undefined> {
  const { batch } = await client.request(DisclosureBatchProgrammeDocument, { batchNumber });
  // undefined: no such batch; null: a batch whose programme the programme list does not hold.
  return batch == null ? undefined : (batch.programme?.code ?? null);
}

export type SourceIndexProgramme = DisclosureBatchIndexQuery['programmes'][number];

/** The published programmes with their batches (no lines), optionally of one period. */
export async function batchIndex(client: GraphQLClient, period: string | null): Promise<SourceIndexProgramme[]> {
  return (await client.request(DisclosureBatchIndexDocument, { period })).programmes;
}

export type SourceBatchPerson = DisclosureBatchPersonsQuery['checkLines']['lines'][number];

/** The lines (batch, ID number, amount) of the given batches, a page at a time. */
export async function* batchLinePages(client: GraphQLClient, batchNumbers: string[], first: number): AsyncIterable<SourceBatchPerson[]> {
  let after: string | null = null;
  for (;;) {
    const { checkLines }: DisclosureBatchPersonsQuery = await client.request(DisclosureBatchPersonsDocument, { batchNumbers, first, after });
    yield checkLines.lines;
    if (!checkLines.pageInfo.hasNextPage || !checkLines.pageInfo.endCursor) return;
    after = checkLines.pageInfo.endCursor;
  }
}
