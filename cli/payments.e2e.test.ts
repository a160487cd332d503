/**
 * `hub payments` and `hub person` against the real gateway over the generated sample county that
 * subgraphs/disbursement/disbursement.e2e.test.ts questions in GraphQL, their exports compared with
 * what an analyst would read with SQL directly on the departments' databases.
 */
import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../test-support/assert.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCaptured } from '../test-support/cli-capture.js';
import ExcelJS from 'exceljs';
import { print } from 'graphql';
import type { Department } from '../lib/departments.js';
import type { TestHub } from '../test-support/hub.js';
import { NORM_ID, PERIOD, TRIM, ask, query, registerDivisions, startDisbursementCounty, type FinanceLine } from '../test-support/disbursement-county.js';
import { isValidIdNumber, normaliseIdNumber } from '../lib/id-number.js';
import { decimalToFen } from '../lib/money.js';
import { toIsoDateTime } from '../lib/dates.js';
import { loadConfig } from '../lib/config.js';
import { hubKeys } from '../access/secrets.js';
import { mintServiceToken } from '../access/tokens.js';
import { main } from './main.js';
import { CliPersonDocument } from './__generated__/operations.js';

describe('hub payments and hub person over a sample county', () => {
  let hub: TestHub;
  let lines: FinanceLine[];
  let severeProgramme: string;

  beforeAll(async () => {
    ({ hub, lines, severeProgramme } = await startDisbursementCounty());
  });

  afterAll(async () => {
    await hub?.close();
  });

  describe("a person's whole picture", () => {
    async function picture(idNumber: string, date = '2024-03-01') {
      const data: any = await ask(hub, print(CliPersonDocument), { id: idNumber.toLowerCase(), date });
      return data.person;
    }

    test('payment lines across programmes come with status, the bank\'s failure reason and the credit time, as finance holds them', async () => {
      const [rich] = query<{ id: string }>(
        hub,
        'FINANCE',
        `SELECT ${NORM_ID('m.SFZH')} AS id FROM FF_MX m JOIN FF_PC b ON b.PCH = m.PCH GROUP BY 1
         HAVING COUNT(DISTINCT b.XMDM) >= 2 AND SUM(${TRIM('m.FFZTDM')} = '2') >= 1 AND SUM(${TRIM('m.FFZTDM')} = '1') >= 1 AND LENGTH(id) = 18 ORDER BY 1 LIMIT 1`,
      );
      assert.ok(rich, 'the sample has a person paid under two programmes with a failed line');
      const person = await picture(rich.id);
      const expected = lines.filter((l) => normaliseIdNumber(l.SFZH) === rich.id);
      assert.deepEqual(person.paymentLines.map((l: any) => l.id).sort(), expected.map((l) => String(l.MXID)).sort());
      assert.ok(new Set(person.paymentLines.map((l: any) => l.batch.programme?.code)).size >= 2);
      for (const line of person.paymentLines) {
        const row = expected.find((l) => String(l.MXID) === line.id)!;
        assert.equal(line.statusCode, row.FFZTDM?.trim() ?? null);
        assert.equal(line.failureReason, row.SBYY?.trim() || null);
        assert.equal(line.creditedAt, toIsoDateTime(row.DZSJ));
        assert.equal(decimalToFen(line.amount), Math.round((row.JE ?? 0) * 100));
      }
      assert.ok(person.paymentLines.some((l: any) => l.status === 'FAILED' && l.failureReason));
      const accounts = query(hub, 'FINANCE', `SELECT ZHID FROM BT_DXZH WHERE ${NORM_ID('SFZH')} = ?`, rich.id);
      assert.equal(person.registeredAccounts.length, accounts.length);
    });

    test('every department contributes its facts: register, cards, dibao household and members, support, certificates, sentences, employment', async () => {
      const one = (department: Department, sql: string) => {
        const row = query<{ id: string; n: number }>(hub, department, sql)[0];
        assert.ok(row, `${department} has such a person: ${sql.slice(0, 80)}`);
        return row;
      };
      const deceased = one('PUBLIC_SECURITY', `SELECT ${NORM_ID('GMSFHM')} AS id, 1 AS n FROM RK_RYJBXX WHERE ${TRIM('RYZTDM')} = '1' AND LENGTH(${NORM_ID('GMSFHM')}) = 18 ORDER BY 1 LIMIT 1`);
      assert.equal((await picture(deceased.id)).registration.status, 'DECEASED');

      const cards = one('HR', `SELECT ${NORM_ID('SFZH')} AS id, COUNT(*) AS n FROM SBK_KXX GROUP BY 1 HAVING LENGTH(id) = 18 ORDER BY 2 DESC, 1 LIMIT 1`);
      assert.equal((await picture(cards.id)).socialSecurityCards.length, cards.n);

      // CB_DWCBRY has a column named ID, which HAVING would read instead of an alias called id.
      const employed = one('HR', `SELECT ${NORM_ID('SFZH')} AS id, COUNT(*) AS n FROM CB_DWCBRY GROUP BY 1 HAVING LENGTH(${NORM_ID('SFZH')}) = 18 ORDER BY 2 DESC, 1 LIMIT 1`);
      assert.equal((await picture(employed.id)).insuredEmployments.length, employed.n);

      const household = one('CIVIL_AFFAIRS', `SELECT ${NORM_ID('c.SFZH')} AS id, (SELECT COUNT(*) FROM DB_JTCY x WHERE x.JTBH = c.JTBH) AS n FROM DB_JTCY c WHERE LENGTH(${NORM_ID('c.SFZH')}) = 18 ORDER BY 2 DESC, 1 LIMIT 1`);
      const member = await picture(household.id);
      assert.ok(member.dibaoMemberships.length >= 1);
      assert.ok(member.dibaoMemberships.some((m: any) => m.household.members.length >= household.n), 'the household lists its members');

      const supported = one('CIVIL_AFFAIRS', `SELECT ${NORM_ID('SFZH')} AS id, COUNT(*) AS n FROM TK_GYRY GROUP BY 1 HAVING LENGTH(id) = 18 ORDER BY 1 LIMIT 1`);
      const supportedPerson = await picture(supported.id);
      assert.equal(supportedPerson.extremePovertySupport.length, supported.n);
      assert.equal(typeof supportedPerson.supportedAt, 'boolean');

      const certified = one('DISABILITY', `SELECT ${NORM_ID('SFZH')} AS id, COUNT(*) AS n FROM CJR_ZXX GROUP BY 1 HAVING LENGTH(id) = 18 ORDER BY 2 DESC, 1 LIMIT 1`);
      assert.ok(certified.n >= 2, 'the sample has a person re-assessed over time');
      assert.equal((await picture(certified.id)).disabilityCertificates.length, certified.n);

      const sentenced = one('JUSTICE', `SELECT ${NORM_ID('ZJHM')} AS id, COUNT(*) AS n FROM ZF_XFZX GROUP BY 1 HAVING LENGTH(id) = 18 ORDER BY 1 LIMIT 1`);
      const prisoner = await picture(sentenced.id);
      assert.equal(prisoner.sentences.length, sentenced.n);
      assert.equal(typeof prisoner.inCustodyAt, 'boolean');
    });

    test('a person the register does not know still shows their payment lines', async () => {
      const known = registerDivisions(hub);
      const unknown = lines.map((l) => normaliseIdNumber(l.SFZH)).find((id) => isValidIdNumber(id) && !known.has(id));
      assert.ok(unknown, 'the sample pays someone the register does not know');
      const person = await picture(unknown);
      assert.equal(person.registration, null);
      assert.ok(person.paymentLines.length >= 1);
    });
  });

  describe('the CLI', () => {
    let dir: string;
    let env: Record<string, string>;

    beforeAll(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'hub-cli-payments-'));
      const keys = hubKeys(loadConfig({ HUB_DATA_DIR: hub.dataDir }));
      env = { HUB_GATEWAY_URL: hub.gatewayUrl, HUB_DATA_DIR: hub.dataDir, HUB_TOKEN: await mintServiceToken(keys, 'cli-test') };
    });

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const run = (args: string[]) => runCaptured(main, args, env);

    function villageLines(village: string) {
      const divisions = registerDivisions(hub);
      return lines.filter((l) => divisions.get(normaliseIdNumber(l.SFZH))?.startsWith(village));
    }

    test('payments of a village and period export as CSV with a BOM and Chinese headers, one row per line', async () => {
      const divisions = registerDivisions(hub);
      const village = [...new Set(lines.map((l) => divisions.get(normaliseIdNumber(l.SFZH))).filter((d): d is string => d?.length === 12))].sort()[0]!;
      const expected = villageLines(village).filter((l) => l.FFQJ! >= '202401' && l.FFQJ! <= '202403');
      const file = path.join(dir, 'village.csv');
      const result = await run(['payments', '--village', village, '--from', '202401', '--to', '202403', '--format', 'csv', '--out', file]);
      assert.equal(result.code, 0, result.stderr);
      const text = readFileSync(file, 'utf8');
      assert.ok(text.startsWith('\uFEFF明细编号,批次号,项目代码,项目名称,期间,发放县区,身份证号,姓名,收款账号,金额（元）,状态'));
      const rows = text.trimEnd().split('\r\n').slice(1);
      assert.deepEqual(rows.map((r) => r.split(',')[0]), expected.map((l) => String(l.MXID)));
      assert.match(result.stderr, new RegExp(`all matching: ${expected.length} lines`));
    });

    test('failed payments export as JSON lines and as an xlsx workbook with Chinese headers', async () => {
      const failed = lines.filter((l) => l.FFZTDM?.trim() === '2');
      const jsonl = await run(['payments', '--status', 'failed', '--format', 'jsonl']);
      assert.equal(jsonl.code, 0, jsonl.stderr);
      const rows = jsonl.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual(rows.map((r) => r.lineId), failed.map((l) => String(l.MXID)));
      assert.ok(rows.every((r) => r.status === 'FAILED'));
      const file = path.join(dir, 'failed.xlsx');
      const xlsx = await run(['payments', '--status', 'FAILED', '--format', 'xlsx', '--out', file]);
      assert.equal(xlsx.code, 0, xlsx.stderr);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.getWorksheet('发放明细')!;
      assert.equal(sheet.getRow(1).getCell(1).value, '明细编号');
      assert.equal(sheet.rowCount, failed.length + 1);
    });

    test('roll-ups and missed payments export too', async () => {
      const rollup = await run(['payments', '--rollup', 'programme,village', '--format', 'jsonl']);
      assert.equal(rollup.code, 0, rollup.stderr);
      const rows = rollup.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.equal(rows.reduce((n, r) => n + r.lineCount, 0), lines.length);
      const missed = await run(['payments', '--missed', '--programme', severeProgramme, '--period', PERIOD, '--format', 'csv']);
      assert.equal(missed.code, 0, missed.stderr);
      assert.ok(missed.stdout.startsWith('\uFEFF身份证号,姓名,村/社区（户籍）,依据'));
    });

    test('a person prints every section, and exports the whole picture as one JSON object', async () => {
      const id = normaliseIdNumber(lines.find((l) => isValidIdNumber(normaliseIdNumber(l.SFZH)))!.SFZH);
      const table = await run(['person', id, '--date', '2024-03-01']);
      assert.equal(table.code, 0, table.stderr);
      for (const section of ['发放明细', '户籍登记', '登记账户', '社保卡', '低保家庭', '特困供养', '残疾人证', '服刑记录', '单位参保']) assert.ok(table.stdout.includes(`== ${section} ==`), section);
      const json = await run(['person', id, '--format', 'jsonl']);
      const picture = JSON.parse(json.stdout);
      assert.equal(picture.idNumber, id);
      assert.ok(Array.isArray(picture.paymentLines));
    });

    test('an inverted range, an unknown programme and a malformed ID number are errors naming the flag', async () => {
      const inverted = await run(['payments', '--from', '202403', '--to', '202401']);
      assert.equal(inverted.code, 2);
      assert.match(inverted.stderr, /--to 202401 is before --from 202403/);
      const unknown = await run(['payments', '--programme', 'NO-SUCH']);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /--programme names no programme/);
      const malformed = await run(['person', '61072719500101123X']);
      assert.equal(malformed.code, 2);
      assert.doesNotMatch(malformed.stderr, /61072719500101123X/, 'the number is not echoed');
    });
  });
});
