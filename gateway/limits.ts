/**
 * Limits on an operation, checked at the gateway before any subgraph is called: tokens (before
 * parsing), depth, aliases and cost. Fragments are expanded as the executor would expand them, with
 * a budget on the walk itself so that a fragment bomb costs the gateway nothing either.
 */
import {
  getNamedType,
  type GraphQLError,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  Lexer,
  parse,
  Source,
  TokenKind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ErrorCode, hubError } from '../lib/errors.js';

export interface OperationLimits {
  depth: number;
  aliases: number;
  tokens: number;
  cost: number;
}

/** Lists without a size argument are assumed this long when costing (a page, not a table). */
export const DEFAULT_LIST_SIZE = 10;
const SIZE_ARGUMENTS = ['first', 'last', 'limit', 'pageSize'];
// The walk itself is bounded: past this many visited selections the operation is refused as too complex.
const WALK_BUDGET = 100_000;

/** A refusal that ends the whole request at the gateway, answered with `status`. */
export function limitError(code: ErrorCode, message: string, status = 400): GraphQLError {
  return hubError(code, message, { http: { status } });
}

/** Counts lexical tokens, stopping one past `max`; a syntax error stops the count (the parser reports it). */
export function countTokens(source: string, max: number): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      count++;
      if (count > max) break;
    }
  } catch {
    // Lexing errors are reported by parse() with the position.
  }
  return count;
}

/** Parses within the token limit: TOO_MANY_TOKENS before any parsing work, GRAPHQL_PARSE_FAILED on syntax. */
export function parseWithinLimits(source: string, maxTokens: number): DocumentNode {
  const tokens = countTokens(source, maxTokens);
  if (tokens > maxTokens) throw limitError(ErrorCode.TOO_MANY_TOKENS, `The operation has more than ${maxTokens} tokens`);
  try {
    return parse(source, { maxTokens, noLocation: true });
  } catch (error) {
    throw limitError(ErrorCode.GRAPHQL_PARSE_FAILED, (error as Error).message);
  }
}

export function selectOperation(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((o) => o.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

/**
 * A refusal for an operation type this schema does not serve: the hub answers queries and, where
 * the schema has them, mutations; it has no subscriptions (no long-lived connections to hold).
 */
export function unsupportedOperation(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLError | null {
  const kind = operation.operation;
  const root = kind === 'query' ? schema.getQueryType() : kind === 'mutation' ? schema.getMutationType() : null;
  if (kind !== 'subscription' && root) return null;
  const served = schema.getMutationType() ? 'queries and mutations' : 'queries';
  return limitError(ErrorCode.OPERATION_NOT_SUPPORTED, `${kind === 'subscription' ? 'Subscriptions are' : `A ${kind} is`} not supported here; send one of: ${served}`);
}

export interface OperationMeasure {
  depth: number;
  aliases: number;
  cost: number;
  /** `Type.field` of every field the operation selects (introspection excluded). */
  coordinates: Set<string>;
  introspection: boolean;
}

function numberValue(node: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

function listLength(node: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (node.kind === Kind.LIST) return node.values.length;
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return Array.isArray(value) ? value.length : undefined;
  }
  return undefined;
}

class TooComplex extends Error {}

/**
 * Depth, aliases and cost of the chosen operation. Cost: each selected field costs 1 times the sizes
 * of the lists around it; a list's size is its `first`/`last`/`limit` argument, else the length of
 * the longest list argument (persons(idNumbers: [...])), else DEFAULT_LIST_SIZE. A list directly
 * under a field that took a size argument (a connection's edges) is that page, not a further multiple.
 */
export function measureOperation(
  schema: GraphQLSchema | undefined,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  stopAt: Partial<OperationLimits> = {},
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const measure: OperationMeasure = { depth: 0, aliases: 0, cost: 0, coordinates: new Set(), introspection: false };
  let visited = 0;
  const rootType =
    operation.operation === 'query' ? schema?.getQueryType() : operation.operation === 'mutation' ? schema?.getMutationType() : schema?.getSubscriptionType();

  const fieldOf = (type: GraphQLNamedType | undefined | null, name: string): GraphQLField<unknown, unknown> | undefined =>
    type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[name] : undefined;

  const walk = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLNamedType | undefined | null,
    depth: number,
    multiplier: number,
    sizedParent: boolean,
    spreads: Set<string>,
  ): void => {
    for (const selection of selectionSet.selections) {
      if (++visited > WALK_BUDGET) throw new TooComplex();
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A cycle is a validation error; it must not hang the walk.
        if (!fragment || spreads.has(name)) continue;
        const conditionType = schema?.getType(fragment.typeCondition.name.value) ?? parentType;
        walk(fragment.selectionSet, conditionType, depth, multiplier, sizedParent, new Set([...spreads, name]));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const conditionType = selection.typeCondition ? (schema?.getType(selection.typeCondition.name.value) ?? parentType) : parentType;
        walk(selection.selectionSet, conditionType, depth, multiplier, sizedParent, spreads);
        continue;
      }
      const field = selection as FieldNode;
      const name = field.name.value;
      if (name === '__typename') continue;
      if (name === '__schema' || name === '__type') {
        // Introspection is static and cheap; its natural depth must not count against operations.
        measure.introspection = true;
        continue;
      }
      if (field.alias) measure.aliases++;
      const fieldDepth = depth + 1;
      measure.depth = Math.max(measure.depth, fieldDepth);
      // Past the depth limit nothing deeper can change the verdict; the rest is bounded by WALK_BUDGET.
      if (stopAt.depth !== undefined && measure.depth > stopAt.depth) return;
      measure.cost += multiplier;

      const definition = fieldOf(parentType, name);
      if (parentType) measure.coordinates.add(`${parentType.name}.${name}`);
      if (!field.selectionSet) continue;
      const unwrapped = definition ? (isNonNullType(definition.type) ? definition.type.ofType : definition.type) : undefined;
      const explicitSize = SIZE_ARGUMENTS.map((arg) => numberValue(field.arguments?.find((a) => a.name.value === arg)?.value, variables)).find(
        (n) => n !== undefined,
      );
      let size = 1;
      if (explicitSize !== undefined) size = Math.max(explicitSize, 1);
      else if (unwrapped && isListType(unwrapped) && !sizedParent) {
        const lengths = (field.arguments ?? []).map((a) => listLength(a.value, variables)).filter((n): n is number => n !== undefined);
        size = lengths.length ? Math.max(1, ...lengths) : DEFAULT_LIST_SIZE;
      }
      const childType = definition ? getNamedType(definition.type) : undefined;
      walk(field.selectionSet, childType && isCompositeType(childType) ? childType : undefined, fieldDepth, multiplier * size, explicitSize !== undefined, spreads);
    }
  };
  try {
    walk(operation.selectionSet, rootType, 0, 1, false, new Set());
  } catch (error) {
    if (!(error instanceof TooComplex)) throw error;
    measure.cost = Number.POSITIVE_INFINITY;
  }
  return measure;
}

/** Refuses the operation with the first limit it breaks; returns the measure for the audit and policy checks. */
export function checkOperationLimits(
  schema: GraphQLSchema | undefined,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: Omit<OperationLimits, 'tokens'>,
): OperationMeasure {
  const measure = measureOperation(schema, document, operation, variables, limits);
  if (measure.depth > limits.depth) throw limitError(ErrorCode.QUERY_TOO_DEEP, `The operation is nested deeper than ${limits.depth} levels`);
  if (measure.aliases > limits.aliases) throw limitError(ErrorCode.TOO_MANY_ALIASES, `The operation uses more than ${limits.aliases} aliases`);
  if (measure.cost > limits.cost) {
    throw limitError(
      ErrorCode.QUERY_TOO_COMPLEX,
      Number.isFinite(measure.cost)
        ? `The operation's estimated cost exceeds ${limits.cost} (each field counts once per item of the lists around it; ask for smaller pages)`
        : 'The operation expands into too many selections',
    );
  }
  return measure;
}
