import { beforeAll, afterAll, describe, test } from '@jest/globals';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { renamingMapping, writeMappingFile } from '../../test-support/mapped-copy.js';
import { tablesOf } from '../legacy-tables.js';
import { describeOrSkip } from '../../test-support/skip.js';
import assert from '../../test-support/assert.js';
import { FinanceAdapter } from './adapter.js';
import type { PaymentLineRecord } from './records.js';
import type { ScreeningGroupLine, ScreeningLine } from './screening-lines.js';
import { TEST_DIALECTS, createLegacyTestDatabase, skipUnlessAvailable, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';

const X_ID = validIdNumberEndingInX('610727', '19450302');
const PLAIN_ID = validIdNumber('610727', '19800101', '123');
const OTHER_ID = validIdNumber('610102', '19900101', '456');

/** The fields the duplicate rule reads of a person's other lines, from either read. */
function groupFields(line: ScreeningGroupLine | PaymentLineRecord) {
  const { id, idNumber, status } = line;
  const { batchNumber, programmeCode, period } = line.batch;
  return { id, idNumber, status, batch: { batchNumber, programmeCode, period } };
}

/** The fields the finance rules read, from either read. */
function ruleFields(line: ScreeningLine | PaymentLineRecord) {
  const { id, idNumber, idNumberValid, accountNumber, amountFen, status } = line;
  const { batchNumber, programmeCode, period } = line.batch;
  return { id, idNumber, idNumberValid, accountNumber, amountFen, status, batch: { batchNumber, programmeCode, period } };
}

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`finance screening lines on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
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
        { MXID: 40, PCH: 'PC2024030001', SFZH: OTHER_ID, XM: '王五', YHZH: null, JE: '1.00', FFZTDM: '0', SBYY: null, DZSJ: null },
      ]);
      adapter = new FinanceAdapter(db.location);
    });

    afterAll(async () => {
      await adapter?.close();
      await db?.drop();
    });

    test('each line reads as its full record has it: a lower-case x, padding, no account, no amount, an unknown status, no programme', async () => {
      const ids = ['1', '2', '3', '10', '21', '30', '40', '99'];
      const records = await adapter.linesByIds(ids);
      const lines = await adapter.screeningLines(ids);
      assert.deepEqual([...lines.keys()].sort(), [...records.keys()].sort());
      assert.ok(lines.size >= 6, 'the orphan line and the missing id are not served, every other line is');
      for (const [id, record] of records) assert.deepEqual(ruleFields(lines.get(id)!), ruleFields(record), `line ${id}`);
    });

    test('the same persons’ lines under a programme and period are those of every batch of it, a lower-case x included', async () => {
      const group = { programmeCode: 'MZ-DB-2024', period: '202403', idNumbers: [PLAIN_ID, X_ID] };
      const records = await adapter.linesInProgrammePeriods([group]);
      const lines = await adapter.screeningGroupLines([group]);
      const byId = (a: { id: string }, b: { id: string }) => Number(a.id) - Number(b.id);
      assert.deepEqual(lines.sort(byId).map(groupFields), records.sort(byId).map(groupFields));
      assert.deepEqual(lines.map((l) => l.id), ['1', '3', '10']);
    });

    test('a chunk of thousands of persons asks for their lines under a programme and period in one statement, as the set read once', async () => {
      // Persons without lines but the two with: the statement reads the programme and period's lines once, not once per thousand persons.
      const many = Array.from({ length: 6000 }, (_, i) => validIdNumber('610102', `1970010${1 + Math.floor(i / 1000)}`, String(i % 1000).padStart(3, '0')));
      const group = { programmeCode: 'MZ-DB-2024', period: '202403', idNumbers: [...many, PLAIN_ID, X_ID] };
      assert.equal(new Set(group.idNumbers).size, 6002);
      const before = adapter.db.statementCount;
      const lines = await adapter.screeningGroupLines([group]);
      assert.equal(adapter.db.statementCount - before, 1);
      assert.deepEqual(lines.map((l) => l.id).sort(), ['1', '10', '3']);
    });

    test('a line already read by id comes back as that very line from the group read, the others are read afresh', async () => {
      const group = { programmeCode: 'MZ-DB-2024', period: '202403', idNumbers: [PLAIN_ID, X_ID] };
      const known = await adapter.screeningLines(['3']);
      const lines = await adapter.screeningGroupLines([group], known);
      const byId = new Map(lines.map((l) => [l.id, l]));
      assert.equal(byId.get('3'), known.get('3'));
      assert.deepEqual(groupFields(byId.get('10')!), { id: '10', idNumber: PLAIN_ID, status: 'UNRECOGNISED', batch: { batchNumber: 'PC2024030002', programmeCode: 'MZ-DB-2024', period: '202403' } });
    });
  });
}

describe('finance screening reads on a renamed and re-coded SQLite layout', () => {
  let db: LegacyTestDatabase;
  let dir: string;
  let documented: FinanceAdapter;
  let mapped: FinanceAdapter;

  beforeAll(async () => {
    db = await createLegacyTestDatabase('sqlite', 'FINANCE');
    await db.insert('BT_XM', [{ XMDM: 'MZ-DB-2024', XMMC: '城乡最低生活保障金', ZGBMDM: 'MZ', ZJJCDM: '1', FFZQDM: 'M', BZJE: '500.00', ZGTJ: 'DIBAO', ZCYJ: null, GKBZ: '1', ND: '2024' }]);
    await db.insert('FF_PC', [
      { PCH: 'PC2024030001', XMDM: 'MZ-DB-2024', FFQJ: '202403', XZQHDM: '610727', ZTDM: '04', LRR: 'u01', SHR: null, TJSJ: null },
      { PCH: 'PC2024030002', XMDM: 'MZ-DB-2024', FFQJ: '202403', XZQHDM: '610727', ZTDM: '04', LRR: 'u02', SHR: null, TJSJ: null },
    ]);
    await db.insert('FF_MX', [
      { MXID: 1, PCH: 'PC2024030001', SFZH: X_ID.replace(/X$/, 'x'), XM: '王五', YHZH: ' 6228480012345678 ', JE: '500.00', FFZTDM: '1', SBYY: null, DZSJ: null },
      { MXID: 2, PCH: 'PC2024030001', SFZH: PLAIN_ID, XM: '李四', YHZH: '6228480000000002', JE: '0.10', FFZTDM: '2', SBYY: null, DZSJ: null },
      { MXID: 3, PCH: 'PC2024030002', SFZH: PLAIN_ID, XM: '李四', YHZH: '6228480000000002', JE: '500.00', FFZTDM: '0', SBYY: null, DZSJ: null },
    ]);
    await db.insert('BT_DXZH', [
      { SFZH: X_ID.replace(/X$/, 'x'), XM: '王五', ZHLXDM: '1', KHYHDM: '103', YHZH: '6228480012345678', ZT: '1', DJRQ: '20200101' },
      { SFZH: PLAIN_ID, XM: '李四', ZHLXDM: '3', KHYHDM: '102', YHZH: '6228480000000002', ZT: '0', DJRQ: '20210101' },
      { SFZH: PLAIN_ID, XM: '李四', ZHLXDM: '2', KHYHDM: '102', YHZH: '6228480000000003', ZT: '1', DJRQ: '20230230' },
    ]);
    // The same rows as another site keeps them: T_/C_ names, every code stored as K<code>.
    dir = mkdtempSync(path.join(os.tmpdir(), 'hub-finance-mapped-'));
    const file = path.join(dir, 'czj_ykt.sqlite');
    copyFileSync((db.location as { file: string }).file, file);
    const copy = new Database(file);
    for (const table of tablesOf('FINANCE')) {
      copy.exec(`ALTER TABLE ${table.name} RENAME TO T_${table.name}`);
      for (const [column, definition] of Object.entries(table.columns)) {
        copy.exec(`ALTER TABLE T_${table.name} RENAME COLUMN ${column} TO C_${column}`);
        if (definition.meaning?.kind === 'code') copy.exec(`UPDATE T_${table.name} SET C_${column} = 'K' || C_${column}`);
      }
    }
    copy.close();
    documented = new FinanceAdapter(db.location);
    mapped = new FinanceAdapter({ kind: 'sqlite', file, mappingFile: writeMappingFile(path.join(dir, 'finance.json'), renamingMapping('FINANCE')) });
  });

  afterAll(async () => {
    await documented?.close();
    await mapped?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('lines, the same persons\u2019 lines and registered accounts read the same as on the documented layout', async () => {
    const ids = ['1', '2', '3'];
    const group = { programmeCode: 'MZ-DB-2024', period: '202403', idNumbers: [X_ID, PLAIN_ID] };
    assert.deepEqual([...(await mapped.screeningLines(ids))], [...(await documented.screeningLines(ids))]);
    const byId = (a: { id: string }, b: { id: string }) => Number(a.id) - Number(b.id);
    assert.deepEqual((await mapped.screeningGroupLines([group])).sort(byId), (await documented.screeningGroupLines([group])).sort(byId));
    assert.deepEqual([...(await mapped.screeningAccounts([X_ID, PLAIN_ID]))], [...(await documented.screeningAccounts([X_ID, PLAIN_ID]))]);
    assert.deepEqual([...(await mapped.accountsByIdNumbers([X_ID, PLAIN_ID]))], [...(await documented.accountsByIdNumbers([X_ID, PLAIN_ID]))]);
    assert.deepEqual((await mapped.screeningAccounts([PLAIN_ID])).get(PLAIN_ID)?.map((a) => a.accountNumber), ['6228480000000003']);
    assert.deepEqual([...(await mapped.screeningLines(ids)).values()].map((l) => l.status), ['CREDITED', 'FAILED', 'PENDING']);
  });
});
