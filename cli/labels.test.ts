/**
 * The Chinese labels (lib/labels-zh.ts) against the schema: every enum value a CLI operation can
 * receive has a label, so no table, CSV or workbook shows people a bare code; and no label names an
 * enum or value that no longer exists.
 */
import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { Kind, TypeInfo, getNamedType, isEnumType, parse, visit, visitWithTypeInfo, type GraphQLEnumType, type GraphQLSchema } from 'graphql';
import { ENUM_LABELS_ZH, TEXT_CODE_LABELS_ZH } from '../lib/labels-zh.js';
import { COMPLAINT_CATEGORIES } from '../lib/disclosure-input.js';
import { COMPLAINT_STEP_KINDS } from '../store/complaint-steps.js';

function apiSchema(): GraphQLSchema {
  const files = readdirSync('schema').filter((f) => f.endsWith('.graphql') && f !== 'supergraph.graphql');
  const result = composeServices(
    files.map((file) => ({ name: path.basename(file, '.graphql').replaceAll('-', '_'), url: 'http://localhost/graphql', typeDefs: parse(readFileSync(path.join('schema', file), 'utf8')) })),
  );
  if (result.errors) throw new Error(`composition failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.schema.toAPISchema().toGraphQLJSSchema();
}

/** The enums of every field the CLI's operations select (fragments included). */
function enumsReceivedByTheCli(schema: GraphQLSchema): Map<string, GraphQLEnumType> {
  const found = new Map<string, GraphQLEnumType>();
  const folder = 'cli/operations';
  const documents = readdirSync(folder).filter((f) => f.endsWith('.graphql')).map((f) => parse(readFileSync(path.join(folder, f), 'utf8')));
  const fragments = documents.flatMap((d) => d.definitions.filter((def) => def.kind === Kind.FRAGMENT_DEFINITION));
  for (const document of documents) {
    const typeInfo = new TypeInfo(schema);
    visit(
      { ...document, definitions: [...document.definitions, ...fragments] },
      visitWithTypeInfo(typeInfo, {
        Field() {
          const type = typeInfo.getType();
          const named = type ? getNamedType(type) : null;
          if (named && isEnumType(named)) found.set(named.name, named);
        },
      }),
    );
  }
  return found;
}

describe('Chinese labels of the codes the CLI shows', () => {
  const schema = apiSchema();
  const labels = ENUM_LABELS_ZH as Record<string, Record<string, string>>;

  test('every value of every enum a CLI operation receives has a Chinese label', () => {
    const received = enumsReceivedByTheCli(schema);
    assert.ok(received.has('PaymentLineStatus') && received.has('Sex') && received.has('CrosscheckRule'), 'the walk reaches the operations\' enums');
    const missing: string[] = [];
    for (const [name, type] of received) {
      for (const value of type.getValues()) {
        const label = labels[name]?.[value.name];
        if (!label || !/[\u4e00-\u9fff]/.test(label)) missing.push(`${name}.${value.name}`);
      }
    }
    assert.deepEqual(missing, [], 'add these to lib/labels-zh.ts');
  });

  test('every labelled enum and value exists in the schema', () => {
    const stale: string[] = [];
    for (const [name, values] of Object.entries(labels)) {
      const type = schema.getType(name);
      if (!type || !isEnumType(type)) {
        stale.push(name);
        continue;
      }
      const known = new Set(type.getValues().map((v) => v.name));
      for (const value of Object.keys(values)) if (!known.has(value)) stale.push(`${name}.${value}`);
    }
    assert.deepEqual(stale, []);
  });

  test('the complaint codes the schema carries as text have labels too, under names no type of the schema takes', () => {
    const texts = TEXT_CODE_LABELS_ZH as Record<string, Record<string, string>>;
    assert.deepEqual(Object.keys(texts).filter((name) => schema.getType(name)), []);
    const unlabelled = [
      ...COMPLAINT_STEP_KINDS.filter((step) => !/[\u4e00-\u9fff]/.test(texts.ComplaintStepKind?.[step] ?? '')),
      ...Object.keys(COMPLAINT_CATEGORIES).filter((category) => !/[\u4e00-\u9fff]/.test(texts.ComplaintCategory?.[category] ?? '')),
    ];
    assert.deepEqual(unlabelled, []);
  });
});
