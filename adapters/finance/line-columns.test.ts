import { beforeAll, afterAll, test } from '@jest/globals';
import { describeOrSkip } from '../../test-support/skip.js';
import assert from '../../test-support/assert.js';
import { FinanceAdapter } from './adapter.js';
import type { LineColumnsPage } from './line-columns.js';
import type { LinePage } from './adapter.js';
import { TEST_DIALECTS, createLegacyTestDatabase, skipUnlessAvailable, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';

const X_ID = validIdNumberEndingInX('610727', '19450302');
const PLAIN_ID = validIdNumber('610727', '19800101', '123');
const BATCHES = ['PC2024030001', 'PC2024030002', 'PC2024040001'];

/** The columns of a page, back to one row per line, as `linesPage`'s records give the same fields. */
function rowsOf(page: LineColumnsPage) {
  return page.batches.flatMap((b) =>
    b.ids.map((id, i) => ({ id, batchNumber: b.batchNumber, idNumber: b.idNumbers[i], name: b.names[i], accountNumber: b.accountNumbers[i], amountFen: b.amountsFen[i], status: b.statuses[i] })),
  );
}

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`finance line columns on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let db: LegacyTestDatabase;
    let adapter: FinanceAdapter;

    beforeAll(async () => {
      db = await createLegacyTestDatabase(dialect, 'FINANCE');
      await db.insert('BT_XM', [{ XMDM: 'MZ-DB-2024', XMMC: '城乡最低生活保障金', ZGBMDM: 'MZ', ZJJCDM: '1', FFZQDM: 'M', BZJE: '500.00', ZGTJ: 'DIBAO', ZCYJ: null, GKBZ: '1', ND: '2024' }]);
      await db.insert('FF_PC', [
        { PCH: 'PC2024030001', XMDM: 'MZ-DB-2024', FFQJ: '202403', XZQHDM: '610727', ZTDM: '04', LRR: 'u01', SHR: null, TJSJ: '2024-03-05 10:00:00' },
        { PCH: 'PC2024030002', XMDM: 'MZ-DB-2024', FFQJ: '202403', XZQHDM: '610727', ZTDM: '09', LRR: 'u02', SHR: 'a01', TJSJ: null },
        { PCH: 'PC2024040001', XMDM: null, FFQJ: null, XZQHDM: null, ZTDM: '01', LRR: 'u03', SHR: '', TJSJ: null },
      ]);
      await db.insert('FF_MX', [
        { MXID: 1, PCH: 'PC2024030001', SFZH: X_ID.replace(/X$/, 'x'), XM: ' 王\u3000秀英\u3000', YHZH: ' 6228480012345678 ', JE: '12345678.91', FFZTDM: '1', SBYY: null, DZSJ: '2024-03-06 08:00:00' },
        { MXID: 2, PCH: 'PC2024040001', SFZH: PLAIN_ID, XM: '李四', YHZH: '', JE: '0.10', FFZTDM: '0', SBYY: '', DZSJ: null },
        { MXID: 3, PCH: 'PC2024030001', SFZH: PLAIN_ID, XM: '', YHZH: '6228480000000002', JE: null, FFZTDM: '2', SBYY: '账户已销户', DZSJ: null },
        { MXID: 10, PCH: 'PC2024030002', SFZH: PLAIN_ID, XM: '李四', YHZH: '6228480000000002', JE: '500.00', FFZTDM: '7', SBYY: null, DZSJ: null },
        { MXID: 21, PCH: 'PC2024040001', SFZH: '12345', XM: null, YHZH: null, JE: '0.20', FFZTDM: null, SBYY: null, DZSJ: null },
        { MXID: 30, PCH: 'PC-ORPHAN', SFZH: PLAIN_ID, XM: '李四', YHZH: null, JE: '1.00', FFZTDM: '0', SBYY: null, DZSJ: null },
        { MXID: 40, PCH: 'PC2024030001', SFZH: PLAIN_ID, XM: '李四', YHZH: null, JE: '1.00', FFZTDM: '0', SBYY: null, DZSJ: null },
      ]);
      adapter = new FinanceAdapter(db.location);
    });

    afterAll(async () => {
      await adapter?.close();
      await db?.drop();
    });

    test('every line reads as linesPage reads it: padded text, a lower-case x, no name, no account, no amount, unknown status', async () => {
      const records = await adapter.linesPage(BATCHES, null, 100);
      const columns = await adapter.lineColumnsPage(BATCHES, null, 100);
      const fromRecords = records.lines.map((l) => ({
        id: l.id,
        batchNumber: l.batch.batchNumber,
        idNumber: l.idNumber,
        name: l.name,
        accountNumber: l.accountNumber,
        amountFen: l.amountFen,
        status: l.status,
      }));
      assert.ok(fromRecords.length >= 5);
      assert.deepEqual(
        rowsOf(columns).sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1)),
        fromRecords,
      );
      assert.equal(columns.hasNextPage, records.hasNextPage);
    });

    test('a page groups its lines by batch, in the order of each batch’s first line, each batch in line-id order', async () => {
      const page = await adapter.lineColumnsPage(BATCHES, null, 100);
      assert.deepEqual(
        page.batches.map((b) => [b.batchNumber, b.ids]),
        [
          ['PC2024030001', ['1', '3', '40']],
          ['PC2024040001', ['2', '21']],
          ['PC2024030002', ['10']],
        ],
      );
      const record = rowsOf(page).find((l) => l.id === '1');
      assert.deepEqual(record, { id: '1', batchNumber: 'PC2024030001', idNumber: X_ID, name: '王\u3000秀英', accountNumber: '6228480012345678', amountFen: 1234567891, status: 'CREDITED' });
    });

    test('pages are cut on the line id after a cursor, and say whether more follow, as linesPage does', async () => {
      const ids: string[][] = [];
      let after: string | null = null;
      for (;;) {
        const [columns, records]: [LineColumnsPage, LinePage] = await Promise.all([adapter.lineColumnsPage(BATCHES, after, 2), adapter.linesPage(BATCHES, after, 2)]);
        const page = rowsOf(columns).map((l) => l.id);
        assert.deepEqual([...page].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1)), records.lines.map((l) => l.id));
        assert.equal(columns.hasNextPage, records.hasNextPage);
        ids.push(records.lines.map((l) => l.id));
        if (!columns.hasNextPage) break;
        after = records.lines.at(-1)!.id;
      }
      assert.deepEqual(ids, [['1', '2'], ['3', '10'], ['21', '40']]);
    });

    test('a page read through a line id holds the lines after the cursor up to and including it, and says more follow only within it', async () => {
      const idsOf = (page: LineColumnsPage) => rowsOf(page).map((l) => l.id).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
      const within = await adapter.lineColumnsPage(BATCHES, '1', 100, '21');
      assert.deepEqual(idsOf(within), ['2', '3', '10', '21']);
      assert.equal(within.hasNextPage, false);
      // The orphan line 30 is between the bound and line 40: neither is read.
      const shortPage = await adapter.lineColumnsPage(BATCHES, null, 2, '10');
      assert.deepEqual(idsOf(shortPage), ['1', '2']);
      assert.equal(shortPage.hasNextPage, true);
      const rest = await adapter.lineColumnsPage(BATCHES, '2', 2, '10');
      assert.deepEqual(idsOf(rest), ['3', '10']);
      assert.equal(rest.hasNextPage, false, 'line 21 and 40 are past the bound');
      // A bound between two lines ends the page at the line before it.
      assert.deepEqual(idsOf(await adapter.lineColumnsPage(BATCHES, '3', 100, '20')), ['10']);
      assert.deepEqual(idsOf(await adapter.lineColumnsPage(BATCHES, '21', 100, '21')), []);
    });
  });
}
