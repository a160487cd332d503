/**
 * The gateway as the cross-check engine sees it, in memory: finance's batches and lines, and each
 * screening question answered by a per-test responder. The departments' own rule semantics are
 * tested by their subgraphs; with this fake only what the engine asks and how it assembles the
 * answers. Every request is recorded by FakeGatewayClient.
 */
import { getOperationAST } from 'graphql';
import { ErrorCode } from '../lib/errors.js';
import { GraphQLRequestError } from '../lib/graphql-client.js';
import { isValidIdNumber, normaliseIdNumber } from '../lib/id-number.js';
import { normaliseName } from '../lib/text.js';
import { CHECKS, type Check } from '../crosscheck/rules.js';
import { SCREENING_OPERATIONS } from '../crosscheck/sources.js';
import { FakeGatewayClient, type RecordedCall } from './fake-gateway-client.js';
import { hitColumns, subjectRows } from './screening-wire.js';

export interface FakeBatch {
  batchNumber: string;
  programmeCode: string;
  eligibilityCondition: string | null;
  period: string;
  countyCode: string;
}

export interface FakeLine {
  id: string;
  batchNumber: string;
  idNumber: string;
  name?: string | null;
  accountNumber?: string | null;
  amount?: string;
  status?: string;
}

/** Answers one subject: the rules it hits, each with evidence. */
export type Responder = (subject: Record<string, any>) => [rule: string, evidence: string][];

/** One screening request: the question and the subjects (or line ids) it was sent with, one object per subject. */
export interface Screening {
  check: Check;
  subjects: any[];
}

const CHECK_OF_OPERATION = new Map<string, Check>(CHECKS.map((check) => [getOperationAST(SCREENING_OPERATIONS[check].document)!.name!.value, check]));

/** A subgraph that is down, as the gateway reports it. */
export function unreachable(what: string): GraphQLRequestError {
  return new GraphQLRequestError(`Subgraph ${what} could not be reached [${ErrorCode.DEPARTMENT_UNAVAILABLE}]`, 'graphql', [
    { message: `Subgraph ${what} could not be reached`, extensions: { code: ErrorCode.DEPARTMENT_UNAVAILABLE } },
  ]);
}

/** Lines grouped by batch, each group in the lines' order, groups in the order of their first line. */
function byBatch(lines: FakeLine[]): FakeLine[][] {
  const groups = new Map<string, FakeLine[]>();
  for (const line of lines) {
    const group = groups.get(line.batchNumber);
    if (group) group.push(line);
    else groups.set(line.batchNumber, [line]);
  }
  return [...groups.values()];
}

export class FakeCrosscheckGateway extends FakeGatewayClient {
  batches = new Map<string, FakeBatch>();
  lines: FakeLine[] = [];
  responders: Partial<Record<Check, Responder>> = {};
  /** Questions (or `LINES`, `VILLAGES`) that fail like an unreachable subgraph; PAYMENT_LINES also when asked with a page of lines. */
  failing = new Set<Check | 'LINES' | 'VILLAGES'>();
  /** Fail `checkLines` from this page on (0-based), to stop a run midway. */
  failLinesFromPage: number | null = null;
  /** Fail one question's n-th request (1-based), e.g. a department down for one chunk; PAYMENT_LINES counts only its own requests. */
  failWhen: ((check: Check, call: number) => boolean) | null = null;
  villages = new Map<string, string>();
  /** Screening requests in flight at once, at most. */
  maxInFlight = 0;
  onCheckLines: (() => void | Promise<void>) | null = null;
  private inFlight = 0;
  private linesPages = 0;
  /** The lines finance screened with each page read that asked for its hits. */
  private readonly screenedWithPage = new WeakMap<RecordedCall, string[]>();

  constructor() {
    super();
    for (const [operation, check] of CHECK_OF_OPERATION) this.answer(operation, (variables, call) => this.screen(check, variables, call));
    this.answer('CrosscheckLines', (variables, call) => this.checkLines(variables, call));
    // Cutting a run into chunks reads no lines; it is not a page of lines for `failLinesFromPage`.
    this.answer('CrosscheckLineChunks', (variables) => {
      if (this.failing.has('LINES')) throw unreachable('finance');
      const { lines: within } = this.linesAfter({ ...variables, first: Number.MAX_SAFE_INTEGER });
      const every = variables.every as number;
      return { chunks: { chunkEnds: within.filter((_, i) => (i + 1) % every === 0).map((line) => line.id), lines: within.length, lastId: within.at(-1)?.id ?? null } };
    });
    this.answer('CrosscheckPeriodBatches', (variables) => {
      const programmes = [...new Set([...this.batches.values()].map((b) => b.programmeCode))];
      const batches = (code: string) => [...this.batches.values()].filter((b) => b.programmeCode === code && b.period === variables.period).map((b) => this.rawBatch(b));
      return { programmes: programmes.map((code) => ({ code, batches: batches(code) })) };
    });
    this.answer('CrosscheckVillages', (variables) => {
      if (this.failing.has('VILLAGES')) throw unreachable('public_security');
      const ids = variables.idNumbers as string[];
      return { persons: ids.map((id) => (this.villages.has(id) ? { idNumber: id, registration: { divisionCode: this.villages.get(id) } } : null)) };
    });
    this.answer('CrosscheckBatch', (variables) => {
      const batch = this.batches.get(variables.batchNumber);
      return { batch: batch ? this.rawBatch(batch) : null };
    });
    this.answer('CrosscheckProgramme', (variables) => {
      const batch = [...this.batches.values()].find((b) => b.programmeCode === variables.code);
      const known = batch ?? (variables.code === 'EMPTY' ? { programmeCode: 'EMPTY', eligibilityCondition: null } : null);
      return { programme: known ? { code: known.programmeCode, name: null, eligibilityCondition: known.eligibilityCondition } : null };
    });
    this.answer('CrosscheckBatches', (variables) => ({
      batches: [...this.batches.values()]
        .filter((b) => b.programmeCode === variables.programmeCode && (variables.period == null || b.period === variables.period))
        .map((b) => this.rawBatch(b)),
    }));
  }

  addBatch(batch: FakeBatch, lines: Omit<FakeLine, 'batchNumber'>[]): void {
    this.batches.set(batch.batchNumber, batch);
    this.lines.push(...lines.map((line) => ({ ...line, batchNumber: batch.batchNumber })));
  }

  /** The screening requests from the `since`-th recorded call on, a page read with finance's hits as its PAYMENT_LINES question. */
  screenings(since = 0): Screening[] {
    return this.calls.slice(since).flatMap((call): Screening[] => {
      const screened = this.screenedWithPage.get(call);
      if (screened) return [{ check: 'PAYMENT_LINES', subjects: screened }];
      const check = CHECK_OF_OPERATION.get(call.operation);
      return check ? [{ check, subjects: subjectRows(call.variables[SCREENING_OPERATIONS[check].variable]) }] : [];
    });
  }

  /** Subjects (or line ids) sent with a question over the whole run so far. */
  asked(check: Check): any[] {
    return this.screenings()
      .filter((s) => s.check === check)
      .flatMap((s) => s.subjects);
  }

  private rawBatch(batch: FakeBatch) {
    return {
      batchNumber: batch.batchNumber,
      period: batch.period,
      countyCode: batch.countyCode,
      lineCount: this.lines.filter((l) => l.batchNumber === batch.batchNumber).length,
      programme: { code: batch.programmeCode, eligibilityCondition: batch.eligibilityCondition },
    };
  }

  private async checkLines(variables: Record<string, any>, call: RecordedCall) {
    if (this.onCheckLines) await this.onCheckLines();
    const page = this.linesPages++;
    if (this.failing.has('LINES') || (this.failLinesFromPage !== null && page >= this.failLinesFromPage)) throw unreachable('finance');
    const { lines: found, hasNextPage } = this.linesAfter(variables);
    // As finance answers its rules with the page: over the lines whose ID number is valid; an error in them fails the request.
    let paymentLineHits: ReturnType<typeof hitColumns> | undefined;
    if (variables.withPaymentLineHits === true) {
      if (this.failing.has('PAYMENT_LINES')) throw unreachable('PAYMENT_LINES');
      const screened = found.filter((line) => isValidIdNumber(normaliseIdNumber(line.idNumber))).map((line) => line.id);
      this.screenedWithPage.set(call, screened);
      paymentLineHits = hitColumns(this.hitsOf('PAYMENT_LINES', screened));
    }
    // As finance answers: a set of columns per batch, batches in the order of their first line.
    const batches = byBatch(found).map((lines) => {
      const batch = this.batches.get(lines[0]!.batchNumber)!;
      return {
        batchNumber: batch.batchNumber,
        programmeCode: batch.programmeCode,
        period: batch.period,
        countyCode: batch.countyCode,
        eligibilityCondition: batch.eligibilityCondition,
        ids: lines.map((line) => line.id),
        idNumbers: lines.map((line) => normaliseIdNumber(line.idNumber)),
        names: lines.map((line) => normaliseName(line.name === undefined ? '李四' : line.name)),
        accountNumbers: lines.map((line) => (line.accountNumber === undefined ? '6217000000000001' : line.accountNumber)),
        amounts: lines.map((line) => line.amount ?? '100.00'),
        statuses: lines.map((line) => line.status ?? 'PENDING'),
      };
    });
    return { page: { batches, pageInfo: { hasNextPage, endCursor: found.at(-1)?.id ?? null }, ...(paymentLineHits ? { paymentLineHits } : {}) } };
  }

  /** The lines of the asked batches after the asked id (through the asked one), in id order, `first` of them. */
  private linesAfter(variables: Record<string, any>): { lines: FakeLine[]; hasNextPage: boolean } {
    const wanted = new Set(variables.batchNumbers as string[]);
    const sorted = this.lines.filter((l) => wanted.has(l.batchNumber)).sort((x, y) => (BigInt(x.id) < BigInt(y.id) ? -1 : 1));
    const after = variables.after == null ? null : BigInt(variables.after);
    const through = variables.through == null ? null : BigInt(variables.through);
    const rest = sorted.filter((l) => (after === null || BigInt(l.id) > after) && (through === null || BigInt(l.id) <= through));
    const lines = rest.slice(0, variables.first as number);
    return { lines, hasNextPage: rest.length > lines.length };
  }

  /** The test's responder's hits for the subjects (a line id alone stands for a subject with that key). */
  private hitsOf(check: Check, subjects: readonly (string | Record<string, any>)[]): { key: string; rule: string; evidence: string }[] {
    const responder = this.responders[check];
    if (!responder) return [];
    return subjects.flatMap((subject) => {
      const asSubject = typeof subject === 'string' ? { key: subject } : subject;
      return responder(asSubject).map(([rule, evidence]) => ({ key: asSubject.key as string, rule, evidence }));
    });
  }

  private async screen(check: Check, variables: Record<string, any>, call: RecordedCall) {
    const nth = this.callsOf(call.operation).indexOf(call) + 1;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      // A few turns of the event loop, so that requests sent together are seen together.
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (this.failing.has(check) || this.failWhen?.(check, nth)) throw unreachable(check);
      const subjects = subjectRows(variables[SCREENING_OPERATIONS[check].variable]);
      if (subjects.length > 10_000) throw new Error('more than 10,000 subjects');
      const hits = this.hitsOf(check, subjects);
      if (check !== 'REGISTER') return { hits: hitColumns(hits) };
      // The register also names each subject's village, as public security does (null: unknown to it).
      const divisionCodes = subjects.map((subject) => (typeof subject === 'string' ? null : (this.villages.get(subject.idNumber as string) ?? null)));
      return { hits: { ...hitColumns(hits), divisionCodes } };
    } finally {
      this.inFlight--;
    }
  }
}
