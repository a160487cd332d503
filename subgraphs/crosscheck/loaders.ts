import DataLoader from 'dataloader';
import { DEPARTMENTS } from '../../lib/departments.js';
import { rulesOfDepartment } from '../../crosscheck/rules.js';
import type { CrosscheckStore } from '../../store/crosscheck-store.js';
import type { ReviewRecord } from '../../store/reviews.js';
import type { RunSummary } from '../../store/run-summary.js';
import type { RunRecord } from '../../store/runs.js';
import type { CrosscheckSources } from '../../crosscheck/sources.js';
import { countiesOfRuns } from './run-scope.js';

export interface CrosscheckLoaders {
  run: DataLoader<string, RunRecord | null>;
  reviews: DataLoader<string, ReviewRecord[]>;
  summary: DataLoader<string, RunSummary>;
  /** The counties a run belongs to (run-scope.ts). */
  counties: DataLoader<string, string[]>;
  /** Finance as this service sees it. */
  sources: () => CrosscheckSources;
}

const DEPARTMENT_RULES = new Map(DEPARTMENTS.map((d) => [d, rulesOfDepartment(d)] as const));

/** Fresh per request: a page of findings costs one review query, not one per finding. */
export function createCrosscheckLoaders(store: CrosscheckStore, sources: () => CrosscheckSources): CrosscheckLoaders {
  return {
    sources,
    counties: new DataLoader(async (ids) => {
      const found = await countiesOfRuns(store, sources, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    run: new DataLoader(async (ids) => {
      const found = await store.runs.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    reviews: new DataLoader(
      async (ids) => {
        const found = await store.reviews.byFindingIds(ids);
        return ids.map((id) => found.get(id) ?? []);
      },
      { maxBatchSize: 5000 },
    ),
    summary: new DataLoader(async (ids) => Promise.all(ids.map((id) => store.summaries.of(id, DEPARTMENT_RULES))), { batch: false }),
  };
}
