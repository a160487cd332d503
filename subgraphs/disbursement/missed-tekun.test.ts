/**
 * Missed payments (漏发) of a TEKUN programme against a stand-in gateway: civil affairs lists the
 * supported persons a page at a time, the register places them, finance says who was paid. The
 * real gateway and departments are exercised in cli/missed-tekun.e2e.test.ts.
 */
import { describe, test } from '@jest/globals';
import assert from '../../test-support/assert.js';
import { disbursementSubgraph } from './subgraph.js';
import { executeSubgraph } from '../../test-support/subgraph.js';
import { FakeGatewayClient } from '../../test-support/fake-gateway-client.js';
import type { Identity } from '../../access/identity.js';
import { validIdNumber } from '../../test-support/id-numbers.js';

const COUNTY = '610727';
const id = (prefix: string, n: number) => validIdNumber(prefix, '19450101', String(n).padStart(3, '0'));
const PERSONS = {
  missed: id(COUNTY, 1),
  /** Born in another county, lives and is supported here: owed a payment here. */
  bornElsewhere: id('110101', 2),
  paid: id(COUNTY, 3),
  livesElsewhere: id(COUNTY, 4),
  deceased: id(COUNTY, 5),
  unknownToRegister: id(COUNTY, 6),
};
const DIVISION: Record<string, string> = {
  [PERSONS.missed]: `${COUNTY}101201`,
  [PERSONS.bornElsewhere]: `${COUNTY}102003`,
  [PERSONS.paid]: `${COUNTY}101201`,
  [PERSONS.livesElsewhere]: '610728100201',
  [PERSONS.deceased]: `${COUNTY}101201`,
};

/** Civil affairs answers in two pages (a person with two records on both); finance paid one person. */
function gateway(): FakeGatewayClient {
  const pages = [
    [PERSONS.missed, PERSONS.bornElsewhere, PERSONS.paid],
    [PERSONS.livesElsewhere, PERSONS.deceased, PERSONS.unknownToRegister, PERSONS.missed],
  ];
  return new FakeGatewayClient({
    DisbursementProgramme: ({ code }) => (code === 'MZ-TK' ? { programme: { code, eligibilityCondition: 'TEKUN', batches: [{ countyCode: COUNTY }] } } : { programme: null }),
    DisbursementSupported: ({ after }) => {
      const i = after == null ? 0 : Number(after);
      return { page: { idNumbers: pages[i], endCursor: String(i + 1), hasNextPage: i + 1 < pages.length } };
    },
    DisbursementRegistrations: ({ ids }) => ({
      persons: (ids as string[]).map((idNumber) =>
        DIVISION[idNumber] ? { idNumber, registration: { divisionCode: DIVISION[idNumber] }, registeredAt: idNumber !== PERSONS.deceased } : null,
      ),
    }),
    DisbursementPaid: ({ filter }) => ({ paymentIdNumbers: (filter.idNumbers as string[]).filter((i) => i === PERSONS.paid) }),
  });
}

const QUERY = `query($division: String) { missedPayments(programme: "MZ-TK", period: "202403", division: $division) {
  items { person { idNumber } divisionCode evidence } totalCount eligibleCount pageInfo { hasNextPage } } }`;

function service(fake: FakeGatewayClient) {
  return disbursementSubgraph({ gatewayUrl: 'http://unused.invalid/graphql', gatewayClientFor: () => fake });
}

const analyst = (regions: string[]): Identity => ({ sub: 'alice', role: 'analyst', regions, department: null });

describe('missed payments of a TEKUN programme', () => {
  test('supported persons registered and alive in the county with no line are missed, whatever county issued their ID number', async () => {
    const fake = gateway();
    const result = await executeSubgraph(service(fake), QUERY, {});
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const page = result.data!.missedPayments;
    assert.deepEqual(page.items.map((i: any) => i.person.idNumber), [PERSONS.bornElsewhere, PERSONS.missed].sort());
    assert.equal(page.totalCount, 2);
    assert.equal(page.eligibleCount, 3, 'the paid person counts as eligible; the dead, the unknown and those living elsewhere do not');
    const missed = page.items.find((i: any) => i.person.idNumber === PERSONS.missed);
    assert.equal(missed.divisionCode, `${COUNTY}101201`);
    assert.match(missed.evidence, /^2024-03-01 有有效的特困供养记录（民政）；户籍在 610727101201，2024-03-01 在册（公安）；项目 MZ-TK 2024-03 各批次中无其发放明细（财政）$/);
    assert.equal(fake.callsOf('DisbursementSupported').length, 2, 'every page of supported persons was read');
    assert.deepEqual(fake.callsOf('DisbursementSupported').map((c) => c.variables.date), ['2024-03-01', '2024-03-01']);
    const paid = fake.callsOf('DisbursementPaid')[0]!.variables.filter;
    assert.equal(paid.programme, 'MZ-TK');
    assert.equal(paid.periodFrom, '202403');
    assert.equal(paid.periodTo, '202403');
  });

  test("an analyst of the county gets the county's missed persons, born elsewhere included", async () => {
    const result = await executeSubgraph(service(gateway()), QUERY, { division: COUNTY }, analyst([COUNTY]));
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.deepEqual(result.data!.missedPayments.items.map((i: any) => i.person.idNumber), [PERSONS.bornElsewhere, PERSONS.missed].sort());
  });

  test("another county's analyst is refused before any department is asked", async () => {
    const fake = gateway();
    const result = await executeSubgraph(service(fake), QUERY, { division: COUNTY }, analyst(['610728']));
    assert.equal(result.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal(fake.callsOf('DisbursementSupported').length, 0);
    assert.equal(fake.callsOf('DisbursementRegistrations').length, 0);
  });
});
