import { afterEach, beforeEach, describe, jest, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { buildSchema, GraphQLError, parse } from 'graphql';
import { checkOperationLimits, countTokens, DEFAULT_LIST_SIZE, measureOperation, parseWithinLimits, selectOperation } from './limits.js';
import { memoryRateLimiter } from '../lib/rate-limit.js';

const schema = buildSchema(`
  type Query { person(idNumber: String!): Person persons(idNumbers: [String!]!): [Person]! batch(n: String!): Batch }
  type Person { idNumber: ID! name: String friends: [Person!]! lines(first: Int): [Line!]! }
  type Batch { lines(first: Int = 100): LineConnection! }
  type LineConnection { edges: [LineEdge!]! }
  type LineEdge { node: Line! }
  type Line { id: ID! amount: String person: Person }
`);

function measure(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  return measureOperation(schema, document, selectOperation(document)!, variables);
}

function codeOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    assert.ok(error instanceof GraphQLError);
    return error.extensions.code;
  }
  return undefined;
}

const LIMITS = { depth: 6, aliases: 5, cost: 1000 };
const check = (source: string, variables: Record<string, unknown> = {}) => {
  const document = parse(source);
  return checkOperationLimits(schema, document, selectOperation(document)!, variables, LIMITS);
};

describe('operation limits', () => {
  test('tokens are counted without parsing, and counting stops past the limit', () => {
    assert.equal(countTokens('{ person(idNumber: "1") { name } }', 100), 11);
    assert.equal(countTokens('{ a '.repeat(100_000), 50), 51);
  });

  test('an operation over the token limit is TOO_MANY_TOKENS, a broken one GRAPHQL_PARSE_FAILED', () => {
    assert.equal(codeOf(() => parseWithinLimits(`{ ${'a '.repeat(200)}}`, 100)), 'TOO_MANY_TOKENS');
    assert.equal(codeOf(() => parseWithinLimits('{ person(', 100)), 'GRAPHQL_PARSE_FAILED');
  });

  test('depth counts nested fields, fragments included', () => {
    assert.equal(measure('{ person(idNumber: "x") { friends { friends { name } } } }').depth, 4);
    assert.equal(measure('query { person(idNumber: "x") { ...F } } fragment F on Person { friends { ...G } } fragment G on Person { name }').depth, 3);
    assert.equal(codeOf(() => check(`{ person(idNumber: "x") { ${'friends { '.repeat(6)}name${' }'.repeat(6)} } }`)), 'QUERY_TOO_DEEP');
  });

  test('introspection does not count against depth', () => {
    const result = measure('{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }');
    assert.equal(result.depth, 0);
    assert.equal(result.introspection, true);
  });

  test('aliases are counted as often as a fragment is spread', () => {
    assert.equal(measure('{ a: person(idNumber: "1") { n: name } b: person(idNumber: "2") { n: name } }').aliases, 4);
    const bomb = 'query { person(idNumber: "x") { ...F ...F2 } } fragment F on Person { a: name b: name c: name } fragment F2 on Person { ...F }';
    assert.equal(measure(bomb).aliases, 6);
    assert.equal(codeOf(() => check(bomb)), 'TOO_MANY_ALIASES');
  });

  test('cost multiplies by `first`, by the length of list arguments, else by the default list size', () => {
    assert.equal(measure('{ person(idNumber: "x") { lines(first: 50) { id } } }').cost, 1 + 1 + 50);
    assert.equal(measure('query($ids: [String!]!) { persons(idNumbers: $ids) { name } }', { ids: ['a', 'b', 'c'] }).cost, 1 + 3);
    assert.equal(measure('{ person(idNumber: "x") { friends { name } } }').cost, 1 + 1 + DEFAULT_LIST_SIZE);
    // A connection's edges are the page `first` asked for, not a further multiple.
    assert.equal(measure('{ batch(n: "b") { lines(first: 20) { edges { node { id } } } } }').cost, 1 + 1 + 20 + 20 + 20);
    assert.equal(codeOf(() => check('{ person(idNumber: "x") { lines(first: 100) { person { lines(first: 100) { id } } } } }')), 'QUERY_TOO_COMPLEX');
  });

  test('a fragment cycle does not hang the walk, and a fragment bomb is too complex', () => {
    assert.doesNotThrow(() => measure('query { person(idNumber: "x") { ...A } } fragment A on Person { ...B } fragment B on Person { ...A }'));
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Person { friends { ...F${i + 1} ...F${i + 1} } }`).join(' ');
    const bomb = `query { person(idNumber: "x") { ...F0 } } ${fragments} fragment F30 on Person { name }`;
    assert.equal(codeOf(() => check(bomb)), 'QUERY_TOO_DEEP');
    const wide = `query { person(idNumber: "x") { ...W0 } } ${Array.from({ length: 30 }, (_, i) => `fragment W${i} on Person { ...W${i + 1} ...W${i + 1} }`).join(' ')} fragment W30 on Person { name }`;
    assert.equal(codeOf(() => checkOperationLimits(schema, parse(wide), selectOperation(parse(wide))!, {}, { depth: 100, aliases: 100, cost: Number.MAX_SAFE_INTEGER })), 'QUERY_TOO_COMPLEX');
  });
});

describe('rate limit', () => {
  // Only the clock is faked: the limiter reads Date.now; its timers and the event loop stay real.
  beforeEach(() => {
    jest.useFakeTimers({ now: Date.UTC(2024, 2, 1), doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  test('a key gets its burst at once, then requests at the refill rate, and is told when to come back', async () => {
    const limiter = memoryRateLimiter({ perMinute: 60, burst: 3 });
    const takes = [];
    for (let i = 0; i < 3; i++) takes.push((await limiter.take('u1')).ok);
    assert.deepEqual(takes, [true, true, true]);
    const refused = await limiter.take('u1');
    assert.deepEqual(refused, { ok: false, retryAfterSeconds: 1 });
    assert.equal((await limiter.take('u2')).ok, true, 'another identity has its own bucket');
    jest.setSystemTime(Date.now() + 1000);
    assert.equal((await limiter.take('u1')).ok, true);
    assert.equal((await limiter.take('u1')).ok, false);
  });
});
