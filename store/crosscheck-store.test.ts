import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { describeOrSkip } from '../test-support/skip.js';
import assert from '../test-support/assert.js';
import type { Department } from '../lib/departments.js';
import { TEST_DIALECTS, skipUnlessAvailable } from '../test-support/legacy-db.js';
import { throwawayStore, type ThrowawayStore } from '../test-support/store-db.js';
import type { Rule } from '../lib/rules.js';
import { CrosscheckStore } from './crosscheck-store.js';
import type { NewFinding } from './findings.js';
import type { ChunkChange, CommitOutcome, RunScope } from './runs.js';

const SCOPE: RunScope = { kind: 'BATCH', batchNumber: 'PCH202403001', programmeCode: 'DB01', period: '202403', batchNumbers: ['PCH202403001'], eligibilityCondition: 'DIBAO' };
const AT = '2024-03-05T01:00:00.000Z';
/** The rules some departments decide, as much of the engine's table (crosscheck/rules.ts) as these findings need. */
const DEPARTMENT_RULES = new Map<Department, Rule[]>([
  ['PUBLIC_SECURITY', ['PERSON_UNKNOWN', 'DECEASED']],
  ['JUSTICE', ['IN_CUSTODY']],
  ['HR', ['CARD_HOLDER_MISMATCH', 'CARD_NOT_ACTIVE']],
  ['FINANCE', ['DUPLICATE_PAYMENT', 'ACCOUNT_NOT_REGISTERED', 'MULTIPLE_ACCOUNTS', 'AMOUNT_ABOVE_STANDARD']],
]);

function finding(lineId: string, rule: Rule, amountFen: number, overrides: Partial<NewFinding> = {}): NewFinding {
  const departments: Department[] = rule === 'ID_INVALID' ? [] : [rule === 'DECEASED' || rule === 'PERSON_UNKNOWN' ? 'PUBLIC_SECURITY' : rule === 'IN_CUSTODY' ? 'JUSTICE' : 'FINANCE'];
  return { lineId, rule, departments, evidence: `evidence ${rule}`, amountFen, batchNumber: 'PCH202403001', village: '610727101001', ...overrides };
}

function change(partial: Partial<ChunkChange>): ChunkChange {
  return { findings: [], notChecked: [], clearNotChecked: [], replaceFindings: [], ...partial };
}

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`cross-check store on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let db: ThrowawayStore;
    let store: CrosscheckStore;

    beforeAll(async () => {
      db = await throwawayStore(dialect, 'store');
      store = await CrosscheckStore.open(db.location);
    });

    afterAll(async () => {
      await store?.close();
      await db?.drop();
    });

    /** Cuts a run into chunks ending with these line ids; the last chunk (null) runs to the end. */
    async function plan(runId: string, lastIds: (string | null)[] = [null]): Promise<void> {
      await store.chunks.plan(runId, lastIds.map((lastId, i) => ({ afterId: i === 0 ? null : lastIds[i - 1]!, lastId, lines: 1 })));
    }

    /** Commits chunk `chunkNo` of a run: its change, the lines it went through and the last of them. */
    function commit(runId: string, chunkNo: number, partial: Partial<ChunkChange>, lines: number, lastLineId: string | null): Promise<CommitOutcome> {
      return store.runs.commitChunk(runId, { chunkNo, lines, lastLineId, at: AT, worker: 'test' }, change(partial));
    }

    test('opening the store twice keeps its tables and their rows', async () => {
      const run = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: AT, linesTotal: 10 });
      const again = await CrosscheckStore.open(db.location);
      try {
        assert.equal((await again.runs.get(run.id))?.startedBy, 'alice');
      } finally {
        await again.close();
      }
    });

    test('a new run records who started it, when, on what, and is running', async () => {
      const run = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: AT, linesTotal: 2000 });
      assert.equal(run.status, 'RUNNING');
      assert.equal(run.startedBy, 'alice');
      assert.equal(run.startedAt, AT);
      assert.deepEqual(run.scope, SCOPE);
      assert.equal(run.linesTotal, 2000);
      assert.equal(run.linesChecked, 0);
      assert.equal(run.coveredThrough, null);
      assert.equal(run.reachedEnd, false);
    });

    test('a chunk that cannot be written leaves nothing of itself behind', async () => {
      const run = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: AT, linesTotal: 2 });
      await plan(run.id, ['1', null]);
      await commit(run.id, 0, { findings: [finding('1', 'DECEASED', 100)] }, 1, '1');
      // The second chunk repeats a (line, rule) pair: the unique key fails the whole transaction.
      await assert.rejects(
        commit(
          run.id,
          1,
          { findings: [finding('2', 'IN_CUSTODY', 100), finding('1', 'DECEASED', 100)], notChecked: [{ lineId: '2', department: 'HR', rules: ['CARD_NOT_ACTIVE'], reason: 'down', amountFen: 100, batchNumber: 'B' }] },
          1,
          '2',
        ),
      );
      assert.equal((await store.chunks.get(run.id, 1))?.status, 'QUEUED');
      const page = await store.findings.page(run.id, {}, 10, null);
      assert.deepEqual(page.items.map((f) => [f.lineId, f.rule]), [['1', 'DECEASED']]);
      assert.equal((await store.notChecked.page(run.id, {}, 10, null)).totalCount, 0);
      const progress = await store.runs.get(run.id);
      assert.equal(progress?.linesChecked, 1);
      assert.equal(progress?.coveredThrough, '1');
    });

    test('a chunk committed twice is written once, in any order, and the commit of the last chunk ends the run', async () => {
      const run = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: AT, linesTotal: 3 });
      await plan(run.id, ['2', null]);
      assert.deepEqual(await commit(run.id, 1, { findings: [finding('3', 'DECEASED', 1)] }, 1, '3'), { outcome: 'COMMITTED', finished: null });
      assert.deepEqual(await commit(run.id, 1, { findings: [finding('3', 'IN_CUSTODY', 1)] }, 1, '3'), { outcome: 'ALREADY_COMMITTED' });
      const halfway = await store.runs.get(run.id);
      assert.deepEqual([halfway?.status, halfway?.linesChecked, halfway?.coveredThrough, halfway?.reachedEnd], ['RUNNING', 1, null, false]);
      const gap = { lineId: '2', department: 'JUSTICE' as const, rules: ['IN_CUSTODY' as const], reason: 'down', amountFen: 1, batchNumber: 'B' };
      assert.deepEqual(await commit(run.id, 0, { notChecked: [gap] }, 2, '2'), { outcome: 'COMMITTED', finished: 'COMPLETED_WITH_GAPS' });
      const ended = await store.runs.get(run.id);
      assert.deepEqual([ended?.status, ended?.linesChecked, ended?.coveredThrough, ended?.reachedEnd, ended?.finishedAt], ['COMPLETED_WITH_GAPS', 3, '3', true, AT]);
      assert.deepEqual((await store.findings.page(run.id, {}, 10, null)).items.map((f) => [f.lineId, f.rule]), [['3', 'DECEASED']]);
      assert.deepEqual((await store.chunks.list(run.id)).map((c) => [c.chunkNo, c.status, c.worker, c.lastId]), [
        [0, 'COMMITTED', 'test', '2'],
        [1, 'COMMITTED', 'test', '3'],
      ]);
    });

    test('a chunk of a run that is no longer running writes nothing', async () => {
      const run = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: AT, linesTotal: 1 });
      await plan(run.id);
      await store.runs.finish(run.id, { at: AT, error: 'no worker made progress' });
      assert.deepEqual(await commit(run.id, 0, { findings: [finding('1', 'DECEASED', 1)] }, 1, '1'), { outcome: 'RUN_ENDED', status: 'FAILED' });
      assert.equal((await store.findings.page(run.id, {}, 10, null)).totalCount, 0);
      assert.equal((await store.chunks.get(run.id, 0))?.status, 'QUEUED');
      assert.equal((await store.runs.finish(run.id, { at: AT })).status, 'FAILED', 'a failed run stays failed');
    });

    test('chunks of one run committed at the same time are all kept, and the run ends once', async () => {
      const run = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: AT, linesTotal: 10 });
      const lastIds = Array.from({ length: 10 }, (_, i) => (i === 9 ? null : String(i + 1)));
      await plan(run.id, lastIds);
      const outcomes = await Promise.all(lastIds.map((_, i) => commit(run.id, i, { findings: [finding(String(i + 1), 'DECEASED', 1)] }, 1, String(i + 1))));
      assert.deepEqual(outcomes.filter((o) => o.outcome === 'COMMITTED' && o.finished !== null).length, 1);
      const ended = await store.runs.get(run.id);
      assert.deepEqual([ended?.status, ended?.linesChecked, ended?.coveredThrough], ['COMPLETED', 10, '10']);
      assert.equal((await store.findings.page(run.id, {}, 100, null)).totalCount, 10);
    });

    test('a run is planned once: a second plan of the same run keeps the first', async () => {
      const run = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: AT, linesTotal: 2 });
      assert.equal(await store.chunks.plan(run.id, [{ afterId: null, lastId: '1', lines: 1 }, { afterId: '1', lastId: null, lines: 1 }]), true);
      assert.equal(await store.chunks.plan(run.id, [{ afterId: null, lastId: null, lines: 2 }]), false);
      assert.deepEqual((await store.chunks.list(run.id)).map((c) => [c.afterId, c.lastId, c.lines, c.mode, c.status]), [
        [null, '1', 1, 'FRESH', 'QUEUED'],
        ['1', null, 1, 'FRESH', 'QUEUED'],
      ]);
    });

    test('a rerun keeps what its source committed and queues again only what the source left or left gaps in', async () => {
      const source = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: AT, linesTotal: 3 });
      await plan(source.id, ['1', '2', null]);
      await commit(source.id, 0, { findings: [finding('1', 'DECEASED', 1)] }, 1, '1');
      await commit(source.id, 1, { notChecked: [{ lineId: '2', department: 'JUSTICE', rules: ['IN_CUSTODY'], reason: 'down', amountFen: 1, batchNumber: 'B' }] }, 1, '2');
      const failed = await store.runs.finish(source.id, { at: AT, error: 'no worker made progress' });
      const rerun = await store.runs.createRerun(failed, { startedBy: 'bob', at: AT });
      assert.deepEqual((await store.chunks.list(rerun.id)).map((c) => [c.chunkNo, c.mode, c.status]), [
        [0, 'FRESH', 'COMMITTED'],
        [1, 'GAPS', 'QUEUED'],
        [2, 'FRESH', 'QUEUED'],
      ]);
      assert.equal(rerun.linesChecked, 1, 'what the source committed counts as gone through');
      assert.deepEqual(await store.chunks.firstQueuedOfRunningRuns().then((all) => all.filter((r) => r.runId === rerun.id)), [{ runId: rerun.id, chunkNo: 1 }]);
    });

    test('the amount at risk per rule is exact and counts each line once per rule', async () => {
      const run = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: AT, linesTotal: 3 });
      await plan(run.id);
      await commit(
        run.id,
        0,
        {
          findings: [
            finding('1', 'DECEASED', 1234567891),
            finding('1', 'IN_CUSTODY', 1234567891),
            finding('2', 'DECEASED', 10),
            finding('3', 'DECEASED', 1),
          ],
        },
        3,
        '3',
      );
      const summary = await store.summaries.of(run.id, DEPARTMENT_RULES);
      const deceased = summary.byRule.find((r) => r.rule === 'DECEASED');
      assert.deepEqual(deceased, { rule: 'DECEASED', findings: 3, amountFen: 1234567902n });
      assert.equal(summary.byRule.find((r) => r.rule === 'IN_CUSTODY')?.amountFen, 1234567891n);
      assert.equal(summary.findings, 4);
      assert.equal(summary.linesFlagged, 3);
      assert.deepEqual(
        summary.byDepartment.map((d) => [d.department, d.findings, d.lines]),
        [
          ['PUBLIC_SECURITY', 3, 3],
          ['JUSTICE', 1, 1],
        ],
      );
    });

    test('findings page in line order across pages with a stable keyset, filtered by rule and village prefix', async () => {
      const run = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: AT, linesTotal: 20 });
      const findings = Array.from({ length: 12 }, (_, i) =>
        finding(String(i + 1), i % 2 === 0 ? 'DECEASED' : 'IN_CUSTODY', 100, { village: i < 6 ? '610727101001' : '610727202002' }),
      );
      await plan(run.id);
      await commit(run.id, 0, { findings }, 12, '12');
      const seen: string[] = [];
      let after = null;
      for (;;) {
        const page = await store.findings.page(run.id, {}, 5, after);
        assert.equal(page.totalCount, 12);
        seen.push(...page.items.map((f) => f.lineId));
        if (!page.hasNextPage) break;
        const last = page.items.at(-1)!;
        after = { lineId: last.lineId, rule: last.rule };
      }
      assert.deepEqual(seen, Array.from({ length: 12 }, (_, i) => String(i + 1)));
      const deceased = await store.findings.page(run.id, { rules: ['DECEASED'] }, 100, null);
      assert.equal(deceased.totalCount, 6);
      const village = await store.findings.page(run.id, { villagePrefix: '610727202' }, 100, null);
      assert.deepEqual(village.items.map((f) => f.lineId), ['7', '8', '9', '10', '11', '12']);
    });

    test('line ids beyond the range of a JavaScript number are kept exactly and ordered numerically', async () => {
      const run = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: AT, linesTotal: 2 });
      await plan(run.id);
      await commit(run.id, 0, { findings: [finding('9223372036854775807', 'DECEASED', 1), finding('10', 'DECEASED', 1)] }, 2, '9223372036854775807');
      const page = await store.findings.page(run.id, {}, 10, null);
      assert.deepEqual(page.items.map((f) => f.lineId), ['10', '9223372036854775807']);
      assert.equal((await store.runs.get(run.id))?.coveredThrough, '9223372036854775807');
    });

    test('a run with gaps finishes COMPLETED_WITH_GAPS; without gaps COMPLETED; with an error FAILED', async () => {
      const gaps = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: AT, linesTotal: 1 });
      await plan(gaps.id);
      await commit(gaps.id, 0, { notChecked: [{ lineId: '1', department: 'JUSTICE', rules: ['IN_CUSTODY'], reason: 'justice unreachable', amountFen: 5, batchNumber: 'B' }] }, 1, '1');
      assert.equal((await store.runs.finish(gaps.id, { at: AT })).status, 'COMPLETED_WITH_GAPS');
      const clean = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: AT, linesTotal: 1 });
      await plan(clean.id);
      await commit(clean.id, 0, {}, 1, '1');
      const finished = await store.runs.finish(clean.id, { at: '2024-03-05T02:00:00.000Z' });
      assert.equal(finished.status, 'COMPLETED');
      assert.equal(finished.finishedAt, '2024-03-05T02:00:00.000Z');
      const notAtEnd = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: AT, linesTotal: 1 });
      assert.equal((await store.runs.finish(notAtEnd.id, { at: AT })).status, 'COMPLETED_WITH_GAPS');
      const failed = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: AT, linesTotal: 1 });
      const result = await store.runs.finish(failed.id, { at: AT, error: 'finance could not be reached' });
      assert.deepEqual([result.status, result.error], ['FAILED', 'finance could not be reached']);
    });

    test('a rerun takes over the findings and gaps of its source, and settling a gap replaces it', async () => {
      const source = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: AT, linesTotal: 2 });
      await plan(source.id);
      await commit(
        source.id,
        0,
        {
          findings: [finding('1', 'DECEASED', 100)],
          notChecked: [
            { lineId: '2', department: 'JUSTICE', rules: ['IN_CUSTODY'], reason: 'down', amountFen: 200, batchNumber: 'B' },
            { lineId: '2', department: 'HR', rules: ['CARD_HOLDER_MISMATCH', 'CARD_NOT_ACTIVE'], reason: 'down', amountFen: 200, batchNumber: 'B' },
          ],
        },
        2,
        '2',
      );
      const finishedSource = await store.runs.finish(source.id, { at: AT });
      const rerun = await store.runs.createRerun(finishedSource, { startedBy: 'bob', at: AT });
      assert.deepEqual([rerun.rerunOf, rerun.startedBy, rerun.coveredThrough, rerun.reachedEnd, rerun.status], [source.id, 'bob', '2', true, 'RUNNING']);
      assert.equal((await store.findings.page(rerun.id, {}, 10, null)).totalCount, 1);
      const gaps = await store.notChecked.between(rerun.id, '1', '2');
      assert.deepEqual(gaps.get('2')?.map((g) => g.department).sort(), ['HR', 'JUSTICE']);
      assert.deepEqual(gaps.get('2')?.find((g) => g.department === 'HR')?.rules, ['CARD_HOLDER_MISMATCH', 'CARD_NOT_ACTIVE']);
      // The source's chunk left gaps, so the rerun does it again.
      assert.deepEqual((await store.chunks.list(rerun.id)).map((c) => [c.mode, c.status]), [['GAPS', 'QUEUED']]);
      await commit(rerun.id, 0, { findings: [finding('2', 'IN_CUSTODY', 200)], clearNotChecked: [{ lineId: '2', department: 'JUSTICE' }], replaceFindings: [{ lineId: '2', rules: ['IN_CUSTODY'] }] }, 2, '2');
      assert.deepEqual([...(await store.notChecked.between(rerun.id, '1', '2')).get('2')!.map((g) => g.department)], ['HR']);
      assert.equal((await store.notChecked.page(source.id, {}, 10, null)).totalCount, 2, 'the source run is left as it was');
      const summary = await store.summaries.of(rerun.id, DEPARTMENT_RULES);
      assert.deepEqual(summary.notChecked, [{ department: 'HR', lines: 1, rules: ['CARD_HOLDER_MISMATCH', 'CARD_NOT_ACTIVE'] }]);
    });

    test('comparing runs lists added and removed findings, and a pair the later run could not check is not removed', async () => {
      const a = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: AT, linesTotal: 3 });
      await plan(a.id);
      await commit(a.id, 0, { findings: [finding('1', 'DECEASED', 1), finding('2', 'IN_CUSTODY', 1), finding('3', 'IN_CUSTODY', 1)] }, 3, '3');
      const b = await store.runs.create({ scope: SCOPE, startedBy: 'bob', at: AT, linesTotal: 3 });
      await plan(b.id);
      await commit(
        b.id,
        0,
        {
          findings: [finding('1', 'DECEASED', 1), finding('1', 'DUPLICATE_PAYMENT', 1)],
          notChecked: [{ lineId: '3', department: 'JUSTICE', rules: ['IN_CUSTODY'], reason: 'down', amountFen: 1, batchNumber: 'B' }],
        },
        3,
        '3',
      );
      const added = await store.comparisons.findings('added', a.id, b.id, 10, null);
      assert.deepEqual(added.items.map((f) => [f.lineId, f.rule]), [['1', 'DUPLICATE_PAYMENT']]);
      const removed = await store.comparisons.findings('removed', a.id, b.id, 10, null);
      assert.deepEqual(removed.items.map((f) => [f.lineId, f.rule]), [['2', 'IN_CUSTODY']]);
      assert.equal(removed.totalCount, 1);
    });

    test('reviews are kept per finding, oldest first', async () => {
      const run = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: AT, linesTotal: 1 });
      await plan(run.id);
      await commit(run.id, 0, { findings: [finding('1', 'DECEASED', 1)] }, 1, '1');
      const [f] = (await store.findings.page(run.id, {}, 1, null)).items;
      await store.reviews.add({ findingId: f!.id, runId: run.id, decision: 'CONFIRMED', reason: '死亡证明已核实', reviewedBy: 'bob', reviewedAt: AT });
      await store.reviews.add({ findingId: f!.id, runId: run.id, decision: 'DISMISSED', reason: 'register corrected', reviewedBy: 'carol', reviewedAt: AT });
      const reviews = (await store.reviews.byFindingIds([f!.id])).get(f!.id);
      assert.deepEqual(reviews?.map((r) => [r.decision, r.reason, r.reviewedBy]), [
        ['CONFIRMED', '死亡证明已核实', 'bob'],
        ['DISMISSED', 'register corrected', 'carol'],
      ]);
      assert.equal((await store.findings.byIds([f!.id])).get(f!.id)?.evidence, 'evidence DECEASED');
    });

    test('runs abandoned by a dead process are failed; fresh ones are left running', async () => {
      const stale = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: '2000-01-01T00:00:00.000Z', linesTotal: 1 });
      const fresh = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: '2999-01-01T00:00:00.000Z', linesTotal: 1 });
      await store.runs.failAbandoned({ heartbeatBefore: '2024-01-01T00:00:00.000Z', at: AT, error: 'interrupted' });
      assert.equal((await store.runs.get(stale.id))?.status, 'FAILED');
      assert.equal((await store.runs.get(fresh.id))?.status, 'RUNNING');
    });

    test('a heartbeat keeps a running run from being failed as abandoned, and the failed runs are named', async () => {
      const beating = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: '2000-01-01T00:00:00.000Z', linesTotal: 1 });
      const silent = await store.runs.create({ scope: SCOPE, startedBy: 'alice', at: '2000-01-01T00:00:00.000Z', linesTotal: 1 });
      await store.runs.heartbeat([beating.id], '2999-01-01T00:00:00.000Z');
      const failed = await store.runs.failAbandoned({ heartbeatBefore: '2024-01-01T00:00:00.000Z', at: AT, error: 'no worker made progress' });
      assert.ok(failed.includes(silent.id) && !failed.includes(beating.id), failed.join(','));
      assert.equal((await store.runs.get(beating.id))?.status, 'RUNNING');
      assert.deepEqual([(await store.runs.get(silent.id))?.status, (await store.runs.get(silent.id))?.error], ['FAILED', 'no worker made progress']);
    });

    test('runs are listed newest first, a page at a time, optionally by who started them', async () => {
      await store.runs.create({ scope: SCOPE, startedBy: 'dora', at: AT, linesTotal: 1 });
      const last = await store.runs.create({ scope: SCOPE, startedBy: 'dora', at: AT, linesTotal: 1 });
      const page = await store.runs.list({ first: 1, startedBy: 'dora' });
      assert.deepEqual([page.items[0]?.id, page.hasNextPage, page.totalCount], [last.id, true, 2]);
      const next = await store.runs.list({ first: 1, startedBy: 'dora', before: last.id });
      assert.equal(next.hasNextPage, false);
    });
  });
}
