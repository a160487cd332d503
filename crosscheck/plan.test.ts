import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { MIN_EVENED_CHUNK, evenChunkSize, planChunks } from './plan.js';
import type { LineChunks } from './sources.js';

/** Finance's answer over `ids` (in line-id order), as checkLineChunks gives it. */
function financeOver(ids: string[]) {
  const asked: Array<{ every: number; after: string | null; through: string | null }> = [];
  return {
    asked,
    async lineChunks(_batches: readonly string[], every: number, after: string | null, through: string | null): Promise<LineChunks> {
      asked.push({ every, after, through });
      const within = ids.filter((id) => (after === null || BigInt(id) > BigInt(after)) && (through === null || BigInt(id) <= BigInt(through)));
      return { chunkEnds: within.filter((_, i) => (i + 1) % every === 0), lines: within.length, lastId: within.at(-1) ?? null };
    },
  };
}

const idsFrom = (first: number, count: number) => Array.from({ length: count }, (_, i) => String(first + i));

describe('cutting a run into chunks', () => {
  test('chunks are evened out to a multiple of the lanes, never above the chunk size nor below the smallest evened chunk', () => {
    assert.equal(evenChunkSize(10_846, 6000, 2), 5423);
    assert.equal(evenChunkSize(32_673, 6000, 2), 5446);
    assert.equal(evenChunkSize(13_000, 6000, 2), 3250);
    assert.equal(evenChunkSize(12_000, 6000, 2), 6000);
    assert.equal(evenChunkSize(1500, 6000, 1), 1500);
    // Two chunks of 700 would cost more in requests than the idle lane saves.
    assert.equal(evenChunkSize(1400, 6000, 2), 6000);
    assert.equal(evenChunkSize(2 * MIN_EVENED_CHUNK, 6000, 2), MIN_EVENED_CHUNK);
    assert.equal(evenChunkSize(null, 6000, 2), 6000);
    assert.equal(evenChunkSize(0, 6000, 2), 6000);
    assert.equal(evenChunkSize(7, 3, 2), 3);
  });

  test('a run of 10,846 lines and two lanes is two chunks of 5,423, the last running to the end, in one question to finance', async () => {
    const finance = financeOver(idsFrom(1001, 10_846));
    const chunks = await planChunks(finance, ['PC1'], 6000, { expectedLines: 10_846, lanes: 2 });
    assert.deepEqual(chunks, [
      { afterId: null, lastId: '6423', lines: 5423, mode: 'FRESH' },
      { afterId: '6423', lastId: null, lines: 5423, mode: 'FRESH' },
    ]);
    assert.deepEqual(finance.asked, [{ every: 5423, after: null, through: null }]);
  });

  test('a run whose lines grew since it started still has every line in a chunk, the last one the remainder', async () => {
    const finance = financeOver(idsFrom(1, 25));
    const chunks = await planChunks(finance, ['PC1'], 10, { expectedLines: 20 });
    assert.deepEqual(chunks.map((c) => [c.afterId, c.lastId, c.lines]), [[null, '10', 10], ['10', '20', 10], ['20', null, 5]]);
  });

  test('a rerun of a run kept before chunks re-checks gaps through the line it had covered, then checks the rest afresh', async () => {
    const finance = financeOver(idsFrom(1, 9));
    const chunks = await planChunks(finance, ['PC1'], 4, { coveredThrough: '6', expectedLines: 9, lanes: 2 });
    assert.deepEqual(chunks, [
      { afterId: null, lastId: '4', lines: 4, mode: 'GAPS' },
      { afterId: '4', lastId: '6', lines: 2, mode: 'GAPS' },
      { afterId: '6', lastId: null, lines: 3, mode: 'FRESH' },
    ]);
    assert.deepEqual(finance.asked, [{ every: 4, after: null, through: '6' }, { every: 4, after: '6', through: null }]);
  });

  test('a run without lines is one empty chunk that runs to the end', async () => {
    assert.deepEqual(await planChunks(financeOver([]), ['PC1'], 6000, { expectedLines: 0, lanes: 2 }), [{ afterId: null, lastId: null, lines: 0, mode: 'FRESH' }]);
  });
});
