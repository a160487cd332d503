import { describe, test } from '@jest/globals';
import assert from '../../test-support/assert.js';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { publicSecuritySubgraph } from '../public-security/subgraph.js';
import { financeSubgraph } from '../finance/subgraph.js';
import { createSubgraphServer } from './subgraph-server.js';
import { executeSubgraph, personRepresentations, seededSubgraphPerSuite } from '../../test-support/subgraph.js';
import { IN_REGION, IN_REGION_NAME, MIGRANT, OUT_OF_REGION, seedFinance, seedPublicSecurity } from '../../test-support/access.js';
import { attachAccess, enforceAccessPolicy } from '../../access/enforce.js';
import { PUBLIC_IDENTITY, type Identity } from '../../access/identity.js';
import { FIELD_POLICY, type PolicyTable } from '../../access/policy.js';
import type { PersonScopeLookups } from '../../access/register-scope.js';
import { validIdNumber } from '../../test-support/id-numbers.js';
import { ErrorCode, hubError } from '../../lib/errors.js';

const ANALYST: Identity = { sub: 'u123', role: 'analyst', regions: ['610728'], department: null };
const JUSTICE: Identity = { sub: 'j1', role: 'department', regions: [], department: 'JUSTICE' };
const POLICE: Identity = { sub: 'p1', role: 'department', regions: [], department: 'PUBLIC_SECURITY' };
const AUDITOR: Identity = { sub: 'a1', role: 'auditor', regions: [], department: null };

/** Born in the analyst's county by the ID prefix, but neither registered nor paid there. */
const PREFIX_ONLY = validIdNumber('610728', '19800101', '004');
const DIVISIONS: Record<string, string> = { [IN_REGION]: '610728101001', [MIGRANT]: '610728101002', [OUT_OF_REGION]: '610101001002', [PREFIX_ONLY]: '610101001003' };
/** The register's divisions as seeded; finance pays no one here unless a test says so. */
function lookups(paid: Record<string, string[]> = {}, asked: string[][] = []): PersonScopeLookups {
  return {
    registerDivisions: async (ids) => {
      asked.push([...ids]);
      return new Map(ids.map((id) => [id, DIVISIONS[id] ?? null]));
    },
    paidUnder: async (county, ids) => new Set(ids.filter((id) => paid[county]?.includes(id))),
  };
}

const codes = (result: { errors?: readonly { extensions?: Record<string, any> }[] }) => (result.errors ?? []).map((e) => e.extensions?.code);

describe('enforcement in the public security subgraph', () => {
  let subgraph: ReturnType<typeof publicSecuritySubgraph>;
  const PERSON = `query($id: String!) { person(idNumber: $id) { idNumber registration { name address divisionCode status deathDate } } }`;
  seededSubgraphPerSuite('PUBLIC_SECURITY', seedPublicSecurity, publicSecuritySubgraph, (s) => (subgraph = s));

  test('a request whose context carries no verified identity resolves nothing (UNAUTHENTICATED)', async () => {
    const server = createSubgraphServer(subgraph);
    await server.start();
    try {
      const response = await server.executeOperation({ query: PERSON, variables: { id: IN_REGION } }, { contextValue: await subgraph.createContext() });
      const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
      assert.equal(result?.data?.person, null);
      assert.equal(result?.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    } finally {
      await server.stop();
    }
  });

  test('existing callers of executeSubgraph run with the full-access test identity', async () => {
    const result = await executeSubgraph(subgraph, PERSON, { id: IN_REGION });
    assert.equal(result.errors, undefined);
    assert.equal(result.data?.person.registration.name, IN_REGION_NAME);
  });

  test('an analyst sees a person registered in their region in full', async () => {
    const result = await executeSubgraph(subgraph, PERSON, { id: IN_REGION }, ANALYST, lookups());
    assert.equal(result.errors, undefined);
    assert.deepEqual(result.data?.person.registration, {
      name: IN_REGION_NAME,
      address: '陕西省某县某镇刘家村3组12号',
      divisionCode: '610728101001',
      status: 'NORMAL',
      deathDate: null,
    });
  });

  test('an analyst asking for a person outside their region gets FORBIDDEN naming the scope, and no data', async () => {
    const result = await executeSubgraph(subgraph, PERSON, { id: OUT_OF_REGION }, ANALYST, lookups());
    assert.equal(result.data?.person, null);
    assert.equal(result.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal(result.errors?.[0]?.extensions?.scope, 'regions 610728');
    assert.match(result.errors![0]!.message, /610728/);
    assert.doesNotMatch(JSON.stringify(result), new RegExp(OUT_OF_REGION));
  });

  test('an analyst listing persons with one outside the region is refused before the register is read', async () => {
    const before = subgraph.adapter.db.statementCount;
    const result = await executeSubgraph(subgraph, `query($ids: [String!]!) { persons(idNumbers: $ids) { idNumber } }`, { ids: [IN_REGION, OUT_OF_REGION] }, ANALYST, lookups());
    assert.deepEqual(codes(result), ['FORBIDDEN']);
    assert.equal(subgraph.adapter.db.statementCount, before);
  });

  test('a person outside the region reached as an entity (from another subgraph) is refused field by field', async () => {
    const result = await executeSubgraph(
      subgraph,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { registration { name } } } }`,
      { r: personRepresentations([IN_REGION, OUT_OF_REGION]) },
      ANALYST,
      lookups(),
    );
    assert.deepEqual(result.data?._entities, [{ registration: { name: IN_REGION_NAME } }, { registration: null }]);
    assert.deepEqual(codes(result), ['FORBIDDEN']);
    assert.deepEqual(result.errors?.[0]?.path, ['_entities', 1, 'registration']);
  });

  test('staff of another department see the name masked, the address cut to the village and the status withheld', async () => {
    const result = await executeSubgraph(subgraph, PERSON, { id: OUT_OF_REGION }, JUSTICE);
    assert.equal(result.data?.person.registration, null, 'the non-null status is refused, so the registration is null');
    const fields = await executeSubgraph(subgraph, `query($id: String!) { person(idNumber: $id) { registration { name address divisionCode } } }`, { id: OUT_OF_REGION }, JUSTICE);
    assert.equal(fields.errors, undefined);
    assert.deepEqual(fields.data?.person.registration, { name: '李*', address: '陕西省某市某街道王家社区***', divisionCode: '610101001002' });
    assert.deepEqual((result.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.field])[0], ['FORBIDDEN', 'Registration.status']);
    const death = await executeSubgraph(subgraph, `query($id: String!) { person(idNumber: $id) { registration { deathDate } } }`, { id: OUT_OF_REGION }, JUSTICE);
    assert.deepEqual(death.data?.person.registration, { deathDate: null });
    assert.equal(death.errors?.[0]?.extensions?.field, 'Registration.deathDate');
  });

  test("the register's own staff see everything unmasked", async () => {
    const result = await executeSubgraph(subgraph, PERSON, { id: OUT_OF_REGION }, POLICE);
    assert.equal(result.errors, undefined);
    assert.deepEqual(result.data?.person.registration, { name: '李四', address: '陕西省某市某街道王家社区5号', divisionCode: '610101001002', status: 'DECEASED', deathDate: '2024-01-17' });
  });

  test('the key field stays unmasked inside the subgraph, for the gateway to join on (it masks it in the response)', async () => {
    const result = await executeSubgraph(subgraph, `query($id: String!) { person(idNumber: $id) { idNumber } }`, { id: OUT_OF_REGION }, JUSTICE);
    assert.equal(result.data?.person.idNumber, OUT_OF_REGION);
  });

  test('the public and auditors get nothing of the register', async () => {
    for (const identity of [PUBLIC_IDENTITY, AUDITOR]) {
      const result = await executeSubgraph(subgraph, PERSON, { id: IN_REGION }, identity);
      assert.equal(result.data?.person, null);
      assert.deepEqual(codes(result), ['FORBIDDEN']);
    }
  });
});

describe('enforcement in the finance subgraph', () => {
  let subgraph: ReturnType<typeof financeSubgraph>;
  seededSubgraphPerSuite('FINANCE', seedFinance, financeSubgraph, (s) => (subgraph = s));

  test('the public sees only published programmes, whatever it asks for', async () => {
    for (const query of ['{ programmes { code } }', '{ programmes(published: false) { code } }']) {
      const result = await executeSubgraph(subgraph, query, {}, PUBLIC_IDENTITY);
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?.programmes, query.includes('false') ? [] : [{ code: 'PUB' }]);
    }
  });

  test('an unpublished programme, its batches and its lines look to the public as if they did not exist', async () => {
    const result = await executeSubgraph(
      subgraph,
      `{ programme(code: "HID") { code } batch(batchNumber: "HID-610728") { batchNumber } batches(programmeCode: "HID") { batchNumber } }`,
      {},
      PUBLIC_IDENTITY,
    );
    assert.equal(result.errors, undefined);
    assert.deepEqual(result.data, { programme: null, batch: null, batches: [] });
  });

  test("a published batch's announcement shows masked names and ID numbers, amounts and totals", async () => {
    const result = await executeSubgraph(
      subgraph,
      `{ batch(batchNumber: "PUB-610728") { totalAmount lines { edges { node { name idNumber amount status } } } } }`,
      {},
      PUBLIC_IDENTITY,
    );
    assert.equal(result.errors, undefined);
    assert.deepEqual(result.data?.batch, {
      totalAmount: '500.00',
      lines: { edges: [{ node: { name: '张*丰', idNumber: '6107**********0018', amount: '500.00', status: 'CREDITED' } }] },
    });
  });

  test("the public cannot read an account number, a line's person or a line by id", async () => {
    const result = await executeSubgraph(subgraph, `{ batch(batchNumber: "PUB-610728") { lines { edges { node { accountNumber } } } } paymentLine(id: "1") { id } }`, {}, PUBLIC_IDENTITY);
    assert.equal(result.data?.paymentLine, null);
    assert.deepEqual(codes(result).sort(), ['FORBIDDEN', 'FORBIDDEN']);
  });

  test("an analyst's lists leave out batches outside the region; asking for one is FORBIDDEN naming the scope", async () => {
    const list = await executeSubgraph(subgraph, `{ batches(programmeCode: "PUB") { batchNumber } }`, {}, ANALYST);
    assert.equal(list.errors, undefined);
    assert.deepEqual(list.data?.batches, [{ batchNumber: 'PUB-610728' }]);
    const one = await executeSubgraph(subgraph, `{ batch(batchNumber: "PUB-610101") { batchNumber totalAmount } paymentLine(id: "2") { amount } }`, {}, ANALYST);
    assert.deepEqual(one.data, { batch: null, paymentLine: null });
    assert.deepEqual(codes(one), ['FORBIDDEN', 'FORBIDDEN']);
    assert.ok(one.errors!.every((e) => e.extensions?.scope === 'regions 610728'));
  });

  test('an analyst sees the lines of their region unmasked, account numbers included', async () => {
    const result = await executeSubgraph(subgraph, `{ paymentLine(id: "1") { idNumber name accountNumber amount } }`, {}, ANALYST);
    assert.equal(result.errors, undefined);
    assert.deepEqual(result.data?.paymentLine, { idNumber: IN_REGION, name: IN_REGION_NAME, accountNumber: '6228000000000001', amount: '500.00' });
  });

  test("other departments' staff see a line's payee masked and its amount withheld", async () => {
    const result = await executeSubgraph(subgraph, `{ paymentLine(id: "1") { idNumber name accountNumber status } }`, {}, JUSTICE);
    assert.equal(result.errors, undefined);
    assert.deepEqual(result.data?.paymentLine, { idNumber: '6107**********0018', name: '张*丰', accountNumber: '************0001', status: 'CREDITED' });
    const amount = await executeSubgraph(subgraph, `{ paymentLine(id: "1") { amount } }`, {}, JUSTICE);
    assert.deepEqual(codes(amount), ['FORBIDDEN']);
  });

  test('an analyst may not screen lines by id: line ids carry no region to check', async () => {
    const result = await executeSubgraph(subgraph, `{ screenPaymentLines(lineIds: ["1"]) { keys } }`, {}, ANALYST);
    assert.deepEqual(codes(result), ['FORBIDDEN']);
  });
});

describe('fields the policy table does not list', () => {
  const typeDefs = parse(`
    type Query { newThing: Thing }
    type Thing { holderIdNumber: String holderName: String secretFact: String }
  `);
  const definition = {
    department: 'HR' as const,
    slug: 'unlisted-test',
    typeDefs,
    resolvers: { Query: { newThing: () => ({ holderIdNumber: IN_REGION, holderName: '王小明', secretFact: 'x' }) } },
    createContext: async () => ({}),
    health: async () => ({ ok: true }),
    close: async () => {},
  };
  const ALL = '{ newThing { holderIdNumber holderName secretFact } }';

  test('are refused to the public and to analysts (an unlisted root field cannot be region-checked)', async () => {
    for (const identity of [PUBLIC_IDENTITY, ANALYST]) {
      const result = await executeSubgraph(definition, ALL, {}, identity);
      assert.equal(result.data?.newThing, null);
      assert.deepEqual(codes(result), ['FORBIDDEN']);
    }
  });

  test("belong to the serving department: its staff see them; others' see names and IDs masked by name, the rest withheld", async () => {
    const own = await executeSubgraph(definition, ALL, {}, { sub: 'h', role: 'department', regions: [], department: 'HR' });
    assert.deepEqual(own.data?.newThing, { holderIdNumber: IN_REGION, holderName: '王小明', secretFact: 'x' });
    const other = await executeSubgraph(definition, ALL, {}, JUSTICE);
    assert.equal(other.data?.newThing, null, 'an unlisted root field is a sensitive fact of its department');
  });

  test('reached through a listed field, an unlisted ID-like field is masked by its name for other departments', async () => {
    const nested = { ...definition, department: 'HR' as const };
    const table: PolicyTable = { fields: { ...FIELD_POLICY, 'Query.newThing': { kind: 'LINK', owner: 'HR' } }, rows: {} };
    const schema = buildSubgraphSchema({ typeDefs, resolvers: nested.resolvers as never });
    enforceAccessPolicy(schema, { department: 'HR', keyFields: new Set(), policy: table });
    const server = new ApolloServer({ schema });
    const response = await server.executeOperation({ query: ALL }, { contextValue: attachAccess({}, JUSTICE) });
    const result = response.body.kind === 'single' ? JSON.parse(JSON.stringify(response.body.singleResult)) : {};
    assert.deepEqual(result.data.newThing, { holderIdNumber: '6107**********0018', holderName: '王*明', secretFact: null });
    assert.deepEqual(result.errors.map((e: any) => e.path.join('.')), ['newThing.secretFact']);
  });
});

describe('small aggregates for the public', () => {
  const typeDefs = parse(`type Query { villages: [VillageSummary!]! } type VillageSummary { village: String personCount: Int total: String }`);
  const table: PolicyTable = {
    fields: {
      'Query.villages': { kind: 'PUBLIC', owner: 'FINANCE' },
      'VillageSummary.village': { kind: 'PUBLIC', owner: 'FINANCE' },
      'VillageSummary.personCount': { kind: 'PUBLIC', owner: 'FINANCE' },
      'VillageSummary.total': { kind: 'PUBLIC', owner: 'FINANCE' },
    },
    rows: { VillageSummary: { suppress: { countField: 'personCount', fields: ['personCount', 'total'] } } },
  };
  const rows = [
    { village: '610728101001', personCount: 4, total: '2000.00' },
    { village: '610728101002', personCount: 5, total: '2500.00' },
  ];

  async function run(identity: Identity) {
    const schema = buildSubgraphSchema({ typeDefs, resolvers: { Query: { villages: () => rows } } as never });
    enforceAccessPolicy(schema, { department: 'FINANCE', keyFields: new Set(), policy: table });
    const response = await new ApolloServer({ schema }).executeOperation({ query: '{ villages { village personCount total } }' }, { contextValue: attachAccess({}, identity) });
    return response.body.kind === 'single' ? JSON.parse(JSON.stringify(response.body.singleResult)) : {};
  }

  test('counts and totals over fewer than 5 persons are withheld from the public; 5 or more are shown', async () => {
    const result = await run(PUBLIC_IDENTITY);
    assert.equal(result.errors, undefined);
    assert.deepEqual(result.data.villages, [
      { village: '610728101001', personCount: null, total: null },
      { village: '610728101002', personCount: 5, total: '2500.00' },
    ]);
  });

  test('analysts see small counts', async () => {
    const result = await run(ANALYST);
    assert.deepEqual(result.data.villages[0], rows[0]);
  });
});

describe('searches and totals for analysts', () => {
  const typeDefs = parse(`
    type Query { searchPaymentLines(filter: PaymentLineFilter, first: Int): PaymentLineSearchConnection! }
    input PaymentLineFilter { division: String, programme: String }
    type PaymentLineSearchConnection { totals: PaymentTotals! }
    type PaymentTotals { lineCount: Int! personCount: Int! totalAmount: String! }
  `);
  const definition = {
    department: 'FINANCE' as const,
    slug: 'search-test',
    typeDefs,
    resolvers: { Query: { searchPaymentLines: () => ({ totals: { lineCount: 7, personCount: 6, totalAmount: '3500.00' } }) } },
    createContext: async () => ({}),
    health: async () => ({ ok: true }),
    close: async () => {},
  };
  const query = 'query($f: PaymentLineFilter) { searchPaymentLines(filter: $f) { totals { lineCount totalAmount } } }';

  test('must name a division within the analyst\'s regions: totals over every county would count lines outside the scope', async () => {
    for (const filter of [undefined, { programme: 'PUB' }, { division: '6107' }, { division: '610101' }]) {
      const result = await executeSubgraph(definition, query, { f: filter }, ANALYST);
      assert.deepEqual(codes(result), ['FORBIDDEN'], JSON.stringify(filter));
      assert.equal(result.errors?.[0]?.extensions?.scope, 'regions 610728');
    }
    const inside = await executeSubgraph(definition, query, { f: { division: '610728' } }, ANALYST);
    assert.equal(inside.errors, undefined);
    assert.deepEqual(inside.data?.searchPaymentLines.totals, { lineCount: 7, totalAmount: '3500.00' });
  });

  test('department staff search without a region; the public not at all', async () => {
    assert.equal((await executeSubgraph(definition, query, { f: null }, JUSTICE)).errors, undefined);
    assert.deepEqual(codes(await executeSubgraph(definition, query, { f: { division: '610728' } }, PUBLIC_IDENTITY)), ['FORBIDDEN']);
  });
});

describe('fields the public sees only under one root field', () => {
  const typeDefs = parse(`
    type Query { myPayments(name: String!, idNumber: String!): [OwnPayment!]! complaint: [OwnPayment!] }
    type OwnPayment { lineId: ID! amount: String! failureReason: String }
  `);
  const line = { lineId: '1', amount: '500.00', failureReason: '账户已冻结' };
  const definition = {
    slug: 'public-via-test',
    typeDefs,
    resolvers: { Query: { myPayments: () => [line], complaint: () => [line] } },
    createContext: async () => ({}),
    health: async () => ({ ok: true }),
    close: async () => {},
  };

  test("a failed payment's reason is shown to the person looking up their own payments, and nowhere else", async () => {
    const own = await executeSubgraph(definition, `{ mine: myPayments(name: "张三丰", idNumber: "${IN_REGION}") { amount failureReason } }`, {}, PUBLIC_IDENTITY);
    assert.equal(own.errors, undefined);
    assert.deepEqual(own.data?.mine, [{ amount: '500.00', failureReason: '账户已冻结' }]);
    // Another root field the public may use, returning the same type.
    const elsewhere = await executeSubgraph(definition, '{ complaint { lineId failureReason } }', {}, PUBLIC_IDENTITY);
    assert.deepEqual(elsewhere.data?.complaint, [{ lineId: '1', failureReason: null }]);
    assert.deepEqual(elsewhere.errors?.map((e) => e.extensions?.field), ['OwnPayment.failureReason']);
  });
});

describe("an analyst's scope by the register's division and the county's payments (ruling 5)", () => {
  let subgraph: ReturnType<typeof publicSecuritySubgraph>;
  seededSubgraphPerSuite('PUBLIC_SECURITY', seedPublicSecurity, publicSecuritySubgraph, (s) => (subgraph = s));

  async function run(query: string, variables: Record<string, unknown>, scope: PersonScopeLookups) {
    const server = createSubgraphServer(subgraph, scope);
    await server.start();
    try {
      const response = await server.executeOperation({ query, variables }, { contextValue: attachAccess(await subgraph.createContext(), ANALYST) });
      return response.body.kind === 'single' ? JSON.parse(JSON.stringify(response.body.singleResult)) : {};
    } finally {
      await server.stop();
    }
  }

  test('a person born elsewhere but registered in the region is in scope, every person asked of the register once per request', async () => {
    const asked: string[][] = [];
    const result = await run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { registration { name } ageAt(date: "2024-03-01") } } }`, {
      r: personRepresentations([MIGRANT, IN_REGION]),
    }, lookups({}, asked));
    assert.equal(result.errors, undefined);
    assert.deepEqual(result.data._entities, [{ registration: { name: '王五' }, ageAt: 54 }, { registration: { name: IN_REGION_NAME }, ageAt: 74 }]);
    assert.deepEqual(asked, [[MIGRANT, IN_REGION]], 'the ID prefix decides nothing: both are asked, together, once');
  });

  test('a person registered elsewhere is in scope when a batch of the county pays them, and only then', async () => {
    const query = `query($id: String!) { person(idNumber: $id) { registration { name } } }`;
    const paid = await run(query, { id: OUT_OF_REGION }, lookups({ '610728': [OUT_OF_REGION] }));
    assert.equal(paid.errors, undefined);
    assert.deepEqual(paid.data.person, { registration: { name: '李四' } });
    const paidElsewhere = await run(query, { id: OUT_OF_REGION }, lookups({ '610101': [OUT_OF_REGION] }));
    assert.equal(paidElsewhere.data?.person, null);
    assert.equal(paidElsewhere.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });

  test('a person whose ID number begins with the county code but who is neither registered nor paid there is FORBIDDEN, the ID masked', async () => {
    const result = await run(`query($id: String!) { person(idNumber: $id) { idNumber } }`, { id: PREFIX_ONLY }, lookups());
    assert.equal(result.data?.person, null);
    assert.equal(result.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal(result.errors?.[0]?.extensions?.scope, 'regions 610728');
    assert.match(result.errors![0]!.message, /6107\*{10}/);
    assert.doesNotMatch(JSON.stringify(result), new RegExp(PREFIX_ONLY));
  });

  test('asked for by ID number, a person registered in the region is found; a list with one registered elsewhere is FORBIDDEN before the register is read', async () => {
    const migrant = await run(`query($id: String!) { person(idNumber: $id) { registration { name } } }`, { id: MIGRANT }, lookups());
    assert.equal(migrant.errors, undefined);
    assert.deepEqual(migrant.data.person, { registration: { name: '王五' } });
    const before = subgraph.adapter.db.statementCount;
    const outside = await run(`query($ids: [String!]!) { persons(idNumbers: $ids) { idNumber } }`, { ids: [MIGRANT, OUT_OF_REGION] }, lookups());
    assert.equal(outside.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal(subgraph.adapter.db.statementCount, before);
  });

  test('with the register unreachable, persons the county pays are still in scope; for the others the register is named as unavailable', async () => {
    const down: PersonScopeLookups = {
      ...lookups({ '610728': [OUT_OF_REGION] }),
      registerDivisions: async () => {
        throw hubError(ErrorCode.DEPARTMENT_UNAVAILABLE, 'register down', { department: 'PUBLIC_SECURITY' });
      },
    };
    const result = await run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { registration { name } } } }`, { r: personRepresentations([OUT_OF_REGION, MIGRANT]) }, down);
    assert.deepEqual(result.data._entities, [{ registration: { name: '李四' } }, { registration: null }]);
    assert.deepEqual(result.errors?.map((e: any) => [e.extensions?.code, e.extensions?.department]), [['DEPARTMENT_UNAVAILABLE', 'PUBLIC_SECURITY']]);
  });

  test('without the lookups no person is in scope: the prefix alone never grants', async () => {
    const result = await run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { registration { name } } } }`, { r: personRepresentations([IN_REGION]) }, {});
    assert.deepEqual(result.data._entities, [{ registration: null }]);
    assert.equal(result.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });
});
