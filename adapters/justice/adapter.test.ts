import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { describeOrSkip, testOrSkip } from '../../test-support/skip.js';
import assert from '../../test-support/assert.js';
import { JusticeAdapter } from './adapter.js';
import { TEST_DIALECTS, createLegacyTestDatabase, skipUnlessAvailable, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';

const X_ID = validIdNumberEndingInX('610727', '19850302');
const PLAIN_ID = validIdNumber('610727', '19900101', '123');
const PADDED_ID = validIdNumber('610727', '19700505', '456');

const row = (values: Record<string, string | null>) => ({ XM: '张三', XZDM: '01', XQQR: '20230501', XQZR: '20250430', SJSFRQ: null, JYMC: '汉中监狱', ...values });

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`justice adapter on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let db: LegacyTestDatabase;
    let adapter: JusticeAdapter;

    beforeAll(async () => {
      db = await createLegacyTestDatabase(dialect, 'JUSTICE');
      await db.insert('ZF_XFZX', [
        row({ ZFBH: 'ZF2023001', ZJHM: X_ID.replace(/X$/, 'x'), XM: ' 王\u3000秀英\u3000', JYMC: '\u3000汉中监狱 ' }),
        row({ ZFBH: 'ZF2019007', ZJHM: PLAIN_ID, XZDM: '02', XQQR: '20190101', XQZR: null, SJSFRQ: '' }),
        row({ ZFBH: 'ZF2015003', ZJHM: PLAIN_ID, XZDM: '04', XQQR: '20150101', XQZR: '', SJSFRQ: null }),
        row({ ZFBH: 'ZF2000001', ZJHM: PLAIN_ID, XZDM: '06', XQQR: '', XQZR: '20010101', SJSFRQ: '20000601' }),
        row({ ZFBH: 'ZF2021002', ZJHM: PLAIN_ID, XZDM: '07', XQQR: '20210101', XQZR: '20220101', SJSFRQ: '20210230' }),
        row({ ZFBH: 'ZF2022005', ZJHM: PLAIN_ID, XZDM: '01', XQQR: '20220101', XQZR: '20260101', SJSFRQ: '20240215' }),
        ...(dialect === 'sqlite' ? [row({ ZFBH: 'ZF2024009', ZJHM: `\u3000${PADDED_ID} ` })] : []),
      ]);
      adapter = new JusticeAdapter(db.location);
    });

    afterAll(async () => {
      await adapter?.close();
      await db?.drop();
    });

    test('a lower-case x in the records is found by the normalised upper-case ID', async () => {
      const found = await adapter.sentencesByIdNumbers([X_ID]);
      assert.deepEqual(found.get(X_ID)?.map((s) => [s.offenderNumber, s.idNumber]), [['ZF2023001', X_ID]]);
    });

    testOrSkip('ID numbers padded with ASCII and full-width spaces are found', { skip: dialect !== 'sqlite' && 'a MariaDB CHAR(18) cannot hold a padded ID' }, async () => {
      const found = await adapter.sentencesByIdNumbers([PADDED_ID]);
      assert.deepEqual(found.get(PADDED_ID)?.map((s) => s.offenderNumber), ['ZF2024009']);
    });

    test('names and facilities lose ASCII and full-width padding but keep inner spaces', async () => {
      const sentence = (await adapter.sentencesByIdNumbers([X_ID])).get(X_ID)?.[0];
      assert.equal(sentence?.name, '王\u3000秀英');
      assert.equal(sentence?.facility, '汉中监狱');
    });

    test('sentences of a person come ordered by start date, undated ones last', async () => {
      const found = await adapter.sentencesByIdNumbers([PLAIN_ID]);
      assert.deepEqual(found.get(PLAIN_ID)?.map((s) => s.offenderNumber), ['ZF2015003', 'ZF2019007', 'ZF2021002', 'ZF2022005', 'ZF2000001']);
    });

    test('CHAR(8) dates become ISO dates and both an empty string and NULL mean none', async () => {
      const byNumber = new Map((await adapter.sentencesByIdNumbers([PLAIN_ID])).get(PLAIN_ID)?.map((s) => [s.offenderNumber, s]));
      const life = byNumber.get('ZF2019007');
      assert.deepEqual([life?.startDate, life?.endDate, life?.actualReleaseDate, life?.releaseDate], ['2019-01-01', null, null, null]);
      const detention = byNumber.get('ZF2015003');
      assert.deepEqual([detention?.endDate, detention?.actualReleaseDate, detention?.releaseDate], [null, null, null]);
      assert.equal(byNumber.get('ZF2000001')?.startDate, null);
    });

    test('the effective release is the actual release date when set, else the end of the term', async () => {
      const byNumber = new Map((await adapter.sentencesByIdNumbers([PLAIN_ID, X_ID])).get(PLAIN_ID)?.map((s) => [s.offenderNumber, s]));
      const paroled = byNumber.get('ZF2022005');
      assert.deepEqual([paroled?.endDate, paroled?.actualReleaseDate, paroled?.releaseDate], ['2026-01-01', '2024-02-15', '2024-02-15']);
      const term = (await adapter.sentencesByIdNumbers([X_ID])).get(X_ID)?.[0];
      assert.deepEqual([term?.actualReleaseDate, term?.releaseDate], [null, '2025-04-30']);
    });

    test('an actual release date that is not on the calendar is no date, its text kept, so the end of the term applies', async () => {
      const sentence = (await adapter.sentencesByIdNumbers([PLAIN_ID])).get(PLAIN_ID)?.find((s) => s.offenderNumber === 'ZF2021002');
      assert.deepEqual([sentence?.actualReleaseDate, sentence?.releaseDate], [null, '2022-01-01']);
      assert.equal(sentence?.actualReleaseDateUnreadable, '20210230');
      assert.equal(sentence?.endDateUnreadable, null);
    });

    test('type codes map to named types, keep the stored code, and only 01 to 04 are custodial', async () => {
      const sentences = (await adapter.sentencesByIdNumbers([PLAIN_ID])).get(PLAIN_ID) ?? [];
      assert.deepEqual(
        sentences.map((s) => [s.offenderNumber, s.type, s.typeCode, s.custodial]),
        [
          ['ZF2015003', 'CRIMINAL_DETENTION', '04', true],
          ['ZF2019007', 'LIFE_IMPRISONMENT', '02', true],
          ['ZF2021002', 'UNRECOGNISED', '07', false],
          ['ZF2022005', 'FIXED_TERM_IMPRISONMENT', '01', true],
          ['ZF2000001', 'SUSPENDED_SENTENCE', '06', false],
        ],
      );
    });

    test('a sentence is found by its exact offender number, and a differently cased one is not', async () => {
      const found = await adapter.sentencesByOffenderNumbers(['ZF2019007', 'zf2023001', 'ZF1999999']);
      assert.deepEqual([...found.keys()], ['ZF2019007']);
      assert.equal(found.get('ZF2019007')?.idNumber, PLAIN_ID);
    });

    test('an ID that the records do not hold is simply absent', async () => {
      const found = await adapter.sentencesByIdNumbers([validIdNumber('610727', '19990909', '999')]);
      assert.equal(found.size, 0);
    });

    test('looking up 2,500 ID numbers costs three statements', async () => {
      const ids = Array.from({ length: 2500 }, (_, i) => validIdNumber(String(610000 + Math.floor(i / 1000)), '19600101', String(i % 1000).padStart(3, '0')));
      const before = adapter.db.statementCount;
      await adapter.sentencesByIdNumbers(ids);
      assert.equal(adapter.db.statementCount - before, 3);
    });

    test('the custody read gives every field the rule reads as the full record has it, in the same order and statements', async () => {
      const ids = [X_ID, PLAIN_ID, PADDED_ID, validIdNumber('610727', '19990909', '998')];
      let before = adapter.db.statementCount;
      const full = await adapter.sentencesByIdNumbers(ids);
      const fullStatements = adapter.db.statementCount - before;
      before = adapter.db.statementCount;
      const custody = await adapter.custodySentencesByIdNumbers(ids);
      assert.equal(adapter.db.statementCount - before, fullStatements);
      const expected = [...full].map(([id, sentences]) => [id, sentences.map(({ name: _name, facility: _facility, ...rest }) => rest)]);
      assert.deepEqual([...custody], expected);
      assert.ok(custody.get(PLAIN_ID)!.length > 1);
    });
  });
}
