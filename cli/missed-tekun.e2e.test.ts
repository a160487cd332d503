/**
 * Missed payments (漏发) of the extreme-poverty programme (TEKUN) end to end, as the county's
 * analyst asks them: over HTTP through the gateway with an analyst token, in GraphQL and with
 * `hub payments --missed`, on a generated county with planted cases, checked against what the
 * departments' files say.
 */
import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../test-support/assert.js';
import { runCaptured } from '../test-support/cli-capture.js';
import { gatewayRequest, startHub, type TestHub } from '../test-support/hub.js';
import { TRIM, openDepartment, query } from '../test-support/disbursement-county.js';
import { validIdNumber } from '../test-support/id-numbers.js';
import { main } from './main.js';

const PERIOD = '202403';
const DAY = '2024-03-01';
/** Planted persons; the ID numbers were issued in a county the sample never uses. */
const PLANTED = {
  missed: validIdNumber('110101', '19350101', '911'),
  paid: validIdNumber('110101', '19350101', '912'),
  ended: validIdNumber('110101', '19350101', '913'),
  livesElsewhere: validIdNumber('110101', '19350101', '914'),
};

function plant(hub: TestHub, county: string, batchNumber: string): void {
  const register = openDepartment(hub, 'PUBLIC_SECURITY', false);
  const person = register.prepare(`INSERT INTO RK_RYJBXX (GMSFHM, XM, XBDM, CSRQ, MZDM, HJDZ_XZQHDM, HJDZ_DZMC, RYZTDM, SWRQ, ZXRQ, GXSJ) VALUES (?, '测试', '2', '19350101', '01', ?, '某村', '0', NULL, NULL, '2024-01-01 00:00:00')`);
  person.run(PLANTED.missed, `${county}101201`);
  person.run(PLANTED.paid, `${county}101201`);
  person.run(PLANTED.ended, `${county}101201`);
  person.run(PLANTED.livesElsewhere, '110101001001');
  register.close();
  const civil = openDepartment(hub, 'CIVIL_AFFAIRS', false);
  const support = civil.prepare(`INSERT INTO TK_GYRY (SFZH, XM, GYXSDM, KSRQ, ZZRQ) VALUES (?, '测试', '2', ?, ?)`);
  support.run(PLANTED.missed, '20200101', null);
  support.run(PLANTED.paid, '20200101', null);
  support.run(PLANTED.ended, '20200101', '20240201');
  support.run(PLANTED.livesElsewhere, '20200101', null);
  civil.close();
  const finance = openDepartment(hub, 'FINANCE', false);
  finance.prepare(`INSERT INTO FF_MX (MXID, PCH, SFZH, XM, YHZH, JE, FFZTDM, SBYY, DZSJ) VALUES (999999101, ?, ?, '测试', '6228000000000001', 900.00, '0', NULL, NULL)`).run(batchNumber, PLANTED.paid);
  finance.close();
}

describe('missed payments of the extreme-poverty programme, for the county analyst', () => {
  let hub: TestHub;
  let programme: string;
  let county: string;
  let analystToken: string;

  beforeAll(async () => {
    hub = await startHub({ persons: 1000, seed: 31, env: { HUB_LIMIT_COST: '50000000' } });
    programme = query<{ XMDM: string }>(hub, 'FINANCE', `SELECT XMDM FROM BT_XM WHERE ${TRIM('ZGTJ')} = 'TEKUN' ORDER BY XMDM`)[0]!.XMDM.trim();
    const batch = query<{ PCH: string; XZQHDM: string }>(hub, 'FINANCE', `SELECT PCH, XZQHDM FROM FF_PC WHERE ${TRIM('XMDM')} = ? AND ${TRIM('FFQJ')} = ? ORDER BY PCH`, programme, PERIOD)[0]!;
    county = batch.XZQHDM.trim();
    plant(hub, county, batch.PCH);
    analystToken = await hub.token({ sub: 'u-tk', role: 'analyst', regions: [county] });
  });

  afterAll(async () => {
    await hub?.close();
  });

  test("the county's supported persons with no line are listed, born elsewhere included; the paid, the ended and those living elsewhere are not", async () => {
    const result = await gatewayRequest(
      hub.gatewayUrl,
      `query($p: String!, $d: String) { missedPayments(programme: $p, period: "${PERIOD}", division: $d) {
        items { person { idNumber supportedAt(date: "${DAY}") paymentLines(programmeCode: $p, periodFrom: "${PERIOD}", periodTo: "${PERIOD}") { id } } divisionCode evidence }
        totalCount eligibleCount } }`,
      { p: programme, d: county },
      { authorization: `Bearer ${analystToken}` },
    );
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const page = result.data.missedPayments;
    const ids = page.items.map((i: any) => i.person.idNumber);
    assert.ok(ids.includes(PLANTED.missed));
    for (const absent of [PLANTED.paid, PLANTED.ended, PLANTED.livesElsewhere]) assert.ok(!ids.includes(absent), absent);
    assert.equal(page.totalCount, page.items.length);
    assert.ok(page.eligibleCount > page.totalCount, 'most supported persons are paid');
    for (const item of page.items) {
      assert.equal(item.person.supportedAt, true);
      assert.deepEqual(item.person.paymentLines, []);
      assert.ok(item.divisionCode.startsWith(county));
    }
    const planted = page.items.find((i: any) => i.person.idNumber === PLANTED.missed);
    assert.match(planted.evidence, new RegExp(`^${DAY} 有有效的特困供养记录（民政）；户籍在 ${county}101201`));
  });

  test('the same list is what civil affairs and finance say: every supported person of the county on the day without a line', async () => {
    const supported = new Set(
      query<{ id: string }>(hub, 'CIVIL_AFFAIRS', `SELECT UPPER(${TRIM('SFZH')}) AS id FROM TK_GYRY WHERE ${TRIM('KSRQ')} <= '20240301' AND (ZZRQ IS NULL OR ${TRIM('ZZRQ')} = '' OR ${TRIM('ZZRQ')} > '20240301') AND LENGTH(${TRIM('KSRQ')}) = 8`).map((r) => r.id),
    );
    const paid = new Set(
      query<{ id: string }>(hub, 'FINANCE', `SELECT DISTINCT UPPER(${TRIM('m.SFZH')}) AS id FROM FF_MX m JOIN FF_PC b ON b.PCH = m.PCH WHERE ${TRIM('b.XMDM')} = ? AND ${TRIM('b.FFQJ')} = ?`, programme, PERIOD).map((r) => r.id),
    );
    const result = await gatewayRequest(hub.gatewayUrl, `query($p: String!, $d: String) { missedPayments(programme: $p, period: "${PERIOD}", division: $d, first: 10000) { items { person { idNumber } } } }`, { p: programme, d: county }, { authorization: `Bearer ${analystToken}` });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    for (const item of result.data.missedPayments.items) {
      assert.ok(supported.has(item.person.idNumber), 'listed persons are supported on the day');
      assert.ok(!paid.has(item.person.idNumber), 'listed persons have no line');
    }
  });

  test("another county's analyst is refused with FORBIDDEN", async () => {
    const other = await hub.token({ sub: 'u-other', role: 'analyst', regions: ['110102'] });
    const result = await gatewayRequest(hub.gatewayUrl, `{ missedPayments(programme: "${programme}", period: "${PERIOD}", division: "${county}") { totalCount } }`, {}, { authorization: `Bearer ${other}` });
    assert.equal(result.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });

  test('`hub payments --missed` exports them as CSV with Chinese headers for the analyst', async () => {
    const { code, stdout: text, stderr } = await runCaptured(main, ['payments', '--missed', '--programme', programme, '--period', PERIOD, '--county', county, '--format', 'csv'], {
      HUB_GATEWAY_URL: hub.gatewayUrl,
      HUB_DATA_DIR: hub.dataDir,
      HUB_TOKEN: analystToken,
    });
    assert.equal(code, 0, stderr);
    assert.ok(text.startsWith('\uFEFF身份证号,姓名,村/社区（户籍）,依据\r\n'));
    assert.ok(text.includes(`${PLANTED.missed},测试,${county}101201,${DAY} 有有效的特困供养记录（民政）`));
    assert.match(stderr, /persons? missed/);
  });
});
