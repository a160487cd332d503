/**
 * The checks of duties and timing of one run: finance is asked once for the duty fields of every
 * batch of the run's period, each of the run's batches is checked (duties.ts), and the findings are
 * kept with the run in one write. Done when a run (or a rerun) starts, before its lines are checked,
 * so a finished run always has them. Finance failing makes them NOT_CHECKED, never passed.
 */
import type { CrosscheckStore } from '../store/crosscheck-store.js';
import type { BatchFindingRecord } from '../store/batch-findings.js';
import type { RunRecord } from '../store/runs.js';
import { describeFailure } from './chunk.js';
import { checkBatchDuties, notChecked, type BatchDutyFacts } from './duties.js';

export interface DutyRunOptions {
  /** Day of the period's month by which a batch is to be sent to the bank. */
  deadlineDay: number;
  now: () => Date;
}

export async function checkRunBatches(
  run: RunRecord,
  store: CrosscheckStore,
  batchDuties: (period: string) => Promise<BatchDutyFacts[]>,
  options: DutyRunOptions,
): Promise<BatchFindingRecord[]> {
  const now = options.now();
  let findings: BatchFindingRecord[];
  try {
    const known = new Map((await batchDuties(run.scope.period)).map((batch) => [batch.batchNumber, batch]));
    findings = run.scope.batchNumbers.flatMap((batchNumber) => {
      const batch = known.get(batchNumber);
      return batch ? checkBatchDuties(batch, { deadlineDay: options.deadlineDay, now }) : notChecked(batchNumber, '财政一卡通系统中没有找到该批次');
    });
  } catch (error) {
    const reason = describeFailure(error).replace(/^Error: /, '');
    findings = run.scope.batchNumbers.flatMap((batchNumber) => notChecked(batchNumber, `财政部门暂时无法查询（${reason}）`));
  }
  await store.batchFindings.replace(run.id, findings, now.toISOString());
  return findings;
}
