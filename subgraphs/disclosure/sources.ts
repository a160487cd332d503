/**
 * What the disclosure service asks the departments, through the gateway as the hub service
 * "disclosure" acting for the public caller (so the audit log records each look at a person).
 * It owns no department data: finance answers lines and programmes, public security the register's
 * names and divisions, at request time.
 */
import type { GraphQLClient } from '../../lib/graphql-client.js';

export interface SourcePaymentLine {
  id: string;
  name: string | null;
  amount: string;
  status: string;
  failureReason: string | null;
  creditedAt: string | null;
  batch: { batchNumber: string; period: string | null; programme: { name: string | null; department: string; published: boolean } | null };
}

const PERSON_PAYMENTS = /* GraphQL */ `
  query DisclosurePersonPayments($idNumber: String!) {
    person(idNumber: $idNumber) {
      registration { name }
      paymentLines {
        id name amount status failureReason creditedAt
        batch { batchNumber period programme { name department published } }
      }
    }
  }
`;

/** The register's name and every payment line of one person; null when the register does not know the ID number. */
export async function personPayments(
  client: GraphQLClient,
  idNumber: string,
): Promise<{ registeredName: string | null; lines: SourcePaymentLine[] } | null> {
  const data = await client.request<{ person: { registration: { name: string | null } | null; paymentLines: SourcePaymentLine[] | null } | null }>(
    PERSON_PAYMENTS,
    { idNumber },
  );
  if (!data.person) return null;
  return { registeredName: data.person.registration?.name ?? null, lines: data.person.paymentLines ?? [] };
}

export interface SourceBatchLine {
  id: string;
  name: string | null;
  idNumber: string;
  amount: string;
  status: string;
  person: { registration: { divisionCode: string | null; address: string | null } | null } | null;
}

export interface SourceBatch {
  batchNumber: string;
  period: string | null;
  countyCode: string | null;
  programme: { code: string; name: string | null; published: boolean } | null;
  lines: SourceBatchLine[];
}

const BATCH_PAGE = /* GraphQL */ `
  query DisclosureBatchPage($batchNumber: String!, $first: Int!, $after: String) {
    batch(batchNumber: $batchNumber) {
      batchNumber period countyCode
      programme { code name published }
      lines(first: $first, after: $after) {
        edges { node { id name idNumber amount status person { registration { divisionCode address } } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

export const BATCH_PAGE_SIZE = 2000;

/** A whole batch with each payee's registered division and address; null when there is no such batch. */
export async function batchWithLines(client: GraphQLClient, batchNumber: string): Promise<SourceBatch | null> {
  type Page = {
    batch: (Omit<SourceBatch, 'lines'> & { lines: { edges: { node: SourceBatchLine }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }) | null;
  };
  let after: string | null = null;
  let batch: SourceBatch | null = null;
  for (;;) {
    const data: Page = await client.request<Page>(BATCH_PAGE, { batchNumber, first: BATCH_PAGE_SIZE, after });
    if (!data.batch) return null;
    const { lines, ...rest } = data.batch;
    batch ??= { ...rest, lines: [] };
    for (const edge of lines.edges) batch.lines.push(edge.node);
    if (!lines.pageInfo.hasNextPage || !lines.pageInfo.endCursor) return batch;
    after = lines.pageInfo.endCursor;
  }
}

const PUBLISHED_BATCHES = /* GraphQL */ `
  query DisclosurePublishedBatches($period: String) {
    programmes(published: true) { code name batches(period: $period) { batchNumber countyCode period } }
  }
`;

export interface SourceProgrammeBatches {
  code: string;
  name: string | null;
  batches: { batchNumber: string; countyCode: string | null; period: string | null }[];
}

export async function publishedBatches(client: GraphQLClient, period: string): Promise<SourceProgrammeBatches[]> {
  const data = await client.request<{ programmes: SourceProgrammeBatches[] }>(PUBLISHED_BATCHES, { period });
  return data.programmes;
}

const PROGRAMME = /* GraphQL */ `
  query DisclosureProgramme($code: String!) {
    programme(code: $code) { code name department published }
  }
`;

export async function programmeByCode(
  client: GraphQLClient,
  code: string,
): Promise<{ code: string; name: string | null; department: string; published: boolean } | null> {
  const data = await client.request<{ programme: { code: string; name: string | null; department: string; published: boolean } | null }>(PROGRAMME, { code });
  return data.programme;
}

const BATCH_PROGRAMME = /* GraphQL */ `
  query DisclosureBatchProgramme($batchNumber: String!) {
    batch(batchNumber: $batchNumber) { batchNumber programme { code } }
  }
`;

export async function batchProgrammeCode(client: GraphQLClient, batchNumber: string): Promise<string | null | undefined> {
  const data = await client.request<{ batch: { programme: { code: string } | null } | null }>(BATCH_PROGRAMME, { batchNumber });
  // undefined: no such batch; null: a batch whose programme the programme list does not hold.
  return data.batch === null ? undefined : (data.batch.programme?.code ?? null);
}
