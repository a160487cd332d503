import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { describeOrSkip } from '../../test-support/skip.js';
import assert from '../../test-support/assert.js';
import { DisabilityAdapter, decodePageCursor, encodePageCursor, normaliseCertificateNumber } from './adapter.js';
import type { ValidCertificateQuery } from './adapter.js';
import { TEST_DIALECTS, createLegacyTestDatabase, skipUnlessAvailable, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';

const REASSESSED = validIdNumberEndingInX('421002', '19700101');
const ODD_CODES = validIdNumber('421002', '19800101', '123');
const CANCELLED = validIdNumber('510101', '19900101', '456');
const UNDATED = validIdNumber('421003', '19600101', '789');
const PADDED = validIdNumber('421004', '19500101', '321');
const UNREADABLE_CANCELLATION = validIdNumber('421002', '19810101', '654');

const lowerX = (id: string) => id.replace(/X$/, 'x');

function page(overrides: Partial<ValidCertificateQuery>): ValidCertificateQuery {
  return { date: '2024-03-01', severeOnly: false, divisionPrefix: null, first: 1000, afterKey: null, ...overrides };
}

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`disability adapter on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let db: LegacyTestDatabase;
    let adapter: DisabilityAdapter;

    beforeAll(async () => {
      db = await createLegacyTestDatabase(dialect, 'DISABILITY');
      await db.insert('CJR_ZXX', [
        // Re-assessed: the older, less severe certificate sorts after the newer one by number.
        { CJRZH: `${lowerX(REASSESSED)}42`, SFZH: lowerX(REASSESSED), XM: ' 张\u3000三\u3000', CJLBDM: '4', CJDJDM: '2', FZRQ: '20140301', YXQZ: '20240229', ZXRQ: '' },
        { CJRZH: `${lowerX(REASSESSED)}41`, SFZH: lowerX(REASSESSED), XM: '张\u3000三', CJLBDM: '4', CJDJDM: '1', FZRQ: '20200101', YXQZ: '20300101', ZXRQ: null },
        { CJRZH: `${ODD_CODES}95`, SFZH: ODD_CODES, XM: '李四', CJLBDM: '9', CJDJDM: '5', FZRQ: '20150101', YXQZ: '20250101', ZXRQ: '' },
        { CJRZH: `${UNREADABLE_CANCELLATION}41`, SFZH: UNREADABLE_CANCELLATION, XM: '钱八', CJLBDM: '4', CJDJDM: '1', FZRQ: '20150101', YXQZ: '20350101', ZXRQ: '20230230' },
        { CJRZH: `${CANCELLED}13`, SFZH: CANCELLED, XM: '王五', CJLBDM: '1', CJDJDM: '3', FZRQ: '20200101', YXQZ: '20300101', ZXRQ: '20220101' },
        { CJRZH: `${UNDATED}62`, SFZH: UNDATED, XM: '赵六', CJLBDM: '6', CJDJDM: '2', FZRQ: '', YXQZ: '20300101', ZXRQ: null },
      ]);
      adapter = new DisabilityAdapter(db.location);
    });

    afterAll(async () => {
      await adapter?.close();
      await db?.drop();
    });

    test('a lower-case x in the ID column is found by the normalised upper-case ID', async () => {
      const found = await adapter.certificatesByIdNumbers([REASSESSED]);
      assert.deepEqual(
        found.get(REASSESSED)?.map((c) => [c.idNumber, c.certificateNumber]),
        [
          [REASSESSED, `${REASSESSED}42`],
          [REASSESSED, `${REASSESSED}41`],
        ],
      );
    });

    test('a person’s certificates come back ordered by issue date, not by number', async () => {
      const found = await adapter.certificatesByIdNumbers([REASSESSED]);
      assert.deepEqual(found.get(REASSESSED)?.map((c) => c.issueDate), ['2014-03-01', '2020-01-01']);
    });

    test('names lose ASCII and full-width padding but keep inner spaces', async () => {
      const found = await adapter.certificatesByIdNumbers([REASSESSED]);
      assert.deepEqual(found.get(REASSESSED)?.map((c) => c.name), ['张\u3000三', '张\u3000三']);
    });

    test('an empty cancellation date and a NULL one both mean never cancelled', async () => {
      const [older, newer] = (await adapter.certificatesByIdNumbers([REASSESSED])).get(REASSESSED)!;
      assert.equal(older?.cancellationDate, null);
      assert.equal(newer?.cancellationDate, null);
    });

    test('CHAR(8) dates become ISO dates; empty ones become null, an impossible one null with its stored text kept', async () => {
      const found = await adapter.certificatesByIdNumbers([ODD_CODES, CANCELLED, UNDATED, UNREADABLE_CANCELLATION]);
      assert.deepEqual(found.get(ODD_CODES)?.map((c) => [c.issueDate, c.validUntil, c.cancellationDate, c.cancellationDateUnreadable]), [['2015-01-01', '2025-01-01', null, null]]);
      assert.deepEqual(
        found.get(UNREADABLE_CANCELLATION)?.map((c) => [c.issueDate, c.issueDateUnreadable, c.cancellationDate, c.cancellationDateUnreadable]),
        [['2015-01-01', null, null, '20230230']],
      );
      assert.equal(found.get(CANCELLED)?.[0]?.cancellationDate, '2022-01-01');
      assert.equal(found.get(UNDATED)?.[0]?.issueDate, null);
    });

    test('category and level codes map to named values and keep the stored code', async () => {
      const found = await adapter.certificatesByIdNumbers([REASSESSED, ODD_CODES, UNDATED]);
      const newest = found.get(REASSESSED)?.[1];
      assert.deepEqual([newest?.category, newest?.categoryCode, newest?.level, newest?.levelCode], ['PHYSICAL', '4', 1, '1']);
      const odd = found.get(ODD_CODES)?.[0];
      assert.deepEqual([odd?.category, odd?.categoryCode, odd?.level, odd?.levelCode], ['UNRECOGNISED', '9', null, '5']);
      assert.equal(found.get(UNDATED)?.[0]?.category, 'MENTAL');
    });

    test('a certificate stored with a lower-case x is found by its normalised number', async () => {
      const found = await adapter.certificatesByNumbers([`${REASSESSED}41`, `${ODD_CODES}95`]);
      assert.equal(found.get(`${REASSESSED}41`)?.issueDate, '2020-01-01');
      assert.equal(found.get(`${ODD_CODES}95`)?.name, '李四');
      assert.equal(found.size, 2);
    });

    test('an ID or certificate number the federation does not hold is simply absent', async () => {
      const unknown = validIdNumber('421002', '19990909', '999');
      assert.equal((await adapter.certificatesByIdNumbers([unknown])).size, 0);
      assert.equal((await adapter.certificatesByNumbers([`${unknown}41`, `${REASSESSED}43`])).size, 0);
    });

    test('looking up 2,500 ID numbers costs three statements', async () => {
      const ids = Array.from({ length: 2500 }, (_, i) => validIdNumber(String(420000 + Math.floor(i / 1000)), '19600101', String(i % 1000).padStart(3, '0')));
      const before = adapter.db.statementCount;
      await adapter.certificatesByIdNumbers(ids);
      assert.equal(adapter.db.statementCount - before, 3);
    });

    test('holders of a valid certificate exclude expired, cancelled and undated ones, and one with an impossible cancellation date (ruling 1)', async () => {
      const result = await adapter.personsWithValidCertificate(page({}));
      assert.deepEqual(result.idNumbers, [REASSESSED, ODD_CODES]);
      assert.equal(result.hasNextPage, false);
    });

    test('severe-only keeps holders of a valid level 1 or 2 certificate', async () => {
      const result = await adapter.personsWithValidCertificate(page({ severeOnly: true }));
      assert.deepEqual(result.idNumbers, [REASSESSED]);
    });

    test('the division prefix filters on the leading digits of the ID number', async () => {
      assert.deepEqual((await adapter.personsWithValidCertificate(page({ divisionPrefix: '5101' }))).idNumbers, []);
      assert.deepEqual((await adapter.personsWithValidCertificate(page({ date: '2021-12-31', divisionPrefix: '5101' }))).idNumbers, [CANCELLED]);
      assert.deepEqual((await adapter.personsWithValidCertificate(page({ date: '2022-01-01', divisionPrefix: '5101' }))).idNumbers, []);
    });

    test('a holder with two valid certificates is listed once and does not start the next page', async () => {
      const first = await adapter.personsWithValidCertificate(page({ date: '2023-06-01', first: 1 }));
      assert.deepEqual([first.idNumbers, first.hasNextPage], [[REASSESSED], true]);
      const second = await adapter.personsWithValidCertificate(page({ date: '2023-06-01', first: 1, afterKey: decodePageCursor(first.endCursor!) }));
      assert.deepEqual([second.idNumbers, second.hasNextPage], [[ODD_CODES], false]);
    });

    test('a page that holds exactly the remaining holders says there is no next page', async () => {
      const result = await adapter.personsWithValidCertificate(page({ first: 2 }));
      assert.deepEqual([result.idNumbers.length, result.hasNextPage], [2, false]);
    });

    test('an empty page has no end cursor', async () => {
      const result = await adapter.personsWithValidCertificate(page({ date: '1999-01-01' }));
      assert.deepEqual(result, { idNumbers: [], endCursor: null, hasNextPage: false });
    });

    if (dialect === 'sqlite') {
      test('padded ID numbers, certificate numbers and dates are found on SQLite', async () => {
        await db.insert('CJR_ZXX', [
          { CJRZH: ` ${PADDED}21\u3000`, SFZH: `\u3000${PADDED} `, XM: '孙七', CJLBDM: ' 2', CJDJDM: '1 ', FZRQ: ' 20100101', YXQZ: '20300101\u3000', ZXRQ: ' ' },
        ]);
        const byId = (await adapter.certificatesByIdNumbers([PADDED])).get(PADDED)?.[0];
        assert.deepEqual([byId?.certificateNumber, byId?.category, byId?.level, byId?.issueDate, byId?.validUntil, byId?.cancellationDate], [
          `${PADDED}21`,
          'HEARING',
          1,
          '2010-01-01',
          '2030-01-01',
          null,
        ]);
        assert.equal((await adapter.certificatesByNumbers([`${PADDED}21`])).get(`${PADDED}21`)?.name, '孙七');
        const holders = await adapter.personsWithValidCertificate(page({ severeOnly: true, divisionPrefix: '421004' }));
        assert.deepEqual(holders.idNumbers, [PADDED]);
      });
    }

    test('the screening read gives every field but the name as the full record has it, in the same order and statements', async () => {
      const ids = [REASSESSED, ODD_CODES, CANCELLED, UNDATED, PADDED, UNREADABLE_CANCELLATION, validIdNumber('421002', '19990909', '998')];
      let before = adapter.db.statementCount;
      const full = await adapter.certificatesByIdNumbers(ids);
      const fullStatements = adapter.db.statementCount - before;
      before = adapter.db.statementCount;
      const screening = await adapter.screeningCertificatesByIdNumbers(ids);
      assert.equal(adapter.db.statementCount - before, fullStatements);
      const expected = [...full].map(([id, certificates]) => [id, certificates.map(({ name: _name, ...rest }) => rest)]);
      assert.deepEqual([...screening], expected);
      assert.ok(screening.get(REASSESSED)!.length > 1);
    });
  });
}

describe('disability page cursors', () => {
  test('a cursor round-trips the stored certificate number, padding and lower-case x included', () => {
    const stored = ` ${lowerX(REASSESSED)}41`;
    assert.equal(decodePageCursor(encodePageCursor(stored)), stored);
  });

  test('text that is not a cursor is refused rather than guessed', () => {
    assert.equal(decodePageCursor('not a cursor!'), null);
    assert.equal(decodePageCursor(''), null);
  });

  test('a certificate number normalises like an ID number', () => {
    assert.equal(normaliseCertificateNumber(`\u3000${lowerX(REASSESSED)}41 `), `${REASSESSED}41`);
  });
});
