import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import {
  Kind,
  NoUnusedFragmentsRule,
  parse,
  specifiedRules,
  validate,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
} from 'graphql';

/**
 * Every operation the hub sends through the gateway (the cross-check engine, the CLI, the hub's
 * own subgraphs) and every operation the public may run is a `.graphql` document. The department
 * subgraphs are written by others: composing every SDL in schema/ afresh and validating each
 * document against the result catches a renamed field or argument before a request fails on it,
 * and before the committed supergraph is regenerated.
 */
function composedApiSchema(): GraphQLSchema {
  const files = readdirSync('schema').filter((f) => f.endsWith('.graphql') && f !== 'supergraph.graphql');
  const result = composeServices(
    files.map((file) => ({
      name: path.basename(file, '.graphql').replaceAll('-', '_'),
      url: 'http://localhost/graphql',
      typeDefs: parse(readFileSync(path.join('schema', file), 'utf8')),
    })),
  );
  if (result.errors) throw new Error(`composition failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.schema.toAPISchema().toGraphQLJSSchema();
}

/** The folders of documents; codegen reads each as one set, so a fragment serves its whole folder. */
function documentFolders(): string[] {
  const hubSubgraphs = readdirSync('subgraphs')
    .map((name) => path.join('subgraphs', name, 'operations'))
    .filter((folder) => existsSync(folder));
  return ['crosscheck/operations', 'cli/operations', ...hubSubgraphs, 'public-operations'];
}

interface OperationDocument {
  file: string;
  document: DocumentNode;
}

function documentsIn(folder: string): OperationDocument[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => {
      const file = path.join(folder, name);
      return { file, document: parse(readFileSync(file, 'utf8')) };
    });
}

function spreadNames(node: DefinitionNode): string[] {
  const names: string[] = [];
  visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
  return names;
}

/** A document with the fragments of its folder that it uses (directly or through other fragments) and does not define itself. */
function withFolderFragments(own: DocumentNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): DocumentNode {
  const defined = new Set(own.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])));
  const added: FragmentDefinitionNode[] = [];
  const pending = own.definitions.flatMap(spreadNames);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const fragment = fragments.get(name);
    if (defined.has(name) || !fragment) continue;
    defined.add(name);
    added.push(fragment);
    pending.push(...spreadNames(fragment));
  }
  return { ...own, definitions: [...own.definitions, ...added] };
}

// A file of shared fragments uses none of them itself: "unused" is judged by codegen per folder.
const RULES = specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);

const schema = composedApiSchema();
const documents = documentFolders().flatMap((folder) => {
  const inFolder = documentsIn(folder);
  const fragments = new Map(
    inFolder.flatMap(({ document }) => document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : []))),
  );
  return inFolder.map(({ file, document }) => ({ file, document, complete: withFolderFragments(document, fragments) }));
});

describe('operation documents against the schema the gateway composes', () => {
  test('there are documents to validate in every folder that holds them', () => {
    for (const folder of ['crosscheck/operations', 'cli/operations', 'public-operations']) {
      assert.ok(documents.some((d) => d.file.startsWith(folder)), folder);
    }
  });

  for (const { file, complete } of documents) {
    test(`${file} is valid against the composed API schema`, () => {
      assert.deepEqual(
        validate(schema, complete, RULES).map((e) => e.message),
        [],
      );
    });
  }

  test('no two documents share an operation name', () => {
    const files = new Map<string, string[]>();
    for (const { file, document } of documents) {
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const name = definition.name?.value ?? '(anonymous)';
        files.set(name, [...(files.get(name) ?? []), file]);
      }
    }
    const shared = [...files].filter(([, where]) => where.length > 1).map(([name, where]) => `${name}: ${where.join(', ')}`);
    assert.deepEqual(shared, []);
  });
});
