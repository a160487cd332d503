import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../../test-support/assert.js';
import { disabilitySubgraph } from './subgraph.js';
import { executeSubgraph, personRepresentations } from '../../test-support/subgraph.js';
import { executeScreening } from '../../test-support/screening-wire.js';
import { createLegacyTestDatabase, type LegacyTestDatabase, type LegacyRow } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';

const D = '2024-03-01';

let sequence = 100;
const person = (region = '421002') => validIdNumber(region, '19600101', String(sequence++));

const UNTIL_D = person();
const ISSUED_D = person();
const CANCELLED_ON_D = person();
const CANCELLED_AFTER_D = person();
const CANCELLED_EMPTY = person();
const CANCELLED_NULL = person();
const REASSESSED = person();
const MODERATE = person();
const LOWER_X = validIdNumberEndingInX('421002', '19550505');
const NO_CERTIFICATE = person();
const EXPIRED_DAY_BEFORE = person();
const NOT_YET_ISSUED = person();
const TWO_VALID = person();
const UNKNOWN_LEVEL = person();
const ELSEWHERE = person('510101');

function certificate(id: string, category: string, level: string, from: string, until: string, cancelled: string | null, stored = id): LegacyRow<'CJR_ZXX'> {
  return { CJRZH: `${stored}${category}${level}`, SFZH: stored, XM: '持证人', CJLBDM: category, CJDJDM: level, FZRQ: from, YXQZ: until, ZXRQ: cancelled };
}

const SCREEN = `query($s: DisabilityScreeningSubjects!) { screenDisability(subjects: $s) { keys rules evidence } }`;
const PAGE = `query($date: Date!, $severe: Boolean!, $prefix: String, $first: Int, $after: String) {
  personsWithValidCertificate(date: $date, severeOnly: $severe, divisionPrefix: $prefix, first: $first, after: $after) { idNumbers endCursor hasNextPage }
}`;

describe('disability subgraph', () => {
  let db: LegacyTestDatabase;
  let subgraph: ReturnType<typeof disabilitySubgraph>;

  const screen = async (idNumber: string, requireSevere: boolean, date = D) => {
    const result = await executeScreening(subgraph, SCREEN, { s: [{ key: 'k1', idNumber, date, requireSevere }] });
    assert.equal(result.errors, undefined);
    return result.data?.screenDisability as { key: string; rule: string; evidence: string }[];
  };
  const rules = async (idNumber: string, requireSevere: boolean) => (await screen(idNumber, requireSevere)).map((h) => h.rule);

  beforeAll(async () => {
    db = await createLegacyTestDatabase('sqlite', 'DISABILITY');
    await db.insert('CJR_ZXX', [
      certificate(UNTIL_D, '4', '2', '20140301', '20240301', null),
      certificate(ISSUED_D, '1', '1', '20240301', '20340228', null),
      certificate(CANCELLED_ON_D, '2', '2', '20200101', '20300101', '20240301'),
      certificate(CANCELLED_AFTER_D, '2', '2', '20200101', '20300101', '20240302'),
      certificate(CANCELLED_EMPTY, '3', '1', '20200101', '20300101', ''),
      certificate(CANCELLED_NULL, '3', '1', '20200101', '20300101', null),
      certificate(REASSESSED, '4', '4', '20140101', '20240131', null),
      certificate(REASSESSED, '4', '2', '20240201', '20340131', null),
      certificate(MODERATE, '5', '3', '20200101', '20300101', null),
      certificate(LOWER_X, '7', '4', '20200101', '20300101', null, LOWER_X.toLowerCase()),
      certificate(EXPIRED_DAY_BEFORE, '4', '1', '20140301', '20240229', null),
      certificate(NOT_YET_ISSUED, '4', '1', '20240302', '20340301', null),
      certificate(TWO_VALID, '6', '3', '20200101', '20300101', null),
      certificate(TWO_VALID, '6', '1', '20230101', '20330101', null),
      certificate(UNKNOWN_LEVEL, '6', '9', '20200101', '20300101', null),
      certificate(ELSEWHERE, '1', '2', '20200101', '20300101', null),
    ]);
    subgraph = disabilitySubgraph(db.location);
  });

  afterAll(async () => {
    await subgraph.close();
    await db.drop();
  });

  describe('root query', () => {
    test('a certificate is found by a number typed with a lower-case x and spaces', async () => {
      const result = await executeSubgraph(subgraph, `query($n: String!) { disabilityCertificate(certificateNumber: $n) { certificateNumber category categoryCode level levelCode severe issueDate validUntil cancellationDate } }`, {
        n: ` ${LOWER_X.toLowerCase()}74 `,
      });
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?.disabilityCertificate, {
        certificateNumber: `${LOWER_X}74`,
        category: 'MULTIPLE',
        categoryCode: '7',
        level: 4,
        levelCode: '4',
        severe: false,
        issueDate: '2020-01-01',
        validUntil: '2030-01-01',
        cancellationDate: null,
      });
    });

    test('an unknown certificate number is null, not an error', async () => {
      const result = await executeSubgraph(subgraph, `{ disabilityCertificate(certificateNumber: "${NO_CERTIFICATE}41") { certificateNumber } }`);
      assert.equal(result.errors, undefined);
      assert.equal(result.data?.disabilityCertificate, null);
    });

    test('a malformed certificate number is BAD_USER_INPUT naming the argument', async () => {
      const result = await executeSubgraph(subgraph, `{ disabilityCertificate(certificateNumber: "${UNTIL_D}4") { certificateNumber } }`);
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'certificateNumber');
    });

    test('an unknown level code gives a null level and keeps the stored code', async () => {
      const result = await executeSubgraph(subgraph, `{ disabilityCertificate(certificateNumber: "${UNKNOWN_LEVEL}69") { level levelCode severe } }`);
      assert.deepEqual(result.data?.disabilityCertificate, { level: null, levelCode: '9', severe: false });
    });
  });

  describe('validAt on a certificate', () => {
    const validAt = async (number: string) => {
      const result = await executeSubgraph(
        subgraph,
        `query($n: String!) { disabilityCertificate(certificateNumber: $n) { before: validAt(date: "2024-02-29") on: validAt(date: "2024-03-01") after: validAt(date: "2024-03-02") } }`,
        { n: number },
      );
      assert.equal(result.errors, undefined);
      return result.data?.disabilityCertificate;
    };

    test('the valid-until day itself is valid and the day after is not', async () => {
      assert.deepEqual(await validAt(`${UNTIL_D}42`), { before: true, on: true, after: false });
    });

    test('the issue day itself is valid and the day before is not', async () => {
      assert.deepEqual(await validAt(`${ISSUED_D}11`), { before: false, on: true, after: true });
    });

    test('the cancellation day is no longer valid', async () => {
      assert.deepEqual(await validAt(`${CANCELLED_ON_D}22`), { before: true, on: false, after: false });
    });

    test('a malformed date is BAD_USER_INPUT naming it', async () => {
      const result = await executeSubgraph(subgraph, `{ disabilityCertificate(certificateNumber: "${UNTIL_D}42") { validAt(date: "2024-02-30") } }`);
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'date');
    });
  });

  describe('Person', () => {
    test('_entities lists every certificate by issue date and an empty list for a person without any', async () => {
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { idNumber disabilityCertificates { certificateNumber level issueDate } } } }`,
        { r: personRepresentations([REASSESSED, ` ${LOWER_X.toLowerCase()}`, NO_CERTIFICATE]) },
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?._entities, [
        {
          idNumber: REASSESSED,
          disabilityCertificates: [
            { certificateNumber: `${REASSESSED}44`, level: 4, issueDate: '2014-01-01' },
            { certificateNumber: `${REASSESSED}42`, level: 2, issueDate: '2024-02-01' },
          ],
        },
        { idNumber: LOWER_X, disabilityCertificates: [{ certificateNumber: `${LOWER_X}74`, level: 4, issueDate: '2020-01-01' }] },
        { idNumber: NO_CERTIFICATE, disabilityCertificates: [] },
      ]);
    });

    test('the certificate valid at a date follows a re-assessment, and is null before any was issued', async () => {
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
          old: validDisabilityCertificateAt(date: "2024-01-31") { level }
          new: validDisabilityCertificateAt(date: "2024-02-01") { level }
          none: validDisabilityCertificateAt(date: "2013-12-31") { level }
        } } }`,
        { r: personRepresentations([REASSESSED]) },
      );
      assert.deepEqual(result.data?._entities, [{ old: { level: 4 }, new: { level: 2 }, none: null }]);
    });

    test('with two certificates valid on one day the most severe is the valid one', async () => {
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { validDisabilityCertificateAt(date: "${D}") { level } } } }`,
        { r: personRepresentations([TWO_VALID]) },
      );
      assert.deepEqual(result.data?._entities, [{ validDisabilityCertificateAt: { level: 1 } }]);
    });

    test('a malformed date argument is BAD_USER_INPUT naming it', async () => {
      const result = await executeSubgraph(subgraph, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { validDisabilityCertificateAt(date: "20240301") { level } } } }`, {
        r: personRepresentations([REASSESSED]),
      });
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'date');
    });

    test('resolving 5,000 persons in one request costs five certificate statements', async () => {
      const ids = Array.from({ length: 5000 }, (_, i) => validIdNumber(String(610000 + Math.floor(i / 1000)), '19600101', String(i % 1000).padStart(3, '0')));
      const before = subgraph.adapter.db.statementCount;
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { disabilityCertificates { level } validDisabilityCertificateAt(date: "${D}") { level } } } }`,
        { r: personRepresentations(ids) },
      );
      assert.equal(result.errors, undefined);
      assert.equal(result.data?._entities.length, 5000);
      assert.equal(subgraph.adapter.db.statementCount - before, 5);
    });

    test('when the database cannot be read, the fields are null with an error naming the department', async () => {
      const down = disabilitySubgraph({ kind: 'sqlite', file: '/nonexistent/cl_cjr.sqlite' });
      try {
        const result = await executeSubgraph(down, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { idNumber disabilityCertificates { level } } } }`, {
          r: personRepresentations([REASSESSED]),
        });
        assert.deepEqual(result.data?._entities, [{ idNumber: REASSESSED, disabilityCertificates: null }]);
        assert.equal(result.errors?.[0]?.extensions?.code, 'DEPARTMENT_UNAVAILABLE');
        assert.equal(result.errors?.[0]?.extensions?.department, 'DISABILITY');
      } finally {
        await down.close();
      }
    });
  });

  describe('screenDisability: NO_VALID_DISABILITY_CERT', () => {
    test('a certificate valid until exactly the date is valid', async () => {
      assert.deepEqual(await rules(UNTIL_D, true), []);
    });

    test('a certificate valid until the day before the date is not valid, and the evidence says it expired', async () => {
      const hits = await screen(EXPIRED_DAY_BEFORE, false);
      assert.deepEqual(hits.map((h) => [h.key, h.rule]), [['k1', 'NO_VALID_DISABILITY_CERT']]);
      assert.match(hits[0]!.evidence, /有效期至 2024-02-29，已过期/);
    });

    test('a certificate issued exactly on the date is valid', async () => {
      assert.deepEqual(await rules(ISSUED_D, true), []);
    });

    test('a certificate issued the day after the date is not valid yet', async () => {
      const hits = await screen(NOT_YET_ISSUED, false);
      assert.deepEqual(hits.map((h) => h.rule), ['NO_VALID_DISABILITY_CERT']);
      assert.match(hits[0]!.evidence, /2024-03-02 才发证，晚于 2024-03-01/);
    });

    test('a certificate cancelled exactly on the date is not valid', async () => {
      const hits = await screen(CANCELLED_ON_D, false);
      assert.deepEqual(hits.map((h) => h.rule), ['NO_VALID_DISABILITY_CERT']);
      assert.match(hits[0]!.evidence, /2024-03-01 已注销/);
    });

    test('a certificate cancelled the day after the date is still valid on it', async () => {
      assert.deepEqual(await rules(CANCELLED_AFTER_D, true), []);
    });

    test('an empty cancellation date and a NULL one both mean never cancelled', async () => {
      assert.deepEqual(await rules(CANCELLED_EMPTY, true), []);
      assert.deepEqual(await rules(CANCELLED_NULL, true), []);
    });

    test('a person without any certificate is a hit saying none is on record', async () => {
      const hits = await screen(NO_CERTIFICATE, false);
      assert.deepEqual(hits, [{ key: 'k1', rule: 'NO_VALID_DISABILITY_CERT', evidence: `${D} 无有效残疾人证：无任何残疾人证记录` }]);
    });

    test('a lower-case x in the department’s ID column is found by the normalised ID and by a lower-case subject ID', async () => {
      assert.deepEqual(await rules(LOWER_X, false), []);
      assert.deepEqual(await rules(` ${LOWER_X.toLowerCase()} `, false), []);
    });

    test('an invalid subject ID is not looked up and is reported without a valid certificate', async () => {
      const hits = await screen('42100219600101000', false);
      assert.deepEqual(hits.map((h) => h.rule), ['NO_VALID_DISABILITY_CERT']);
      assert.match(hits[0]!.evidence, /身份证号无效/);
    });

    test('evidence masks the ID number inside certificate numbers', async () => {
      const [hit] = await screen(EXPIRED_DAY_BEFORE, false);
      assert.ok(!hit!.evidence.includes(EXPIRED_DAY_BEFORE), hit!.evidence);
      assert.ok(hit!.evidence.includes(`残疾人证 ${EXPIRED_DAY_BEFORE.slice(0, 4)}**********${EXPIRED_DAY_BEFORE.slice(-4)}41`), hit!.evidence);
    });
  });

  describe('screenDisability: DISABILITY_LEVEL_TOO_LOW', () => {
    test('a valid level 3 certificate is too low only when a severe disability is required', async () => {
      const hits = await screen(MODERATE, true);
      assert.deepEqual(hits.map((h) => h.rule), ['DISABILITY_LEVEL_TOO_LOW']);
      assert.match(hits[0]!.evidence, /^2024-03-01 有效的残疾人证均非一级或二级（重度）：残疾人证 .*（5 智力残疾，3 级），3 级不是重度残疾$/);
      assert.deepEqual(await rules(MODERATE, false), []);
    });

    test('a valid level 4 certificate stored with a lower-case x is too low', async () => {
      assert.deepEqual(await rules(LOWER_X, true), ['DISABILITY_LEVEL_TOO_LOW']);
    });

    test('a re-assessed person with an expired level 4 and a current level 2 certificate is severe', async () => {
      assert.deepEqual(await rules(REASSESSED, true), []);
    });

    test('before that re-assessment the same person is too low', async () => {
      const hits = await screen(REASSESSED, true, '2024-01-31');
      assert.deepEqual(hits.map((h) => h.rule), ['DISABILITY_LEVEL_TOO_LOW']);
    });

    test('with a level 3 and a level 1 certificate valid on one day the level is not too low', async () => {
      assert.deepEqual(await rules(TWO_VALID, true), []);
    });

    test('a valid certificate of an unrecognised level alone is too low, naming the code, but not missing (ruling 3)', async () => {
      const hits = await screen(UNKNOWN_LEVEL, true);
      assert.deepEqual(hits.map((h) => h.rule), ['DISABILITY_LEVEL_TOO_LOW']);
      assert.match(hits[0]!.evidence, /等级代码“9”不是 1–4 级/);
      assert.deepEqual(await rules(UNKNOWN_LEVEL, false), []);
    });

    test('no valid certificate gives only NO_VALID_DISABILITY_CERT, even when a severe one is required', async () => {
      assert.deepEqual(await rules(CANCELLED_ON_D, true), ['NO_VALID_DISABILITY_CERT']);
    });
  });

  describe('screenDisability: batches and arguments', () => {
    test('only hits come back, each with its own key', async () => {
      const result = await executeScreening(subgraph, SCREEN, {
        s: [
          { key: 'a', idNumber: UNTIL_D, date: D, requireSevere: true },
          { key: 'b', idNumber: MODERATE, date: D, requireSevere: true },
          { key: 'c', idNumber: NO_CERTIFICATE, date: D, requireSevere: false },
          { key: 'd', idNumber: MODERATE, date: D, requireSevere: false },
        ],
      });
      assert.deepEqual(result.data?.screenDisability.map((h: { key: string; rule: string }) => [h.key, h.rule]), [
        ['b', 'DISABILITY_LEVEL_TOO_LOW'],
        ['c', 'NO_VALID_DISABILITY_CERT'],
      ]);
    });

    test('screening 5,000 subjects costs five statements', async () => {
      const s = Array.from({ length: 5000 }, (_, i) => ({
        key: String(i),
        idNumber: validIdNumber(String(620000 + Math.floor(i / 1000)), '19600101', String(i % 1000).padStart(3, '0')),
        date: D,
        requireSevere: false,
      }));
      const before = subgraph.adapter.db.statementCount;
      const result = await executeScreening(subgraph, SCREEN, { s });
      assert.equal(result.errors, undefined);
      assert.equal(result.data?.screenDisability.length, 5000);
      assert.equal(subgraph.adapter.db.statementCount - before, 5);
    });

    test('more than 10,000 subjects is BAD_USER_INPUT naming subjects', async () => {
      const s = Array.from({ length: 10_001 }, (_, i) => ({ key: String(i), idNumber: UNTIL_D, date: D, requireSevere: false }));
      const result = await executeScreening(subgraph, SCREEN, { s });
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'subjects');
    });

    test('a malformed subject date is BAD_USER_INPUT naming subjects', async () => {
      const result = await executeScreening(subgraph, SCREEN, { s: [{ key: 'a', idNumber: UNTIL_D, date: '2024-3-1', requireSevere: false }] });
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'subjects');
    });
  });

  describe('personsWithValidCertificate', () => {
    const VALID_ON_D = [UNTIL_D, ISSUED_D, CANCELLED_AFTER_D, CANCELLED_EMPTY, CANCELLED_NULL, REASSESSED, MODERATE, TWO_VALID, UNKNOWN_LEVEL, LOWER_X, ELSEWHERE].sort();
    const SEVERE_ON_D = [UNTIL_D, ISSUED_D, CANCELLED_AFTER_D, CANCELLED_EMPTY, CANCELLED_NULL, REASSESSED, TWO_VALID, ELSEWHERE].sort();

    const walk = async (variables: Record<string, unknown>) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 1; ; pages++) {
        const result: Awaited<ReturnType<typeof executeSubgraph>> = await executeSubgraph(subgraph, PAGE, { ...variables, after });
        assert.equal(result.errors, undefined);
        const page = result.data?.personsWithValidCertificate;
        seen.push(...page.idNumbers);
        if (!page.hasNextPage) return { seen, pages };
        after = page.endCursor;
      }
    };

    test('one default page holds every holder of a valid certificate, each once', async () => {
      const result = await executeSubgraph(subgraph, PAGE, { date: D, severe: false });
      assert.deepEqual(result.data?.personsWithValidCertificate.idNumbers, VALID_ON_D);
      assert.equal(result.data?.personsWithValidCertificate.hasNextPage, false);
    });

    test('paging three at a time visits the same holders once each', async () => {
      const { seen, pages } = await walk({ date: D, severe: false, first: 3 });
      assert.deepEqual(seen, VALID_ON_D);
      assert.equal(pages, 4);
    });

    test('severe-only leaves out holders whose valid certificate is of level 3, 4 or unknown', async () => {
      const { seen } = await walk({ date: D, severe: true, first: 2 });
      assert.deepEqual(seen, SEVERE_ON_D);
    });

    test('the division prefix is matched against the leading digits of the ID number', async () => {
      const result = await executeSubgraph(subgraph, PAGE, { date: D, severe: false, prefix: '5101' });
      assert.deepEqual(result.data?.personsWithValidCertificate.idNumbers, [ELSEWHERE]);
    });

    test('a page size above 10,000 is BAD_USER_INPUT naming first', async () => {
      const result = await executeSubgraph(subgraph, PAGE, { date: D, severe: false, first: 10_001 });
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'first');
    });

    test('a page size of 10,000 is accepted', async () => {
      const result = await executeSubgraph(subgraph, PAGE, { date: D, severe: false, first: 10_000 });
      assert.equal(result.errors, undefined);
    });

    test('a division prefix that is not 1 to 6 digits is BAD_USER_INPUT naming it', async () => {
      const result = await executeSubgraph(subgraph, PAGE, { date: D, severe: false, prefix: '42a' });
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'divisionPrefix');
    });

    test('a cursor the query did not make is BAD_USER_INPUT naming after', async () => {
      const result = await executeSubgraph(subgraph, PAGE, { date: D, severe: false, after: '***' });
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'after');
    });

    test('a malformed date is BAD_USER_INPUT naming it', async () => {
      const result = await executeSubgraph(subgraph, PAGE, { date: '2024-02-30', severe: false });
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'date');
    });
  });
});
