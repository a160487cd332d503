import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../test-support/assert.js';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { DEPARTMENTS } from '../lib/departments.js';
import { ErrorCode } from '../lib/errors.js';
import { GraphQLRequestError, redactIdNumbers } from '../lib/graphql-client.js';
import { idNumberCheckCharacter } from '../lib/id-number.js';
import { validIdNumber, validIdNumberEndingInX } from '../test-support/id-numbers.js';
import { CrosscheckStore } from '../store/crosscheck-store.js';
import type { FindingRecord } from '../store/findings.js';
import type { NotCheckedRecord } from '../store/not-checked.js';
import type { RunRecord } from '../store/runs.js';
import { CrosscheckService } from './service.js';
import { CrosscheckSources } from './sources.js';
import { FakeCrosscheckGateway, type FakeBatch, type FakeLine, type Responder } from '../test-support/fake-crosscheck-gateway.js';
import { rulesOfDepartment, type Check } from './rules.js';
import type { Rule } from '../lib/rules.js';
import type { ScopeArguments } from './scope.js';

const D = '2024-03-01';
const COUNTY = '610727';

function batch(overrides: Partial<FakeBatch> = {}): FakeBatch {
  return { batchNumber: 'PCH001', programmeCode: 'DB01', eligibilityCondition: 'DIBAO', period: '202403', countyCode: COUNTY, ...overrides };
}

const person = (n: number) => validIdNumber(COUNTY, '19500101', String(n).padStart(3, '0'));

/** Every time a harness opens a store it lives under here, removed at the end. */
const scratch = mkdtempSync(path.join(os.tmpdir(), 'hub-engine-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let stores = 0;

interface Harness {
  fake: FakeCrosscheckGateway;
  service: CrosscheckService;
  store: CrosscheckStore;
  check(args?: ScopeArguments, user?: string): Promise<RunRecord>;
  rerun(runId: string, user?: string): Promise<RunRecord>;
  findings(runId: string): Promise<FindingRecord[]>;
  gaps(runId: string): Promise<NotCheckedRecord[]>;
  close(): Promise<void>;
}

async function harness(setup: (fake: FakeCrosscheckGateway) => void, options: { chunkSize?: number; concurrency?: number } = {}): Promise<Harness> {
  const store = await CrosscheckStore.open({ kind: 'sqlite', file: path.join(scratch, `store-${++stores}.sqlite`) });
  const fake = new FakeCrosscheckGateway();
  setup(fake);
  const service = new CrosscheckService({ store, sourcesFor: () => new CrosscheckSources(fake), chunkSize: options.chunkSize ?? 1000, concurrency: options.concurrency });
  return {
    fake,
    service,
    store,
    async check(args = { batchNumber: 'PCH001' }, user = 'alice') {
      const run = await service.start(args, { userId: user });
      return (await service.settled(run.id))!;
    },
    async rerun(runId, user = 'bob') {
      const run = await service.rerun(runId, { userId: user });
      return (await service.settled(run.id))!;
    },
    async findings(runId) {
      return (await store.findings.page(runId, {}, 5000, null)).items;
    },
    async gaps(runId) {
      return (await store.notChecked.page(runId, {}, 5000, null)).items;
    },
    close: () => service.close(),
  };
}

function pairs(findings: FindingRecord[]): [string, string][] {
  return findings.map((f) => [f.lineId, f.rule]);
}

const always = (rule: string, evidence = `${rule} evidence`): Responder => () => [[rule, evidence]];

describe('ID_INVALID is decided by the engine itself', () => {
  const good = person(1);
  const wrongCheck = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
  const feb30First17 = `${COUNTY}19500230001`;
  const feb30 = feb30First17 + idNumberCheckCharacter(feb30First17);
  const leap = validIdNumber(COUNTY, '20000229', '001');
  const notLeapFirst17 = `${COUNTY}19000229001`;
  const notLeap = notLeapFirst17 + idNumberCheckCharacter(notLeapFirst17);
  const withX = validIdNumberEndingInX(COUNTY, '19500102');
  let h: Harness;
  let run: RunRecord;
  let findings: FindingRecord[];

  beforeAll(async () => {
    h = await harness((fake) => {
      fake.addBatch(batch(), [
        { id: '1', idNumber: wrongCheck },
        { id: '2', idNumber: feb30 },
        { id: '3', idNumber: withX.toLowerCase() },
        { id: '4', idNumber: ` ${good}\u3000` },
        { id: '5', idNumber: leap },
        { id: '6', idNumber: notLeap },
        { id: '7', idNumber: good.slice(0, 17) },
        { id: '8', idNumber: `${good.slice(0, 10)}A${good.slice(11)}` },
      ]);
      // Every department has something to say about everyone: ID_INVALID must silence it.
      fake.responders.REGISTER = always('DECEASED');
      fake.responders.PAYMENT_LINES = always('DUPLICATE_PAYMENT');
      fake.responders.CUSTODY = always('IN_CUSTODY');
    });
    run = await h.check();
    findings = await h.findings(run.id);
  });

  afterAll(() => h?.close());

  test('a batch of well- and ill-formed ID numbers is checked to the end', () => {
    assert.equal(run.status, 'COMPLETED');
  });

  test('a wrong check character is ID_INVALID and nothing else, and no department is asked about the line', () => {
    assert.deepEqual(pairs(findings.filter((f) => f.lineId === '1')), [['1', 'ID_INVALID']]);
    assert.match(findings.find((f) => f.lineId === '1')!.evidence, /校验码不符/);
    for (const check of ['REGISTER', 'CUSTODY', 'DIBAO'] as Check[]) assert.ok(!h.fake.asked(check).some((s) => s.key === '1'));
    assert.ok(!h.fake.asked('PAYMENT_LINES').includes('1'));
  });

  test('a birth date of 30 February is ID_INVALID even with a matching check character', () => {
    assert.deepEqual(pairs(findings.filter((f) => f.lineId === '2')), [['2', 'ID_INVALID']]);
    assert.match(findings.find((f) => f.lineId === '2')!.evidence, /不是真实的日历日期/);
  });

  test('a lower-case x check character is valid, and departments are asked with the upper-case ID', () => {
    assert.ok(!findings.some((f) => f.lineId === '3' && f.rule === 'ID_INVALID'));
    assert.equal(h.fake.asked('REGISTER').find((s) => s.key === '3')?.idNumber, withX);
  });

  test('an ID padded with ASCII and full-width spaces is valid and asked about trimmed', () => {
    assert.ok(!findings.some((f) => f.lineId === '4' && f.rule === 'ID_INVALID'));
    assert.equal(h.fake.asked('CUSTODY').find((s) => s.key === '4')?.idNumber, good);
  });

  test('29 February is a birth date in 2000 but not in 1900', () => {
    assert.ok(!findings.some((f) => f.lineId === '5' && f.rule === 'ID_INVALID'));
    assert.deepEqual(pairs(findings.filter((f) => f.lineId === '6')), [['6', 'ID_INVALID']]);
  });

  test('17 characters, or a letter among the digits, is ID_INVALID', () => {
    assert.deepEqual(pairs(findings.filter((f) => ['7', '8'].includes(f.lineId))), [
      ['7', 'ID_INVALID'],
      ['8', 'ID_INVALID'],
    ]);
    assert.ok(findings.every((f) => f.rule !== 'ID_INVALID' || f.departments.length === 0));
  });
});

/**
 * One case per rule: the question that answers it, a programme condition under which it applies,
 * and conditions under which it does not (its hit, if any came back, must not become a finding).
 */
const RULE_CASES: { rule: Rule; check: Check; appliesTo: (string | null)[]; notFor: (string | null)[] }[] = [
  { rule: 'PERSON_UNKNOWN', check: 'REGISTER', appliesTo: [null, 'DIBAO'], notFor: [] },
  { rule: 'NAME_MISMATCH', check: 'REGISTER', appliesTo: [null, 'TEKUN'], notFor: [] },
  { rule: 'DECEASED', check: 'REGISTER', appliesTo: [null, 'AGE_80'], notFor: [] },
  { rule: 'REGISTRATION_CANCELLED', check: 'REGISTER', appliesTo: [null], notFor: [] },
  { rule: 'REGION_MISMATCH', check: 'REGISTER', appliesTo: [null], notFor: [] },
  { rule: 'UNDER_AGE', check: 'REGISTER', appliesTo: ['AGE_80'], notFor: [null, 'DIBAO', 'DISABLED_ANY'] },
  { rule: 'IN_CUSTODY', check: 'CUSTODY', appliesTo: [null, 'DIBAO', 'AGE_80'], notFor: [] },
  { rule: 'DUPLICATE_PAYMENT', check: 'PAYMENT_LINES', appliesTo: [null, 'TEKUN'], notFor: [] },
  { rule: 'ACCOUNT_NOT_REGISTERED', check: 'PAYMENT_LINES', appliesTo: [null], notFor: [] },
  { rule: 'MULTIPLE_ACCOUNTS', check: 'PAYMENT_LINES', appliesTo: [null], notFor: [] },
  { rule: 'AMOUNT_ABOVE_STANDARD', check: 'PAYMENT_LINES', appliesTo: [null], notFor: [] },
  { rule: 'CARD_HOLDER_MISMATCH', check: 'CARD_ACCOUNTS', appliesTo: [null, 'DIBAO'], notFor: [] },
  { rule: 'CARD_NOT_ACTIVE', check: 'CARD_ACCOUNTS', appliesTo: [null], notFor: [] },
  { rule: 'NOT_ON_DIBAO', check: 'DIBAO', appliesTo: ['DIBAO', 'DIBAO_DISABLED'], notFor: [null, 'TEKUN', 'DISABLED_ANY', 'AGE_80'] },
  { rule: 'PUBLIC_EMPLOYEE_ON_DIBAO', check: 'PUBLIC_EMPLOYMENT', appliesTo: ['DIBAO', 'DIBAO_DISABLED'], notFor: [null, 'TEKUN', 'DISABLED_SEVERE'] },
  { rule: 'NOT_SUPPORTED_PERSON', check: 'EXTREME_POVERTY', appliesTo: ['TEKUN'], notFor: [null, 'DIBAO'] },
  {
    rule: 'NO_VALID_DISABILITY_CERT',
    check: 'DISABILITY',
    appliesTo: ['DISABLED_ANY', 'DISABLED_SEVERE', 'DIBAO_DISABLED'],
    notFor: [null, 'DIBAO', 'TEKUN'],
  },
  { rule: 'DISABILITY_LEVEL_TOO_LOW', check: 'DISABILITY', appliesTo: ['DISABLED_SEVERE'], notFor: ['DISABLED_ANY', 'DIBAO_DISABLED', null] },
];

describe('each rule is reported from its department, only where the programme calls for it', () => {
  for (const { rule, check, appliesTo, notFor } of RULE_CASES) {
    test(`${rule}: a hit on a ${appliesTo.map(String).join('/')} programme is a finding; on ${notFor.length ? notFor.map(String).join('/') : 'no'} programme it is not`, async () => {
      const conditions = [...appliesTo, ...notFor];
      const h = await harness((fake) => {
        conditions.forEach((condition, i) => {
          fake.addBatch(batch({ batchNumber: `B${i}`, programmeCode: `P${i}`, eligibilityCondition: condition }), [
            { id: String(i + 1), idNumber: person(i + 1), amount: '1234.56' },
          ]);
        });
        fake.responders[check] = always(rule, `${rule} as the department says`);
        fake.villages = new Map(conditions.map((_, i) => [person(i + 1), `61072710100${i}`]));
      });
      try {
        for (let i = 0; i < conditions.length; i++) {
          const run = await h.check({ batchNumber: `B${i}` });
          const found = (await h.findings(run.id)).filter((f) => f.rule === rule);
          if (i < appliesTo.length) {
            assert.equal(found.length, 1, `${rule} on ${conditions[i]}`);
            const [f] = found;
            assert.deepEqual(f!.departments, DEPARTMENTS.filter((d) => rulesOfDepartment(d).includes(rule)));
            assert.equal(f!.evidence, `${rule} as the department says`);
            assert.equal(f!.amountFen, 123456);
            assert.equal(f!.batchNumber, `B${i}`);
            // A person unknown to the register has no registered village.
            assert.equal(f!.village, rule === 'PERSON_UNKNOWN' ? null : `61072710100${i}`);
          } else {
            assert.equal(found.length, 0, `${rule} must not be reported on ${conditions[i]}`);
          }
        }
      } finally {
        await h.close();
      }
    });
  }
});

describe('gating and assembly', () => {
  test('after PERSON_UNKNOWN only the finance-only rules stand: what other departments said is dropped', async () => {
    const h = await harness((fake) => {
      fake.addBatch(batch({ eligibilityCondition: 'DIBAO_DISABLED' }), [{ id: '1', idNumber: person(1) }, { id: '2', idNumber: person(2) }]);
      fake.responders.REGISTER = (s) => (s.idNumber === person(1) ? [['PERSON_UNKNOWN', 'not in the register']] : []);
      fake.responders.PAYMENT_LINES = always('MULTIPLE_ACCOUNTS');
      fake.responders.CUSTODY = always('IN_CUSTODY');
      fake.responders.CARD_ACCOUNTS = always('CARD_NOT_ACTIVE');
      fake.responders.DIBAO = always('NOT_ON_DIBAO');
      fake.responders.PUBLIC_EMPLOYMENT = always('PUBLIC_EMPLOYEE_ON_DIBAO');
      fake.responders.DISABILITY = always('NO_VALID_DISABILITY_CERT');
    });
    try {
      const run = await h.check();
      const findings = await h.findings(run.id);
      assert.deepEqual(pairs(findings.filter((f) => f.lineId === '1')), [
        ['1', 'MULTIPLE_ACCOUNTS'],
        ['1', 'PERSON_UNKNOWN'],
      ]);
      assert.deepEqual(
        findings.filter((f) => f.lineId === '2').map((f) => f.rule).sort(),
        ['CARD_NOT_ACTIVE', 'IN_CUSTODY', 'MULTIPLE_ACCOUNTS', 'NOT_ON_DIBAO', 'NO_VALID_DISABILITY_CERT', 'PUBLIC_EMPLOYEE_ON_DIBAO'],
      );
      assert.equal(run.status, 'COMPLETED');
    } finally {
      await h.close();
    }
  });

  test('the register is asked with the period start, the batch county, the name as paid and checkAge80 only for AGE_80', async () => {
    const h = await harness((fake) => {
      fake.addBatch(batch({ eligibilityCondition: 'AGE_80', period: '202402' }), [{ id: '1', idNumber: person(1), name: ' 王五\u3000' }]);
      fake.addBatch(batch({ batchNumber: 'PCH002', eligibilityCondition: 'DIBAO' }), [{ id: '2', idNumber: person(2), name: null }]);
    });
    try {
      await h.check({ batchNumber: 'PCH001' });
      await h.check({ batchNumber: 'PCH002' });
      assert.deepEqual(h.fake.asked('REGISTER'), [
        { key: '1', idNumber: person(1), date: '2024-02-01', name: '王五', countyCode: COUNTY, checkAge80: true },
        { key: '2', idNumber: person(2), date: D, name: '', countyCode: COUNTY, checkAge80: false },
      ]);
      assert.deepEqual(h.fake.asked('CUSTODY'), [
        { key: '1', idNumber: person(1), date: '2024-02-01' },
        { key: '2', idNumber: person(2), date: D },
      ]);
    } finally {
      await h.close();
    }
  });

  test('the disability federation is asked to require a severe disability only for DISABLED_SEVERE', async () => {
    const h = await harness((fake) => {
      fake.addBatch(batch({ eligibilityCondition: 'DISABLED_SEVERE' }), [{ id: '1', idNumber: person(1) }]);
      fake.addBatch(batch({ batchNumber: 'PCH002', eligibilityCondition: 'DISABLED_ANY' }), [{ id: '2', idNumber: person(2) }]);
    });
    try {
      await h.check({ batchNumber: 'PCH001' });
      await h.check({ batchNumber: 'PCH002' });
      assert.deepEqual(h.fake.asked('DISABILITY').map((s) => [s.key, s.requireSevere]), [
        ['1', true],
        ['2', false],
      ]);
    } finally {
      await h.close();
    }
  });

  test('HR is asked about the account paid into; a line paid into no account is not asked', async () => {
    const h = await harness((fake) => {
      fake.addBatch(batch(), [
        { id: '1', idNumber: person(1), accountNumber: '6217001' },
        { id: '2', idNumber: person(2), accountNumber: null },
      ]);
    });
    try {
      const run = await h.check();
      assert.deepEqual(h.fake.asked('CARD_ACCOUNTS'), [{ key: '1', idNumber: person(1), accountNumber: '6217001' }]);
      assert.equal(run.status, 'COMPLETED');
    } finally {
      await h.close();
    }
  });

  // DIBAO programme: register, justice, HR cards, HR employment, civil affairs; finance answers with the lines.
  const perChunk = ['CrosscheckScreenRegister', 'CrosscheckScreenCustody', 'CrosscheckScreenCardAccounts', 'CrosscheckScreenPublicEmployment', 'CrosscheckScreenDibao'];

  async function readSevenLinesInChunksOfThree(concurrency?: number) {
    let h: Harness;
    const progressAtRead: number[] = [];
    h = await harness(
      (fake) => {
        fake.addBatch(batch(), Array.from({ length: 7 }, (_, i) => ({ id: String(100 + i), idNumber: person(i) })));
        fake.onCheckLines = async () => {
          const runs = await h.store.runs.list({ first: 1 });
          progressAtRead.push(runs.items[0]?.linesChecked ?? -1);
        };
      },
      { chunkSize: 3, concurrency },
    );
    try {
      const run = await h.check();
      assert.equal(run.status, 'COMPLETED');
      assert.equal(run.linesChecked, 7);
      assert.equal(run.linesTotal, 7);
      for (const operation of perChunk) assert.equal(h.fake.calls.filter((c) => c.operation === operation).length, 3, operation);
      // Finance's four rules come with each fresh chunk's lines: no question of their own, no second read.
      assert.equal(h.fake.callsOf('CrosscheckScreenPaymentLines').length, 0);
      assert.deepEqual(h.fake.callsOf('CrosscheckLines').map((c) => c.variables.withPaymentLineHits), [true, true, true]);
      assert.deepEqual(h.fake.asked('PAYMENT_LINES').sort(), ['100', '101', '102', '103', '104', '105', '106']);
      // Each chunk's lines are read by its own range of line ids; the last runs to whatever is last.
      const ranges = h.fake.callsOf('CrosscheckLines').map(({ variables }) => [variables.after, variables.through]);
      assert.deepEqual(ranges.sort(), [['102', '105'], ['105', null], [null, '102']].sort());
      return { progressAtRead, maxInFlight: h.fake.maxInFlight };
    } finally {
      await h.close();
    }
  }

  test('by default two chunks are checked at once, each asking its departments all at once, and a third is read only once one of them is written', async () => {
    const { progressAtRead, maxInFlight } = await readSevenLinesInChunksOfThree();
    assert.deepEqual(progressAtRead, [0, 0, 3]);
    assert.equal(maxInFlight, 2 * perChunk.length);
  });

  test('with a concurrency of one, chunks are read and checked one after another', async () => {
    const { progressAtRead, maxInFlight } = await readSevenLinesInChunksOfThree(1);
    assert.deepEqual(progressAtRead, [0, 3, 6]);
    assert.equal(maxInFlight, perChunk.length);
  });

  /** Finance's answer about the batches' duties waits until `release`: it names no batch. */
  function holdDuties(fake: FakeCrosscheckGateway): () => void {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    fake.answer('CrosscheckBatchDuties', async () => {
      await held;
      return { programmes: [] };
    });
    return () => release();
  }

  /** Starts a check of PCH001 and returns once finance has been asked where its chunks end, and a moment more. */
  async function startUntilCut(h: Harness): Promise<RunRecord> {
    const started = await h.service.start({ batchNumber: 'PCH001' }, { userId: 'alice' });
    for (let i = 0; i < 200 && h.fake.callsOf('CrosscheckLineChunks').length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 30));
    return started;
  }

  test('the run is cut into chunks while finance is asked for the batches’ duties, and no chunk is read before the duties are kept', async () => {
    let release = () => {};
    const h = await harness((fake) => {
      fake.addBatch(batch(), Array.from({ length: 7 }, (_, i) => ({ id: String(100 + i), idNumber: person(i) })));
      release = holdDuties(fake);
    }, { chunkSize: 3 });
    try {
      const started = await startUntilCut(h);
      assert.equal(h.fake.callsOf('CrosscheckLineChunks').length, 1, 'cut while the duties are being asked');
      assert.ok(await h.store.chunks.hasPlan(started.id));
      assert.equal(h.fake.callsOf('CrosscheckLines').length, 0, 'no chunk read before the duties are kept');
      release();
      const run = (await h.service.settled(started.id))!;
      assert.equal(run.status, 'COMPLETED');
      assert.equal(run.linesChecked, 7);
      // Finance did not name the batch: its duties are kept as not checkable, before the run ended.
      assert.ok((await h.store.batchFindings.ofRun(run.id, { includePassed: true })).length > 0);
    } finally {
      release();
      await h.close();
    }
  });

  test('a run that finance cannot cut into chunks ends FAILED only once the batches’ duties are kept', async () => {
    let release = () => {};
    const h = await harness((fake) => {
      fake.addBatch(batch(), [{ id: '100', idNumber: person(1) }]);
      fake.failing.add('LINES');
      release = holdDuties(fake);
    });
    try {
      const started = await startUntilCut(h);
      assert.equal((await h.store.runs.get(started.id))?.status, 'RUNNING', 'not ended before the duties are kept');
      release();
      const run = (await h.service.settled(started.id))!;
      assert.equal(run.status, 'FAILED');
      assert.ok((await h.store.batchFindings.ofRun(run.id, { includePassed: true })).length > 0);
    } finally {
      release();
      await h.close();
    }
  });

  test('the village of a flagged person comes with the register’s answer, without a second question', async () => {
    const h = await harness((fake) => {
      fake.addBatch(batch(), [
        { id: '1', idNumber: person(1) },
        { id: '2', idNumber: person(2) },
        { id: '3', idNumber: person(3) },
        { id: '4', idNumber: 'not an id' },
      ]);
      fake.responders.REGISTER = (s) => (s.idNumber === person(3) ? [['PERSON_UNKNOWN', 'unknown']] : []);
      fake.responders.CUSTODY = (s) => (s.idNumber === person(1) ? [['IN_CUSTODY', 'in prison']] : []);
      fake.villages.set(person(1), '610727101001');
    });
    try {
      const run = await h.check();
      assert.ok(!h.fake.calls.some((c) => c.operation === 'CrosscheckVillages'), 'the register was asked about villages a second time');
      const findings = await h.findings(run.id);
      assert.equal(findings.find((f) => f.rule === 'IN_CUSTODY')?.village, '610727101001');
      assert.equal(findings.find((f) => f.rule === 'PERSON_UNKNOWN')?.village, null);
    } finally {
      await h.close();
    }
  });

  test('a rerun that does not ask the register asks it for the villages of the persons it flags, and only those', async () => {
    const h = await harness((fake) => {
      fake.addBatch(batch(), [
        { id: '1', idNumber: person(1) },
        { id: '2', idNumber: person(2) },
      ]);
      fake.responders.CUSTODY = (s) => (s.idNumber === person(1) ? [['IN_CUSTODY', 'in prison']] : []);
      fake.villages.set(person(1), '610727101001');
      fake.villages.set(person(2), '610727101002');
      // Justice is down for the first run only.
      fake.failWhen = (check, call) => check === 'CUSTODY' && call === 1;
    });
    try {
      const first = await h.check();
      assert.equal(first.status, 'COMPLETED_WITH_GAPS');
      const rerun = await h.rerun(first.id);
      assert.equal(rerun.status, 'COMPLETED');
      const asked = h.fake.calls.filter((c) => c.operation === 'CrosscheckVillages').flatMap((c) => c.variables.idNumbers);
      assert.deepEqual(asked, [person(1)]);
      assert.equal((await h.findings(rerun.id)).find((f) => f.rule === 'IN_CUSTODY')?.village, '610727101001');
    } finally {
      await h.close();
    }
  });

  test('two hits of one rule on one line are one finding carrying both evidences', async () => {
    const h = await harness((fake) => {
      fake.addBatch(batch(), [{ id: '1', idNumber: person(1) }]);
      fake.responders.CUSTODY = () => [
        ['IN_CUSTODY', 'sentence ZF1'],
        ['IN_CUSTODY', 'sentence ZF2'],
      ];
    });
    try {
      const run = await h.check();
      const custody = (await h.findings(run.id)).filter((f) => f.rule === 'IN_CUSTODY');
      assert.deepEqual(custody.map((f) => f.evidence), ['sentence ZF1; sentence ZF2']);
    } finally {
      await h.close();
    }
  });

  test('the amount at risk per rule is the exact sum of the flagged lines, each line once per rule', async () => {
    const h = await harness((fake) => {
      fake.addBatch(batch(), [
        { id: '1', idNumber: person(1), amount: '12345678.91' },
        { id: '2', idNumber: person(2), amount: '0.10' },
        { id: '3', idNumber: person(3), amount: '0.20' },
      ]);
      fake.responders.CUSTODY = (s) => (s.key === '3' ? [] : [['IN_CUSTODY', 'a'], ['IN_CUSTODY', 'b']]);
      fake.responders.PAYMENT_LINES = (s) => (s.key === '3' ? [['DUPLICATE_PAYMENT', 'second line']] : []);
    });
    try {
      const run = await h.check();
      const summary = await h.store.summaries.of(run.id, new Map(DEPARTMENTS.map((d) => [d, rulesOfDepartment(d)] as const)));
      assert.deepEqual(
        summary.byRule.map((r) => [r.rule, r.findings, r.amountFen]).sort(),
        [
          ['DUPLICATE_PAYMENT', 1, 20n],
          ['IN_CUSTODY', 2, 1234567901n],
        ],
      );
    } finally {
      await h.close();
    }
  });
});

describe('departments that cannot be reached', () => {
  test('an unreachable department leaves its rules not checked for the chunk, named, while the others complete', async () => {
    const h = await harness((fake) => {
      fake.addBatch(batch(), [{ id: '1', idNumber: person(1) }, { id: '2', idNumber: 'x' }, { id: '3', idNumber: person(3) }]);
      fake.failing.add('CUSTODY');
      fake.responders.REGISTER = (s) => (s.key === '3' ? [['DECEASED', 'died 2024-01-17']] : []);
      fake.responders.DIBAO = (s) => (s.key === '1' ? [['NOT_ON_DIBAO', 'no household']] : []);
    });
    try {
      const run = await h.check();
      assert.equal(run.status, 'COMPLETED_WITH_GAPS');
      const gaps = await h.gaps(run.id);
      assert.deepEqual(gaps.map((g) => [g.lineId, g.department, g.rules]), [
        ['1', 'JUSTICE', ['IN_CUSTODY']],
        ['3', 'JUSTICE', ['IN_CUSTODY']],
      ]);
      assert.match(gaps[0]!.reason, /^justice \(司法\) could not be asked: .*could not be reached/);
      assert.deepEqual(pairs(await h.findings(run.id)), [
        ['1', 'NOT_ON_DIBAO'],
        ['2', 'ID_INVALID'],
        ['3', 'DECEASED'],
      ]);
    } finally {
      await h.close();
    }
  });

  test('finance unable to answer its rules with the lines leaves them not checked for the chunk: the lines are read again, the rules asked on their own, the others complete', async () => {
    const h = await harness((fake) => {
      fake.addBatch(batch(), [{ id: '1', idNumber: person(1) }, { id: '2', idNumber: person(2) }]);
      fake.failing.add('PAYMENT_LINES');
      fake.responders.REGISTER = (s) => (s.key === '2' ? [['DECEASED', 'died 2024-01-17']] : []);
    });
    try {
      const run = await h.check();
      assert.equal(run.status, 'COMPLETED_WITH_GAPS');
      assert.deepEqual(h.fake.callsOf('CrosscheckLines').map((c) => c.variables.withPaymentLineHits), [true, false]);
      assert.equal(h.fake.callsOf('CrosscheckScreenPaymentLines').length, 1);
      const gaps = await h.gaps(run.id);
      assert.deepEqual(gaps.map((g) => [g.lineId, g.department, g.rules]), [
        ['1', 'FINANCE', ['DUPLICATE_PAYMENT', 'ACCOUNT_NOT_REGISTERED', 'MULTIPLE_ACCOUNTS', 'AMOUNT_ABOVE_STANDARD']],
        ['2', 'FINANCE', ['DUPLICATE_PAYMENT', 'ACCOUNT_NOT_REGISTERED', 'MULTIPLE_ACCOUNTS', 'AMOUNT_ABOVE_STANDARD']],
      ]);
      assert.match(gaps[0]!.reason, /^finance \(财政\) could not be asked: .*could not be reached/);
      assert.deepEqual(pairs(await h.findings(run.id)), [['2', 'DECEASED']]);
    } finally {
      await h.close();
    }
  });

  test('a rerun asks only the department that failed, only about the lines it could not check, and completes', async () => {
    const h = await harness(
      (fake) => {
        fake.addBatch(batch(), Array.from({ length: 5 }, (_, i) => ({ id: String(i + 1), idNumber: person(i + 1) })));
        fake.responders.CUSTODY = (s) => (s.key === '4' ? [['IN_CUSTODY', 'in prison']] : []);
        fake.responders.DIBAO = (s) => (s.key === '2' ? [['NOT_ON_DIBAO', 'no household']] : []);
      },
      { chunkSize: 2 },
    );
    try {
      // Justice is down for the second chunk only (lines 3 and 4).
      h.fake.failWhen = (check, call) => check === 'CUSTODY' && call === 2;
      const first = await h.check();
      assert.equal(first.status, 'COMPLETED_WITH_GAPS');
      assert.deepEqual((await h.gaps(first.id)).map((g) => g.lineId), ['3', '4']);
      h.fake.failWhen = null;
      h.fake.failing.clear();
      const callsBefore = h.fake.calls.length;
      const rerun = await h.rerun(first.id);
      assert.equal(rerun.status, 'COMPLETED');
      assert.equal(rerun.rerunOf, first.id);
      const screened = h.fake.screenings(callsBefore);
      assert.deepEqual(screened.map((c) => [c.check, c.subjects.map((s: { key: string }) => s.key)]), [['CUSTODY', ['3', '4']]]);
      assert.deepEqual(pairs(await h.findings(rerun.id)), [
        ['2', 'NOT_ON_DIBAO'],
        ['4', 'IN_CUSTODY'],
      ]);
      assert.deepEqual(await h.gaps(rerun.id), []);
      assert.deepEqual(pairs((await h.store.comparisons.findings('added', first.id, rerun.id, 10, null)).items), [['4', 'IN_CUSTODY']]);
      assert.equal((await h.store.comparisons.findings('removed', first.id, rerun.id, 10, null)).totalCount, 0);
      await assert.rejects(h.service.rerun(rerun.id, { userId: 'bob' }), (e: GraphQLError) => e.extensions.argumentName === 'runId');
    } finally {
      await h.close();
    }
  });

  test('without public security the other departments still answer and the register rules are not checked', async () => {
    const h = await harness((fake) => {
      fake.addBatch(batch({ eligibilityCondition: 'AGE_80' }), [{ id: '1', idNumber: person(1) }]);
      fake.failing.add('REGISTER');
      fake.responders.CUSTODY = always('IN_CUSTODY');
      fake.responders.PAYMENT_LINES = always('AMOUNT_ABOVE_STANDARD');
    });
    try {
      const run = await h.check();
      assert.equal(run.status, 'COMPLETED_WITH_GAPS');
      assert.deepEqual((await h.gaps(run.id)).map((g) => [g.department, g.rules]), [
        ['PUBLIC_SECURITY', ['PERSON_UNKNOWN', 'NAME_MISMATCH', 'DECEASED', 'REGISTRATION_CANCELLED', 'REGION_MISMATCH', 'UNDER_AGE']],
      ]);
      assert.deepEqual(pairs(await h.findings(run.id)), [
        ['1', 'AMOUNT_ABOVE_STANDARD'],
        ['1', 'IN_CUSTODY'],
      ]);
      assert.ok(!h.fake.calls.some((c) => c.operation === 'CrosscheckVillages'), 'an unreachable register is not asked for villages');
    } finally {
      await h.close();
    }
  });

  test('a rerun that finds a person unknown to the register withdraws what other departments said of them', async () => {
    const h = await harness((fake) => {
      fake.addBatch(batch(), [{ id: '1', idNumber: person(1) }]);
      fake.failing.add('REGISTER');
      fake.failing.add('CUSTODY');
      fake.responders.DIBAO = always('NOT_ON_DIBAO');
      fake.responders.PAYMENT_LINES = always('ACCOUNT_NOT_REGISTERED');
    });
    try {
      const first = await h.check();
      assert.deepEqual((await h.gaps(first.id)).map((g) => g.department).sort(), ['JUSTICE', 'PUBLIC_SECURITY']);
      h.fake.failing.clear();
      h.fake.responders.REGISTER = always('PERSON_UNKNOWN');
      const rerun = await h.rerun(first.id);
      assert.equal(rerun.status, 'COMPLETED');
      assert.deepEqual(pairs(await h.findings(rerun.id)), [
        ['1', 'ACCOUNT_NOT_REGISTERED'],
        ['1', 'PERSON_UNKNOWN'],
      ]);
      assert.deepEqual(await h.gaps(rerun.id), []);
      assert.deepEqual(pairs((await h.store.comparisons.findings('removed', first.id, rerun.id, 10, null)).items), [['1', 'NOT_ON_DIBAO']]);
    } finally {
      await h.close();
    }
  });

  test('a run that cannot read the lines fails, keeps what it checked, and a rerun continues where it stopped', async () => {
    const h = await harness(
      (fake) => {
        fake.addBatch(batch(), Array.from({ length: 6 }, (_, i) => ({ id: String(i + 1), idNumber: person(i + 1) })));
        fake.responders.CUSTODY = always('IN_CUSTODY');
        fake.failLinesFromPage = 1;
      },
      { chunkSize: 2 },
    );
    try {
      const first = await h.check();
      assert.equal(first.status, 'FAILED');
      assert.match(first.error ?? '', /lines could not be read from finance/);
      assert.deepEqual(pairs(await h.findings(first.id)).map(([l]) => l), ['1', '2']);
      h.fake.failLinesFromPage = null;
      const callsBefore = h.fake.calls.length;
      const rerun = await h.rerun(first.id);
      assert.equal(rerun.status, 'COMPLETED');
      const asked = h.fake.screenings(callsBefore).filter((c) => c.check === 'CUSTODY').flatMap((c) => c.subjects.map((s: { key: string }) => s.key));
      assert.deepEqual(asked, ['3', '4', '5', '6']);
      assert.deepEqual(pairs(await h.findings(rerun.id)).map(([l]) => l), ['1', '2', '3', '4', '5', '6']);
    } finally {
      await h.close();
    }
  });

  test('a rerun of a run kept before runs had chunks re-checks its gaps and continues where it stopped, without repeating a finding', async () => {
    const h = await harness(
      (fake) => {
        fake.addBatch(batch(), Array.from({ length: 6 }, (_, i) => ({ id: String(i + 1), idNumber: person(i + 1) })));
        fake.responders.CUSTODY = always('IN_CUSTODY');
        fake.failLinesFromPage = 1;
      },
      { chunkSize: 2 },
    );
    try {
      const first = await h.check();
      assert.deepEqual([first.status, first.coveredThrough], ['FAILED', '2']);
      // What an older store holds: the run's findings and how far it got, but no chunks.
      await h.store.dataSource.query('DELETE FROM crosscheck_run_chunk WHERE run_id = ?', [Number(first.id)]);
      h.fake.failLinesFromPage = null;
      const callsBefore = h.fake.calls.length;
      const rerun = await h.rerun(first.id);
      assert.equal(rerun.status, 'COMPLETED');
      const asked = h.fake.screenings(callsBefore).filter((c) => c.check === 'CUSTODY').flatMap((c) => c.subjects.map((s: { key: string }) => s.key));
      assert.deepEqual(asked, ['3', '4', '5', '6']);
      assert.deepEqual(pairs(await h.findings(rerun.id)).map(([l]) => l), ['1', '2', '3', '4', '5', '6']);
      assert.deepEqual((await h.store.chunks.list(rerun.id)).map((c) => [c.afterId, c.lastId, c.mode]), [
        [null, '2', 'GAPS'],
        ['2', '4', 'FRESH'],
        // The last chunk was open-ended; committed, it keeps where it really ended.
        ['4', '6', 'FRESH'],
      ]);
    } finally {
      await h.close();
    }
  });

  test('a reason for not checking never carries a full ID number', async () => {
    const h = await harness((fake) => {
      fake.addBatch(batch(), [{ id: '1', idNumber: person(1) }]);
      fake.answer('CrosscheckScreenCustody', () => {
        throw new GraphQLRequestError(redactIdNumbers(`bad subject ${person(1)}`), 'graphql');
      });
    });
    try {
      const run = await h.check();
      const [gap] = await h.gaps(run.id);
      assert.ok(gap && !gap.reason.includes(person(1)), gap?.reason);
      assert.match(gap!.reason, /6107\*{10}/);
    } finally {
      await h.close();
    }
  });
});

describe('several batches in one run', () => {
  test('each line is judged by its own programme\'s eligibility condition, and the run has one scope', async () => {
    const h = await harness((fake) => {
      fake.addBatch(batch({ batchNumber: 'DB', programmeCode: 'DB01', eligibilityCondition: 'DIBAO' }), [{ id: '1', idNumber: person(1) }]);
      fake.addBatch(batch({ batchNumber: 'TK', programmeCode: 'TK01', eligibilityCondition: 'TEKUN' }), [{ id: '2', idNumber: person(2) }]);
      fake.addBatch(batch({ batchNumber: 'GL', programmeCode: 'GL01', eligibilityCondition: 'AGE_80' }), [{ id: '3', idNumber: person(3) }]);
      fake.responders.DIBAO = always('NOT_ON_DIBAO');
      fake.responders.EXTREME_POVERTY = always('NOT_SUPPORTED_PERSON');
      fake.responders.REGISTER = always('UNDER_AGE');
    });
    try {
      const run = await h.check({ batchNumbers: ['DB', 'TK', 'GL', 'DB'] });
      assert.deepEqual(run.scope, { kind: 'BATCHES', batchNumber: null, programmeCode: null, period: '202403', batchNumbers: ['DB', 'TK', 'GL'], eligibilityCondition: null });
      assert.deepEqual([run.status, run.linesTotal, run.linesChecked], ['COMPLETED', 3, 3]);
      assert.deepEqual(pairs(await h.findings(run.id)), [
        ['1', 'NOT_ON_DIBAO'],
        ['2', 'NOT_SUPPORTED_PERSON'],
        ['3', 'UNDER_AGE'],
      ]);
      assert.deepEqual(h.fake.asked('DIBAO').map((s) => s.key), ['1']);
      assert.deepEqual(h.fake.asked('EXTREME_POVERTY').map((s) => s.key), ['2']);
      assert.deepEqual(h.fake.asked('REGISTER').map((s) => [s.key, s.checkAge80]), [
        ['1', false],
        ['2', false],
        ['3', true],
      ]);
      const one = await h.check({ batchNumbers: ['TK'] });
      assert.deepEqual([one.scope.kind, one.scope.batchNumber, one.scope.eligibilityCondition], ['BATCH', 'TK', 'TEKUN']);
    } finally {
      await h.close();
    }
  });
});

describe('what a check covers', () => {
  let h: Harness;

  // A programme with two batches in March and one in April, and a batch without a valid county.
  beforeAll(async () => {
    h = await harness((fake) => {
      fake.addBatch(batch({ batchNumber: 'A1' }), [{ id: '1', idNumber: person(1) }]);
      fake.addBatch(batch({ batchNumber: 'A2', countyCode: '610728' }), [{ id: '2', idNumber: person(2) }, { id: '3', idNumber: person(3) }]);
      fake.addBatch(batch({ batchNumber: 'A3', period: '202404' }), [{ id: '4', idNumber: person(4) }]);
      fake.addBatch(batch({ batchNumber: 'BAD', programmeCode: 'BADP', countyCode: '6107' }), [{ id: '5', idNumber: person(5) }]);
    });
  });

  afterAll(() => h?.close());

  test('a programme and period covers every batch of that period and only those', async () => {
    const run = await h.check({ programmeCode: 'DB01', period: '202403' });
    assert.deepEqual(run.scope, { kind: 'PROGRAMME', batchNumber: null, programmeCode: 'DB01', period: '202403', batchNumbers: ['A1', 'A2'], eligibilityCondition: 'DIBAO' });
    assert.equal(run.linesTotal, 3);
    assert.deepEqual(h.fake.asked('REGISTER').map((s) => [s.key, s.countyCode]), [
      ['1', '610727'],
      ['2', '610728'],
      ['3', '610728'],
    ]);
  });

  const badInputs: [string, ScopeArguments, string][] = [
    ['an unknown batch', { batchNumber: 'NOPE' }, 'batchNumber'],
    ['an empty batch number', { batchNumber: '  ' }, 'batchNumber'],
    ['a batch without a valid county', { batchNumber: 'BAD' }, 'batchNumber'],
    ['a batch together with a programme', { batchNumber: 'A1', programmeCode: 'DB01', period: '202403' }, 'batchNumber'],
    ['neither a batch nor a programme', {}, 'batchNumber'],
    ['a malformed period', { programmeCode: 'DB01', period: '2024-03' }, 'period'],
    ['a month 13', { programmeCode: 'DB01', period: '202413' }, 'period'],
    ['a programme without a period', { programmeCode: 'DB01' }, 'period'],
    ['an unknown programme', { programmeCode: 'NOPE', period: '202403' }, 'programmeCode'],
    ['a programme without batches', { programmeCode: 'EMPTY', period: '202403' }, 'programmeCode'],
    ['a period in which the programme has no batches', { programmeCode: 'DB01', period: '202405' }, 'period'],
    ['an empty list of batches', { batchNumbers: [] }, 'batchNumbers'],
    ['a list of batches holding an empty number', { batchNumbers: ['A1', ' '] }, 'batchNumbers'],
    ['a batch and a list of batches together', { batchNumber: 'A1', batchNumbers: ['A2'] }, 'batchNumbers'],
    ['a list of batches with an unknown one', { batchNumbers: ['A1', 'NOPE'] }, 'batchNumbers'],
    ['batches of two periods', { batchNumbers: ['A1', 'A3'] }, 'batchNumbers'],
    ['a list of batches together with a period', { batchNumbers: ['A1'], period: '202403' }, 'batchNumbers'],
    ['a malformed period alone', { period: '2024-3' }, 'period'],
    ['a period without any batch', { period: '202401' }, 'period'],
    ['a period holding a batch without a valid county', { period: '202403' }, 'period'],
  ];
  for (const [what, args, argumentName] of badInputs) {
    test(`${what} is BAD_USER_INPUT naming ${argumentName}, and no run is created`, async () => {
      const before = (await h.store.runs.list({ first: 1 })).totalCount;
      await assert.rejects(h.service.start(args, { userId: 'alice' }), (error: GraphQLError) => {
        assert.equal(error.extensions.code, ErrorCode.BAD_USER_INPUT);
        assert.equal(error.extensions.argumentName, argumentName);
        assert.match(error.message, new RegExp(`^Argument "${argumentName}"`));
        return true;
      });
      assert.equal((await h.store.runs.list({ first: 1 })).totalCount, before);
    });
  }

  test('an analyst may check only batches disbursed inside their regions', async () => {
    const analyst = (regions: string[]) => ({ userId: 'ana', identity: { sub: 'ana', role: 'analyst' as const, regions, department: null } });
    await assert.rejects(h.service.start({ programmeCode: 'DB01', period: '202403' }, analyst(['610727'])), (error: GraphQLError) => {
      assert.equal(error.extensions.code, ErrorCode.FORBIDDEN);
      assert.match(error.message, /610728/);
      return true;
    });
    const run = await h.service.start({ batchNumber: 'A1' }, analyst(['610727']));
    assert.equal((await h.service.settled(run.id))?.startedBy, 'ana');
    await assert.rejects(h.service.start({ batchNumber: 'A1' }, analyst(['610727101'])), (error: GraphQLError) => error.extensions.code === ErrorCode.FORBIDDEN);
  });

  test('a period alone covers, for an analyst, the batches of every programme disbursed in their regions', async () => {
    const analyst = (regions: string[]) => ({ userId: 'ana', identity: { sub: 'ana', role: 'analyst' as const, regions, department: null } });
    const county = await h.service.start({ period: '202403' }, analyst(['610727']));
    assert.deepEqual(county.scope, { kind: 'PERIOD', batchNumber: null, programmeCode: 'DB01', period: '202403', batchNumbers: ['A1'], eligibilityCondition: 'DIBAO' });
    assert.equal((await h.service.settled(county.id))?.status, 'COMPLETED');
    const province = await h.service.start({ period: '202403' }, analyst(['6107']));
    assert.deepEqual([province.scope.batchNumbers, province.linesTotal], [['A1', 'A2'], 3]);
    await h.service.settled(province.id);
    await assert.rejects(h.service.start({ period: '202403' }, analyst(['610729'])), (error: GraphQLError) => {
      assert.deepEqual([error.extensions.code, error.extensions.argumentName], [ErrorCode.BAD_USER_INPUT, 'period']);
      assert.match(error.message, /has no batches disbursed in regions 610729/);
      return true;
    });
    // Rerunning it needs every one of its batches in the rerunner's regions.
    const stopped = await h.store.runs.create({ scope: province.scope, startedBy: 'ana', at: new Date().toISOString(), linesTotal: 3 });
    await h.store.runs.finish(stopped.id, { at: new Date().toISOString(), error: 'stopped for the test' });
    await assert.rejects(h.service.rerun(stopped.id, analyst(['610727'])), (error: GraphQLError) => error.extensions.code === ErrorCode.FORBIDDEN && /610728/.test(error.message));
  });

  test('finance being unreachable when a check starts is an error naming finance', async () => {
    h.fake.failWith = new GraphQLRequestError('could not reach the gateway', 'network');
    try {
      await assert.rejects(h.service.start({ batchNumber: 'A1' }, { userId: 'alice' }), (error: GraphQLError) => {
        assert.equal(error.extensions.code, ErrorCode.DEPARTMENT_UNAVAILABLE);
        assert.equal(error.extensions.department, 'FINANCE');
        return true;
      });
    } finally {
      h.fake.failWith = null;
    }
  });
});
