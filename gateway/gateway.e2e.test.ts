import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../test-support/assert.js';
import { startHub, gatewayRequest, type TestHub } from '../test-support/hub.js';

const WHOLE_PICTURE = `
  query WholePicture($id: String!) {
    person(idNumber: $id) {
      idNumber
      registration { name status divisionCode }
      sentences { offenderNumber }
      inCustodyAt(date: "2024-03-01")
      dibaoMemberships { household { householdNumber } }
      onDibaoAt(date: "2024-03-01")
      socialSecurityCards { cardNumber status }
      disabilityCertificates { certificateNumber level }
      registeredAccounts { accountNumber inUse }
      paymentLines { id amount status batch { batchNumber programme { code } } }
    }
  }`;

/** A person paid under a dibao programme: registered, on dibao, with a card and payments. */
async function findPaidDibaoMember(hub: TestHub): Promise<string> {
  const programmes = await gatewayRequest(hub.gatewayUrl, `{ programmes { code eligibilityCondition batches { batchNumber } } }`);
  assert.equal(programmes.errors, undefined, JSON.stringify(programmes.errors));
  const dibao = programmes.data.programmes.find((p: any) => p.eligibilityCondition === 'DIBAO' && p.batches.length > 0);
  assert.ok(dibao, 'the sample county has a dibao programme with batches');
  const lines = await gatewayRequest(
    hub.gatewayUrl,
    `query($b: String!) { batch(batchNumber: $b) { lines(first: 200) { edges { node { idNumberValid person { idNumber onDibaoAt(date: "2024-03-01") registration { status } } } } } } }`,
    { b: dibao.batches[0].batchNumber },
  );
  assert.equal(lines.errors, undefined, JSON.stringify(lines.errors));
  const found = lines.data.batch.lines.edges
    .map((e: any) => e.node)
    .find((n: any) => n.idNumberValid && n.person?.onDibaoAt && n.person.registration?.status === 'NORMAL');
  assert.ok(found, 'a registered dibao member is paid in the batch');
  return found.person.idNumber;
}

describe('the federated hub over HTTP', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startHub({ persons: 1000, seed: 11 });
  });

  afterAll(async () => {
    await hub?.close();
  });

  test('the gateway reports every subgraph healthy', async () => {
    const response = await fetch(new URL('/health', hub.gatewayUrl));
    const body = (await response.json()) as { ok: boolean; subgraphs: Record<string, { ok: boolean }> };
    assert.equal(response.status, 200);
    for (const name of ['public_security', 'justice', 'civil_affairs', 'hr', 'disability', 'finance']) {
      assert.equal(body.subgraphs[name]?.ok, true, `${name} is healthy`);
    }
    assert.equal(body.ok, true);
  });

  test('one query returns a person with facts from all six departments', async () => {
    const id = await findPaidDibaoMember(hub);
    const result = await gatewayRequest(hub.gatewayUrl, WHOLE_PICTURE, { id: id.toLowerCase() });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const person = result.data.person;
    assert.equal(person.idNumber, id);
    assert.equal(person.registration.status, 'NORMAL');
    assert.ok(Array.isArray(person.sentences));
    assert.equal(person.inCustodyAt, false);
    assert.ok(person.dibaoMemberships.length >= 1);
    assert.equal(person.onDibaoAt, true);
    assert.ok(Array.isArray(person.socialSecurityCards));
    assert.ok(Array.isArray(person.disabilityCertificates));
    assert.ok(person.registeredAccounts.length >= 1);
    assert.ok(person.paymentLines.length >= 1);
    assert.match(person.paymentLines[0].amount, /^\d+\.\d{2}$/);
  });

  test('a malformed ID number is BAD_USER_INPUT naming the argument, through the gateway', async () => {
    const result = await gatewayRequest(hub.gatewayUrl, `{ person(idNumber: "123") { idNumber } }`);
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(result.errors?.[0]?.extensions?.argumentName, 'idNumber');
  });

  test('an unknown person is null without an error', async () => {
    const result = await gatewayRequest(hub.gatewayUrl, `{ person(idNumber: "11010519491231002X") { idNumber registration { name } } }`);
    assert.equal(result.errors, undefined);
    assert.equal(result.data.person, null);
  });
});

describe('the federated hub with one department database down', () => {
  let hub: TestHub;

  beforeAll(async () => {
    // Nothing listens on port 9: the justice database is unreachable, the other five are fine.
    hub = await startHub({ persons: 1000, seed: 11, env: { HUB_DB_JUSTICE: 'mysql://hub:secret@127.0.0.1:9/sfj_xz' } });
  });

  afterAll(async () => {
    await hub?.close();
  });

  test('the down department is named in an error while the other departments still answer', async () => {
    const id = await findPaidDibaoMember(hub);
    const result = await gatewayRequest(hub.gatewayUrl, WHOLE_PICTURE, { id });
    const justiceErrors = (result.errors ?? []).filter((e) => e.extensions?.department === 'JUSTICE');
    assert.ok(justiceErrors.length >= 1, JSON.stringify(result.errors));
    assert.ok(justiceErrors.every((e) => e.extensions?.code === 'DEPARTMENT_UNAVAILABLE'));
    assert.equal(result.data.person.sentences, null);
    assert.equal(result.data.person.inCustodyAt, null);
    assert.equal(result.data.person.registration.status, 'NORMAL');
    assert.equal(result.data.person.onDibaoAt, true);
    assert.ok(result.data.person.paymentLines.length >= 1);
  });
});
