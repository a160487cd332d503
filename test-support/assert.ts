/**
 * node:assert/strict for the jest suite. jest runs each test file in its own V8 realm, while
 * native modules (better-sqlite3, mysql2 rows) and Node's globals build objects in the outer one;
 * deep equality compares prototypes, so two equal arrays from different realms would differ.
 * Both sides are copied into one realm with structuredClone before comparing; values it cannot
 * copy (functions) are compared as they are.
 */
import nodeAssert from 'node:assert/strict';

function oneRealm(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

const assert: typeof nodeAssert = Object.assign(
  (value: unknown, message?: string | Error): asserts value => nodeAssert.ok(value, message),
  nodeAssert,
  {
    deepEqual: (actual: unknown, expected: unknown, message?: string | Error) =>
      nodeAssert.deepStrictEqual(oneRealm(actual), oneRealm(expected), message),
    deepStrictEqual: (actual: unknown, expected: unknown, message?: string | Error) =>
      nodeAssert.deepStrictEqual(oneRealm(actual), oneRealm(expected), message),
    notDeepEqual: (actual: unknown, expected: unknown, message?: string | Error) =>
      nodeAssert.notDeepStrictEqual(oneRealm(actual), oneRealm(expected), message),
    notDeepStrictEqual: (actual: unknown, expected: unknown, message?: string | Error) =>
      nodeAssert.notDeepStrictEqual(oneRealm(actual), oneRealm(expected), message),
  },
) as typeof nodeAssert;

export default assert;
