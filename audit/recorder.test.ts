import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { createHmac } from 'node:crypto';
import { parse } from 'graphql';
import { validIdNumber, validIdNumberEndingInX } from '../test-support/id-numbers.js';
import type { Identity } from '../access/identity.js';
import { auditKeys, personHash, type AuditEntry } from './chain.js';
import { AuditRecorder, type AuditInput } from './recorder.js';
import type { AuditStore } from './store.js';

const KEYS = auditKeys(new TextEncoder().encode('r'.repeat(40)));
const ANALYST: Identity = { sub: 'u1', role: 'analyst', regions: ['610728'], department: null };
const A = validIdNumber('610728', '19500101', '011');
const B = validIdNumberEndingInX('610728', '19610203');
const C = validIdNumber('610728', '19720304', '021');

/** Entries only: the store is never reached by `entry`. */
const recorder = () => new AuditRecorder(null as unknown as AuditStore, KEYS);

function input(variables: unknown, data: Record<string, unknown> | null = null, document = '{ x }'): AuditInput {
  return { identity: ANALYST, client: null, operationName: null, documentHash: null, document: parse(document), variables, data };
}

const sorted = (entry: AuditEntry) => [...entry.persons].sort();

describe('the audit recorder', () => {
  test('names each person of a request once, from its variables, its document and its response', () => {
    const entry = recorder().entry(input({ ids: [A, A, 'not an id number at all', `${A.slice(0, 6)}********${A.slice(14)}`] }, { rows: [{ idNumber: A }, { idNumber: C }] }, `{ person(id: "${B}") { name } }`));
    assert.deepEqual(sorted(entry), [A, B, C].map((id) => personHash(KEYS, id)).sort());
  });

  test('names the same persons again in every later request that touches them, from its cache', () => {
    const r = recorder();
    const asks = Array.from({ length: 4 }, () => r.entry(input({ subjects: [{ idNumber: A }, { idNumber: B }] }, { hits: [{ idNumber: B }] })));
    for (const entry of asks) assert.deepEqual(sorted(entry), [A, B].map((id) => personHash(KEYS, id)).sort());
    assert.deepEqual(sorted(r.entry(input({ subjects: [{ idNumber: C }, { idNumber: A }] }))), [A, C].map((id) => personHash(KEYS, id)).sort());
  });

  test('a bank account number, or an ID number run on into more characters, names nobody, while a padded or full-width-padded ID number still does', () => {
    const entry = recorder().entry(input({ accounts: ['6228480402564890018', `${A}0`, `X${A}`, `${A}　`, `\t${C}` ] }));
    assert.deepEqual(sorted(entry), [A, C].map((id) => personHash(KEYS, id)).sort());
  });

  test('hashes an ID number however it is written, as the keyed HMAC of its normalised form', () => {
    const entry = recorder().entry(input({ id: `  ${B.slice(0, 17)}x ` }));
    const expected = createHmac('sha256', KEYS.persons).update(B).digest('hex').slice(0, 32);
    assert.deepEqual(entry.persons, [expected]);
    assert.equal(personHash(KEYS, B.toLowerCase()), expected);
  });
});
