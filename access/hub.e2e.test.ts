/**
 * Roles over the whole hub (six subgraphs and the gateway on the generated sample county): what
 * the public, an analyst and another department's staff get through the one gateway URL.
 */
import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../test-support/assert.js';
import { startHub, gatewayRequest, type TestHub } from '../test-support/hub.js';
import { loadPersistedDocuments } from '../lib/persisted-documents.js';

const FULL_ID = /(?<![0-9A-Za-z*])\d{17}[\dX](?![0-9A-Za-z])/;

function persisted(name: string): string {
  for (const [hash, document] of loadPersistedDocuments()) if (new RegExp(`^query ${name}\\b`).test(document)) return hash;
  throw new Error(`no persisted operation ${name}`);
}

async function publicRequest(url: string, body: unknown) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as { data?: any; errors?: { extensions?: Record<string, unknown> }[] };
}

describe('roles over the whole hub', () => {
  let hub: TestHub;
  let batchNumber: string;
  let region: string;
  let insider: string;
  let outsider: string;
  let migrant: string | undefined;

  beforeAll(async () => {
    hub = await startHub({ persons: 1000, seed: 5 });
    const lines = await gatewayRequest(
      hub.gatewayUrl,
      `{ programmes(published: true) { batches { batchNumber countyCode lines(first: 200) { edges { node { idNumber idNumberValid } } } } } }`,
    );
    assert.equal(lines.errors, undefined, JSON.stringify(lines.errors));
    const batches = lines.data.programmes.flatMap((p: any) => p.batches).filter((b: any) => b.lines.edges.length > 0);
    const batch = batches[0];
    batchNumber = batch.batchNumber;
    region = batch.countyCode;
    const ids: string[] = batches.flatMap((b: any) => b.lines.edges.map((e: any) => e.node)).filter((n: any) => n.idNumberValid).map((n: any) => n.idNumber);
    const registered = await gatewayRequest(hub.gatewayUrl, `query($ids: [String!]!) { persons(idNumbers: $ids) { idNumber registration { divisionCode } } }`, { ids: [...new Set(ids)] });
    const division = new Map<string, string | null>(registered.data.persons.filter(Boolean).map((p: any) => [p.idNumber, p.registration?.divisionCode ?? null]));
    insider = ids.find((id) => id.startsWith(region))!;
    migrant = ids.find((id) => !id.startsWith(region) && (division.get(id) ?? '').startsWith(region));
    // Someone the register places in another county whom none of the county's batches pays (ruling 5: out of scope).
    const everyone = await gatewayRequest(hub.gatewayUrl, `query($p: String!) { personsInDivision(divisionPrefix: $p, first: 1000) { idNumbers } }`, { p: '61' });
    assert.equal(everyone.errors, undefined, JSON.stringify(everyone.errors));
    const everyoneRegistered = await gatewayRequest(hub.gatewayUrl, `query($ids: [String!]!) { persons(idNumbers: $ids) { idNumber registration { divisionCode } } }`, { ids: everyone.data.personsInDivision.idNumbers });
    const elsewhere: string[] = everyoneRegistered.data.persons.filter((p: any) => p?.registration?.divisionCode && !p.registration.divisionCode.startsWith(region)).map((p: any) => p.idNumber);
    const paid = await gatewayRequest(hub.gatewayUrl, `query($f: PaymentLineFilter) { paymentIdNumbers(filter: $f) }`, { f: { division: region, idNumbers: elsewhere } });
    outsider = elsewhere.find((id) => !paid.data.paymentIdNumbers.includes(id))!;
    assert.ok(insider && outsider, 'the sample county pays persons of the county, and the register holds persons of other counties');
  });

  afterAll(async () => {
    await hub?.close();
  });

  test('the public gets the published policy list and a masked announcement, and no full ID number or name anywhere', async () => {
    const policy = await publicRequest(hub.gatewayUrl, { extensions: { persistedQuery: { version: 1, sha256Hash: persisted('PolicyList') } } });
    assert.equal(policy.errors, undefined);
    assert.ok(policy.data.programmes.length > 0);
    const announcement = await publicRequest(hub.gatewayUrl, {
      extensions: { persistedQuery: { version: 1, sha256Hash: persisted('BatchAnnouncement') } },
      variables: { batchNumber, first: 200 },
    });
    assert.equal(announcement.errors, undefined);
    const text = JSON.stringify(announcement);
    assert.doesNotMatch(text, FULL_ID);
    for (const edge of announcement.data.batch.lines.edges) {
      const name: string | null = edge.node.name;
      if (name && Array.from(name).length > 1) assert.match(name, /\*/);
    }
  });

  test('the public cannot run its own queries', async () => {
    const result = await gatewayRequest(hub.gatewayUrl, `query($id: String!) { person(idNumber: $id) { idNumber } }`, { id: insider }, { authorization: '' });
    assert.equal(result.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_REQUIRED');
  });

  test("an analyst of the batch's county sees a person of the county with every department's facts", async () => {
    const token = await hub.token({ sub: 'u-e2e', role: 'analyst', regions: [region] });
    const result = await gatewayRequest(
      hub.gatewayUrl,
      `query($id: String!) { person(idNumber: $id) { idNumber registration { name } sentences { offenderNumber } onDibaoAt(date: "2024-03-01")
        socialSecurityCards { cardNumber } disabilityCertificates { level } paymentLines { amount } } }`,
      { id: insider },
      { authorization: `Bearer ${token}` },
    );
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.equal(result.data.person.idNumber, insider);
    assert.ok(result.data.person.paymentLines.length > 0);
  });

  test('an analyst sees a person born elsewhere who is registered in their region', async () => {
    // The sample county is seeded; it always pays persons born elsewhere, so their absence is a fault.
    assert.ok(migrant, 'the sample county paid no one born elsewhere and registered in it');
    const token = await hub.token({ sub: 'u-e2e', role: 'analyst', regions: [region] });
    const result = await gatewayRequest(hub.gatewayUrl, `query($id: String!) { person(idNumber: $id) { registration { divisionCode } paymentLines { amount } } }`, { id: migrant }, { authorization: `Bearer ${token}` });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.ok(result.data.person.registration.divisionCode.startsWith(region));
  });

  test('an analyst asking for a person neither registered nor paid in their county is FORBIDDEN, naming the scope', async () => {
    const token = await hub.token({ sub: 'u-e2e', role: 'analyst', regions: [region] });
    const result = await gatewayRequest(hub.gatewayUrl, `query($id: String!) { person(idNumber: $id) { registration { name } } }`, { id: outsider }, { authorization: `Bearer ${token}` });
    assert.equal(result.data?.person, null);
    assert.equal(result.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal(result.errors?.[0]?.extensions?.scope, `regions ${region}`);
  });

  test("another department's staff see the person masked and nothing of the other departments' sensitive facts", async () => {
    const token = await hub.token({ sub: 'hr-1', role: 'department', department: 'HR' });
    const result = await gatewayRequest(
      hub.gatewayUrl,
      `query($id: String!) { person(idNumber: $id) { idNumber registration { name } socialSecurityCards { cardNumber } sentences { offenderNumber } } }`,
      { id: insider },
      { authorization: `Bearer ${token}` },
    );
    assert.doesNotMatch(JSON.stringify(result.data), FULL_ID);
    assert.match(result.data.person.idNumber, /\*{10}/);
    assert.equal(result.data.person.sentences, null);
    assert.ok(result.errors?.some((e) => e.extensions?.code === 'FORBIDDEN' && (e.extensions as { field?: string }).field === 'Person.sentences'));
  });
});
