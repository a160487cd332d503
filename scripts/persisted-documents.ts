/**
 * The public role's safelist: every operation in public-operations/*.graphql, validated against the
 * composed API schema, printed canonically and keyed by its sha256 in
 * public-operations/__generated__/persisted-documents.json (the format of graphql-codegen's client
 * preset `persistedDocuments`, which is not among the project's dependencies). `--check` compares
 * instead of writing, for CI.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { SUBGRAPHS } from './subgraph-list.js';
import { operationDocuments, PERSISTED_DOCUMENTS_FILE, PUBLIC_OPERATIONS_DIR, sha256 } from '../lib/persisted-documents.js';

function apiSchema(): GraphQLSchema | { errors: string[] } {
  const missing = SUBGRAPHS.filter((s) => !existsSync(s.sdlFile)).map((s) => `${s.sdlFile} is missing`);
  if (missing.length) return { errors: missing };
  const result = composeServices(SUBGRAPHS.map((s) => ({ name: s.name, url: s.defaultUrl, typeDefs: parse(readFileSync(s.sdlFile, 'utf8')) })));
  if (result.errors) return { errors: result.errors.map((e) => e.message) };
  return result.schema.toAPISchema().toGraphQLJSSchema();
}

export function buildPersistedDocuments(): { manifest: Record<string, string>; errors: string[] } {
  const schema = apiSchema();
  if ('errors' in schema) return { manifest: {}, errors: schema.errors.map((e) => `composition: ${e}`) };
  const errors: string[] = [];
  const entries: [string, string][] = [];
  const names = new Set<string>();
  const files = readdirSync(PUBLIC_OPERATIONS_DIR).filter((f) => f.endsWith('.graphql')).sort();
  for (const file of files) {
    const source = readFileSync(path.join(PUBLIC_OPERATIONS_DIR, file), 'utf8');
    let operations;
    try {
      operations = operationDocuments(source);
    } catch (error) {
      errors.push(`${file}: ${(error as Error).message}`);
      continue;
    }
    for (const { name, document } of operations) {
      if (names.has(name)) errors.push(`${file}: operation name ${name} is used twice; the audit log tells operations apart by name`);
      names.add(name);
      for (const problem of validate(schema, parse(document))) errors.push(`${file} ${name}: ${problem.message}`);
      entries.push([sha256(document), document]);
    }
  }
  entries.sort(([a], [b]) => a.localeCompare(b));
  return { manifest: Object.fromEntries(entries), errors };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const { manifest, errors } = buildPersistedDocuments();
  if (errors.length) {
    console.error(`Public operations are not valid against the composed schema:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    process.exit(1);
  }
  const content = JSON.stringify(manifest, null, 2) + '\n';
  const relative = path.relative(process.cwd(), PERSISTED_DOCUMENTS_FILE);
  if (check) {
    const current = existsSync(PERSISTED_DOCUMENTS_FILE) ? readFileSync(PERSISTED_DOCUMENTS_FILE, 'utf8') : '';
    if (current !== content) {
      console.error(`${relative} is stale: run \`npm run persisted-documents\` and commit it.`);
      process.exit(1);
    }
    console.log(`${relative} is up to date (${Object.keys(manifest).length} operations).`);
  } else {
    mkdirSync(path.dirname(PERSISTED_DOCUMENTS_FILE), { recursive: true });
    writeFileSync(PERSISTED_DOCUMENTS_FILE, content);
    console.log(`Wrote ${relative} (${Object.keys(manifest).length} operations).`);
  }
}
