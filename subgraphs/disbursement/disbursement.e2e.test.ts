/**
 * The disbursement questions through the real gateway over a generated sample county, each answer
 * compared with what an analyst would compute with SQL directly on the departments' databases.
 * The same questions asked by the CLI are in cli/payments.e2e.test.ts.
 */
import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../../test-support/assert.js';
import type { Department } from '../../lib/departments.js';
import type { DepartmentDatabase } from '../../adapters/database.js';
import { gatewayRequest, type TestHub } from '../../test-support/hub.js';
import { NORM_ID, PERIOD, PLANTED, TRIM, ask, query, registerDivisions, startDisbursementCounty, type FinanceLine } from '../../test-support/disbursement-county.js';
import { normaliseIdNumber } from '../../lib/id-number.js';
import { fenToDecimal } from '../../lib/money.js';
import { toIsoDateTime } from '../../lib/dates.js';

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

describe('disbursement questions through the gateway', () => {
  let hub: TestHub;
  let databases: Map<Department, DepartmentDatabase>;
  let lines: FinanceLine[];
  let severeProgramme: string;
  let severeCounty: string;

  beforeAll(async () => {
    ({ hub, databases, lines, severeProgramme, severeCounty } = await startDisbursementCounty());
  });

  afterAll(async () => {
    await hub?.close();
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
    const divisions = registerDivisions(hub);
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
    const divisions = registerDivisions(hub);
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
    assert.match(planted.evidence, /持 2024-03-01 有效的一级或二级残疾人证.*户籍在 \d{12}.*各批次中无其发放明细/);
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
});
