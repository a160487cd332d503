import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { describeOrSkip } from '../../test-support/skip.js';
import assert from '../../test-support/assert.js';
import { PublicSecurityAdapter } from './adapter.js';
import { TEST_DIALECTS, createLegacyTestDatabase, skipUnlessAvailable, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';

const X_ID = validIdNumberEndingInX('610727', '19450302');
const PLAIN_ID = validIdNumber('610727', '19800101', '123');
const CANCELLED_ID = validIdNumber('610727', '19700505', '456');

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`public security adapter on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let db: LegacyTestDatabase;
    let adapter: PublicSecurityAdapter;

    beforeAll(async () => {
      db = await createLegacyTestDatabase(dialect, 'PUBLIC_SECURITY');
      await db.insert('RK_RYJBXX', [
        { GMSFHM: X_ID.replace(/X$/, 'x'), XM: ' 王\u3000秀英\u3000', XBDM: '2', CSRQ: '19450302', MZDM: '01', HJDZ_XZQHDM: '610727101001', HJDZ_DZMC: '城固县博望镇刘家村3组', RYZTDM: '1', SWRQ: '20240117', ZXRQ: '', GXSJ: '2024-01-18 09:30:00' },
        { GMSFHM: PLAIN_ID, XM: '李四', XBDM: '1', CSRQ: '19800101', MZDM: '01', HJDZ_XZQHDM: '610727102003', HJDZ_DZMC: '城固县', RYZTDM: '0', SWRQ: null, ZXRQ: null, GXSJ: '2023-06-01 00:00:00' },
        { GMSFHM: CANCELLED_ID, XM: '赵六', XBDM: '9', CSRQ: '19700505', MZDM: '02', HJDZ_XZQHDM: '610727102003', HJDZ_DZMC: '', RYZTDM: '2', SWRQ: '', ZXRQ: '20230230', GXSJ: null },
      ]);
      adapter = new PublicSecurityAdapter(db.location);
    });

    afterAll(async () => {
      await adapter?.close();
      await db?.drop();
    });

    test('a lower-case x in the register is found by the normalised upper-case ID', async () => {
      const found = await adapter.registrationsByIdNumbers([X_ID]);
      assert.equal(found.get(X_ID)?.idNumber, X_ID);
    });

    test('names lose ASCII and full-width padding but keep inner spaces', async () => {
      const found = await adapter.registrationsByIdNumbers([X_ID]);
      assert.equal(found.get(X_ID)?.name, '王\u3000秀英');
    });

    test('CHAR(8) dates become ISO dates and an empty string means none', async () => {
      const found = await adapter.registrationsByIdNumbers([X_ID, PLAIN_ID]);
      assert.equal(found.get(X_ID)?.deathDate, '2024-01-17');
      assert.equal(found.get(X_ID)?.cancellationDate, null);
      assert.equal(found.get(PLAIN_ID)?.deathDate, null);
    });

    test('a date that is not on the calendar is no date rather than guessed, and its stored text is kept', async () => {
      const found = await adapter.registrationsByIdNumbers([CANCELLED_ID, PLAIN_ID]);
      assert.equal(found.get(CANCELLED_ID)?.cancellationDate, null);
      assert.equal(found.get(CANCELLED_ID)?.cancellationDateUnreadable, '20230230');
      assert.equal(found.get(PLAIN_ID)?.deathDateUnreadable, null);
      assert.equal(found.get(CANCELLED_ID)?.status, 'CANCELLED');
    });

    test('code columns map to named values and keep the stored code', async () => {
      const found = await adapter.registrationsByIdNumbers([X_ID, CANCELLED_ID]);
      assert.deepEqual([found.get(X_ID)?.sex, found.get(X_ID)?.sexCode, found.get(X_ID)?.status], ['FEMALE', '2', 'DECEASED']);
      assert.deepEqual([found.get(CANCELLED_ID)?.sex, found.get(CANCELLED_ID)?.ethnicCode], ['UNKNOWN', '02']);
      assert.equal(found.get(X_ID)?.countyCode, '610727');
    });

    test('DATETIME is read as Beijing time and returned as a UTC instant', async () => {
      const found = await adapter.registrationsByIdNumbers([X_ID]);
      assert.equal(found.get(X_ID)?.updatedAt, '2024-01-18T01:30:00.000Z');
    });

    test('an ID that the register does not hold is simply absent', async () => {
      const unknown = validIdNumber('610727', '19990909', '999');
      const found = await adapter.registrationsByIdNumbers([unknown]);
      assert.equal(found.size, 0);
    });

    test('looking up 2,500 ID numbers costs three statements', async () => {
      const ids = Array.from({ length: 2500 }, (_, i) => validIdNumber('610727', '19600101', String(i % 1000).padStart(3, '0')).replace(/^6/, String(1 + Math.floor(i / 1000))));
      const before = adapter.db.statementCount;
      await adapter.registrationsByIdNumbers(ids);
      assert.equal(adapter.db.statementCount - before, 3);
    });

    test('the screening read gives every field the rules read as the full record has it, in as many statements', async () => {
      const ids = [X_ID, PLAIN_ID, CANCELLED_ID, validIdNumber('610727', '19990909', '998')];
      let before = adapter.db.statementCount;
      const full = await adapter.registrationsByIdNumbers(ids);
      const fullStatements = adapter.db.statementCount - before;
      before = adapter.db.statementCount;
      const screening = await adapter.screeningRegistrationsByIdNumbers(ids);
      assert.equal(adapter.db.statementCount - before, fullStatements);
      const fields = ['idNumber', 'name', 'birthDate', 'birthDateUnreadable', 'divisionCode', 'status', 'statusCode', 'deathDate', 'deathDateUnreadable', 'cancellationDate', 'cancellationDateUnreadable'] as const;
      const expected = [...full].map(([id, record]) => [id, Object.fromEntries(fields.map((field) => [field, record[field]]))]);
      assert.deepEqual([...screening], expected);
      assert.equal(screening.size, 3);
    });
  });
}
