/**
 * The operation and its variables checked at the gateway against the hub's own scalars, before
 * anything is planned or sent to a subgraph. The supergraph knows `Date` only by name (Apollo's
 * gateway accepts any text for it), so without this `2024-02-31` would travel to a subgraph, be
 * refused there, and come back as that subgraph's HTTP 400, URL and body included. Here a bad
 * value is the caller's error, BAD_USER_INPUT naming the argument (and the variable it came in).
 */
import {
  buildASTSchema,
  getVariableValues,
  isScalarType,
  parse,
  printSchema,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { plainValuesCheck, type PlainValuesCheck } from './plain-variables.js';
import { ErrorCode, hubError } from '../lib/errors.js';
import { argumentPaths, namedInputError, type ArgumentPaths } from '../lib/input-errors.js';
import { HUB_SCALARS } from '../lib/scalars.js';
import { publicMessage } from './error-format.js';

/** Errors reported for one request at most; past that the caller has enough to fix. */
const MAX_ERRORS = 10;
/** Documents remembered as valid per schema (their variables are still checked on every request). */
const VALID_DOCUMENTS_KEPT = 1000;

interface StrictSchema {
  schema: GraphQLSchema;
  /** Documents that validated, with the quick check of their variables (null: none, coerce them). */
  validDocuments: Map<string, PlainValuesCheck | null>;
}

const strictSchemas = new WeakMap<GraphQLSchema, StrictSchema>();

/**
 * A copy of `schema` whose custom scalars parse as the hub's do (lib/scalars.ts). A copy, because
 * the schema the gateway executes with is Apollo's; the copy is only ever used to check input.
 */
function strictSchemaOf(schema: GraphQLSchema): StrictSchema {
  let strict = strictSchemas.get(schema);
  if (!strict) {
    const copy = buildASTSchema(parse(printSchema(schema)), { assumeValidSDL: true });
    for (const [name, scalar] of HUB_SCALARS) {
      const type = copy.getType(name);
      if (isScalarType(type)) Object.assign(type, { parseValue: scalar.parseValue, parseLiteral: scalar.parseLiteral, serialize: scalar.serialize });
    }
    strict = { schema: copy, validDocuments: new Map() };
    strictSchemas.set(schema, strict);
  }
  return strict;
}

/** A validation or variable error as the caller sees it: named by its argument where it concerns one. */
function named(error: GraphQLError, kind: 'validation' | 'variables', paths: ArgumentPaths): GraphQLError {
  return namedInputError(error, kind, paths) ?? hubError(kind === 'variables' ? ErrorCode.BAD_USER_INPUT : ErrorCode.GRAPHQL_VALIDATION_FAILED, publicMessage(error.message));
}

/**
 * The problems of `operation` and `variables` against `schema` with the hub's scalars: empty when
 * the request may go on. `documentKey` (the document's hash) lets a document that validated once
 * skip validation on later requests.
 */
export function inputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  documentKey: string,
): GraphQLError[] {
  const strict = strictSchemaOf(schema);
  let plain = strict.validDocuments.get(documentKey);
  if (plain === undefined) {
    const errors = validate(strict.schema, document, undefined, { maxErrors: MAX_ERRORS });
    if (errors.length > 0) {
      const paths = argumentPaths(document);
      return errors.map((error) => named(error, 'validation', paths));
    }
    if (strict.validDocuments.size >= VALID_DOCUMENTS_KEPT) strict.validDocuments.clear();
    plain = plainValuesCheck(strict.schema, operation);
    strict.validDocuments.set(documentKey, plain);
  }
  if (!operation.variableDefinitions?.length) return [];
  // Variables of the built-in scalars only (a cross-check's subject lists) that plainly fit their
  // types are what the coercion below would accept too; Apollo coerces them once more anyway.
  if (plain?.(variables)) return [];
  const coerced = getVariableValues(strict.schema, operation.variableDefinitions, variables, { maxErrors: MAX_ERRORS });
  if (!coerced.errors) return [];
  const paths = argumentPaths(document);
  return coerced.errors.map((error) => named(error, 'variables', paths));
}
