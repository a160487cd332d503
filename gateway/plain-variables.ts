/**
 * A quick check of an operation's variables for the common case: values of the built-in scalars
 * (String, ID, Int, Float, Boolean), in lists and input objects, that plainly have their types. A
 * cross-check's screening request holds tens of thousands of such values; coercing each through
 * graphql-js costs the gateway more than the rest of the request's checks together. Whatever the
 * quick check does not accept (a hub scalar such as Date, an enum, a value to coerce such as a
 * lone item for a list, or a wrong value) is left to graphql-js, which names the problem.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/** True only when graphql-js would coerce every variable without an error. */
export type PlainValuesCheck = (variables: Record<string, unknown>) => boolean;
type ValueCheck = (value: unknown) => boolean;

const INT_MAX = 2 ** 31 - 1;
const INT_MIN = -(2 ** 31);

const BUILT_IN: Record<string, ValueCheck> = {
  String: (v) => typeof v === 'string',
  // graphql-js also takes an integer for an ID; that rare case goes the long way.
  ID: (v) => typeof v === 'string',
  Boolean: (v) => typeof v === 'boolean',
  Int: (v) => typeof v === 'number' && Number.isInteger(v) && v <= INT_MAX && v >= INT_MIN,
  Float: (v) => typeof v === 'number' && Number.isFinite(v),
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The check of one input type, or null when it holds something other than built-in scalars. */
function checkOf(type: GraphQLInputType, seen: Set<string>): ValueCheck | null {
  if (isNonNullType(type)) {
    const inner = checkOf(type.ofType, seen);
    return inner && ((v) => v !== null && v !== undefined && inner(v));
  }
  const nullable = (check: ValueCheck): ValueCheck => (v) => v === null || v === undefined || check(v);
  if (isListType(type)) {
    const item = checkOf(type.ofType, seen);
    if (!item) return null;
    return nullable((v) => {
      if (!Array.isArray(v)) return false;
      for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
      return true;
    });
  }
  if (isScalarType(type)) {
    const check = Object.hasOwn(BUILT_IN, type.name) ? BUILT_IN[type.name]! : null;
    return check && nullable(check);
  }
  if (isEnumType(type) || !isInputObjectType(type)) return null;
  // @oneOf inputs and recursive inputs are rare: graphql-js checks them.
  if ((type as { isOneOf?: boolean }).isOneOf || seen.has(type.name)) return null;
  const fields: { name: string; check: ValueCheck; optional: boolean }[] = [];
  const inner = new Set(seen).add(type.name);
  for (const field of Object.values(type.getFields())) {
    const check = checkOf(field.type, inner);
    if (!check) return null;
    fields.push({ name: field.name, check, optional: field.defaultValue !== undefined });
  }
  const names = new Set(fields.map((f) => f.name));
  return nullable((v) => {
    if (!isPlainObject(v)) return false;
    for (const key in v) if (!names.has(key)) return false;
    for (const field of fields) {
      const value = v[field.name];
      if (value === undefined && field.optional) continue;
      if (!field.check(value)) return false;
    }
    return true;
  });
}

/** The quick check of `operation`'s variables, or null when some variable is not of built-in scalars only. */
export function plainValuesCheck(schema: GraphQLSchema, operation: OperationDefinitionNode): PlainValuesCheck | null {
  const variables: { name: string; check: ValueCheck; hasDefault: boolean }[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type);
    if (!type || !getNamedType(type)) return null;
    const check = checkOf(type as GraphQLInputType, new Set());
    if (!check) return null;
    variables.push({ name: definition.variable.name.value, check, hasDefault: definition.defaultValue !== undefined });
  }
  return (values) => variables.every(({ name, check, hasDefault }) => (values[name] === undefined && hasDefault) || check(values[name]));
}
