/**
 * Runs one cross-check over its batches: a page of lines from finance at a time, the screening
 * questions for that page asked of all departments at once through the gateway, the page's
 * findings and gaps written in one transaction, then the next page. While a page is checked, the
 * next one is already being read from finance, so memory holds two pages at most.
 */
import { GraphQLRequestError, redactIdNumbers } from '../lib/graphql-client.js';
import type { CrosscheckStore } from '../store/crosscheck-store.js';
import type { RunRecord } from '../store/runs.js';
import { assessChunk, planLine, subjectsFor, type CheckOutcome, type PlannedLine } from './assess.js';
import { CHECKS, type Check } from './rules.js';
import type { CheckLine, CheckLinePage, CrosscheckSources } from './sources.js';

export const DEFAULT_CHUNK_SIZE = 2000;
/** The departments' screening queries accept at most this many subjects. */
export const MAX_CHUNK_SIZE = 10_000;

export interface EngineOptions {
  chunkSize?: number;
  now?: () => Date;
  /** Checked between chunks: a stopping service ends the run as FAILED, resumable by a rerun. */
  signal?: AbortSignal;
}

export class RunInterrupted extends Error {}

export function compareLineIds(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function describeFailure(error: unknown): string {
  if (error instanceof GraphQLRequestError) return error.message;
  return redactIdNumbers(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}

async function ask(sources: CrosscheckSources, planned: readonly PlannedLine[]): Promise<Partial<Record<Check, CheckOutcome>>> {
  const asked = CHECKS.filter((check) => planned.some((p) => p.checks.includes(check)));
  const answers = await Promise.all(
    asked.map(async (check): Promise<[Check, CheckOutcome]> => {
      const subjects = subjectsFor(check, planned);
      if (subjects.length === 0) return [check, { ok: true, hits: [] }];
      try {
        return [check, { ok: true, hits: await sources.screen(check, subjects) }];
      } catch (error) {
        return [check, { ok: false, reason: describeFailure(error) }];
      }
    }),
  );
  return Object.fromEntries(answers);
}

/** Villages of the persons flagged in this chunk; a register that cannot say leaves them unknown. */
async function villagesOf(sources: CrosscheckSources, idNumbers: string[], outcomes: Partial<Record<Check, CheckOutcome>>): Promise<Map<string, string | null>> {
  if (idNumbers.length === 0 || outcomes.REGISTER?.ok === false) return new Map();
  try {
    return await sources.villages(idNumbers);
  } catch {
    return new Map();
  }
}

async function checkChunk(
  run: RunRecord,
  lines: readonly CheckLine[],
  coveredAtStart: string | null,
  store: CrosscheckStore,
  sources: CrosscheckSources,
) {
  const first = lines[0]!;
  const last = lines.at(-1)!;
  const touchesCovered = coveredAtStart !== null && compareLineIds(first.id, coveredAtStart) <= 0;
  const gaps = touchesCovered
    ? await store.notChecked.between(run.id, first.id, compareLineIds(last.id, coveredAtStart!) < 0 ? last.id : coveredAtStart!)
    : new Map();
  const planned = lines
    .map((line) => planLine(line, coveredAtStart === null || compareLineIds(line.id, coveredAtStart) > 0, gaps.get(line.id)))
    .filter((p): p is PlannedLine => p !== null);
  const outcomes = await ask(sources, planned);
  const assessment = assessChunk(planned, outcomes);
  const unknownOrInvalid = new Set(assessment.findings.filter((f) => f.rule === 'PERSON_UNKNOWN' || f.rule === 'ID_INVALID').map((f) => f.lineId));
  const flagged = [...new Set(assessment.findings.filter((f) => !unknownOrInvalid.has(f.lineId)).map((f) => f.idNumber))];
  const villages = await villagesOf(sources, flagged, outcomes);
  const findings = assessment.findings.map(({ idNumber, ...finding }) => ({ ...finding, village: villages.get(idNumber) ?? null }));
  return { ...assessment, findings };
}

/** Runs (or continues, for a rerun) a cross-check to its end; never throws, the outcome is in the store. */
export async function executeRun(runId: string, store: CrosscheckStore, sources: CrosscheckSources, options: EngineOptions = {}): Promise<RunRecord> {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) throw new RangeError(`chunk size must be 1..${MAX_CHUNK_SIZE}`);
  const run = await store.runs.get(runId);
  if (!run) throw new Error(`run ${runId} does not exist`);
  const coveredAtStart = run.coveredThrough;
  let coveredThrough = run.coveredThrough;
  let reachedEnd = run.reachedEnd;
  let linesChecked = 0;
  // Finance reads the next page while the current one is checked (one page ahead, never more), so
  // its read overlaps the departments' screening. A read never rejects here: its failure is raised
  // when its page is due, exactly as if it had been read then.
  const readPage = (after: string | null): Promise<{ page: CheckLinePage } | { error: unknown }> =>
    sources.checkLines(run.scope.batchNumbers, after, chunkSize).then(
      (page) => ({ page }),
      (error: unknown) => ({ error }),
    );
  let next = readPage(null);
  try {
    for (;;) {
      if (options.signal?.aborted) throw new RunInterrupted('the cross-check service stopped before the run ended; a rerun continues it');
      const read = await next;
      // Without finance's lines there is nothing to check: the run stops, resumable where it stopped.
      if ('error' in read) throw new Error(`the lines could not be read from finance (财政): ${describeFailure(read.error)}`);
      const { page } = read;
      const more = page.hasNextPage && page.endCursor !== null;
      if (more) next = readPage(page.endCursor);
      const change =
        page.lines.length > 0
          ? await checkChunk(run, page.lines, coveredAtStart, store, sources)
          : { findings: [], notChecked: [], clearNotChecked: [], replaceFindings: [] };
      const last = page.lines.at(-1);
      if (last && (coveredThrough === null || compareLineIds(last.id, coveredThrough) > 0)) coveredThrough = last.id;
      if (!page.hasNextPage) reachedEnd = true;
      linesChecked += page.lines.length;
      await store.runs.commitChunk(run.id, { ...change, progress: { linesChecked, coveredThrough, reachedEnd, at: now() } });
      if (!more) break;
    }
    return await store.runs.finish(run.id, { at: now() });
  } catch (error) {
    const message = error instanceof RunInterrupted ? error.message : describeFailure(error).replace(/^Error: /, '');
    return store.runs.finish(run.id, { at: now(), error: message });
  }
}
