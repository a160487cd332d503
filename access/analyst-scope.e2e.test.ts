/**
 * Ruling 5 over HTTP through the gateway, with analysts' bearer tokens: a county's analysts work on
 * every person registered in the county or paid by its batches, whatever the first six digits of
 * the ID number, and on no one else; a run belongs to the counties of its batches. Every analyst
 * query family is asked for an in-county person whose ID number comes from another county (allowed)
 * and for a person neither registered nor paid in the county (FORBIDDEN, naming the scope, the ID
 * masked). The persons are planted by test-support/analyst-scope.ts.
 */
import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../test-support/assert.js';
import { gatewayRequest } from '../test-support/hub.js';
import { SCOPE_PERIOD, startScopeCounty, type ScopeCounty } from '../test-support/analyst-scope.js';
import { maskIdNumber } from '../lib/id-number.js';

type Result = Awaited<ReturnType<typeof gatewayRequest>>;

describe("an analyst's scope is the county's registered and paid persons (ruling 5)", () => {
  let c: ScopeCounty;
  let analyst: string;
  let colleague: string;
  let neighbour: string;

  beforeAll(async () => {
    c = await startScopeCounty();
    analyst = `Bearer ${await c.hub.token({ sub: 'scope-analyst', role: 'analyst', regions: [c.county] })}`;
    colleague = `Bearer ${await c.hub.token({ sub: 'scope-colleague', role: 'analyst', regions: [c.county] })}`;
    neighbour = `Bearer ${await c.hub.token({ sub: 'scope-neighbour', role: 'analyst', regions: [c.neighbour] })}`;
  });

  afterAll(async () => {
    await c?.hub.close();
  });

  const ask = (authorization: string, query: string, variables: Record<string, unknown> = {}) => gatewayRequest(c.hub.gatewayUrl, query, variables, { authorization });

  function allowed(result: Result): any {
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data;
  }

  /** FORBIDDEN naming the analyst's scope; no full ID number of `id` anywhere in the answer. */
  function refused(result: Result, regions: string, id?: string): void {
    const error = result.errors?.find((e) => e.extensions?.code === 'FORBIDDEN');
    assert.ok(error, `FORBIDDEN expected: ${JSON.stringify(result)}`);
    assert.equal(error.extensions?.scope, `regions ${regions}`);
    assert.match(error.message, new RegExp(`regions ${regions}`));
    if (id) {
      assert.doesNotMatch(JSON.stringify(result), new RegExp(id));
      assert.ok(error.message.includes(maskIdNumber(id)), error.message);
    }
  }

  const PERSON = `query($id: String!) { person(idNumber: $id) { idNumber registration { name divisionCode } paymentLines { id amount } disabilityCertificates { level } } }`;
  const BENEFICIARY = `query($id: String!) { beneficiary(idNumber: $id) { idNumber registration { name } paymentLines { id status } socialSecurityCards { cardNumber } } }`;
  const PAYMENTS = `query($f: PaymentFilter!) { payments(filter: $f, first: 1000) { edges { node { id idNumber amount person { registration { name } } } } totals { lineCount } } }`;
  const LATE = `query($f: PaymentFilter!) { latePayments(filter: $f, first: 1000) { edges { note node { id idNumber } } } }`;
  const UNPAID = `query($f: PaymentFilter!) { unpaidFailures(filter: $f, withinDays: 30, first: 1000) { edges { node { id idNumber } } } }`;
  const ROLLUP = `query($f: PaymentFilter!) { disbursementRollup(filter: $f, groupBy: [PROGRAMME, VILLAGE]) { programmeCode divisionCode lineCount personCount totalAmount } }`;
  const MISSED = `query($p: String!, $d: String) { missedPayments(programme: $p, period: "${SCOPE_PERIOD}", division: $d, first: 10000) { items { person { idNumber registration { name } } divisionCode } } }`;

  describe('person and beneficiary lookups', () => {
    test('a person registered in the county with an ID number of another county is seen with every department\'s facts, their lines of other counties\' batches left out', async () => {
      const person = allowed(await ask(analyst, PERSON, { id: c.persons.migrant })).person;
      assert.equal(person.registration.divisionCode, c.village);
      assert.deepEqual(person.paymentLines.map((l: any) => l.id).sort(), [c.lines.late, c.lines.failed]);
      const theirs = allowed(await ask(neighbour, PERSON, { id: c.persons.migrant })).person;
      assert.deepEqual(theirs.paymentLines.map((l: any) => l.id), [c.lines.neighbours], "paid by the neighbour's batch, the person is in its analysts' scope too, with its line only");
      const beneficiary = allowed(await ask(analyst, BENEFICIARY, { id: c.persons.migrant.toLowerCase() })).beneficiary;
      assert.equal(beneficiary.registration.name, '迁入甲');
    });

    test('a person registered in another county and paid by the county\'s batch is seen too', async () => {
      const person = allowed(await ask(analyst, PERSON, { id: c.persons.paidElsewhere })).person;
      assert.ok(person.registration.divisionCode.startsWith(c.neighbour));
      assert.deepEqual(person.paymentLines.map((l: any) => l.id), [c.lines.paidElsewhere]);
    });

    test('a person neither registered nor paid in the county is FORBIDDEN, naming the scope, the ID masked', async () => {
      for (const query of [PERSON, BENEFICIARY]) {
        const result = await ask(analyst, query, { id: c.persons.outsider });
        refused(result, c.county, c.persons.outsider);
      }
    });

    test('an ID number beginning with the county code grants nothing: registered and paid elsewhere is FORBIDDEN', async () => {
      refused(await ask(analyst, PERSON, { id: c.persons.prefixOnly }), c.county, c.persons.prefixOnly);
      refused(await ask(analyst, BENEFICIARY, { id: c.persons.prefixOnly }), c.county, c.persons.prefixOnly);
    });
  });

  describe('payment search, by every division filter and by person', () => {
    test('by county, township and village, every line comes back with its person, the foreign-born among them', async () => {
      for (const division of [c.county, c.township, c.village]) {
        const page = allowed(await ask(analyst, PAYMENTS, { f: { division, periodFrom: SCOPE_PERIOD, periodTo: SCOPE_PERIOD } })).payments;
        const ids = page.edges.map((e: any) => e.node.id);
        assert.ok(page.edges.length > 0 && page.totals.lineCount === page.edges.length, `${division}: ${page.edges.length} lines`);
        assert.ok(ids.includes(c.lines.late) && ids.includes(c.lines.failed), `${division} lists the migrant's lines`);
        assert.ok(!ids.includes(c.lines.neighbours), `${division} leaves out the line of another county's batch`);
        if (division === c.county) assert.ok(ids.includes(c.lines.paidElsewhere));
      }
    });

    test('asking only for line ids works as well', async () => {
      const page = allowed(await ask(analyst, `query($f: PaymentFilter!) { payments(filter: $f, first: 5) { edges { node { id } } } }`, { f: { division: c.county } })).payments;
      assert.equal(page.edges.length, 5);
    });

    test('by ID number: an in-county person born elsewhere is found; one neither registered nor paid in the county is FORBIDDEN', async () => {
      const page = allowed(await ask(analyst, PAYMENTS, { f: { division: c.county, idNumber: c.persons.migrant } })).payments;
      assert.deepEqual(page.edges.map((e: any) => e.node.id).sort(), [c.lines.late, c.lines.failed]);
      refused(await ask(analyst, PAYMENTS, { f: { division: c.county, idNumber: c.persons.outsider } }), c.county, c.persons.outsider);
      refused(await ask(analyst, PAYMENTS, { f: { division: c.county, idNumber: c.persons.prefixOnly } }), c.county, c.persons.prefixOnly);
    });

    test('a division outside the regions is FORBIDDEN naming the scope', async () => {
      refused(await ask(analyst, PAYMENTS, { f: { division: c.neighbour } }), c.county);
      refused(await ask(neighbour, PAYMENTS, { f: { division: c.county } }), c.neighbour);
    });
  });

  describe('late credits, failed lines left unpaid, roll-ups and missed payments', () => {
    test("late and unpaid list the migrant's lines; by ID number the outsider is FORBIDDEN", async () => {
      const late = allowed(await ask(analyst, LATE, { f: { division: c.county } })).latePayments;
      assert.ok(late.edges.some((e: any) => e.node.id === c.lines.late));
      const byVillage = allowed(await ask(analyst, LATE, { f: { division: c.village, idNumber: c.persons.migrant } })).latePayments;
      assert.deepEqual(byVillage.edges.map((e: any) => e.node.id), [c.lines.late]);
      const unpaid = allowed(await ask(analyst, UNPAID, { f: { division: c.township } })).unpaidFailures;
      assert.ok(unpaid.edges.some((e: any) => e.node.id === c.lines.failed));
      refused(await ask(analyst, LATE, { f: { division: c.county, idNumber: c.persons.outsider } }), c.county, c.persons.outsider);
      refused(await ask(analyst, UNPAID, { f: { division: c.county, idNumber: c.persons.outsider } }), c.county, c.persons.outsider);
    });

    test('roll-ups by village count the migrant; by ID number the outsider is FORBIDDEN', async () => {
      const rows = allowed(await ask(analyst, ROLLUP, { f: { division: c.county, idNumber: c.persons.migrant } })).disbursementRollup;
      assert.deepEqual(rows.map((r: any) => [r.divisionCode, r.lineCount, r.personCount]), [[c.village, 2, 1]]);
      refused(await ask(analyst, ROLLUP, { f: { division: c.county, idNumber: c.persons.outsider } }), c.county, c.persons.outsider);
    });

    test('missed payments list the in-county person born elsewhere, with their name; another county is FORBIDDEN', async () => {
      const items = allowed(await ask(analyst, MISSED, { p: c.severeProgramme, d: c.county })).missedPayments.items;
      const missed = items.find((i: any) => i.person.idNumber === c.persons.missedMigrant);
      assert.ok(missed, 'the planted person is missed');
      assert.equal(missed.person.registration.name, '迁入乙');
      assert.ok(!items.some((i: any) => [c.persons.outsider, c.persons.prefixOnly].includes(i.person.idNumber)));
      refused(await ask(analyst, MISSED, { p: c.severeProgramme, d: c.neighbour }), c.county);
    });
  });

  describe("batch lines and their persons", () => {
    const BATCH = `query($n: String!) { batch(batchNumber: $n) { lineCount lines(first: 1000) { edges { node { id idNumber name person { registration { name divisionCode } } } } } } }`;

    test("every line of the county's own batch comes with its person, wherever the ID number was issued or the person lives", async () => {
      const batch = allowed(await ask(analyst, BATCH, { n: c.batchNumber })).batch;
      assert.equal(batch.lines.edges.length, batch.lineCount);
      const byId = new Map(batch.lines.edges.map((e: any) => [e.node.id, e.node]));
      assert.equal((byId.get(c.lines.late) as any).person.registration.name, '迁入甲');
      assert.ok((byId.get(c.lines.paidElsewhere) as any).person.registration.divisionCode.startsWith(c.neighbour));
      assert.ok(batch.lines.edges.some((e: any) => e.node.idNumber && !e.node.idNumber.startsWith(c.county)), 'the batch pays persons born elsewhere');
    });

    test("another county's analyst is FORBIDDEN the batch", async () => {
      refused(await ask(neighbour, BATCH, { n: c.batchNumber }), c.neighbour);
    });
  });

  describe('cross-check runs belong to the counties of their batches', () => {
    let runId: string;
    let findingId: string;

    beforeAll(async () => {
      const started = allowed(await ask(analyst, `mutation($n: String!) { startCrosscheck(batchNumber: $n) { id } }`, { n: c.batchNumber }));
      runId = started.startCrosscheck.id;
      for (let i = 0; i < 600; i++) {
        const run = allowed(await ask(analyst, `query($id: ID!) { crosscheckRun(id: $id) { status } }`, { id: runId })).crosscheckRun;
        if (run.status !== 'RUNNING') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });

    test("the county's analysts read the run, its findings with the lines' persons, its gaps and comparisons, and review a finding", async () => {
      const run = allowed(await ask(analyst, `query($id: ID!) { crosscheckRun(id: $id) { status summary { findings } } }`, { id: runId })).crosscheckRun;
      assert.notEqual(run.status, 'RUNNING');
      const findings = allowed(
        await ask(analyst, `query($id: ID!) { findings(runId: $id, first: 1000) { edges { node { id lineId rule line { idNumber person { registration { name } } } } } } }`, { id: runId }),
      ).findings.edges.map((e: any) => e.node);
      const elsewhere = findings.find((f: any) => f.lineId === c.lines.paidElsewhere && f.rule === 'REGION_MISMATCH');
      assert.ok(elsewhere, 'the line paying a person registered elsewhere is a REGION_MISMATCH');
      assert.equal(elsewhere.line.person.registration.name, '邻县丙');
      findingId = elsewhere.id;
      allowed(await ask(analyst, `query($id: ID!) { notChecked(runId: $id) { totalCount } compareRuns(a: $id, b: $id) { added { totalCount } } }`, { id: runId }));
      const list = allowed(await ask(analyst, `{ crosscheckRuns(first: 100) { edges { node { id } } } }`)).crosscheckRuns.edges.map((e: any) => e.node.id);
      assert.ok(list.includes(runId));
      const review = allowed(await ask(colleague, `mutation($f: ID!) { reviewFinding(findingId: $f, decision: CONFIRMED, reason: "户籍在邻县") { decision } }`, { f: findingId }));
      assert.equal(review.reviewFinding.decision, 'CONFIRMED');
    });

    test("a second county's analyst cannot read, list, compare, re-run or review the first county's run and findings", async () => {
      for (const query of [
        `query($id: ID!) { crosscheckRun(id: $id) { status } }`,
        `query($id: ID!) { findings(runId: $id) { totalCount } }`,
        `query($id: ID!) { notChecked(runId: $id) { totalCount } }`,
        `query($id: ID!) { compareRuns(a: $id, b: $id) { added { totalCount } } }`,
        `mutation($id: ID!) { rerunCrosscheck(runId: $id) { id } }`,
      ]) {
        refused(await ask(neighbour, query, { id: runId }), c.neighbour);
      }
      const list = allowed(await ask(neighbour, `{ crosscheckRuns(first: 100) { totalCount edges { node { id } } } }`)).crosscheckRuns;
      assert.ok(!list.edges.some((e: any) => e.node.id === runId));
      refused(await ask(neighbour, `mutation($f: ID!) { reviewFinding(findingId: $f, decision: DISMISSED, reason: "x") { decision } }`, { f: findingId }), c.neighbour);
      refused(await ask(neighbour, `mutation($n: String!) { startCrosscheck(batchNumber: $n) { id } }`, { n: c.batchNumber }), c.neighbour);
    });
  });
});
