import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { buildSchema, getVariableValues, parse, type OperationDefinitionNode } from 'graphql';
import { plainValuesCheck } from './plain-variables.js';

const schema = buildSchema(`
  scalar Date
  enum Rule { DECEASED }
  input Subjects { keys: [ID!]! idNumbers: [String!]! dates: [String!]! severe: [Boolean!] limit: Int = 10 cap: Int! = 3 }
  input Dated { keys: [ID!]! on: [Date!]! }
  input ByRule { rules: [Rule!]! }
  type Query {
    screen(subjects: Subjects!): Int
    dated(subjects: Dated!): Int
    byRule(subjects: ByRule!): Int
    lines(ids: [ID!]!, first: Int, ratio: Float, flag: Boolean): Int
  }
`);

function operationOf(source: string): OperationDefinitionNode {
  return parse(source).definitions[0] as OperationDefinitionNode;
}

const SCREEN = operationOf('query($subjects: Subjects!) { screen(subjects: $subjects) }');
const LINES = operationOf('query($ids: [ID!]!, $first: Int = 5, $ratio: Float, $flag: Boolean) { lines(ids: $ids, first: $first, ratio: $ratio, flag: $flag) }');

/** The quick check never accepts what graphql-js would refuse. */
function agrees(operation: OperationDefinitionNode, variables: Record<string, unknown>): boolean {
  const quick = plainValuesCheck(schema, operation)!(variables);
  if (quick) assert.equal(getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors, undefined);
  return quick;
}

describe('the quick check of plain variables', () => {
  test('columnar subject lists of built-in scalars that fit their types pass without graphql-js', () => {
    const subjects = { keys: ['1', '2'], idNumbers: ['610727198001011234', 'x'], dates: ['2024-03-01', '2024-03-01'], severe: [true, false] };
    assert.equal(agrees(SCREEN, { subjects }), true);
    assert.equal(agrees(SCREEN, { subjects: { ...subjects, severe: null, limit: null, cap: 4 } }), true);
    assert.equal(agrees(LINES, { ids: ['1'], first: 2, ratio: 0.5, flag: true }), true);
    assert.equal(agrees(LINES, { ids: [] }), true);
  });

  test('anything graphql-js would refuse or coerce is left to graphql-js', () => {
    const subjects = { keys: ['1'], idNumbers: ['610727198001011234'], dates: ['2024-03-01'] };
    const refusedOrCoerced: [OperationDefinitionNode, Record<string, unknown>][] = [
      [SCREEN, {}],
      [SCREEN, { subjects: null }],
      [SCREEN, { subjects: { keys: ['1'], idNumbers: ['a'] } }],
      [SCREEN, { subjects: { ...subjects, extra: [] } }],
      [SCREEN, { subjects: { ...subjects, keys: [1] } }],
      [SCREEN, { subjects: { ...subjects, keys: '1' } }],
      [SCREEN, { subjects: { ...subjects, dates: [null] } }],
      [SCREEN, { subjects: { ...subjects, limit: 2 ** 31 } }],
      [SCREEN, { subjects: { ...subjects, cap: null } }],
      [SCREEN, { subjects: [subjects] }],
      [LINES, { ids: ['1'], first: 1.5 }],
      [LINES, { ids: ['1'], ratio: Infinity }],
      [LINES, { ids: ['1'], flag: 'true' }],
      [LINES, { ids: null }],
    ];
    for (const [operation, variables] of refusedOrCoerced) assert.equal(agrees(operation, variables), false, JSON.stringify(variables));
  });

  test('an operation with a variable of a custom scalar or an enum gets no quick check', () => {
    assert.equal(plainValuesCheck(schema, operationOf('query($s: Dated!) { dated(subjects: $s) }')), null);
    assert.equal(plainValuesCheck(schema, operationOf('query($s: ByRule!) { byRule(subjects: $s) }')), null);
  });
});
