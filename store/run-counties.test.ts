import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { describeOrSkip } from '../test-support/skip.js';
import assert from '../test-support/assert.js';
import { TEST_DIALECTS, skipUnlessAvailable } from '../test-support/legacy-db.js';
import { throwawayStore, type ThrowawayStore } from '../test-support/store-db.js';
import { CrosscheckStore } from './crosscheck-store.js';
import type { RunScope } from './runs.js';

const SCOPE: RunScope = { kind: 'BATCHES', batchNumber: null, programmeCode: 'DB01', period: '202403', batchNumbers: ['B1', 'B2'], eligibilityCondition: 'DIBAO' };
const AT = '2024-03-05T01:00:00.000Z';

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`the counties of cross-check runs on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let db: ThrowawayStore;
    let store: CrosscheckStore;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      db = await throwawayStore(dialect, 'run_counties');
      store = await CrosscheckStore.open(db.location);
      for (const name of ['own', 'mixed', 'other', 'unknown', 'unrecorded']) {
        ids[name] = (await store.runs.create({ scope: SCOPE, startedBy: 'u1', at: AT, linesTotal: 1 })).id;
      }
      await store.runCounties.record(ids.own!, ['610727']);
      await store.runCounties.record(ids.mixed!, ['610727', '610726']);
      await store.runCounties.record(ids.other!, ['610726']);
      await store.runCounties.record(ids.unknown!, ['610727', null]);
    });

    afterAll(async () => {
      await store?.close();
      await db?.drop();
    });

    test('recorded counties read back per run, recording twice changes nothing, and a batch finance no longer knows is the empty county', async () => {
      await store.runCounties.record(ids.own!, ['610727']);
      const found = await store.runCounties.of(Object.values(ids));
      assert.deepEqual(found.get(ids.own!), ['610727']);
      assert.deepEqual(found.get(ids.mixed!), ['610726', '610727']);
      assert.deepEqual(found.get(ids.unknown!), ['', '610727']);
      assert.equal(found.has(ids.unrecorded!), false);
      assert.deepEqual(await store.runCounties.unrecorded(10), [ids.unrecorded]);
    });

    test("an analyst's list holds only runs whose every county lies in their regions, counted exactly", async () => {
      const county = await store.runs.list({ first: 10, countyPrefixes: ['610727'] });
      assert.deepEqual(county.items.map((r) => r.id), [ids.own]);
      assert.equal(county.totalCount, 1);
      const city = await store.runs.list({ first: 10, countyPrefixes: ['6107'] });
      assert.deepEqual(city.items.map((r) => r.id), [ids.other, ids.mixed, ids.own]);
      const two = await store.runs.list({ first: 1, countyPrefixes: ['610726', '610727'] });
      assert.deepEqual(two.items.map((r) => r.id), [ids.other]);
      assert.equal(two.hasNextPage, true);
      assert.equal(two.totalCount, 3);
      const everyone = await store.runs.list({ first: 10 });
      assert.equal(everyone.totalCount, 5);
    });
  });
}
