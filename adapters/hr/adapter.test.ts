import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { renamingMapping, writeMappingFile } from '../../test-support/mapped-copy.js';
import { describeOrSkip } from '../../test-support/skip.js';
import assert from '../../test-support/assert.js';
import { HrAdapter } from './adapter.js';
import { CardTable } from './entities.js';
import { accountMatchSql } from './account-sql.js';
import { TEST_DIALECTS, createLegacyTestDatabase, skipUnlessAvailable, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';

const X_ID = validIdNumberEndingInX('610727', '19650302');
const PLAIN_ID = validIdNumber('610727', '19800101', '123');
const PADDED_ID = validIdNumber('610727', '19700505', '456');

const SHARED_ACCOUNT = '6217000010000000001';
const TRAILING_PADDED = '6217000010000000002';
const LEADING_PADDED = '6217000010000000003';
const FULL_WIDTH_PADDED = '6217000010000000004';
const TRAILING_FULL_WIDTH = '6217000010000000005';

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`HR adapter on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let db: LegacyTestDatabase;
    let adapter: HrAdapter;

    beforeAll(async () => {
      db = await createLegacyTestDatabase(dialect, 'HR');
      await db.insert('SBK_KXX', [
        { SBKH: 'SB0001', SFZH: X_ID.replace(/X$/, 'x'), XM: ' 王\u3000秀英\u3000', YHDM: ' 102 ', YHZH: SHARED_ACCOUNT, KZTDM: '1', FKRQ: '20200115' },
        { SBKH: 'SB0002', SFZH: PLAIN_ID, XM: '李四', YHDM: '103', YHZH: SHARED_ACCOUNT, KZTDM: '2', FKRQ: '' },
        { SBKH: 'SB0003', SFZH: PLAIN_ID, XM: '李四 ', YHDM: '103', YHZH: `${TRAILING_PADDED}   `, KZTDM: '0', FKRQ: null },
        { SBKH: 'SB0004', SFZH: PLAIN_ID, XM: '李四', YHDM: '103', YHZH: ` ${LEADING_PADDED}`, KZTDM: '3', FKRQ: '20230230' },
        { SBKH: 'SB0005', SFZH: PLAIN_ID, XM: '李四', YHDM: '103', YHZH: `\u3000${FULL_WIDTH_PADDED}`, KZTDM: '9', FKRQ: '20210101' },
        { SBKH: 'SB0006', SFZH: null, XM: null, YHDM: null, YHZH: '', KZTDM: null, FKRQ: null },
      ]);
      await db.insert('CB_DWCBRY', [
        { ID: 1, SFZH: X_ID.replace(/X$/, 'x'), DWBH: 'DW001', DWMC: ' 城固县民政局\u3000', DWLXDM: '10', CBKSRQ: '20150101', CBZZRQ: '' },
        { ID: 2, SFZH: X_ID, DWBH: 'DW002', DWMC: '城固县医院', DWLXDM: '20', CBKSRQ: '20100301', CBZZRQ: '20141231' },
        { ID: 3, SFZH: PLAIN_ID, DWBH: 'DW003', DWMC: '汉中某公司', DWLXDM: '30', CBKSRQ: '20180101', CBZZRQ: null },
        { ID: 4, SFZH: PLAIN_ID, DWBH: 'DW004', DWMC: '合作社', DWLXDM: '90', CBKSRQ: '', CBZZRQ: '20190101' },
        { ID: 5, SFZH: PLAIN_ID, DWBH: 'DW005', DWMC: '不明', DWLXDM: '99', CBKSRQ: '20190101', CBZZRQ: '20190231' },
      ]);
      if (dialect === 'sqlite') {
        // A CHAR(18) on MariaDB cannot hold an 18-character ID with padding; only SQLite stores one.
        await db.insert('SBK_KXX', [
          { SBKH: 'SB0101', SFZH: ` ${PADDED_ID}\u3000`, XM: '赵六', YHDM: '104', YHZH: `${TRAILING_FULL_WIDTH}\u3000`, KZTDM: '1', FKRQ: '20220202' },
        ]);
        await db.insert('CB_DWCBRY', [{ ID: 101, SFZH: `${PADDED_ID} `, DWBH: 'DW101', DWMC: '某局', DWLXDM: '10', CBKSRQ: '20200101', CBZZRQ: null }]);
      }
      adapter = new HrAdapter(db.location);
    });

    afterAll(async () => {
      await adapter?.close();
      await db?.drop();
    });

    test('a holder stored with a lower-case x is found by the normalised upper-case ID', async () => {
      const found = await adapter.cardsByHolderIdNumbers([X_ID]);
      assert.deepEqual(found.get(X_ID)?.map((c) => [c.cardNumber, c.holderIdNumber]), [['SB0001', X_ID]]);
    });

    test('holder names lose ASCII and full-width padding but keep inner spaces', async () => {
      const found = await adapter.cardsByHolderIdNumbers([X_ID, PLAIN_ID]);
      assert.equal(found.get(X_ID)?.[0]?.holderName, '王\u3000秀英');
      assert.equal(found.get(PLAIN_ID)?.find((c) => c.cardNumber === 'SB0003')?.holderName, '李四');
    });

    test('a person’s cards come back in card-number order with trimmed bank codes and accounts', async () => {
      const found = await adapter.cardsByHolderIdNumbers([PLAIN_ID]);
      assert.deepEqual(
        found.get(PLAIN_ID)?.map((c) => [c.cardNumber, c.bankCode, c.accountNumber]),
        [
          ['SB0002', '103', SHARED_ACCOUNT],
          ['SB0003', '103', TRAILING_PADDED],
          ['SB0004', '103', LEADING_PADDED],
          ['SB0005', '103', FULL_WIDTH_PADDED],
        ],
      );
      const first = await adapter.cardsByHolderIdNumbers([X_ID]);
      assert.equal(first.get(X_ID)?.[0]?.bankCode, '102');
    });

    test('card status codes map to named values and keep the stored code', async () => {
      const found = await adapter.cardsByCardNumbers(['SB0001', 'SB0002', 'SB0003', 'SB0004', 'SB0005', 'SB0006']);
      assert.deepEqual(
        [...found.values()].map((c) => [c.cardNumber, c.status, c.statusCode]),
        [
          ['SB0001', 'ACTIVE', '1'],
          ['SB0002', 'REPORTED_LOST', '2'],
          ['SB0003', 'NOT_ACTIVATED', '0'],
          ['SB0004', 'CANCELLED', '3'],
          ['SB0005', 'UNRECOGNISED', '9'],
          ['SB0006', 'UNRECOGNISED', null],
        ],
      );
    });

    test('issue dates become ISO dates; an empty string, NULL and an impossible date are none', async () => {
      const found = await adapter.cardsByCardNumbers(['SB0001', 'SB0002', 'SB0003', 'SB0004']);
      assert.deepEqual(
        ['SB0001', 'SB0002', 'SB0003', 'SB0004'].map((n) => found.get(n)?.issueDate),
        ['2020-01-15', null, null, null],
      );
    });

    test('a card with no holder, name or account reads as nulls, not empty strings', async () => {
      const card = (await adapter.cardsByCardNumbers([' SB0006 '])).get('SB0006');
      assert.deepEqual([card?.holderIdNumber, card?.holderName, card?.bankCode, card?.accountNumber], [null, null, null, null]);
    });

    test('an account shared by two cards returns both, in card-number order', async () => {
      const found = await adapter.cardsByAccountNumbers([SHARED_ACCOUNT]);
      assert.deepEqual(found.get(SHARED_ACCOUNT)?.map((c) => c.cardNumber), ['SB0001', 'SB0002']);
    });

    test('accounts padded in the legacy table with trailing blanks, a leading blank or a leading full-width space still match', async () => {
      const found = await adapter.cardsByAccountNumbers([TRAILING_PADDED, LEADING_PADDED, FULL_WIDTH_PADDED]);
      assert.deepEqual(found.get(TRAILING_PADDED)?.map((c) => [c.cardNumber, c.accountNumber]), [['SB0003', TRAILING_PADDED]]);
      assert.deepEqual(found.get(LEADING_PADDED)?.map((c) => [c.cardNumber, c.accountNumber]), [['SB0004', LEADING_PADDED]]);
      assert.deepEqual(found.get(FULL_WIDTH_PADDED)?.map((c) => [c.cardNumber, c.accountNumber]), [['SB0005', FULL_WIDTH_PADDED]]);
    });

    test('an account asked for with padding is trimmed before the lookup', async () => {
      const found = await adapter.cardsByAccountNumbers([` ${SHARED_ACCOUNT}\u3000`]);
      assert.deepEqual(found.get(SHARED_ACCOUNT)?.map((c) => c.cardNumber), ['SB0001', 'SB0002']);
    });

    test('only the accounts asked for come back: no prefix matches, no unrelated padded accounts, no empty account', async () => {
      const found = await adapter.cardsByAccountNumbers(['6217000010000000', '6217000010000000009', '', '  ']);
      assert.equal(found.size, 0);
    });

    test('the screening read of cards by account holds the same cards in the same order, with their number, holder and status', async () => {
      const asked = [SHARED_ACCOUNT, TRAILING_PADDED, LEADING_PADDED, ` ${FULL_WIDTH_PADDED}`, '6217000010000000', ''];
      const records = await adapter.cardsByAccountNumbers(asked);
      const cards = await adapter.accountCards(asked);
      assert.deepEqual([...cards.keys()].sort(), [...records.keys()].sort());
      for (const [account, list] of records) {
        assert.deepEqual(cards.get(account), list.map(({ cardNumber, holderIdNumber, status, statusCode }) => ({ cardNumber, holderIdNumber, status, statusCode })), account);
      }
      assert.deepEqual(cards.get(SHARED_ACCOUNT)?.map((c) => [c.cardNumber, c.holderIdNumber, c.status]), [
        ['SB0001', X_ID, 'ACTIVE'],
        ['SB0002', PLAIN_ID, 'REPORTED_LOST'],
      ]);
    });

    test('insured employment maps employer type codes and keeps the stored code', async () => {
      const found = await adapter.employmentsByIdNumbers([X_ID, PLAIN_ID]);
      assert.deepEqual(
        [...(found.get(X_ID) ?? []), ...(found.get(PLAIN_ID) ?? [])].map((e) => [e.recordId, e.employerType, e.employerTypeCode]),
        [
          ['2', 'PUBLIC_INSTITUTION', '20'],
          ['1', 'GOVERNMENT_ORGAN', '10'],
          ['4', 'OTHER', '90'],
          ['3', 'ENTERPRISE', '30'],
          ['5', 'UNRECOGNISED', '99'],
        ],
      );
    });

    test('employment dates: an empty or NULL end is none; an impossible one is no date, its stored text kept; a lower-case x holder is found', async () => {
      const found = await adapter.employmentsByIdNumbers([X_ID, PLAIN_ID]);
      const byId = new Map([...(found.get(X_ID) ?? []), ...(found.get(PLAIN_ID) ?? [])].map((e) => [e.recordId, e]));
      assert.deepEqual([byId.get('1')?.idNumber, byId.get('1')?.startDate, byId.get('1')?.endDate], [X_ID, '2015-01-01', null]);
      assert.deepEqual([byId.get('2')?.startDate, byId.get('2')?.endDate], ['2010-03-01', '2014-12-31']);
      assert.deepEqual([byId.get('3')?.endDate, byId.get('4')?.startDate, byId.get('5')?.endDate], [null, null, null]);
      assert.deepEqual([byId.get('1')?.endDateUnreadable, byId.get('4')?.startDateUnreadable, byId.get('5')?.endDateUnreadable], [null, null, '20190231']);
      assert.deepEqual([byId.get('1')?.employerNumber, byId.get('1')?.employerName], ['DW001', '城固县民政局']);
    });

    test('IDs that hold no card and no employment are simply absent', async () => {
      const unknown = validIdNumber('610727', '19990909', '999');
      assert.equal((await adapter.cardsByHolderIdNumbers([unknown])).size, 0);
      assert.equal((await adapter.employmentsByIdNumbers([unknown])).size, 0);
      assert.equal((await adapter.cardsByCardNumbers(['SB9999'])).size, 0);
    });

    test('looking up 2,500 holders or 2,500 employees costs three statements each, and 2,500 accounts one', async () => {
      const ids = Array.from({ length: 2500 }, (_, i) => validIdNumber(String(610000 + Math.floor(i / 1000)), '19600101', String(i % 1000).padStart(3, '0')));
      const accounts = Array.from({ length: 2500 }, (_, i) => `62170000${String(i).padStart(11, '0')}`);
      let before = adapter.db.statementCount;
      await adapter.cardsByHolderIdNumbers(ids);
      assert.equal(adapter.db.statementCount - before, 3);
      before = adapter.db.statementCount;
      await adapter.employmentsByIdNumbers(ids);
      assert.equal(adapter.db.statementCount - before, 3);
      before = adapter.db.statementCount;
      await adapter.cardsByAccountNumbers(accounts);
      assert.equal(adapter.db.statementCount - before, 1);
      before = adapter.db.statementCount;
      await adapter.accountCards(accounts);
      assert.equal(adapter.db.statementCount - before, 1);
    });

    if (dialect === 'sqlite') {
      test('padded holder IDs and a trailing full-width space on an account are normalised too', async () => {
        const cards = await adapter.cardsByHolderIdNumbers([PADDED_ID]);
        assert.deepEqual(cards.get(PADDED_ID)?.map((c) => [c.cardNumber, c.holderIdNumber]), [['SB0101', PADDED_ID]]);
        const byAccount = await adapter.cardsByAccountNumbers([TRAILING_FULL_WIDTH]);
        assert.deepEqual(byAccount.get(TRAILING_FULL_WIDTH)?.map((c) => c.cardNumber), ['SB0101']);
        const jobs = await adapter.employmentsByIdNumbers([PADDED_ID]);
        assert.deepEqual(jobs.get(PADDED_ID)?.map((e) => e.recordId), ['101']);
      });

      test('the account lookup uses the index on the trimmed account', async () => {
        const plan = await adapter.db.run(async (ds) => {
          const match = accountMatchSql('sqlite', 'c.YHZH', [SHARED_ACCOUNT], 'accounts');
          const [sql, params] = ds.getRepository(CardTable.entity).createQueryBuilder('c').where(match.sql, match.params).getQueryAndParameters();
          return (await ds.query(`EXPLAIN QUERY PLAN ${sql}`, params)) as Array<{ detail: string }>;
        });
        assert.match(plan.map((p) => p.detail).join('\n'), /USING INDEX IX_SBK_KXX_YHZH_NORM/);
      });
    }
  });
}

describe('HR adapter on a renamed and re-coded SQLite layout', () => {
  let db: LegacyTestDatabase;
  let dir: string;
  let documented: HrAdapter;
  let mapped: HrAdapter;

  beforeAll(async () => {
    db = await createLegacyTestDatabase('sqlite', 'HR');
    await db.insert('SBK_KXX', [
      { SBKH: 'SB0001', SFZH: X_ID.replace(/X$/, 'x'), XM: '王五', YHDM: '102', YHZH: SHARED_ACCOUNT, KZTDM: '1', FKRQ: '20200115' },
      { SBKH: 'SB0002', SFZH: PLAIN_ID, XM: '李四', YHDM: '103', YHZH: ` ${SHARED_ACCOUNT}\u3000`, KZTDM: '2', FKRQ: '' },
      { SBKH: 'SB0003', SFZH: PLAIN_ID, XM: '李四', YHDM: '103', YHZH: TRAILING_PADDED, KZTDM: '0', FKRQ: null },
    ]);
    await db.insert('CB_DWCBRY', [
      { ID: 1, SFZH: X_ID, DWBH: 'DW001', DWMC: '某局', DWLXDM: '10', CBKSRQ: '20150101', CBZZRQ: '' },
      { ID: 2, SFZH: PLAIN_ID, DWBH: 'DW002', DWMC: '某厂', DWLXDM: '30', CBKSRQ: '20180101', CBZZRQ: '20190231' },
    ]);
    // The same rows as another site keeps them: T_/C_ names, every code stored as K<code>.
    dir = mkdtempSync(path.join(os.tmpdir(), 'hub-hr-mapped-'));
    const file = path.join(dir, 'rsj_sb.sqlite');
    copyFileSync((db.location as { file: string }).file, file);
    const copy = new Database(file);
    for (const [table, columns, codes] of [
      ['SBK_KXX', ['SBKH', 'SFZH', 'XM', 'YHDM', 'YHZH', 'KZTDM', 'FKRQ'], ['KZTDM']],
      ['CB_DWCBRY', ['ID', 'SFZH', 'DWBH', 'DWMC', 'DWLXDM', 'CBKSRQ', 'CBZZRQ'], ['DWLXDM']],
    ] as const) {
      copy.exec(`ALTER TABLE ${table} RENAME TO T_${table}`);
      for (const column of columns) copy.exec(`ALTER TABLE T_${table} RENAME COLUMN ${column} TO C_${column}`);
      for (const column of codes) copy.exec(`UPDATE T_${table} SET C_${column} = 'K' || C_${column}`);
    }
    copy.close();
    documented = new HrAdapter(db.location);
    mapped = new HrAdapter({ kind: 'sqlite', file, mappingFile: writeMappingFile(path.join(dir, 'hr.json'), renamingMapping('HR')) });
  });

  afterAll(async () => {
    await documented?.close();
    await mapped?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('cards by holder, account and number, and employment, read the same as on the documented layout', async () => {
    const ids = [X_ID, PLAIN_ID];
    const accounts = [SHARED_ACCOUNT, TRAILING_PADDED];
    assert.deepEqual([...(await mapped.cardsByHolderIdNumbers(ids))], [...(await documented.cardsByHolderIdNumbers(ids))]);
    assert.deepEqual([...(await mapped.cardsByAccountNumbers(accounts))], [...(await documented.cardsByAccountNumbers(accounts))]);
    assert.deepEqual([...(await mapped.accountCards(accounts))], [...(await documented.accountCards(accounts))]);
    assert.deepEqual([...(await mapped.cardsByCardNumbers(['SB0001', 'SB0003']))], [...(await documented.cardsByCardNumbers(['SB0001', 'SB0003']))]);
    assert.deepEqual([...(await mapped.employmentsByIdNumbers(ids))], [...(await documented.employmentsByIdNumbers(ids))]);
    const shared = (await mapped.accountCards([SHARED_ACCOUNT])).get(SHARED_ACCOUNT);
    assert.deepEqual(shared?.map((c) => [c.cardNumber, c.status, c.statusCode]), [
      ['SB0001', 'ACTIVE', '1'],
      ['SB0002', 'REPORTED_LOST', '2'],
    ]);
    assert.deepEqual((await mapped.employmentsByIdNumbers([X_ID])).get(X_ID)?.map((e) => [e.employerType, e.employerTypeCode]), [['GOVERNMENT_ORGAN', '10']]);
  });
});
