/** What following findings up asks of finance, through the gateway on behalf of the user. */
import { GraphQLRequestError, type GraphQLClient } from '../../lib/graphql-client.js';
import { ErrorCode, hubError } from '../../lib/errors.js';
import { chunk } from '../../lib/chunks.js';
import { decimalToFen, nullableDecimalToFen } from '../../lib/money.js';
import { handlingDepartment } from '../../lib/programme-departments.js';
import { FollowUpBatchDocument, FollowUpLinesDocument, FollowUpProgrammesDocument } from '../__generated__/operations.js';
import type { BatchFacts, LineFacts } from './views.js';

const LINES_AT_ONCE = 1000;
/** Fewer batches than this are asked one by one; more, with the programme list. */
const BATCHES_ONE_BY_ONE = 5;

interface ProgrammeFacts {
  code: string;
  name?: string | null;
  department: string;
  departmentCode?: string | null;
  standardAmount?: string | null;
}

function factsOf(batch: { batchNumber: string; period?: string | null; countyCode?: string | null }, programme: ProgrammeFacts): BatchFacts {
  return {
    batchNumber: batch.batchNumber,
    period: batch.period ?? null,
    countyCode: batch.countyCode ?? null,
    programmeCode: programme.code,
    programmeName: programme.name ?? null,
    responsibleDepartment: programme.department,
    responsibleDepartmentCode: programme.departmentCode ?? null,
    standardFen: nullableDecimalToFen(programme.standardAmount),
    followUpDepartment: handlingDepartment(programme.department),
  };
}

/** Without finance, no finding can be placed with its department or its amount due: the request fails naming finance. */
async function fromFinance<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const reason = error instanceof GraphQLRequestError ? error.message : 'unknown error';
    throw hubError(ErrorCode.DEPARTMENT_UNAVAILABLE, `The finance (财政) one-card system could not be asked about the findings' batches and lines: ${reason}`, { department: 'FINANCE' });
  }
}

export class FollowUpSources {
  constructor(private readonly client: GraphQLClient) {}

  /** Every batch (of `period` when given) by batch number, with its programme's facts. */
  async batches(period: string | null): Promise<Map<string, BatchFacts>> {
    const data = await fromFinance(() => this.client.request(FollowUpProgrammesDocument, { period }));
    const batches = new Map<string, BatchFacts>();
    for (const programme of data.programmes) {
      for (const batch of programme.batches) batches.set(batch.batchNumber, factsOf(batch, programme));
    }
    return batches;
  }

  /** These batches by batch number; one finance does not have (or whose programme it does not list) is absent. */
  async someBatches(batchNumbers: readonly string[]): Promise<Map<string, BatchFacts>> {
    const wanted = [...new Set(batchNumbers)];
    if (wanted.length >= BATCHES_ONE_BY_ONE) {
      const all = await this.batches(null);
      return new Map(wanted.flatMap((b) => (all.has(b) ? [[b, all.get(b)!] as const] : [])));
    }
    const found = new Map<string, BatchFacts>();
    for (const batchNumber of wanted) {
      const data = await fromFinance(() => this.client.request(FollowUpBatchDocument, { batchNumber }));
      if (data.batch?.programme) found.set(batchNumber, factsOf(data.batch, data.batch.programme));
    }
    return found;
  }

  /** The lines by id; a line finance no longer has is absent. */
  async lines(ids: readonly string[]): Promise<Map<string, LineFacts>> {
    const lines = new Map<string, LineFacts>();
    for (const part of chunk([...new Set(ids)], LINES_AT_ONCE)) {
      const data = await fromFinance(() => this.client.request(FollowUpLinesDocument, { ids: part }));
      for (const line of data.followUpLines) {
        if (!line) continue;
        lines.set(line.id, { idNumber: line.idNumber ?? null, name: line.name ?? null, status: line.status, amountFen: decimalToFen(line.amount) });
      }
    }
    return lines;
  }
}
