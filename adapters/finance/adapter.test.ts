import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { describeOrSkip, testOrSkip } from '../../test-support/skip.js';
import assert from '../../test-support/assert.js';
import { FinanceAdapter } from './adapter.js';
import { canonicalLineId } from './line-ids.js';
import { TEST_DIALECTS, createLegacyTestDatabase, skipUnlessAvailable, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';

const X_ID = validIdNumberEndingInX('610727', '19450302');
const PLAIN_ID = validIdNumber('610727', '19800101', '123');
const PADDED_ID = validIdNumber('610727', '19700505', '456');

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`finance adapter on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let db: LegacyTestDatabase;
    let adapter: FinanceAdapter;

    beforeAll(async () => {
      db = await createLegacyTestDatabase(dialect, 'FINANCE');
      await db.insert('BT_XM', [
        { XMDM: 'MZ-DB-2024', XMMC: ' 城乡最低生活保障金 ', ZGBMDM: 'MZ', ZJJCDM: '1', FFZQDM: 'M', BZJE: '500.00', ZGTJ: ' DIBAO ', ZCYJ: '陕民发〔2024〕1号', GKBZ: '1', ND: '2024' },
        { XMDM: 'XX-GL-2024', XMMC: '高龄津贴', ZGBMDM: 'ZZ', ZJJCDM: '9', FFZQDM: 'W', BZJE: null, ZGTJ: null, ZCYJ: '', GKBZ: '0', ND: '2024' },
        { XMDM: 'CZ-BIG', XMMC: '大额', ZGBMDM: 'CZ', ZJJCDM: '4', FFZQDM: 'O', BZJE: '99999999.99', ZGTJ: '', ZCYJ: null, GKBZ: null, ND: null },
      ]);
      await db.insert('FF_PC', [
        { PCH: 'PC2024030001', XMDM: 'MZ-DB-2024', FFQJ: '202403', XZQHDM: '610727', ZTDM: '04', LRR: ' u01 ', SHR: null, TJSJ: '2024-03-05 10:00:00' },
        { PCH: 'PC2024030002', XMDM: 'MZ-DB-2024', FFQJ: '202403', XZQHDM: '610727', ZTDM: '09', LRR: 'u02', SHR: 'a01', TJSJ: null },
        { PCH: 'PC2024040001', XMDM: 'XX-GL-2024', FFQJ: '202404', XZQHDM: '610728', ZTDM: '01', LRR: 'u03', SHR: '', TJSJ: null },
      ]);
      await db.insert('FF_MX', [
        { MXID: 1, PCH: 'PC2024030001', SFZH: X_ID.replace(/X$/, 'x'), XM: ' 王\u3000秀英\u3000', YHZH: ' 6228480012345678 ', JE: '12345678.91', FFZTDM: '1', SBYY: null, DZSJ: '2024-03-06 08:00:00' },
        { MXID: 2, PCH: 'PC2024030001', SFZH: PLAIN_ID, XM: '李四', YHZH: '6228480000000002', JE: '0.10', FFZTDM: '0', SBYY: '', DZSJ: null },
        { MXID: 3, PCH: 'PC2024030001', SFZH: PLAIN_ID, XM: '李四', YHZH: '6228480000000002', JE: '0.20', FFZTDM: '2', SBYY: '账户已销户', DZSJ: null },
        { MXID: 10, PCH: 'PC2024030002', SFZH: PLAIN_ID, XM: '李四', YHZH: '6228480000000002', JE: '500.00', FFZTDM: '7', SBYY: null, DZSJ: null },
        { MXID: 20, PCH: 'PC2024040001', SFZH: PLAIN_ID, XM: '李四', YHZH: '', JE: '0.10', FFZTDM: '0', SBYY: null, DZSJ: null },
        { MXID: 21, PCH: 'PC2024040001', SFZH: '12345', XM: null, YHZH: null, JE: '0.20', FFZTDM: '0', SBYY: null, DZSJ: null },
        { MXID: 30, PCH: 'PC-ORPHAN', SFZH: PLAIN_ID, XM: '李四', YHZH: null, JE: '1.00', FFZTDM: '0', SBYY: null, DZSJ: null },
      ]);
      await db.insert('BT_DXZH', [
        { SFZH: X_ID.replace(/X$/, 'x'), XM: '王\u3000秀英 ', ZHLXDM: '1', KHYHDM: ' 103 ', YHZH: ' 6228480012345678 ', ZT: '1', DJRQ: '20200101' },
        { SFZH: PLAIN_ID, XM: '李四', ZHLXDM: '3', KHYHDM: '102', YHZH: '6228480000000002', ZT: '0', DJRQ: '' },
        { SFZH: PLAIN_ID, XM: '李四', ZHLXDM: '8', KHYHDM: '102', YHZH: '6228480000000003', ZT: '1', DJRQ: null },
      ]);
      adapter = new FinanceAdapter(db.location);
    });

    afterAll(async () => {
      await adapter?.close();
      await db?.drop();
    });

    test('a lower-case x in payment lines and in the account register is found by the normalised upper-case ID', async () => {
      const lines = await adapter.linesByIdNumbers([X_ID]);
      assert.deepEqual(lines.get(X_ID)?.map((l) => [l.id, l.idNumber, l.idNumberAsEntered]), [['1', X_ID, X_ID.replace(/X$/, 'x')]]);
      const accounts = await adapter.accountsByIdNumbers([X_ID]);
      assert.equal(accounts.get(X_ID)?.[0]?.idNumber, X_ID);
    });

    test('names, account numbers and bank codes lose ASCII and full-width padding but keep inner spaces', async () => {
      const line = (await adapter.linesByIds(['1'])).get('1');
      assert.equal(line?.name, '王\u3000秀英');
      assert.equal(line?.accountNumber, '6228480012345678');
      const account = (await adapter.accountsByIdNumbers([X_ID])).get(X_ID)?.[0];
      assert.deepEqual([account?.holderName, account?.bankCode, account?.accountNumber], ['王\u3000秀英', '103', '6228480012345678']);
    });

    test('DECIMAL amounts and standards stay exact in fen', async () => {
      const lines = await adapter.linesByIds(['1', '2', '3']);
      assert.deepEqual([lines.get('1')?.amountFen, lines.get('2')?.amountFen, lines.get('3')?.amountFen], [1234567891, 10, 20]);
      const programmes = await adapter.programmesByCodes(['MZ-DB-2024', 'XX-GL-2024', 'CZ-BIG']);
      assert.equal(programmes.get('MZ-DB-2024')?.standardAmountFen, 50000);
      assert.equal(programmes.get('XX-GL-2024')?.standardAmountFen, null);
      assert.equal(programmes.get('CZ-BIG')?.standardAmountFen, 9999999999);
    });

    test('batch totals add whole fen, so 0.10 + 0.20 is exactly 0.30 and large amounts do not drift', async () => {
      const totals = await adapter.batchTotals(['PC2024030001', 'PC2024040001', 'PC-NONE']);
      assert.deepEqual(totals.get('PC2024030001'), { lineCount: 3, totalFen: 1234567891 + 10 + 20 });
      assert.deepEqual(totals.get('PC2024040001'), { lineCount: 2, totalFen: 30 });
      assert.deepEqual(totals.get('PC-NONE'), { lineCount: 0, totalFen: 0 });
    });

    test('line counts alone equal the totals\' counts, an unknown batch counting none', async () => {
      const numbers = ['PC2024030001', 'PC2024040001', 'PC-NONE'];
      const [counts, totals] = await Promise.all([adapter.batchLineCounts(numbers), adapter.batchTotals(numbers)]);
      assert.deepEqual(
        numbers.map((n) => counts.get(n)),
        numbers.map((n) => totals.get(n)?.lineCount),
      );
      assert.deepEqual(numbers.map((n) => counts.get(n)), [3, 2, 0]);
    });

    test('chunk ends are every n-th id of the lines pages, counted after a line and through a line', async () => {
      const numbers = ['PC2024030001', 'PC2024040001'];
      const ids = (await adapter.linesPage(numbers, null, 100)).lines.map((line) => line.id);
      assert.ok(ids.length >= 4, 'the fixture has lines to cut');
      const cuts: Array<[string | null, string | null]> = [[null, null], [ids[0]!, null], [null, ids.at(-2)!], [ids[0]!, ids.at(-2)!], [ids.at(-1)!, null]];
      for (const every of [1, 2, 3, 10]) {
        for (const [after, through] of cuts) {
          const within = ids.filter((id) => (after === null || BigInt(id) > BigInt(after)) && (through === null || BigInt(id) <= BigInt(through)));
          assert.deepEqual(await adapter.lineChunks(numbers, every, after, through), {
            chunkEnds: within.filter((_, i) => (i + 1) % every === 0),
            lines: within.length,
            lastId: within.at(-1) ?? null,
          }, `every ${every} after ${after} through ${through}`);
        }
      }
      assert.deepEqual(await adapter.lineChunks([], 5, null, null), { chunkEnds: [], lines: 0, lastId: null });
      assert.deepEqual(await adapter.lineChunks(['PC-NONE'], 5, null, null), { chunkEnds: [], lines: 0, lastId: null });
    });

    test('cutting lines into chunks reads their ids once, a statement per page of ids and one more after a full last page, whatever the chunk size', async () => {
      const numbers = ['PC2024030001', 'PC2024040001'];
      const ids = (await adapter.linesPage(numbers, null, 100)).lines.map((line) => line.id);
      const lines = ids.length;
      for (const idPage of [1, 2, 3, lines, lines + 1]) {
        for (const every of [1, 2, 3, lines, lines + 1]) {
          const before = adapter.db.statementCount;
          const chunks = await adapter.lineChunks(numbers, every, ids[0]!, null, idPage);
          const within = ids.slice(1);
          assert.deepEqual(chunks, { chunkEnds: within.filter((_, i) => (i + 1) % every === 0), lines: within.length, lastId: within.at(-1)! }, `page ${idPage}, every ${every}`);
          assert.equal(adapter.db.statementCount - before, Math.floor(within.length / idPage) + 1, `page ${idPage}, every ${every}`);
        }
      }
    });

    test('CHAR(8) dates become ISO dates, and an empty string or NULL means none', async () => {
      const accounts = await adapter.accountsByIdNumbers([X_ID, PLAIN_ID]);
      assert.equal(accounts.get(X_ID)?.[0]?.registeredOn, '2020-01-01');
      assert.deepEqual(accounts.get(PLAIN_ID)?.map((a) => a.registeredOn), [null, null]);
    });

    test('DATETIME is read as Beijing time and returned as a UTC instant; NULL stays null', async () => {
      const lines = await adapter.linesByIds(['1', '2']);
      assert.equal(lines.get('1')?.creditedAt, '2024-03-06T00:00:00.000Z');
      assert.equal(lines.get('2')?.creditedAt, null);
      assert.equal(lines.get('1')?.batch.sentToBankAt, '2024-03-05T02:00:00.000Z');
    });

    test('code columns map to named values and keep the stored code', async () => {
      const programmes = await adapter.programmesByCodes(['MZ-DB-2024', 'XX-GL-2024']);
      const dibao = programmes.get('MZ-DB-2024');
      assert.deepEqual(
        [dibao?.department, dibao?.fundingLevel, dibao?.paymentCycle, dibao?.published, dibao?.eligibilityCondition, dibao?.name],
        ['CIVIL_AFFAIRS', 'CENTRAL', 'MONTHLY', true, 'DIBAO', '城乡最低生活保障金'],
      );
      const odd = programmes.get('XX-GL-2024');
      assert.deepEqual(
        [odd?.department, odd?.departmentCode, odd?.fundingLevel, odd?.fundingLevelCode, odd?.paymentCycle, odd?.paymentCycleCode, odd?.published],
        ['UNRECOGNISED', 'ZZ', 'UNRECOGNISED', '9', 'UNRECOGNISED', 'W', false],
      );
      const batches = await adapter.batchesByNumbers(['PC2024030001', 'PC2024030002']);
      assert.deepEqual([batches.get('PC2024030001')?.status, batches.get('PC2024030002')?.status, batches.get('PC2024030002')?.statusCode], ['PAID', 'UNRECOGNISED', '09']);
      assert.equal(batches.get('PC2024030001')?.enteredBy, 'u01');
      const lines = await adapter.linesByIds(['1', '2', '3', '10']);
      assert.deepEqual(['1', '2', '3', '10'].map((id) => lines.get(id)?.status), ['CREDITED', 'PENDING', 'FAILED', 'UNRECOGNISED']);
      assert.equal(lines.get('3')?.failureReason, '账户已销户');
      assert.equal(lines.get('2')?.failureReason, null);
      const accounts = await adapter.accountsByIdNumbers([X_ID, PLAIN_ID]);
      assert.deepEqual(accounts.get(PLAIN_ID)?.map((a) => [a.accountType, a.accountTypeCode, a.inUse]), [
        ['PASSBOOK', '3', false],
        ['UNRECOGNISED', '8', true],
      ]);
      assert.equal(accounts.get(X_ID)?.[0]?.accountType, 'SOCIAL_SECURITY_CARD');
    });

    test('an empty eligibility condition is none, and a programme without a standard has a null one', async () => {
      const programmes = await adapter.programmesByCodes(['CZ-BIG', 'XX-GL-2024']);
      assert.equal(programmes.get('CZ-BIG')?.eligibilityCondition, null);
      assert.equal(programmes.get('CZ-BIG')?.published, false);
      assert.equal(programmes.get('XX-GL-2024')?.eligibilityCondition, null);
    });

    test('lines page by line id after a cursor, and say whether more follow', async () => {
      const first = await adapter.linesPage(['PC2024030001', 'PC2024030002'], null, 2);
      assert.deepEqual(first.lines.map((l) => l.id), ['1', '2']);
      assert.equal(first.hasNextPage, true);
      const second = await adapter.linesPage(['PC2024030001', 'PC2024030002'], '2', 2);
      assert.deepEqual(second.lines.map((l) => l.id), ['3', '10']);
      assert.equal(second.hasNextPage, false);
    });

    test('a line carries its batch: programme, period and county', async () => {
      const line = (await adapter.linesByIds(['10'])).get('10');
      assert.deepEqual([line?.batch.batchNumber, line?.batch.programmeCode, line?.batch.period, line?.batch.periodStart, line?.batch.countyCode], [
        'PC2024030002',
        'MZ-DB-2024',
        '202403',
        '2024-03-01',
        '610727',
      ]);
    });

    test('a line whose batch row is missing is not served', async () => {
      const lines = await adapter.linesByIds(['30']);
      assert.equal(lines.size, 0);
    });

    test('a person\'s lines come by period then line id, across batches', async () => {
      const lines = await adapter.linesByIdNumbers([PLAIN_ID]);
      assert.deepEqual(lines.get(PLAIN_ID)?.map((l) => l.id), ['2', '3', '10', '20']);
    });

    test('an invalid ID as entered is kept raw and flagged invalid', async () => {
      const line = (await adapter.linesByIds(['21'])).get('21');
      assert.deepEqual([line?.idNumberAsEntered, line?.idNumber, line?.idNumberValid, line?.name, line?.accountNumber], ['12345', '12345', false, null, null]);
    });

    test('lines of a programme and period are found across batches for the persons asked', async () => {
      const lines = await adapter.linesInProgrammePeriods([{ programmeCode: 'MZ-DB-2024', period: '202403', idNumbers: [PLAIN_ID, X_ID] }]);
      assert.deepEqual(lines.map((l) => l.id).sort(), ['1', '10', '2', '3']);
    });

    test('programmes come in code order', async () => {
      const all = await adapter.allProgrammes();
      assert.deepEqual(all.map((p) => p.code), ['CZ-BIG', 'MZ-DB-2024', 'XX-GL-2024']);
    });

    test('batches of a programme come by period then batch number', async () => {
      const found = await adapter.batchesByProgrammeCodes(['MZ-DB-2024', 'NONE']);
      assert.deepEqual(found.get('MZ-DB-2024')?.map((b) => b.batchNumber), ['PC2024030001', 'PC2024030002']);
      assert.equal(found.get('NONE'), undefined);
    });

    testOrSkip('padded ID numbers in payment lines and accounts count as the same person', { skip: dialect !== 'sqlite' && 'a CHAR(18) on MariaDB cannot hold a padded 18-character ID' }, async () => {
      await db.insert('FF_MX', [{ MXID: 40, PCH: 'PC2024040001', SFZH: `\u3000${PADDED_ID} `, XM: '赵六', YHZH: '1', JE: '1.00', FFZTDM: '0', SBYY: null, DZSJ: null }]);
      await db.insert('BT_DXZH', [{ SFZH: ` ${PADDED_ID}\u3000`, XM: '赵六', ZHLXDM: '2', KHYHDM: '1', YHZH: '1', ZT: '1', DJRQ: '20200101' }]);
      const lines = await adapter.linesByIdNumbers([PADDED_ID]);
      assert.deepEqual(lines.get(PADDED_ID)?.map((l) => [l.id, l.idNumberValid]), [['40', true]]);
      const accounts = await adapter.accountsByIdNumbers([PADDED_ID]);
      assert.equal(accounts.get(PADDED_ID)?.length, 1);
    });

    test('line ids typed by clients are read as digits only', () => {
      assert.equal(canonicalLineId(' 0012 '), '12');
      assert.equal(canonicalLineId('12a'), null);
      assert.equal(canonicalLineId('99999999999999999999'), null);
    });

    test('the screening read of accounts holds exactly the registered accounts in use with a number, as their records have them', async () => {
      await db.insert('BT_DXZH', [
        { SFZH: PLAIN_ID, XM: '李四', ZHLXDM: '2', KHYHDM: '102', YHZH: '  ', ZT: '1', DJRQ: '20210101' },
        { SFZH: PLAIN_ID, XM: '李四', ZHLXDM: '2', KHYHDM: '102', YHZH: '6228480000000004', ZT: '1', DJRQ: '20230230' },
        { SFZH: PLAIN_ID, XM: '李四', ZHLXDM: '2', KHYHDM: '102', YHZH: '6228480000000005', ZT: ' ', DJRQ: '20200101' },
      ]);
      const records = await adapter.accountsByIdNumbers([X_ID, PLAIN_ID]);
      const screening = await adapter.screeningAccounts([X_ID, PLAIN_ID, validIdNumber('610727', '19990909', '999')]);
      for (const id of [X_ID, PLAIN_ID]) {
        const expected = (records.get(id) ?? []).filter((a) => a.inUse && a.accountNumber !== null).map(({ recordId, accountNumber, registeredOn }) => ({ recordId, accountNumber, registeredOn }));
        assert.deepEqual(screening.get(id), expected, id === X_ID ? 'lower-case x' : 'plain');
      }
      assert.deepEqual(screening.get(PLAIN_ID)?.map((a) => [a.accountNumber, a.registeredOn]), [['6228480000000003', null], ['6228480000000004', null]]);
      assert.equal(screening.size, 2);
    });

    test('looking up 2,500 ID numbers costs three statements per kind of lookup', async () => {
      const ids = Array.from({ length: 2500 }, (_, i) => validIdNumber(String(610000 + Math.floor(i / 1000)), '19600101', String(i % 1000).padStart(3, '0')));
      let before = adapter.db.statementCount;
      await adapter.accountsByIdNumbers(ids);
      assert.equal(adapter.db.statementCount - before, 3);
      before = adapter.db.statementCount;
      await adapter.screeningAccounts(ids);
      assert.equal(adapter.db.statementCount - before, 3);
      before = adapter.db.statementCount;
      await adapter.linesByIdNumbers(ids);
      assert.equal(adapter.db.statementCount - before, 3);
    });
  });
}
