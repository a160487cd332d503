/**
 * One chunk of a run, start to end: its lines read from finance, the screening questions for them
 * asked of all departments at once through the gateway, and its findings and gaps committed in one
 * transaction keyed by (run, chunk). The same processor serves the in-process engine and every
 * `hub worker`, so a run means the same whichever checks it.
 */
import { chunk as slices } from '../lib/chunks.js';
import { GraphQLRequestError, redactIdNumbers } from '../lib/graphql-client.js';
import type { CrosscheckStore } from '../store/crosscheck-store.js';
import type { RunChunk } from '../store/run-chunks.js';
import type { ChunkChange, CommitOutcome, RunRecord } from '../store/runs.js';
import { assessChunk, planLine, subjectsFor, type Assessment, type CheckOutcome, type PlannedLine } from './assess.js';
import { CHECKS, type Check } from './rules.js';
import type { CheckLine, CheckSubjects, CrosscheckSources, ScreeningHit } from './sources.js';

/**
 * The largest chunk whose every screening request fits the default 1,000,000-byte body limit when
 * each line's fields are at their columns' maximum (19-digit line id, a 50-character name of 4-byte
 * characters: 274 bytes per REGISTER subject; crosscheck/screening-wire.test.ts checks it).
 */
export const WIDEST_FITTING_CHUNK = 3600;

/**
 * Lines per chunk by default (HUB_CHUNK_LINES). Lines as counties pay them (10-digit ids, names of
 * a few characters) take about a hundred bytes per subject, so a chunk of this size is still one
 * request per question (screening-wire.test.ts checks it); a chunk of wider text is asked in parts
 * (CrosscheckSources.screen). Larger chunks than WIDEST_FITTING_CHUNK cost the gateway, the audit
 * log and the departments fewer requests: about a tenth of a run's time in bench/crosscheck.ts.
 */
export const DEFAULT_CHUNK_SIZE = 6000;
/** The departments' screening queries accept at most this many subjects. */
export const MAX_CHUNK_SIZE = 10_000;

export function checkChunkSize(chunkSize: number): number {
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) throw new RangeError(`chunk size must be 1..${MAX_CHUNK_SIZE}`);
  return chunkSize;
}

export function describeFailure(error: unknown): string {
  if (error instanceof GraphQLRequestError) return error.message;
  return redactIdNumbers(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}

/** Why a run stops when finance cannot hand over its lines: there is nothing to check without them. */
export function linesUnreadable(error: unknown): string {
  return `the lines could not be read from finance (财政): ${describeFailure(error)}`;
}

/** A chunk's lines as read, and finance's PAYMENT_LINES hits for them when finance answered them with the lines. */
export interface ChunkLines {
  lines: CheckLine[];
  /** Null when the question is still to be asked. */
  paymentLineHits: ScreeningHit[] | null;
}

/**
 * The lines of a chunk: after its first id, through its last (the last chunk: through whatever is
 * last by now). One request when the batches are as they were when the run was cut into chunks.
 * Finance reads them by the chunk's own range of line ids, not from the rest of the run.
 *
 * A fresh chunk asks finance for its PAYMENT_LINES hits with the lines. Should that answer fail,
 * the lines are read again without it and the question is asked on its own, where its failure
 * leaves finance's rules not checked for the chunk, as any department's failure does.
 */
export async function readChunkLines(sources: CrosscheckSources, batchNumbers: readonly string[], chunk: RunChunk, pageSize = DEFAULT_CHUNK_SIZE): Promise<ChunkLines> {
  if (chunk.mode === 'FRESH') {
    try {
      return await readChunkPages(sources, batchNumbers, chunk, pageSize, true);
    } catch {
      // Whatever failed, the plain read below says whether the lines themselves can be read.
    }
  }
  return readChunkPages(sources, batchNumbers, chunk, pageSize, false);
}

async function readChunkPages(sources: CrosscheckSources, batchNumbers: readonly string[], chunk: RunChunk, pageSize: number, withPaymentLineHits: boolean): Promise<ChunkLines> {
  const lines: CheckLine[] = [];
  let paymentLineHits: ScreeningHit[] | null = withPaymentLineHits ? [] : null;
  let after = chunk.afterId;
  let first = Math.min(Math.max(chunk.lines, 1), MAX_CHUNK_SIZE);
  for (;;) {
    const page = await sources.checkLines(batchNumbers, after, first, chunk.lastId, withPaymentLineHits);
    for (const line of page.lines) lines.push(line);
    if (paymentLineHits !== null && page.paymentLineHits) for (const hit of page.paymentLineHits) paymentLineHits.push(hit);
    else paymentLineHits = null;
    if (!page.hasNextPage || page.endCursor === null) return { lines, paymentLineHits };
    after = page.endCursor;
    first = pageSize;
  }
}

/** Asks each department about the planned lines, but for the questions `answered` already holds. */
async function ask(sources: CrosscheckSources, planned: readonly PlannedLine[], answered: Partial<Record<Check, CheckOutcome>>): Promise<Partial<Record<Check, CheckOutcome>>> {
  const asked = CHECKS.filter((check) => planned.some((p) => p.checks.includes(check)));
  const answers = await Promise.all(
    asked.map(async (check): Promise<[Check, CheckOutcome]> => {
      const known = answered[check];
      if (known) return [check, known];
      const subjects = subjectsFor(check, planned);
      if (subjects.length === 0) return [check, { ok: true, hits: [] }];
      try {
        if (check === 'REGISTER') return [check, { ok: true, ...(await sources.screenRegister(subjects as CheckSubjects['REGISTER'])) }];
        return [check, { ok: true, hits: await sources.screen(check, subjects) }];
      } catch (error) {
        return [check, { ok: false, reason: describeFailure(error) }];
      }
    }),
  );
  return Object.fromEntries(answers);
}

/**
 * Villages of the persons flagged in this chunk: the register's answer names those it was asked
 * about; the rest (a rerun that did not ask the register) are asked. A register that cannot say
 * leaves them unknown.
 */
async function villagesOf(sources: CrosscheckSources, idNumbers: string[], outcomes: Partial<Record<Check, CheckOutcome>>): Promise<ReadonlyMap<string, string | null>> {
  const register = outcomes.REGISTER;
  if (idNumbers.length === 0 || register?.ok === false) return new Map();
  const named = register?.divisions ?? new Map<string, string | null>();
  const unnamed = idNumbers.filter((id) => !named.has(id));
  if (unnamed.length === 0) return named;
  try {
    const asked = await sources.villages(unnamed);
    return new Map([...named, ...asked]);
  } catch {
    return named;
  }
}

/** At most MAX_CHUNK_SIZE lines, asked together. */
async function assessPart(planned: PlannedLine[], sources: CrosscheckSources, answered: Partial<Record<Check, CheckOutcome>>): Promise<ChunkChange> {
  const outcomes = await ask(sources, planned, answered);
  const assessment: Assessment = assessChunk(planned, outcomes);
  const unknownOrInvalid = new Set(assessment.findings.filter((f) => f.rule === 'PERSON_UNKNOWN' || f.rule === 'ID_INVALID').map((f) => f.lineId));
  const flagged = [...new Set(assessment.findings.filter((f) => !unknownOrInvalid.has(f.lineId)).map((f) => f.idNumber))];
  const villages = await villagesOf(sources, flagged, outcomes);
  const findings = assessment.findings.map(({ idNumber, ...finding }) => ({ ...finding, village: villages.get(idNumber) ?? null }));
  return { ...assessment, findings };
}

/** What a chunk's lines come to: every applicable check on a FRESH chunk, the recorded gaps on a GAPS chunk. */
export async function checkChunk(run: RunRecord, chunk: RunChunk, read: ChunkLines, store: CrosscheckStore, sources: CrosscheckSources): Promise<ChunkChange> {
  const change: ChunkChange = { findings: [], notChecked: [], clearNotChecked: [], replaceFindings: [] };
  const { lines } = read;
  if (lines.length === 0) return change;
  // Finance's hits are keyed by line id: the assessment reads each planned line's own, in any part.
  const answered: Partial<Record<Check, CheckOutcome>> = read.paymentLineHits ? { PAYMENT_LINES: { ok: true, hits: read.paymentLineHits } } : {};
  const fresh = chunk.mode === 'FRESH';
  const gaps = fresh ? new Map() : await store.notChecked.between(run.id, lines[0]!.id, lines.at(-1)!.id);
  const planned = lines.map((line) => planLine(line, fresh, gaps.get(line.id))).filter((p): p is PlannedLine => p !== null);
  // The last chunk can outgrow the departments' limit when finance added lines after the run was cut.
  for (const part of slices(planned, MAX_CHUNK_SIZE)) {
    const assessed = await assessPart(part, sources, answered);
    change.findings.push(...assessed.findings);
    change.notChecked.push(...assessed.notChecked);
    change.clearNotChecked.push(...assessed.clearNotChecked);
    change.replaceFindings.push(...assessed.replaceFindings);
  }
  return change;
}

/** Checks lines already read and commits them as the chunk; a chunk committed before writes nothing. */
export async function checkAndCommit(
  run: RunRecord,
  chunk: RunChunk,
  read: ChunkLines,
  context: { store: CrosscheckStore; sources: CrosscheckSources; worker: string; now: () => string },
): Promise<CommitOutcome> {
  const { lines } = read;
  const change = await checkChunk(run, chunk, read, context.store, context.sources);
  const commit = { chunkNo: chunk.chunkNo, lines: lines.length, lastLineId: lines.at(-1)?.id ?? null, at: context.now(), worker: context.worker };
  return context.store.runs.commitChunk(run.id, commit, change);
}
