/**
 * The disbursement questions through the real gateway over a generated sample county, each answer
 * compared with what an analyst would compute with SQL directly on the departments' databases.
 */
import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../../test-support/assert.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { Department } from '../../lib/departments.js';
import type { DepartmentDatabase } from '../../adapters/database.js';
import { startHub, gatewayRequest, type TestHub } from '../../test-support/hub.js';
import { sqliteFileOf } from '../../sample-data/writers.js';
import { isValidIdNumber, normaliseIdNumber } from '../../lib/id-number.js';
import { decimalToFen, fenToDecimal } from '../../lib/money.js';
import { parseLegacyDate, toIsoDateTime } from '../../lib/dates.js';
import { loadConfig } from '../../lib/config.js';
import { hubKeys } from '../../access/secrets.js';
import { mintServiceToken } from '../../access/tokens.js';
import { validIdNumber } from '../../test-support/id-numbers.js';
import { main } from '../../cli/main.js';
import { PERSON_OPERATION } from '../../cli/commands/person.js';

const PAD = 'char(32, 9, 10, 13, 12288)';
const NORM_ID = (column: string) => `UPPER(TRIM(${column}, ${PAD}))`;
const TRIM = (column: string) => `TRIM(${column}, ${PAD})`;

function open(hub: TestHub, department: Department, readonly = true): Database.Database {
  return new Database(sqliteFileOf(hub.dataDir, department), { readonly });
}

function query<T>(hub: TestHub, department: Department, sql: string, ...params: unknown[]): T[] {
  const db = open(hub, department);
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

async function ask(hub: TestHub, text: string, variables: Record<string, unknown> = {}) {
  const result = await gatewayRequest(hub.gatewayUrl, text, variables);
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data;
}

/** Every page of a PaymentPage-returning field, as line ids and the first page's totals. */
async function allLines(hub: TestHub, field: string, args: string, variables: Record<string, unknown>, pageSize = 1000) {
  const ids: string[] = [];
  let totals: any = null;
  let after: string | null = null;
  for (;;) {
    const data: any = await ask(
      hub,
      `query($after: String, $filter: PaymentFilter) { page: ${field}(${args}${args ? ', ' : ''}filter: $filter, first: ${pageSize}, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } totals { lineCount personCount totalAmount } } }`,
      { ...variables, after },
    );
    totals ??= data.page.totals;
    ids.push(...data.page.edges.map((e: any) => e.node.id));
    if (!data.page.pageInfo.hasNextPage) return { ids, totals };
    after = data.page.pageInfo.endCursor;
  }
}

interface FinanceLine {
  MXID: number;
  PCH: string;
  SFZH: string | null;
  JE: number | null;
  FFZTDM: string | null;
  SBYY: string | null;
  DZSJ: string | null;
  XMDM: string | null;
  FFQJ: string | null;
  XZQHDM: string | null;
  TJSJ: string | null;
}

/** Persons planted for the missed-payment check (IDs from a region the sample never uses). */
const PLANTED = {
  missed: validIdNumber('110101', '19300101', '901'),
  paid: validIdNumber('110101', '19300101', '902'),
  deceased: validIdNumber('110101', '19300101', '903'),
  levelThree: validIdNumber('110101', '19300101', '904'),
  elsewhere: validIdNumber('110101', '19300101', '905'),
};

describe('disbursement questions through the gateway', () => {
  let hub: TestHub;
  const databases = new Map<Department, DepartmentDatabase>();
  let lines: FinanceLine[];
  let severeProgramme: string;
  let severeCounty: string;
  const PERIOD = '202403';

  beforeAll(async () => {
    hub = await startHub({
      persons: 1500,
      seed: 23,
      // A page of 1,000 lines with every department's facts is costed far above the default limit.
      env: { HUB_LIMIT_COST: '50000000' },
      onDepartmentSubgraph: (department, definition) => databases.set(department, (definition as unknown as { adapter: { db: DepartmentDatabase } }).adapter.db),
    });
    const programmes = query<{ XMDM: string }>(hub, 'FINANCE', `SELECT XMDM FROM BT_XM WHERE ${TRIM('ZGTJ')} = 'DISABLED_SEVERE' ORDER BY XMDM`);
    severeProgramme = programmes[0]!.XMDM.trim();
    const batch = query<{ PCH: string; XZQHDM: string }>(hub, 'FINANCE', `SELECT PCH, XZQHDM FROM FF_PC WHERE ${TRIM('XMDM')} = ? AND ${TRIM('FFQJ')} = ? ORDER BY PCH`, severeProgramme, PERIOD)[0]!;
    severeCounty = batch.XZQHDM.trim();
    // Plant the missed-payment cases: the subgraphs read these files at query time.
    const village = `${severeCounty}101201`;
    const register = open(hub, 'PUBLIC_SECURITY', false);
    const person = register.prepare(`INSERT INTO RK_RYJBXX (GMSFHM, XM, XBDM, CSRQ, MZDM, HJDZ_XZQHDM, HJDZ_DZMC, RYZTDM, SWRQ, ZXRQ, GXSJ) VALUES (?, '测试', '1', '19300101', '01', ?, '某村', ?, ?, NULL, '2024-01-01 00:00:00')`);
    person.run(PLANTED.missed, village, '0', null);
    person.run(PLANTED.paid, village, '0', null);
    person.run(PLANTED.deceased, village, '1', '20240115');
    person.run(PLANTED.levelThree, village, '0', null);
    person.run(PLANTED.elsewhere, '110101001001', '0', null);
    register.close();
    const disability = open(hub, 'DISABILITY', false);
    const certificate = disability.prepare(`INSERT INTO CJR_ZXX (CJRZH, SFZH, XM, CJLBDM, CJDJDM, FZRQ, YXQZ, ZXRQ) VALUES (?, ?, '测试', '4', ?, '20200101', '20300101', NULL)`);
    for (const [id, level] of [[PLANTED.missed, '1'], [PLANTED.paid, '2'], [PLANTED.deceased, '1'], [PLANTED.levelThree, '3'], [PLANTED.elsewhere, '1']] as const) certificate.run(`${id}4${level}`, id, level);
    disability.close();
    // The sample county employs nobody through an employer at this size: one planted person is.
    const hr = open(hub, 'HR', false);
    const employment = hr.prepare(`INSERT INTO CB_DWCBRY (SFZH, DWBH, DWMC, DWLXDM, CBKSRQ, CBZZRQ) VALUES (?, ?, ?, ?, ?, ?)`);
    employment.run(PLANTED.missed, 'DW001', '某镇人民政府', '10', '20100101', '20150101');
    employment.run(PLANTED.missed, 'DW002', '某公司', '30', '20150201', null);
    hr.close();
    const finance = open(hub, 'FINANCE', false);
    finance.prepare(`INSERT INTO FF_MX (MXID, PCH, SFZH, XM, YHZH, JE, FFZTDM, SBYY, DZSJ) VALUES (999999001, ?, ?, '测试', '6228000000000000', 100.00, '0', NULL, NULL)`).run(batch.PCH, PLANTED.paid);
    finance.close();
    lines = query<FinanceLine>(
      hub,
      'FINANCE',
      `SELECT m.MXID, m.PCH, m.SFZH, m.JE, m.FFZTDM, m.SBYY, m.DZSJ, b.XMDM, b.FFQJ, b.XZQHDM, b.TJSJ FROM FF_MX m JOIN FF_PC b ON b.PCH = m.PCH ORDER BY m.MXID`,
    );
  });

  afterAll(async () => {
    await hub?.close();
  });

  /** Normalised valid ID -> registered division code, straight from the register's table. */
  function registerDivisions(): Map<string, string | null> {
    const map = new Map<string, string | null>();
    for (const row of query<{ GMSFHM: string; HJDZ_XZQHDM: string | null }>(hub, 'PUBLIC_SECURITY', 'SELECT GMSFHM, HJDZ_XZQHDM FROM RK_RYJBXX')) {
      const id = normaliseIdNumber(row.GMSFHM);
      if (isValidIdNumber(id) && !map.has(id)) map.set(id, row.HJDZ_XZQHDM?.trim() || null);
    }
    return map;
  }

  describe("a person's whole picture", () => {
    async function picture(idNumber: string, date = '2024-03-01') {
      const data: any = await ask(hub, PERSON_OPERATION, { id: idNumber.toLowerCase(), date });
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
      const known = registerDivisions();
      const unknown = lines.map((l) => normaliseIdNumber(l.SFZH)).find((id) => isValidIdNumber(id) && !known.has(id));
      assert.ok(unknown, 'the sample pays someone the register does not know');
      const person = await picture(unknown);
      assert.equal(person.registration, null);
      assert.ok(person.paymentLines.length >= 1);
    });
  });

  test('a page of 1,000 lines with every person\'s facts costs the same bounded statements per department as a page of 100', async () => {
    const facts = `id amount status failureReason creditedAt batch { batchNumber programme { name } }
      person { idNumber registration { name status divisionCode } registeredAt(date: "2024-03-01")
        paymentLines { id status } registeredAccounts { accountNumber }
        socialSecurityCards { cardNumber status } insuredEmployments { employerName }
        dibaoMemberships { household { householdNumber members { name relation } } } onDibaoAt(date: "2024-03-01")
        extremePovertySupport { recordId } supportedAt(date: "2024-03-01")
        disabilityCertificates { certificateNumber level } validDisabilityCertificateAt(date: "2024-03-01") { level }
        sentences { offenderNumber } inCustodyAt(date: "2024-03-01") }`;
    assert.ok(lines.length >= 1000, `the sample has ${lines.length} lines`);
    const measure = async (first: number) => {
      const before = new Map([...databases].map(([d, db]) => [d, db.statementCount]));
      const data: any = await ask(hub, `{ payments(first: ${first}) { edges { node { ${facts} } } } }`);
      assert.equal(data.payments.edges.length, first);
      return Object.fromEntries([...databases].map(([d, db]) => [d, db.statementCount - before.get(d)!]));
    };
    const small = await measure(100);
    const large = await measure(1000);
    console.info(`statements for 1,000 lines: ${JSON.stringify(large)}`);
    for (const [department, count] of Object.entries(large)) {
      assert.ok(count >= 1 && count <= 12, `${department}: ${count} statements for 1,000 lines`);
    }
    assert.deepEqual(large, small, 'the statement count does not grow with the page');
  });

  test('a township or village filter pages through the lines of the persons the register places there', async () => {
    const divisions = registerDivisions();
    const byVillage = new Map<string, number>();
    for (const line of lines) {
      const division = divisions.get(normaliseIdNumber(line.SFZH));
      if (division) byVillage.set(division, (byVillage.get(division) ?? 0) + 1);
    }
    const [village] = [...byVillage].filter(([code]) => code.length === 12).sort((a, b) => b[1] - a[1])[0]!;
    for (const prefix of [village, village.slice(0, 9)]) {
      const expected = lines.filter((l) => divisions.get(normaliseIdNumber(l.SFZH))?.startsWith(prefix));
      const found = await allLines(hub, 'payments', '', { filter: { division: prefix } }, 40);
      assert.deepEqual(found.ids, expected.map((l) => String(l.MXID)));
      assert.deepEqual(found.totals, {
        lineCount: expected.length,
        personCount: new Set(expected.map((l) => normaliseIdNumber(l.SFZH))).size,
        totalAmount: fenToDecimal(expected.reduce((sum, l) => sum + Math.round((l.JE ?? 0) * 100), 0)),
      });
    }
  });

  test('roll-ups by programme, period, funding level and disbursing county equal SQL on the finance database, to the fen', async () => {
    const direct = query<{ programme: string; period: string; funding: string | null; county: string; n: number; persons: number; fen: number }>(
      hub,
      'FINANCE',
      `SELECT ${TRIM('b.XMDM')} AS programme, ${TRIM('b.FFQJ')} AS period, ${TRIM('p.ZJJCDM')} AS funding, ${TRIM('b.XZQHDM')} AS county,
         COUNT(*) AS n, COUNT(DISTINCT ${NORM_ID('m.SFZH')}) AS persons, SUM(ROUND(m.JE * 100)) AS fen
       FROM FF_MX m JOIN FF_PC b ON b.PCH = m.PCH LEFT JOIN BT_XM p ON p.XMDM = b.XMDM GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    );
    const data: any = await ask(hub, `{ disbursementRollup(groupBy: [PROGRAMME, PERIOD, FUNDING_LEVEL, COUNTY]) { programmeCode period fundingLevelCode divisionCode lineCount personCount totalAmount } }`);
    assert.deepEqual(
      data.disbursementRollup,
      direct.map((r) => ({ programmeCode: r.programme, period: r.period, fundingLevelCode: r.funding, divisionCode: r.county, lineCount: r.n, personCount: r.persons, totalAmount: fenToDecimal(r.fen) })),
    );
  });

  test('roll-ups by village group each person by the register\'s division, and add up to the whole', async () => {
    const divisions = registerDivisions();
    const groups = new Map<string | null, { lines: number; persons: Set<string>; fen: number }>();
    for (const line of lines) {
      const id = normaliseIdNumber(line.SFZH);
      const village = divisions.get(id)?.slice(0, 12) ?? null;
      const group = groups.get(village) ?? { lines: 0, persons: new Set<string>(), fen: 0 };
      group.lines++;
      group.persons.add(id);
      group.fen += Math.round((line.JE ?? 0) * 100);
      groups.set(village, group);
    }
    const data: any = await ask(hub, `{ disbursementRollup(groupBy: [VILLAGE]) { divisionCode lineCount personCount totalAmount } }`);
    const expected = [...groups]
      .sort((a, b) => (a[0] === b[0] ? 0 : a[0] === null ? 1 : b[0] === null ? -1 : a[0] < b[0] ? -1 : 1))
      .map(([divisionCode, g]) => ({ divisionCode, lineCount: g.lines, personCount: g.persons.size, totalAmount: fenToDecimal(g.fen) }));
    assert.deepEqual(data.disbursementRollup, expected);
    assert.ok(expected.some((g) => g.divisionCode === null), 'persons the register does not know have a group of their own');
  });

  test('late credits are exactly the lines credited more than 24 hours after the batch was sent', async () => {
    const direct = query<{ MXID: number }>(
      hub,
      'FINANCE',
      `SELECT m.MXID FROM FF_MX m JOIN FF_PC b ON b.PCH = m.PCH WHERE m.DZSJ IS NOT NULL AND b.TJSJ IS NOT NULL
         AND CAST(strftime('%s', m.DZSJ) AS INTEGER) - CAST(strftime('%s', b.TJSJ) AS INTEGER) > 86400 ORDER BY m.MXID`,
    );
    assert.ok(direct.length > 0, 'the sample has late credits');
    const found = await allLines(hub, 'latePayments', '', {});
    assert.deepEqual(found.ids, direct.map((r) => String(r.MXID)));
  });

  test('failed lines not re-issued within 30 days are the ones a direct reading of the batches finds', async () => {
    const asOf = '2025-01-01T00:00:00.000Z';
    const windowMs = 30 * 86_400_000;
    const sent = (l: FinanceLine) => (l.TJSJ ? Date.parse(toIsoDateTime(l.TJSJ)!) : null);
    const expected = lines
      .filter((l) => l.FFZTDM?.trim() === '2' && sent(l) !== null && sent(l)! + windowMs <= Date.parse(asOf))
      .filter((failed) => {
        const id = normaliseIdNumber(failed.SFZH);
        return !lines.some(
          (other) =>
            normaliseIdNumber(other.SFZH) === id &&
            other.XMDM?.trim() === failed.XMDM?.trim() &&
            other.PCH !== failed.PCH &&
            other.FFZTDM?.trim() !== '2' &&
            sent(other) !== null &&
            sent(other)! > sent(failed)! &&
            sent(other)! - sent(failed)! <= windowMs,
        );
      });
    assert.ok(expected.length > 0, 'the sample has failed lines left unpaid');
    const found = await allLines(hub, 'unpaidFailures', `withinDays: 30, asOf: "${asOf}"`, {}, 7);
    assert.deepEqual(found.ids, expected.map((l) => String(l.MXID)));
    assert.equal(found.totals.lineCount, expected.length);
  });

  test('missed payments list eligible registered persons with no line, and nobody who is paid, dead, not eligible or elsewhere', async () => {
    const data: any = await ask(
      hub,
      `query($p: String!) { missedPayments(programme: $p, period: "${PERIOD}") {
        items { person { idNumber registeredAt(date: "2024-03-01") validDisabilityCertificateAt(date: "2024-03-01") { level }
          paymentLines(programmeCode: $p, periodFrom: "${PERIOD}", periodTo: "${PERIOD}") { id } } divisionCode evidence }
        totalCount eligibleCount pageInfo { hasNextPage } } }`,
      { p: severeProgramme },
    );
    const page = data.missedPayments;
    const ids = page.items.map((i: any) => i.person.idNumber);
    assert.ok(ids.includes(PLANTED.missed));
    for (const absent of [PLANTED.paid, PLANTED.deceased, PLANTED.levelThree, PLANTED.elsewhere]) assert.ok(!ids.includes(absent));
    assert.equal(page.totalCount, page.items.length);
    assert.ok(page.eligibleCount > page.totalCount, 'most eligible persons are paid');
    for (const item of page.items) {
      assert.equal(item.person.registeredAt, true);
      assert.ok(item.person.validDisabilityCertificateAt.level <= 2);
      assert.deepEqual(item.person.paymentLines, []);
      assert.ok(item.divisionCode.startsWith(severeCounty));
    }
    const planted = page.items.find((i: any) => i.person.idNumber === PLANTED.missed);
    assert.match(planted.evidence, /level 1 or 2 valid on 2024-03-01 .*registered in division \d{12}.*no line under programme/);
  });

  describe('bad input is BAD_USER_INPUT naming the argument', () => {
    const cases: Array<[string, string, string]> = [
      ['a page size above the maximum', `{ payments(first: 1001) { edges { cursor } } }`, 'first'],
      ['a malformed ID number', `{ payments(filter: { idNumber: "6107271950010100" }) { edges { cursor } } }`, 'filter.idNumber'],
      ['an inverted period range', `{ payments(filter: { periodFrom: "202403", periodTo: "202401" }) { edges { cursor } } }`, 'filter.periodTo'],
      ['an unknown programme', `{ payments(filter: { programme: "NO-SUCH" }) { edges { cursor } } }`, 'filter.programme'],
      ['an unknown programme in a village', `{ payments(filter: { programme: "NO-SUCH", division: "610727101201" }) { edges { cursor } } }`, 'filter.programme'],
      ['a malformed ID number for a person', `{ beneficiary(idNumber: "123") { idNumber } }`, 'idNumber'],
      ['two division levels in a roll-up', `{ disbursementRollup(groupBy: [COUNTY, VILLAGE]) { lineCount } }`, 'groupBy'],
      ['an unknown programme for missed payments', `{ missedPayments(programme: "NO-SUCH", period: "202403") { totalCount } }`, 'programme'],
      ['a programme without a listable condition', `{ missedPayments(programme: "NY-GD", period: "202403") { totalCount } }`, 'programme'],
      ['a malformed period', `{ missedPayments(programme: "NO-SUCH", period: "202413") { totalCount } }`, 'period'],
    ];
    for (const [what, text, argumentName] of cases) {
      test(`${what} names ${argumentName}`, async () => {
        const result = await gatewayRequest(hub.gatewayUrl, text);
        assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(result.errors));
        assert.equal(result.errors?.[0]?.extensions?.argumentName, argumentName);
      });
    }
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

    async function run(args: string[]) {
      const stdout = new PassThrough();
      const stderr = new PassThrough();
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      stdout.on('data', (c) => out.push(c));
      stderr.on('data', (c) => err.push(c));
      const code = await main(args, { stdout, stderr, env });
      return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
    }

    function villageLines(village: string) {
      const divisions = registerDivisions();
      return lines.filter((l) => divisions.get(normaliseIdNumber(l.SFZH))?.startsWith(village));
    }

    test('payments of a village and period export as CSV with a BOM and Chinese headers, one row per line', async () => {
      const divisions = registerDivisions();
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
