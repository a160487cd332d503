import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { readFileSync, readdirSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { SCREENING_OPERATIONS, SOURCE_OPERATIONS } from './sources.js';
import { CLI_OPERATIONS } from '../cli/commands/crosscheck.js';

/**
 * The engine and the CLI talk to the gateway with hand-written operations; the department
 * subgraphs are written by others. Composing every SDL in schema/ and validating each operation
 * against the result catches a renamed field or argument before a run fails on it.
 */
function composedApiSchema(): GraphQLSchema {
  const files = readdirSync('schema').filter((f) => f.endsWith('.graphql') && f !== 'supergraph.graphql');
  const result = composeServices(
    files.map((file) => ({ name: file.replace('.graphql', '').replaceAll('-', '_'), url: 'http://localhost/graphql', typeDefs: parse(readFileSync(`schema/${file}`, 'utf8')) })),
  );
  if (result.errors) throw new Error(`composition failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.schema.toAPISchema().toGraphQLJSSchema();
}

describe('operations the hub sends through the gateway', () => {
  const schema = composedApiSchema();
  const operations: [string, string][] = [
    ...Object.entries(SCREENING_OPERATIONS).map(([check, op]): [string, string] => [`screening ${check}`, op.document]),
    ...Object.entries(SOURCE_OPERATIONS),
    ...Object.entries(CLI_OPERATIONS).map(([name, document]): [string, string] => [`cli ${name}`, document]),
  ];
  for (const [name, document] of operations) {
    test(`${name} is valid against the composed supergraph`, () => {
      assert.deepEqual(validate(schema, parse(document)).map((e) => e.message), []);
    });
  }
});
