import { test, beforeAll, afterAll } from '@jest/globals';
import { describeOrSkip } from '../test-support/skip.js';
import assert from '../test-support/assert.js';
import { TEST_DIALECTS, skipUnlessAvailable } from '../test-support/legacy-db.js';
import { throwawayStore, type ThrowawayStore } from '../test-support/store-db.js';
import type { Rule } from '../lib/rules.js';
import { CrosscheckStore } from './crosscheck-store.js';
import type { NewFinding } from './findings.js';
import { balanceOf, type CaseOpening } from './recoveries.js';
import type { RunScope } from './runs.js';

const SCOPE: RunScope = { kind: 'BATCH', batchNumber: 'PC-A', programmeCode: 'MZ-DB', period: '202403', batchNumbers: ['PC-A'], eligibilityCondition: 'DIBAO' };
const AT = '2024-04-02T01:00:00.000Z';

function finding(lineId: string, rule: Rule, amountFen: number, batchNumber = 'PC-A'): NewFinding {
  return { lineId, rule, departments: ['PUBLIC_SECURITY'], evidence: `evidence of ${rule}`, amountFen, batchNumber, village: null };
}

function opening(lineId: string, dueFen: number): CaseOpening {
  return { lineId, findingId: '1', rule: 'DECEASED', batchNumber: 'PC-A', programmeCode: 'MZ-DB', countyCode: '610727', period: '202403', lineAmountFen: dueFen, dueFen, openedBy: 'fin-1', openedAt: AT };
}

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`follow-up of findings and the recovery ledger in the store on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let db: ThrowawayStore;
    let store: CrosscheckStore;

    /** One run over batch PC-A (and PC-B) that found `findings`, committed as one chunk. */
    async function run(findings: NewFinding[]): Promise<string> {
      const created = await store.runs.create({ scope: SCOPE, startedBy: 'fin-1', at: AT, linesTotal: findings.length });
      await store.chunks.plan(created.id, [{ afterId: null, lastId: null, lines: findings.length }]);
      await store.runs.commitChunk(created.id, { chunkNo: 0, lines: findings.length, lastLineId: null, at: AT, worker: 'test' }, { findings, notChecked: [], clearNotChecked: [], replaceFindings: [] });
      return created.id;
    }

    beforeAll(async () => {
      db = await throwawayStore(dialect, 'followup');
      store = await CrosscheckStore.open(db.location);
      await run([finding('10', 'DECEASED', 50000), finding('10', 'IN_CUSTODY', 50000), finding('12', 'AMOUNT_ABOVE_STANDARD', 61000), finding('30', 'DECEASED', 100, 'PC-B')]);
      await run([finding('10', 'DECEASED', 50000), finding('11', 'NOT_ON_DIBAO', 50000), finding('12', 'AMOUNT_ABOVE_STANDARD', 61000)]);
    });

    afterAll(async () => {
      await store?.close();
      await db?.drop();
    });

    test("each line and rule is listed once, as the latest run's finding, in line order, and only of the batches asked for", async () => {
      const page = await store.followUp.page({ batchNumbers: ['PC-A'] }, 10, null);
      assert.deepEqual(
        page.items.map((f) => [f.lineId, f.rule, f.runId]),
        [
          ['10', 'DECEASED', '2'],
          ['10', 'IN_CUSTODY', '1'],
          ['11', 'NOT_ON_DIBAO', '2'],
          ['12', 'AMOUNT_ABOVE_STANDARD', '2'],
        ],
      );
      assert.equal(page.totalCount, 4);
      const second = await store.followUp.page({ batchNumbers: ['PC-A'] }, 2, { lineId: '10', rule: 'IN_CUSTODY' });
      assert.deepEqual(second.items.map((f) => f.lineId), ['11', '12']);
      assert.equal((await store.followUp.page({ batchNumbers: ['PC-A'], rule: 'DECEASED' }, 10, null)).totalCount, 1);
      assert.equal((await store.followUp.page({ batchNumbers: [] }, 10, null)).totalCount, 0);
    });

    test('actions are kept for the line and rule, oldest first, with user and time, and the status filter follows the latest one', async () => {
      const [first] = (await store.followUp.page({ batchNumbers: ['PC-A'], rule: 'DECEASED' }, 1, null)).items;
      await store.actions.add({ findingId: first!.id, lineId: '10', rule: 'DECEASED', action: 'VERIFIED', stopFromPeriod: null, note: '核实无误', department: 'CIVIL_AFFAIRS', actedBy: 'mz-1', actedAt: AT });
      await store.actions.add({ findingId: first!.id, lineId: '10', rule: 'DECEASED', action: 'STOP', stopFromPeriod: '202404', note: '', department: 'CIVIL_AFFAIRS', actedBy: 'mz-2', actedAt: '2024-04-03T00:00:00.000Z' });
      const history = (await store.actions.byPairs([{ lineId: '10', rule: 'DECEASED' }])).get('10:DECEASED')!;
      assert.deepEqual(history.map((a) => [a.action, a.actedBy, a.stopFromPeriod]), [
        ['VERIFIED', 'mz-1', null],
        ['STOP', 'mz-2', '202404'],
      ]);
      assert.deepEqual((await store.followUp.page({ batchNumbers: ['PC-A'], status: 'STOPPED' }, 10, null)).items.map((f) => [f.lineId, f.rule]), [['10', 'DECEASED']]);
      assert.equal((await store.followUp.page({ batchNumbers: ['PC-A'], status: 'VERIFIED' }, 10, null)).totalCount, 0);
      assert.equal((await store.followUp.page({ batchNumbers: ['PC-A'], status: 'OPEN' }, 10, null)).totalCount, 3);
      assert.deepEqual((await store.actions.latestOfEveryPair()).map((a) => [a.lineId, a.action]), [['10', 'STOP']]);
    });

    test('partial recoveries add up exactly to the fen, and a recovery beyond what is due is refused with nothing written', async () => {
      const tryRecover = (fen: number, receipt: string) =>
        store.recoveries.change(opening('12', 11000), async (state, writer) => {
          if (fen > balanceOf(state.case.dueFen, state.recoveries, state.writeOffs).outstandingFen) throw new Error('more than is outstanding');
          await writer.addRecovery({ amountFen: fen, recoveredOn: '2024-05-01', receiptReference: receipt, recordedBy: 'fin-1', recordedAt: AT });
        });
      await tryRecover(3333, 'R1');
      await tryRecover(3333, 'R2');
      await assert.rejects(tryRecover(4335, 'R3'), /more than is outstanding/);
      const partial = (await store.recoveries.states(['12'])).get('12')!;
      assert.deepEqual(balanceOf(partial.case.dueFen, partial.recoveries, partial.writeOffs), { recoveredFen: 6666, writtenOffFen: 0, outstandingFen: 4334, status: 'PARTIAL', pendingWriteOff: null });
      await tryRecover(4334, 'R3');
      const state = (await store.recoveries.states(['12'])).get('12')!;
      assert.deepEqual(state.recoveries.map((r) => r.amountFen), [3333, 3333, 4334]);
      const balance = balanceOf(state.case.dueFen, state.recoveries, state.writeOffs);
      assert.deepEqual([balance.recoveredFen, balance.outstandingFen, balance.status], [11000, 0, 'RECOVERED']);
    });

    test('a change refused inside its transaction leaves neither the case it opened nor anything else', async () => {
      await assert.rejects(
        store.recoveries.change(opening('11', 50000), async (_state, writer) => {
          await writer.addRecovery({ amountFen: 100, recoveredOn: '2024-05-01', receiptReference: 'R', recordedBy: 'fin-1', recordedAt: AT });
          throw new Error('refused');
        }),
        /refused/,
      );
      assert.equal((await store.recoveries.states(['11'])).size, 0);
    });

    test('the same receipt is stored once per line', async () => {
      const add = () => store.recoveries.change(opening('30', 100), (_state, writer) => writer.addRecovery({ amountFen: 10, recoveredOn: '2024-05-01', receiptReference: 'SAME', recordedBy: 'fin-1', recordedAt: AT }));
      await add();
      await assert.rejects(add());
      assert.equal((await store.recoveries.states(['30'])).get('30')!.recoveries.length, 1);
    });

    test('recoveries on one line at the same time never add up to more than is due', async () => {
      const attempts = Array.from({ length: 6 }, (_, i) =>
        store.recoveries.change(opening('40', 10000), async (state, writer) => {
          if (3000 > balanceOf(state.case.dueFen, state.recoveries, state.writeOffs).outstandingFen) throw new Error('more than is outstanding');
          await writer.addRecovery({ amountFen: 3000, recoveredOn: '2024-05-01', receiptReference: `C${i}`, recordedBy: 'fin-1', recordedAt: AT });
        }),
      );
      const settled = await Promise.allSettled(attempts);
      assert.equal(settled.filter((s) => s.status === 'fulfilled').length, 3);
      const state = (await store.recoveries.states(['40'])).get('40')!;
      assert.equal(balanceOf(state.case.dueFen, state.recoveries, state.writeOffs).outstandingFen, 1000);
    });

    test('a write-off is pending until decided, and once approved writes off the rest', async () => {
      await store.recoveries.change(opening('50', 20000), (_state, writer) => writer.requestWriteOff({ amountFen: 20000, reason: '无力偿还', requestedBy: 'fin-1', requestedAt: AT }));
      let state = (await store.recoveries.states(['50'])).get('50')!;
      const pending = balanceOf(state.case.dueFen, state.recoveries, state.writeOffs);
      assert.deepEqual([pending.status, pending.pendingWriteOff?.requestedBy, pending.writtenOffFen], ['PENDING', 'fin-1', 0]);
      await store.recoveries.change(opening('50', 20000), (s, writer) => writer.decideWriteOff(s.writeOffs[0]!.id, 'APPROVED', 'fin-2', AT, '同意'));
      state = (await store.recoveries.states(['50'])).get('50')!;
      const done = balanceOf(state.case.dueFen, state.recoveries, state.writeOffs);
      assert.deepEqual([done.status, done.writtenOffFen, done.outstandingFen, state.writeOffs[0]!.decidedBy], ['WRITTEN_OFF', 20000, 0, 'fin-2']);
    });
  });
}
