import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { describeOrSkip } from '../../test-support/skip.js';
import assert from '../../test-support/assert.js';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { FinanceAdapter } from './adapter.js';
import { PaymentQueries } from './search.js';
import { EMPTY_FILTER, type PaymentLineFilter } from './search-types.js';
import { TEST_DIALECTS, createLegacyTestDatabase, skipUnlessAvailable, type LegacyRow, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';
import { decimalToFen } from '../../lib/money.js';

const P = (n: number) => validIdNumber('610727', '19500101', String(n).padStart(3, '0'));
const X_ID = validIdNumberEndingInX('610727', '19480808');
const OTHER_COUNTY = validIdNumber('610728', '19600101', '001');

const DAY = 86_400;
const filter = (f: Partial<PaymentLineFilter>): PaymentLineFilter => ({ ...EMPTY_FILTER, ...f });

function line(MXID: number, PCH: string, SFZH: string, JE: string, FFZTDM = '1', extra: LegacyRow<'FF_MX'> = {}): LegacyRow<'FF_MX'> {
  return { MXID, PCH, SFZH, XM: '张三', YHZH: '6228000000000001', JE, FFZTDM, SBYY: FFZTDM === '2' ? '账户冻结' : null, DZSJ: null, ...extra };
}

/**
 * Batches in MXID runs, as the one-card system writes them: B1 1-20, B4 101-110, B2 201-220,
 * B3 301-305, B5 401-405, B6 501-503, and 30 filler batches so that one or two batches are a
 * sparse selection.
 */
const BATCHES: LegacyRow<'FF_PC'>[] = [
  { PCH: 'B1', XMDM: 'DB', FFQJ: '202401', XZQHDM: '610727', ZTDM: '05', LRR: 'u', SHR: 'a', TJSJ: '2024-01-05 10:00:00' },
  { PCH: 'B2', XMDM: 'DB', FFQJ: '202402', XZQHDM: '610727', ZTDM: '05', LRR: 'u', SHR: 'a', TJSJ: '2024-02-05 10:00:00' },
  { PCH: 'B3', XMDM: 'DB', FFQJ: '202402', XZQHDM: '610728', ZTDM: '01', LRR: 'u', SHR: null, TJSJ: null },
  { PCH: 'B4', XMDM: 'CJ', FFQJ: '202401', XZQHDM: '610727', ZTDM: '05', LRR: 'u', SHR: 'a', TJSJ: '2024-01-10 09:00:00' },
  { PCH: 'B5', XMDM: 'DB', FFQJ: '202403', XZQHDM: '610727', ZTDM: '05', LRR: 'u', SHR: 'a', TJSJ: '2024-03-05 10:00:00' },
  { PCH: 'B6', XMDM: 'CJ', FFQJ: '202402', XZQHDM: '610727', ZTDM: '04', LRR: 'u', SHR: 'a', TJSJ: '2024-03-20 09:00:00' },
  ...Array.from({ length: 30 }, (_, i) => ({ PCH: `F${String(i).padStart(2, '0')}`, XMDM: 'GL', FFQJ: '202312', XZQHDM: '610729', ZTDM: '04', LRR: 'u', SHR: 'a', TJSJ: null })),
];

const LINES: LegacyRow<'FF_MX'>[] = [
  // B1: DB 2024-01 in 610727, sent 2024-01-05 10:00 Beijing time.
  line(1, 'B1', P(1), '0.10', '1', { DZSJ: '2024-01-06 10:00:00' }), // exactly 24 hours: not late
  line(2, 'B1', P(2), '0.20', '1', { DZSJ: '2024-01-06 10:00:01' }), // one second more: late
  line(3, 'B1', X_ID.replace(/X$/, 'x'), '12345678.91', '1', { XM: '\u3000王秀英 ', DZSJ: '2024-01-05 11:00:00' }),
  line(4, 'B1', P(4), '500.00', '2'), // re-issued in B2 exactly 31 days later
  line(5, 'B1', P(5), '500.00', '2'), // re-issue in B2 failed too; B5 (60 days) succeeds
  line(6, 'B1', P(6), '500.00', '2'), // re-issued only in B3, never sent
  line(7, 'B1', P(7), '500.00', '2'), // a not-failed line in the same batch is no re-issue
  line(8, 'B1', P(7), '500.00', '1'),
  line(9, 'B1', X_ID, '500.00', '2'), // re-issued under the lower-case spelling
  line(10, 'B1', P(10), '300.00', '0'),
  ...Array.from({ length: 10 }, (_, i) => line(11 + i, 'B1', P(11 + i), '100.00', '1', { DZSJ: '2024-01-05 12:00:00' })),
  // B4: CJ 2024-01, sent 2024-01-10 09:00.
  line(101, 'B4', P(30), '200.00', '2'), // re-issued under another programme only: left unpaid
  line(102, 'B4', P(1), '200.00', '1', { DZSJ: '2024-01-12 09:00:00' }),
  ...Array.from({ length: 8 }, (_, i) => line(103 + i, 'B4', P(40 + i), '200.00', '1')),
  // B2: DB 2024-02, sent 2024-02-05 10:00 = 31 days after B1.
  line(201, 'B2', P(4), '500.00', '1'),
  line(202, 'B2', P(5), '500.00', '2'),
  line(203, 'B2', X_ID.replace(/X$/, 'x'), '500.00', '0'),
  line(204, 'B2', P(30), '200.00', '1'),
  ...Array.from({ length: 16 }, (_, i) => line(205 + i, 'B2', P(11 + i), '100.00', '1')),
  // B3: DB 2024-02 in 610728, never sent.
  line(301, 'B3', P(6), '500.00', '0'),
  line(302, 'B3', OTHER_COUNTY, '500.00', '0'),
  line(303, 'B3', P(1), '0.10', '0'),
  line(304, 'B3', P(2), '0.20', '0'),
  line(305, 'B3', '12345', '1.00', '0'),
  // B5: DB 2024-03, sent 2024-03-05 10:00 = 60 days after B1.
  line(401, 'B5', P(5), '500.00', '1'),
  line(402, 'B5', P(50), '500.00', '2'), // its own window has not closed by 2024-03-20
  line(403, 'B5', P(1), '0.10', '1'),
  line(404, 'B5', P(2), '0.20', '1'),
  line(405, 'B5', P(3), '0.30', '1'),
  // B6: CJ 2024-02, sent 2024-03-20.
  line(501, 'B6', P(30), '200.00', '1'),
  line(502, 'B6', P(1), '200.00', '1'),
  line(503, 'B6', P(2), '200.00', '1'),
  // Filler batches: 30 lines far away in MXID.
  ...Array.from({ length: 30 }, (_, i) => line(900_000 + i, `F${String(i).padStart(2, '0')}`, P(60 + i), '1.00', '1')),
  // A line whose batch row is missing is never served.
  line(999_999, 'NO-SUCH-BATCH', P(1), '9.99', '2'),
];

async function directRollup(db: LegacyTestDatabase): Promise<Array<{ programme: string; period: string; lines: number; persons: number; fen: number }>> {
  const normalised = db.dialect === 'sqlite' ? `UPPER(TRIM(m.SFZH, char(32, 9, 10, 13, 12288)))` : 'UPPER(TRIM(m.SFZH))';
  // What an analyst types on the finance database: on MariaDB SUM over DECIMAL is exact by itself.
  const sum = db.dialect === 'sqlite' ? 'SUM(ROUND(m.JE * 100))' : 'SUM(m.JE)';
  const sql = `SELECT b.XMDM AS programme, b.FFQJ AS period, COUNT(*) AS line_count, COUNT(DISTINCT ${normalised}) AS persons, ${sum} AS total
    FROM FF_MX m JOIN FF_PC b ON b.PCH = m.PCH GROUP BY b.XMDM, b.FFQJ ORDER BY b.XMDM, b.FFQJ`;
  let rows: Array<{ programme: string; period: string; line_count: number | string; persons: number | string; total: number | string }>;
  if (db.location.kind === 'sqlite') {
    const raw = new Database(db.location.file, { readonly: true });
    rows = raw.prepare(sql).all() as typeof rows;
    raw.close();
  } else {
    const connection = await mysql.createConnection({ uri: db.location.url, decimalNumbers: false, supportBigNumbers: true, bigNumberStrings: true });
    [rows] = (await connection.query(sql)) as unknown as [typeof rows];
    await connection.end();
  }
  return rows.map((r) => ({
    programme: r.programme,
    period: r.period,
    lines: Number(r.line_count),
    persons: Number(r.persons),
    fen: db.dialect === 'sqlite' ? Number(r.total) : decimalToFen(String(r.total)),
  }));
}

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`finance payment search on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let db: LegacyTestDatabase;
    let adapter: FinanceAdapter;
    let payments: PaymentQueries;

    beforeAll(async () => {
      db = await createLegacyTestDatabase(dialect, 'FINANCE');
      await db.insert('BT_XM', [
        { XMDM: 'DB', XMMC: '低保', ZGBMDM: 'MZ', ZJJCDM: '1', FFZQDM: 'M', BZJE: '500.00', ZGTJ: 'DIBAO', ZCYJ: 'x', GKBZ: '1', ND: '2024' },
        { XMDM: 'CJ', XMMC: '重度残疾人护理补贴', ZGBMDM: 'CL', ZJJCDM: '2', FFZQDM: 'M', BZJE: null, ZGTJ: 'DISABLED_SEVERE', ZCYJ: 'x', GKBZ: '1', ND: '2024' },
        { XMDM: 'GL', XMMC: '高龄', ZGBMDM: 'MZ', ZJJCDM: '4', FFZQDM: 'Y', BZJE: null, ZGTJ: 'AGE_80', ZCYJ: 'x', GKBZ: '1', ND: '2023' },
      ]);
      await db.insert('FF_PC', BATCHES);
      await db.insert('FF_MX', LINES);
      adapter = new FinanceAdapter(db.location);
      payments = new PaymentQueries(adapter.db);
    });

    afterAll(async () => {
      await adapter?.close();
      await db?.drop();
    });

    async function allIds(f: PaymentLineFilter, pageSize: number): Promise<string[]> {
      const ids: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 1000; guard++) {
        const page = await payments.page(f, after, pageSize);
        ids.push(...page.items.map((i) => i.line.id));
        if (!page.hasNextPage) return ids;
        assert.equal(page.items.length, pageSize, 'a page that is followed by another is full');
        after = page.items.at(-1)!.line.id;
      }
      throw new Error('paging did not end');
    }

    test('a programme, period range and county select exactly their batches, in line-id order', async () => {
      const ids = await allIds(filter({ programmeCode: 'DB', periodFrom: '202402', periodTo: '202403', countyPrefix: '610727' }), 1000);
      assert.deepEqual(ids, [...Array.from({ length: 20 }, (_, i) => String(201 + i)), '401', '402', '403', '404', '405']);
    });

    test('paging with small pages after each cursor returns every line once, whether the selection is sparse or dense', async () => {
      const sparse = filter({ programmeCode: 'CJ' });
      assert.deepEqual(await allIds(sparse, 3), [...Array.from({ length: 10 }, (_, i) => String(101 + i)), '501', '502', '503']);
      const dense = await allIds(EMPTY_FILTER, 7);
      assert.equal(dense.length, LINES.length - 1, 'every line but the one without a batch');
      assert.deepEqual(dense, [...dense].sort((a, b) => Number(a) - Number(b)));
    });

    test('a page after the last line of a sparse selection is empty and says so', async () => {
      const page = await payments.page(filter({ programmeCode: 'CJ' }), '503', 10);
      assert.deepEqual(page, { items: [], hasNextPage: false });
    });

    test('status, amount range (both ends inclusive), ID number with a lower-case x, and part of a padded name filter lines', async () => {
      assert.deepEqual(await allIds(filter({ status: 'PENDING', countyPrefix: '61072' }), 100), ['10', '203', '301', '302', '303', '304', '305']);
      assert.deepEqual(await allIds(filter({ amountMinFen: 10, amountMaxFen: 20 }), 100), ['1', '2', '303', '304', '403', '404']);
      assert.deepEqual(await allIds(filter({ idNumber: X_ID }), 100), ['3', '9', '203']);
      assert.deepEqual(await allIds(filter({ nameContains: '王秀英' }), 100), ['3']);
      assert.deepEqual(await allIds(filter({ nameContains: '%' }), 100), [], 'LIKE wildcards in a name are taken literally');
    });

    test('the responsible department and the funding level come from the programme', async () => {
      assert.deepEqual(await allIds(filter({ department: 'DISABILITY' }), 100), await allIds(filter({ programmeCode: 'CJ' }), 100));
      assert.deepEqual(await allIds(filter({ fundingLevel: 'PROVINCIAL' }), 100), await allIds(filter({ programmeCode: 'CJ' }), 100));
      assert.deepEqual(await allIds(filter({ department: 'HEALTH' }), 100), []);
    });

    test('totals are exact in fen and count each normalised ID number once', async () => {
      const totals = await payments.totals(filter({ programmeCode: 'DB', periodTo: '202401' }));
      // 0.10 + 0.20 + 12345678.91 + 6 x 500 + 300 + 10 x 100
      assert.deepEqual(totals, { lineCount: 20, personCount: 18, totalFen: 10 + 20 + 1_234_567_891 + 300_000 + 30_000 + 100_000 });
      const xPerson = await payments.totals(filter({ idNumber: X_ID }));
      assert.deepEqual(xPerson, { lineCount: 3, personCount: 1, totalFen: 1_234_567_891 + 50_000 + 50_000 });
    });

    test('a restriction to more ID numbers than one statement takes merges the chunks in line-id order', async () => {
      const strangers = Array.from({ length: 1500 }, (_, i) => validIdNumber('620102', '19700101', String(i % 1000).padStart(3, '0')).replace(/^620102/, i < 1000 ? '620102' : '620103'));
      const idNumbers = [P(1), ...strangers.slice(0, 1200), P(2), ...strangers.slice(1200), X_ID];
      const f = filter({ idNumbers });
      assert.deepEqual(await allIds(f, 4), ['1', '2', '3', '9', '102', '203', '303', '304', '403', '404', '502', '503']);
      assert.deepEqual(await payments.totals(f), { lineCount: 12, personCount: 3, totalFen: 10 + 20 + 1_234_567_891 + 50_000 + 20_000 + 50_000 + 10 + 20 + 10 + 20 + 20_000 + 20_000 });
    });

    test('a credit exactly 24 hours after the batch was sent is not late; one second more is', async () => {
      const page = await payments.page(EMPTY_FILTER, null, 100, { kind: 'LATE_CREDIT', thresholdSeconds: DAY });
      assert.deepEqual(page.items.map((i) => i.line.id), ['2', '102']);
      assert.match(page.items[0]!.note!, /24\.0 hours after batch B1 was sent to the bank at 2024-01-05T02:00:00\.000Z/);
      const longer = await payments.page(EMPTY_FILTER, null, 100, { kind: 'LATE_CREDIT', thresholdSeconds: 48 * 3600 });
      assert.deepEqual(longer.items.map((i) => i.line.id), []);
      assert.deepEqual(await payments.totals(EMPTY_FILTER, { kind: 'LATE_CREDIT', thresholdSeconds: DAY }), { lineCount: 2, personCount: 2, totalFen: 20 + 20_000 });
    });

    test('failed lines not re-issued in a later batch of the programme within the limit are left unpaid', async () => {
      const asOf = '2024-06-30T00:00:00.000Z';
      const unpaid = async (days: number, at = asOf) => (await payments.unpaidPage(EMPTY_FILTER, { withinSeconds: days * DAY, asOf: at }, null, 100)).items.map((i) => i.line.id);
      // 4: re-issued after exactly 31 days; 5: only after 60; 6: only in a batch never sent; 7: same batch;
      // 9: re-issued (lower-case x) after 31 days; 101: only under another programme; 402: re-issued never.
      assert.deepEqual(await unpaid(30), ['4', '5', '6', '7', '9', '101', '402']);
      assert.deepEqual(await unpaid(31), ['5', '6', '7', '101', '402']);
      assert.deepEqual(await unpaid(60), ['6', '7', '101', '402']);
      // By 2024-03-20 the 30-day window of batch B5 (sent 2024-03-05) has not closed.
      assert.deepEqual(await unpaid(30, '2024-03-20T00:00:00.000Z'), ['4', '5', '6', '7', '9', '101']);
    });

    test('a left-unpaid line says why, and its totals count every such line', async () => {
      const page = await payments.unpaidPage(filter({ programmeCode: 'DB' }), { withinSeconds: 30 * DAY, asOf: '2024-06-30T00:00:00Z' }, null, 2);
      assert.deepEqual(page.items.map((i) => i.line.id), ['4', '5']);
      assert.equal(page.hasNextPage, true);
      assert.match(page.items[1]!.note!, /^failed \(bank: 账户冻结\) in batch B1 sent to the bank at 2024-01-05T02:00:00\.000Z, amount 500\.00; .* within 30 days after \(the first later one, line 401 in batch B5/);
      const next = await payments.unpaidPage(filter({ programmeCode: 'DB' }), { withinSeconds: 30 * DAY, asOf: '2024-06-30T00:00:00Z' }, '5', 100);
      assert.deepEqual(next.items.map((i) => i.line.id), ['6', '7', '9', '402']);
      const totals = await payments.unpaidTotals(EMPTY_FILTER, { withinSeconds: 30 * DAY, asOf: '2024-06-30T00:00:00Z' });
      assert.deepEqual(totals, { lineCount: 7, personCount: 7, totalFen: 6 * 50_000 + 20_000 });
    });

    test('roll-ups by programme and period equal a direct SQL computation on the finance database, to the fen', async () => {
      const rows = await payments.rollup(EMPTY_FILTER, ['PROGRAMME', 'PERIOD'], null);
      const direct = await directRollup(db);
      assert.deepEqual(
        rows.map((r) => ({ programme: r.programmeCode, period: r.period, lines: r.lineCount, persons: r.personCount, fen: r.totalFen })),
        direct,
      );
    });

    test('roll-ups by funding level, department, county and status name each group', async () => {
      const rows = await payments.rollup(filter({ programmeCode: 'CJ' }), ['FUNDING_LEVEL', 'DEPARTMENT', 'COUNTY', 'STATUS'], null);
      assert.deepEqual(
        rows.map((r) => [r.fundingLevel, r.fundingLevelCode, r.department, r.departmentCode, r.countyCode, r.status, r.lineCount, r.personCount, r.totalFen]),
        [
          ['PROVINCIAL', '2', 'DISABILITY', 'CL', '610727', 'CREDITED', 12, 11, 240_000],
          ['PROVINCIAL', '2', 'DISABILITY', 'CL', '610727', 'FAILED', 1, 1, 20_000],
        ],
      );
    });

    test('roll-ups over person groups count each person once per group and add exactly', async () => {
      const rows = await payments.rollup(filter({ programmeCode: 'DB' }), ['PERIOD'], [
        { key: 'village-a', idNumbers: [P(1), P(2)] },
        { key: 'village-b', idNumbers: [X_ID, P(5)] },
      ]);
      assert.deepEqual(
        rows.map((r) => [r.period, r.personGroup, r.lineCount, r.personCount, r.totalFen]),
        [
          ['202401', 'village-a', 2, 2, 30],
          ['202401', 'village-b', 3, 2, 1_234_567_891 + 50_000 + 50_000],
          ['202402', 'village-a', 2, 2, 30],
          ['202402', 'village-b', 2, 2, 50_000 + 50_000],
          ['202403', 'village-a', 2, 2, 30],
          ['202403', 'village-b', 1, 1, 50_000],
        ],
      );
    });

    test('the distinct ID numbers of a search are normalised, and a restriction answers which persons have a line', async () => {
      assert.deepEqual(await payments.idNumbers(filter({ programmeCode: 'DB', periodFrom: '202401', periodTo: '202401', status: 'FAILED' }), 100), [P(4), P(5), P(6), P(7), X_ID].sort());
      assert.deepEqual(await payments.idNumbers(filter({ programmeCode: 'CJ', idNumbers: [P(1), P(3), P(30)] }), 100), [P(1), P(30)].sort());
      assert.equal(await payments.idNumbers(EMPTY_FILTER, 5), null, 'more than the limit');
    });
  });
}
