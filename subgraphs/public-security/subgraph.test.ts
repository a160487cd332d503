import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../../test-support/assert.js';
import { publicSecuritySubgraph } from './subgraph.js';
import { executeSubgraph, personRepresentations } from '../../test-support/subgraph.js';
import { createLegacyTestDatabase, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';

const DECEASED = validIdNumberEndingInX('610727', '19400101');
const LIVING = validIdNumber('610727', '19440301', '010');

describe('public security subgraph', () => {
  let db: LegacyTestDatabase;
  let subgraph: ReturnType<typeof publicSecuritySubgraph>;

  beforeAll(async () => {
    db = await createLegacyTestDatabase('sqlite', 'PUBLIC_SECURITY');
    await db.insert('RK_RYJBXX', [
      { GMSFHM: ` ${DECEASED.toLowerCase()}`, XM: '王五 ', XBDM: '1', CSRQ: '19400101', MZDM: '01', HJDZ_XZQHDM: '610727101001', HJDZ_DZMC: '刘家村', RYZTDM: '1', SWRQ: '20240117', ZXRQ: null, GXSJ: null },
      { GMSFHM: LIVING, XM: '李四', XBDM: '1', CSRQ: '19440301', MZDM: '01', HJDZ_XZQHDM: '610727101001', HJDZ_DZMC: '刘家村', RYZTDM: '0', SWRQ: null, ZXRQ: null, GXSJ: null },
    ]);
    subgraph = publicSecuritySubgraph(db.location);
  });

  afterAll(async () => {
    await subgraph.close();
    await db.drop();
  });

  test('a person is found by an ID typed with a lower-case x and spaces', async () => {
    const result = await executeSubgraph(subgraph, `query($id: String!) { person(idNumber: $id) { idNumber registration { name status deathDate } } }`, {
      id: ` ${DECEASED.toLowerCase()} `,
    });
    assert.equal(result.errors, undefined);
    assert.deepEqual(result.data?.person, { idNumber: DECEASED, registration: { name: '王五', status: 'DECEASED', deathDate: '2024-01-17' } });
  });

  test('an unknown person is null, not an error', async () => {
    const result = await executeSubgraph(subgraph, `{ person(idNumber: "${validIdNumber('610727', '19990101', '001')}") { idNumber } }`);
    assert.equal(result.errors, undefined);
    assert.equal(result.data?.person, null);
  });

  test('a malformed ID number is BAD_USER_INPUT naming the argument', async () => {
    const result = await executeSubgraph(subgraph, `{ person(idNumber: "61072719400101001") { idNumber } }`);
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(result.errors?.[0]?.extensions?.argumentName, 'idNumber');
  });

  test('_entities resolves registered and unregistered persons, the latter with a null registration', async () => {
    const unknown = validIdNumber('610727', '19990101', '002');
    const result = await executeSubgraph(
      subgraph,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { idNumber registration { name } registeredAt(date: "2024-01-17") ageAt(date: "2024-03-01") } } }`,
      { r: personRepresentations([DECEASED, LIVING, unknown]) },
    );
    assert.equal(result.errors, undefined);
    assert.deepEqual(result.data?._entities, [
      { idNumber: DECEASED, registration: { name: '王五' }, registeredAt: false, ageAt: 84 },
      { idNumber: LIVING, registration: { name: '李四' }, registeredAt: true, ageAt: 80 },
      { idNumber: unknown, registration: null, registeredAt: null, ageAt: null },
    ]);
  });

  test('a death on the day asked about means not registered that day, but registered the day before', async () => {
    const result = await executeSubgraph(
      subgraph,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { before: registeredAt(date: "2024-01-16") on: registeredAt(date: "2024-01-17") } } }`,
      { r: personRepresentations([DECEASED]) },
    );
    assert.deepEqual(result.data?._entities, [{ before: true, on: false }]);
  });

  test('a malformed date argument is BAD_USER_INPUT naming it', async () => {
    const result = await executeSubgraph(subgraph, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { ageAt(date: "2024-02-30") } } }`, {
      r: personRepresentations([LIVING]),
    });
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(result.errors?.[0]?.extensions?.argumentName, 'date');
  });

  test('resolving 5,000 persons in one request costs five register statements', async () => {
    const ids = Array.from({ length: 5000 }, (_, i) => validIdNumber(String(610000 + Math.floor(i / 1000)), '19600101', String(i % 1000).padStart(3, '0')));
    const before = subgraph.adapter.db.statementCount;
    const result = await executeSubgraph(subgraph, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { registration { name } ageAt(date: "2024-03-01") } } }`, {
      r: personRepresentations(ids),
    });
    assert.equal(result.errors, undefined);
    assert.equal(result.data?._entities.length, 5000);
    assert.equal(subgraph.adapter.db.statementCount - before, 5);
  });
});
