/**
 * Every public operation, run as the public against a generated county whose 补发 batches pay only
 * a few persons: no count or sum over fewer than 5 persons comes back, and each withheld one says
 * why. The list of operations is the safelist itself, so a new public operation must be added here.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { Kind, parse } from 'graphql';
import assert from '../test-support/assert.js';
import { startHub, type TestHub } from '../test-support/hub.js';
import { NORM_ID, TRIM, query } from '../test-support/disbursement-county.js';
import { SMALL_COUNT } from '../access/policy/model.js';
import { loadPersistedDocuments } from '../lib/persisted-documents.js';

interface BatchFacts {
  batchNumber: string;
  programme: string;
  period: string;
  county: string;
  persons: number;
  lines: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every object in an answer, with the path it was found at. */
function* objects(value: Json, path = 'data'): Generator<{ path: string; object: { [key: string]: Json } }> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* objects(item, `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    yield { path, object: value };
    for (const [key, item] of Object.entries(value)) yield* objects(item, `${path}.${key}`);
  }
}

describe('small aggregates on every public operation', () => {
  let hub: TestHub;
  let batches: Map<string, BatchFacts>;
  let small: BatchFacts;
  let payee: { idNumber: string; name: string };
  const documents = loadPersistedDocuments();
  const byName = new Map([...documents].map(([hash, text]) => [(parse(text).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as { name?: { value: string } }).name!.value, hash]));

  async function asPublic(operationName: string, variables: Record<string, unknown> = {}) {
    const hash = byName.get(operationName);
    assert.ok(hash, `${operationName} is in the safelist`);
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
    const body = (await response.json()) as { data?: Json; errors?: unknown[] };
    assert.equal(body.errors, undefined, `${operationName}: ${JSON.stringify(body.errors)}`);
    return body.data!;
  }

  beforeAll(async () => {
    hub = await startHub({ persons: 1000, seed: 11 });
    const rows = query<BatchFacts>(
      hub,
      'FINANCE',
      `SELECT p.PCH AS batchNumber, ${TRIM('p.XMDM')} AS programme, p.FFQJ AS period, p.XZQHDM AS county,
              COUNT(DISTINCT ${NORM_ID('m.SFZH')}) AS persons, COUNT(m.MXID) AS lines
       FROM FF_PC p JOIN BT_XM x ON x.XMDM = p.XMDM LEFT JOIN FF_MX m ON m.PCH = p.PCH
       WHERE x.GKBZ = '1' GROUP BY p.PCH`,
    );
    batches = new Map(rows.map((r) => [r.batchNumber, r]));
    const candidates = rows.filter((r) => r.persons > 0 && r.persons < SMALL_COUNT).sort((a, b) => a.batchNumber.localeCompare(b.batchNumber));
    assert.ok(candidates.length > 0, 'the sample county has published batches of fewer than 5 persons (补发)');
    small = candidates[0]!;
    const [line] = query<{ idNumber: string; name: string }>(hub, 'FINANCE', `SELECT ${NORM_ID('SFZH')} AS idNumber, ${TRIM('XM')} AS name FROM FF_MX WHERE PCH = ? ORDER BY MXID LIMIT 1`, small.batchNumber);
    payee = line!;
  });

  afterAll(async () => {
    await hub?.close();
  });

  /** Variables for each public operation; an operation missing here fails the test below. */
  async function cases(): Promise<Record<string, Record<string, unknown>>> {
    return {
      PolicyList: {},
      PolicyPublications: {},
      ProgrammeBatches: { programmeCode: small.programme },
      DisbursementCalendar: {},
      BatchAnnouncement: { batchNumber: small.batchNumber },
      Announcement: { batchNumber: small.batchNumber },
      AnnouncementDivisions: { countyCode: small.county, period: small.period },
      MyPayments: { name: payee.name, idNumber: payee.idNumber },
      SubmitComplaint: { input: { programmeCode: small.programme, category: 'OTHER', description: '这个批次的发放情况需要核实一下。' } },
      ComplaintStatus: { trackingNumber: 'TS20240305-7KQ3M9XH' },
    };
  }

  test('no public operation answers a count or sum over fewer than 5 persons, and each withheld one gives its reason', async () => {
    const variables = await cases();
    assert.deepEqual([...byName.keys()].filter((name) => !(name in variables)).sort(), [], 'every public operation is covered');
    for (const [operation, values] of Object.entries(variables)) {
      const data = await asPublic(operation, values);
      for (const { path, object } of objects(data)) {
        const where = `${operation} ${path}`;
        if ('personCount' in object && object.personCount !== null) assert.ok((object.personCount as number) >= SMALL_COUNT, `${where}: personCount ${object.personCount}`);
        if ('lineCount' in object && object.lineCount !== null) assert.ok((object.lineCount as number) >= SMALL_COUNT, `${where}: lineCount ${object.lineCount}`);
        if ('totals' in object && object.totals === null && 'totalsWithheld' in object) assert.ok(object.totalsWithheld, `${where}: totals withheld without a reason`);
        if ('lineCount' in object && object.lineCount === null && 'lineCountWithheld' in object) assert.ok(object.lineCountWithheld, `${where}: line count withheld without a reason`);
        // A sum only ever comes inside totals, beside the person count that allows it.
        if ('totalAmount' in object) assert.ok('personCount' in object, `${where}: a total without its person count`);
        // Against finance's own data: a batch's totals are exact when shown and withheld exactly when small.
        const facts = typeof object.batchNumber === 'string' && 'totals' in object ? batches.get(object.batchNumber) : undefined;
        if (facts) {
          const totals = object.totals as { personCount: number; lineCount: number } | null;
          if (facts.persons >= SMALL_COUNT) assert.deepEqual([totals?.personCount, totals?.lineCount], [facts.persons, facts.lines], where);
          else assert.deepEqual([totals, object.totalsWithheld], [null, facts.persons === 0 ? 'NO_LINES' : 'FEWER_THAN_5_PERSONS'], where);
        }
      }
    }
  });

  test('the small batch is still listed by the index and the calendar, its totals withheld', async () => {
    const index = (await asPublic('ProgrammeBatches', { programmeCode: small.programme })) as { batches: { batchNumber: string; totals: Json; totalsWithheld: string }[] };
    const listed = index.batches.find((b) => b.batchNumber === small.batchNumber);
    assert.deepEqual([listed?.totals, listed?.totalsWithheld], [null, 'FEWER_THAN_5_PERSONS']);
    const calendar = (await asPublic('DisbursementCalendar')) as { publishedBatches: { batchNumber: string; totals: Json }[] };
    assert.equal(calendar.publishedBatches.find((b) => b.batchNumber === small.batchNumber)?.totals, null);
    const announcement = (await asPublic('Announcement', { batchNumber: small.batchNumber })) as { announcement: { totals: Json; totalsWithheld: string } };
    assert.deepEqual([announcement.announcement.totals, announcement.announcement.totalsWithheld], [null, 'FEWER_THAN_5_PERSONS']);
  });
});
