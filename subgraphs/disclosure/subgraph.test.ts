import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../../test-support/assert.js';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphQLRequestError, type Operation } from '../../lib/graphql-client.js';
import { FakeGatewayClient, type OperationAnswer, type RecordedCall } from '../../test-support/fake-gateway-client.js';
import { PUBLIC_IDENTITY, type Identity } from '../../access/identity.js';
import { executeSubgraph } from '../../test-support/subgraph.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';
import { disclosureSubgraph } from './subgraph.js';
import { divisionNames, decodeCursor, encodeCursor } from './announcements.js';

// ---- a small county behind a fake gateway: two published programmes and one unpublished.

const ALICE = validIdNumberEndingInX('610727', '19500101'); // 张三丰, paid under DB (credited, failed) and the hidden programme
const BOB = validIdNumber('610727', '19600101', '002'); // 李四, registered in another township
const NOBODY = validIdNumber('610727', '19700101', '003');

interface FakeLine {
  id: string;
  batch: string;
  idNumber: string;
  name: string;
  amount: string;
  status: string;
  failureReason?: string;
}

const PROGRAMMES = [
  { code: 'DB', name: '城乡最低生活保障金', department: 'CIVIL_AFFAIRS', published: true },
  { code: 'GL', name: '高龄老人生活保健补贴', department: 'UNRECOGNISED', published: true },
  { code: 'HID', name: '内部项目', department: 'FINANCE', published: false },
];
const BATCHES = [
  { batchNumber: 'DB-202403', programme: 'DB', period: '202403', countyCode: '610727' },
  { batchNumber: 'GL-202403', programme: 'GL', period: '202403', countyCode: '610727' },
  { batchNumber: 'HID-202403', programme: 'HID', period: '202403', countyCode: '610727' },
  { batchNumber: 'DB-202402', programme: 'DB', period: '202402', countyCode: '610727' },
];
const REGISTER: Record<string, { name: string; divisionCode: string; address: string }> = {
  [ALICE]: { name: '张三丰', divisionCode: '610727100201', address: '陕西省汉中市略阳县接官亭镇接官亭村3组12号' },
  [BOB]: { name: '李四', divisionCode: '610727001001', address: '陕西省汉中市略阳县兴州街道北关社区5号' },
};
const others = Array.from({ length: 6 }, (_, i) => validIdNumber('610727', '19800101', String(100 + i)));
for (const [i, id] of others.entries()) {
  REGISTER[id] = { name: `王${'一二三四五六'[i]}明`, divisionCode: '610727100202', address: '陕西省汉中市略阳县接官亭镇何家岩村1组1号' };
}
const LINES: FakeLine[] = [
  // The finance line holds the name padded with a full-width space, as legacy rows do.
  { id: '1', batch: 'DB-202402', idNumber: ALICE.toLowerCase(), name: '张三丰\u3000', amount: '500.00', status: 'CREDITED' },
  { id: '2', batch: 'DB-202403', idNumber: ALICE, name: '张三丰', amount: '500.00', status: 'FAILED', failureReason: '账户已销户' },
  { id: '3', batch: 'HID-202403', idNumber: ALICE, name: '张三丰', amount: '80.00', status: 'CREDITED' },
  { id: '4', batch: 'DB-202403', idNumber: BOB, name: '李四', amount: '300.00', status: 'CREDITED' },
  ...others.map((id, i) => ({ id: String(10 + i), batch: 'DB-202403', idNumber: id, name: REGISTER[id]!.name, amount: '100.10', status: 'CREDITED' })),
];

const programmeOf = (code: string) => PROGRAMMES.find((p) => p.code === code) ?? null;
const batchOf = (number: string) => BATCHES.find((b) => b.batchNumber === number);

/** The county as finance and the register answer the disclosure service's operations. */
const COUNTY: Record<string, OperationAnswer> = {
  DisclosurePersonPayments: (variables) => {
    const id = String(variables.idNumber);
    const registered = REGISTER[id];
    if (!registered) return { person: null };
    const lines = LINES.filter((l) => l.idNumber.toUpperCase() === id).map((l) => {
      const b = batchOf(l.batch)!;
      const p = programmeOf(b.programme)!;
      return {
        id: l.id,
        name: l.name,
        amount: l.amount,
        status: l.status,
        failureReason: l.failureReason ?? null,
        creditedAt: l.status === 'CREDITED' ? '2024-03-06T00:00:00.000Z' : null,
        batch: { batchNumber: b.batchNumber, period: b.period, programme: { name: p.name, department: p.department, published: p.published } },
      };
    });
    return { person: { registration: { name: registered.name }, paymentLines: lines } };
  },
  DisclosureBatchPage: (variables) => {
    const b = batchOf(String(variables.batchNumber));
    if (!b) return { batch: null };
    const all = LINES.filter((l) => l.batch === b.batchNumber);
    const start = variables.after ? Number(variables.after) : 0;
    const page = all.slice(start, start + Number(variables.first));
    const end = start + page.length;
    return {
      batch: {
        batchNumber: b.batchNumber,
        period: b.period,
        countyCode: b.countyCode,
        programme: { code: b.programme, name: programmeOf(b.programme)!.name, published: programmeOf(b.programme)!.published },
        lines: {
          edges: page.map((l) => ({
            node: { id: l.id, name: l.name, idNumber: l.idNumber, amount: l.amount, status: l.status, person: { registration: REGISTER[l.idNumber.toUpperCase()] ?? null } },
          })),
          pageInfo: { hasNextPage: end < all.length, endCursor: String(end) },
        },
      },
    };
  },
  DisclosurePublishedBatches: (variables) => ({
    programmes: PROGRAMMES.filter((p) => p.published).map((p) => ({
      code: p.code,
      name: p.name,
      batches: BATCHES.filter((b) => b.programme === p.code && b.period === variables.period).map((b) => ({ batchNumber: b.batchNumber, countyCode: b.countyCode, period: b.period })),
    })),
  }),
  DisclosureBatchIndex: (variables) => ({
    programmes: PROGRAMMES.filter((p) => p.published).map((p) => ({
      ...p,
      batches: BATCHES.filter((b) => b.programme === p.code && (variables.period == null || b.period === variables.period)).map((b) => ({
        batchNumber: b.batchNumber,
        period: b.period,
        countyCode: b.countyCode,
        status: 'PAID',
        sentToBankAt: '2024-03-05T02:00:00.000Z',
        lineCount: LINES.filter((l) => l.batch === b.batchNumber).length,
      })),
    })),
  }),
  DisclosureBatchPersons: (variables) => {
    const all = LINES.filter((l) => (variables.batchNumbers as string[]).includes(l.batch));
    const start = variables.after ? Number(variables.after) : 0;
    const page = all.slice(start, start + Number(variables.first));
    const end = start + page.length;
    return {
      checkLines: {
        lines: page.map((l) => ({ batchNumber: l.batch, idNumber: l.idNumber.toUpperCase(), amount: l.amount })),
        pageInfo: { hasNextPage: end < all.length, endCursor: String(end) },
      },
    };
  },
  DisclosureProgramme: (variables) => ({ programme: programmeOf(String(variables.code)) }),
  DisclosureBatchProgramme: (variables) => {
    const b = batchOf(String(variables.batchNumber));
    return { batch: b ? { batchNumber: b.batchNumber, programme: { code: b.programme } } : null };
  },
};

/**
 * The gateway as one caller sees it (the service asks for each request's caller): every call of
 * every caller lands in one log with the caller's identity, and all can be made to fail at once.
 */
class CallerGateway extends FakeGatewayClient {
  static readonly log: Array<RecordedCall & { identity: Identity }> = [];
  static failing = false;

  constructor(private readonly identity: Identity) {
    super(COUNTY);
  }

  override async request<TData, TVariables extends Record<string, any>>(operation: Operation<TData, TVariables>, variables?: TVariables): Promise<TData> {
    this.failWith = CallerGateway.failing ? new GraphQLRequestError('finance database is down [DEPARTMENT_UNAVAILABLE]', 'graphql') : null;
    try {
      return await super.request(operation, variables);
    } finally {
      CallerGateway.log.push({ ...this.calls.at(-1)!, identity: this.identity });
    }
  }
}

const OWN = `query($name: String!, $id: String!) { myPayments(name: $name, idNumber: $id) { lineId batchNumber programmeName department period amount status creditedAt failureReason } }`;
const ANNOUNCE = `query($batch: String, $division: String, $period: String, $programme: String, $search: String, $first: Int, $after: String) {
  announcement(batchNumber: $batch, division: $division, period: $period, programmeCode: $programme, search: $search, first: $first, after: $after) {
    kind title period totalCount totals { lineCount personCount totalAmount }
    lines { lineId name idNumber programmeName batchNumber period village amount status }
    pageInfo { hasNextPage endCursor }
  } }`;
const SUBMIT = `mutation($input: ComplaintInput!) { submitComplaint(input: $input) { trackingNumber department status submittedAt } }`;
const STATUS = `query($tn: String!) { complaint(trackingNumber: $tn) { trackingNumber programmeName category department status submittedAt updatedAt reply } }`;

describe('the disclosure subgraph', () => {
  let dir: string;
  let subgraph: ReturnType<typeof disclosureSubgraph>;
  const run = (query: string, variables: Record<string, unknown>, identity: Identity = PUBLIC_IDENTITY) => executeSubgraph(subgraph, query, variables, identity);

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'hub-disclosure-'));
    subgraph = disclosureSubgraph({
      store: { kind: 'sqlite', file: path.join(dir, 'hub_store.sqlite') },
      gatewayUrl: 'http://unused.invalid/graphql',
      gatewayClientFor: (identity) => new CallerGateway(identity),
      lookupFloorMs: 0,
      lookupsPerIdPerHour: 20,
    });
  });

  afterAll(async () => {
    await subgraph.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('myPayments', () => {
    test('the public sees its own lines of published programmes, with the failure reason, when name and ID number match', async () => {
      const result = await run(OWN, { name: ' 张三丰 ', id: ALICE.toLowerCase() });
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      assert.deepEqual(
        result.data!.myPayments.map((l: any) => [l.lineId, l.status, l.amount, l.failureReason, l.department]),
        [
          ['1', 'CREDITED', '500.00', null, 'CIVIL_AFFAIRS'],
          ['2', 'FAILED', '500.00', '账户已销户', 'CIVIL_AFFAIRS'],
        ],
      );
    });

    test('a wrong name answers exactly what an unknown ID number answers', async () => {
      const wrongName = await run(OWN, { name: '张三', id: ALICE });
      const unknownId = await run(OWN, { name: '张三丰', id: NOBODY });
      assert.deepEqual(wrongName, { data: { myPayments: [] } });
      assert.deepEqual(unknownId, wrongName);
    });

    test('the service asks the gateway for the person as the caller, so the audit log records the look', async () => {
      CallerGateway.log.length = 0;
      await run(OWN, { name: '李四', id: BOB });
      assert.deepEqual(CallerGateway.log.map((c) => [c.operation, c.variables.idNumber, c.identity.role]), [['DisclosurePersonPayments', BOB, 'public']]);
    });

    test('a malformed ID number is BAD_USER_INPUT naming idNumber, in Chinese, and asks no department', async () => {
      CallerGateway.log.length = 0;
      const result = await run(OWN, { name: '张三丰', id: ALICE.slice(0, 17) });
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'idNumber');
      assert.match(result.errors![0]!.message, /身份证号码应为18位/);
      assert.deepEqual(CallerGateway.log, []);
    });

    test('a name with digits is BAD_USER_INPUT naming name', async () => {
      const result = await run(OWN, { name: '张3', id: ALICE });
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'name');
    });

    test('too many lookups of one ID number are RATE_LIMITED, whoever makes them', async () => {
      const id = validIdNumber('610727', '19900101', '555');
      const codes: (string | undefined)[] = [];
      let refused: any;
      for (let i = 0; i < 11; i++) {
        const result = await run(OWN, { name: `赵${'甲乙丙丁戊己庚辛壬癸子'[i]}`, id });
        codes.push(result.errors?.[0]?.extensions?.code);
        refused = result.errors?.[0] ?? refused;
      }
      // 20 an hour gives a burst of 10.
      assert.deepEqual(codes, [...Array(10).fill(undefined), 'RATE_LIMITED']);
      // One token comes back every 3 minutes: the message says so, in the words of retryAfterSeconds.
      assert.equal(refused.extensions.retryAfterSeconds, 180);
      assert.match(refused.message, /请3分钟后再试/);
      const other = await run(OWN, { name: '赵', id: validIdNumber('610727', '19900101', '556') });
      assert.equal(other.errors, undefined);
    });

    test('a department that cannot be reached is a plain Chinese error, not its own message', async () => {
      CallerGateway.failing = true;
      try {
        const result = await run(OWN, { name: '张三丰', id: ALICE });
        assert.equal(result.errors?.[0]?.extensions?.code, 'DISCLOSURE_UNAVAILABLE');
        assert.doesNotMatch(result.errors![0]!.message, /finance/);
      } finally {
        CallerGateway.failing = false;
      }
    });

    test('each lookup takes at least the floor time, found or not', async () => {
      const slow = disclosureSubgraph({
        store: { kind: 'sqlite', file: path.join(dir, 'floor.sqlite') },
        gatewayUrl: 'http://unused.invalid/graphql',
        gatewayClientFor: (identity) => new CallerGateway(identity),
        lookupFloorMs: 150,
      });
      try {
        for (const id of [NOBODY, ALICE]) {
          const started = Date.now();
          await executeSubgraph(slow, OWN, { name: '张三丰', id }, PUBLIC_IDENTITY);
          assert.ok(Date.now() - started >= 145, `lookup of ${id === ALICE ? 'a known' : 'an unknown'} ID took ${Date.now() - started} ms`);
        }
      } finally {
        await slow.close();
      }
    });
  });

  describe('announcement', () => {
    test('a batch announcement masks names and ID numbers, names each village, and totals every line', async () => {
      const result = await run(ANNOUNCE, { batch: 'DB-202403', first: 3 });
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      const a = result.data!.announcement;
      assert.equal(a.kind, 'BATCH');
      assert.equal(a.title, '城乡最低生活保障金 · 2024年03月 · 批次 DB-202403');
      assert.equal(a.totalCount, 8);
      assert.deepEqual(a.totals, { lineCount: 8, personCount: 8, totalAmount: '1400.60' });
      assert.deepEqual(a.lines[0], {
        lineId: '2',
        name: '张*丰',
        idNumber: `${ALICE.slice(0, 4)}**********${ALICE.slice(-4)}`,
        programmeName: '城乡最低生活保障金',
        batchNumber: 'DB-202403',
        period: '202403',
        village: '接官亭村',
        amount: '500.00',
        status: 'FAILED',
      });
      assert.equal(a.lines[1].village, '北关社区');
      assert.deepEqual(a.pageInfo, { hasNextPage: true, endCursor: encodeCursor(3) });
    });

    test('the next page starts after the cursor and the last page says so', async () => {
      const second = (await run(ANNOUNCE, { batch: 'DB-202403', first: 3, after: encodeCursor(6) })).data!.announcement;
      assert.deepEqual(second.lines.map((l: any) => l.lineId), ['14', '15']);
      assert.equal(second.pageInfo.hasNextPage, false);
    });

    test('a search by full name finds the line and shows it masked; totals under 5 persons are withheld', async () => {
      const a = (await run(ANNOUNCE, { batch: 'DB-202403', search: '张三丰' })).data!.announcement;
      assert.deepEqual(a.lines.map((l: any) => l.name), ['张*丰']);
      assert.equal(a.totalCount, 1);
      assert.equal(a.totals, null);
    });

    test('a search by village name keeps that village’s lines', async () => {
      const a = (await run(ANNOUNCE, { batch: 'DB-202403', search: '何家岩' })).data!.announcement;
      assert.equal(a.totalCount, 6);
    });

    test('an unpublished batch is announced as empty, exactly like a batch that does not exist', async () => {
      const hidden = (await run(ANNOUNCE, { batch: 'HID-202403' })).data!.announcement;
      assert.equal(hidden.totalCount, 0);
      assert.deepEqual(hidden.lines, []);
      const missing = (await run(ANNOUNCE, { batch: 'NOPE-1' })).data!.announcement;
      assert.deepEqual({ ...hidden, title: null }, { ...missing, title: null });
    });

    test('a village announcement keeps the persons registered in the village, across the period’s published batches', async () => {
      const a = (await run(ANNOUNCE, { division: '610727100201', period: '202403' })).data!.announcement;
      assert.equal(a.kind, 'VILLAGE');
      assert.equal(a.title, '接官亭镇接官亭村 · 2024年03月');
      assert.deepEqual(a.lines.map((l: any) => l.lineId), ['2']);
      const township = (await run(ANNOUNCE, { division: '610727100', period: '202403' })).data!.announcement;
      assert.equal(township.kind, 'TOWNSHIP');
      assert.equal(township.totalCount, 7);
      assert.equal(township.totals.personCount, 7);
    });

    test('a township without a period is BAD_USER_INPUT naming period, in Chinese', async () => {
      const result = await run(ANNOUNCE, { division: '610727100' });
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'period');
      assert.match(result.errors![0]!.message, /发放期间/);
    });

    test('a page size above 100 and a forged cursor are refused', async () => {
      assert.equal((await run(ANNOUNCE, { batch: 'DB-202403', first: 101 })).errors?.[0]?.extensions?.argumentName, 'first');
      assert.equal((await run(ANNOUNCE, { batch: 'DB-202403', after: 'bm9wZQ' })).errors?.[0]?.extensions?.argumentName, 'after');
      assert.equal(decodeCursor(encodeCursor(42)), 42);
    });

    test('the county’s townships and villages are listed with names from the register’s addresses; a count under 5 persons is withheld', async () => {
      const result = await run(`{ announcementDivisions(countyCode: "610727", period: "202403") { code level label townshipCode lineCount lineCountWithheld } }`, {});
      const small = { lineCount: null, lineCountWithheld: 'FEWER_THAN_5_PERSONS' };
      assert.deepEqual(result.data!.announcementDivisions, [
        { code: '610727001', level: 'TOWNSHIP', label: '兴州街道', townshipCode: null, ...small },
        { code: '610727001001', level: 'VILLAGE', label: '北关社区', townshipCode: '610727001', ...small },
        { code: '610727100', level: 'TOWNSHIP', label: '接官亭镇', townshipCode: null, lineCount: 7, lineCountWithheld: null },
        { code: '610727100201', level: 'VILLAGE', label: '接官亭村', townshipCode: '610727100', ...small },
        { code: '610727100202', level: 'VILLAGE', label: '何家岩村', townshipCode: '610727100', lineCount: 6, lineCountWithheld: null },
      ]);
    });

    test('addresses give township and village names, and nothing when they do not parse', () => {
      assert.deepEqual(divisionNames('陕西省汉中市略阳县郭镇郭镇村2组3号'), { township: '郭镇', village: '郭镇村' });
      assert.deepEqual(divisionNames('陕西省汉中市勉县勉阳街道西街社区8号'), { township: '勉阳街道', village: '西街社区' });
      assert.deepEqual(divisionNames('某地某处'), { township: null, village: null });
    });
  });

  describe('publishedBatches', () => {
    const BATCH_INDEX = `query($programme: String, $period: String, $batch: String) {
      publishedBatches(programmeCode: $programme, period: $period, batchNumber: $batch) {
        batchNumber programmeCode period status totals { lineCount personCount totalAmount } totalsWithheld
      } }`;

    test('published batches come with their totals over 5 persons or more, and withheld with a reason below', async () => {
      const result = await run(BATCH_INDEX, {});
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      assert.deepEqual(result.data!.publishedBatches, [
        { batchNumber: 'DB-202402', programmeCode: 'DB', period: '202402', status: 'PAID', totals: null, totalsWithheld: 'FEWER_THAN_5_PERSONS' },
        { batchNumber: 'DB-202403', programmeCode: 'DB', period: '202403', status: 'PAID', totals: { lineCount: 8, personCount: 8, totalAmount: '1400.60' }, totalsWithheld: null },
        { batchNumber: 'GL-202403', programmeCode: 'GL', period: '202403', status: 'PAID', totals: null, totalsWithheld: 'NO_LINES' },
      ]);
    });

    test('one programme, one period or one batch can be asked for; an unpublished programme’s batches are never listed', async () => {
      const db = await run(BATCH_INDEX, { programme: 'DB', period: '202403' });
      assert.deepEqual(db.data!.publishedBatches.map((b: any) => b.batchNumber), ['DB-202403']);
      const hidden = await run(BATCH_INDEX, { batch: 'HID-202403' });
      assert.deepEqual(hidden.data!.publishedBatches, []);
    });

    test('a malformed period is BAD_USER_INPUT naming period, and its value is not echoed', async () => {
      const result = await run(BATCH_INDEX, { period: '2024-03'.repeat(100) });
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'period');
      assert.doesNotMatch(result.errors![0]!.message, /2024-03/);
    });
  });

  describe('complaints', () => {
    const input = { programmeCode: 'DB', category: 'FRAUD', description: '本村有人已经去世还在领取低保金。', contactPhone: '13800138000', subjectIdNumber: ALICE.toLowerCase() };

    test('a complaint is stored with a tracking number, routed to the programme’s department, and its status shows no content or contact', async () => {
      const submitted = await run(SUBMIT, { input });
      assert.equal(submitted.errors, undefined, JSON.stringify(submitted.errors));
      const receipt = submitted.data!.submitComplaint;
      assert.match(receipt.trackingNumber, /^TS\d{8}-[2-9A-HJKMNP-Z]{8}$/);
      assert.equal(receipt.department, 'CIVIL_AFFAIRS');
      const status = await run(STATUS, { tn: receipt.trackingNumber.toLowerCase() });
      assert.equal(status.data!.complaint.status, 'RECEIVED');
      assert.equal(status.data!.complaint.programmeName, '城乡最低生活保障金');
      const text = JSON.stringify(status);
      for (const secret of ['13800138000', ALICE, '去世']) assert.ok(!text.includes(secret));
      const stored = await (await subgraph.service.store()).byTrackingNumber(receipt.trackingNumber);
      assert.equal(stored?.subjectIdNumber, ALICE);
      assert.equal(stored?.contactPhone, '13800138000');
    });

    test('a programme whose department finance does not know is routed to finance', async () => {
      const receipt = (await run(SUBMIT, { input: { ...input, programmeCode: 'GL' } })).data!.submitComplaint;
      assert.equal(receipt.department, 'FINANCE');
    });

    test('an unpublished programme, or a batch of another programme, is BAD_USER_INPUT naming the field', async () => {
      const hidden = await run(SUBMIT, { input: { ...input, programmeCode: 'HID' } });
      assert.equal(hidden.errors?.[0]?.extensions?.field, 'programmeCode');
      const wrongBatch = await run(SUBMIT, { input: { ...input, batchNumber: 'GL-202403' } });
      assert.equal(wrongBatch.errors?.[0]?.extensions?.field, 'batchNumber');
      const rightBatch = await run(SUBMIT, { input: { ...input, batchNumber: 'DB-202403', period: '2024-03' } });
      assert.equal(rightBatch.errors, undefined);
    });

    test('every invalid field is reported at once, in Chinese, and nothing is stored', async () => {
      const store = await subgraph.service.store();
      const before = (await store.desk.list('CIVIL_AFFAIRS', { deadlineDays: 15, first: 500 })).length;
      const result = await run(SUBMIT, { input: { programmeCode: 'DB', category: 'NONSENSE', description: '短', contactPhone: '123', subjectIdNumber: '61072719500101001' } });
      assert.deepEqual(
        result.errors?.[0]?.extensions?.problems.map((p: any) => p.field),
        ['category', 'description', 'subjectIdNumber', 'contactPhone'],
      );
      assert.match(result.errors![0]!.message, /请选择问题类型/);
      assert.equal((await store.desk.list('CIVIL_AFFAIRS', { deadlineDays: 15, first: 500 })).length, before);
    });

    test('an unknown tracking number is null and a malformed one is BAD_USER_INPUT', async () => {
      assert.deepEqual((await run(STATUS, { tn: 'TS20240101-22222222' })).data, { complaint: null });
      assert.equal((await run(STATUS, { tn: '12345' })).errors?.[0]?.extensions?.argumentName, 'trackingNumber');
    });
  });

  test('through the access policy, the public sees its own failure reasons and the announced names masked', async () => {
    // The policy wraps every resolver (subgraph-server.ts): the announcement's own masking and the table's agree.
    const result = await run(ANNOUNCE, { batch: 'DB-202403', first: 1 });
    assert.equal(result.data!.announcement.lines[0].name, '张*丰');
    const own = await run(OWN, { name: '张三丰', id: ALICE });
    assert.equal(own.data!.myPayments[1].failureReason, '账户已销户');
  });
});
