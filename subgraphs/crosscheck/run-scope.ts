/**
 * A run belongs to the counties of its batches (ruling 5): an analyst reads, compares, re-runs and
 * reviews only runs whose every batch is disbursed inside their regions. The counties are asked of
 * finance once per run, as this service, and kept with the run (store/run-counties.ts).
 */
import type { GraphQLError } from 'graphql';
import { forbiddenOutsideScope, codeInRegions } from '../../access/scope.js';
import type { Identity } from '../../access/identity.js';
import { countiesOfRun } from '../../crosscheck/scope.js';
import type { CrosscheckSources } from '../../crosscheck/sources.js';
import type { CrosscheckStore } from '../../store/crosscheck-store.js';
import type { RunRecord } from '../../store/runs.js';

/** Runs whose counties are recorded before an analyst's list is read; older runs follow on later lists. */
const BACKFILL_PER_LIST = 200;

/** The counties of each run, recording those not yet recorded. */
export async function countiesOfRuns(store: CrosscheckStore, sources: () => CrosscheckSources, runIds: readonly string[]): Promise<Map<string, string[]>> {
  const found = await store.runCounties.of(runIds);
  const missing = runIds.filter((id) => !found.has(id));
  if (missing.length === 0) return found;
  const runs = await store.runs.byIds(missing);
  for (const run of runs.values()) {
    const counties = await countiesOfRun(run.scope, sources());
    await store.runCounties.record(run.id, counties);
    found.set(run.id, counties.map((c) => c ?? ''));
  }
  return found;
}

/** Before an analyst's list: every run gets its counties recorded, so the list can be filtered by them. */
export async function recordUnrecordedCounties(store: CrosscheckStore, sources: () => CrosscheckSources): Promise<void> {
  const ids = await store.runCounties.unrecorded(BACKFILL_PER_LIST);
  if (ids.length > 0) await countiesOfRuns(store, sources, ids);
}

export function runInScope(identity: Identity, counties: readonly string[]): boolean {
  return counties.length > 0 && counties.every((county) => county !== '' && codeInRegions(county, identity.regions));
}

export function runOutsideScope(identity: Identity, run: RunRecord, counties: readonly string[]): GraphQLError {
  const known = counties.filter((c) => c !== '');
  const where = known.length > 0 ? `batches of county ${known.join(', ')}` : 'batches finance no longer knows';
  return forbiddenOutsideScope(identity, `cross-check run ${run.id} (${where})`);
}
