/**
 * The hub's custom scalars, defined once: the subgraphs serve them and the gateway checks
 * arguments against them before anything is planned, so `2024-02-31` or `not a date` is refused
 * the same way wherever it is sent. Each is text on the wire and is checked, never rolled over or
 * guessed at.
 */
import { GraphQLScalarType, Kind, print, type ValueNode } from 'graphql';
import { isIsoDate, isIsoDateTime } from './dates.js';
import { echo } from './echo.js';

function shown(value: unknown): string {
  if (typeof value === 'string') return `"${echo(value)}"`;
  try {
    return echo(JSON.stringify(value) ?? String(value));
  } catch {
    return typeof value;
  }
}

/** A scalar checked the same way going out as coming in, from a variable or from a literal. */
function checkedScalar<T>(name: string, description: string, check: (value: unknown) => T, literal: (ast: ValueNode, variables?: Record<string, unknown> | null) => T) {
  return new GraphQLScalarType({ name, description, serialize: check, parseValue: check, parseLiteral: literal });
}

function stringScalar(name: string, description: string, expected: string, valid: (value: string) => boolean) {
  const check = (value: unknown): string => {
    if (typeof value !== 'string' || !valid(value)) throw new TypeError(`${name} cannot represent ${shown(value)}: ${expected}`);
    return value;
  };
  return checkedScalar(name, description, check, (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError(`${name} cannot represent ${echo(print(ast))}: ${expected}`);
    return check(ast.value);
  });
}

export const DateScalar = stringScalar('Date', 'A calendar date, YYYY-MM-DD.', 'it must be a real calendar date written YYYY-MM-DD', isIsoDate);
export const DateTimeScalar = stringScalar(
  'DateTime',
  'An instant, ISO 8601.',
  'it must be a real date and time in ISO 8601, like 2024-03-01T08:00:00Z (or a date, YYYY-MM-DD)',
  isIsoDateTime,
);
/** Exact money as text with two decimals; never a float on the wire. */
export const DecimalScalar = stringScalar('Decimal', 'An exact amount in yuan with two decimals, as text: "1234.50".', 'it must be an amount with two decimals, like "1234.50"', (v) =>
  /^-?\d+\.\d{2}$/.test(v),
);

/** A list literal's entry as the value a variable would hold; anything but a string, boolean or null stays a node and fails the check. */
function literalEntry(node: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  if (node.kind === Kind.STRING || node.kind === Kind.BOOLEAN) return node.value;
  if (node.kind === Kind.NULL) return null;
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
  return node;
}

/**
 * A whole column of plain values as one scalar: the screening questions send thousands of values
 * per list, and graphql-js coerces a list type entry by entry (about 9 ms for a register question
 * of 6,000 subjects, at the gateway and again at the subgraph), where one pass over the array costs
 * a few microseconds. Each entry is still checked: the first wrong one is named by its index.
 */
function listScalar(name: string, description: string, expected: string, valid: (entry: unknown) => boolean) {
  const check = (value: unknown): unknown[] => {
    if (!Array.isArray(value)) throw new TypeError(`${name} cannot represent ${shown(value)}: it must be a list of ${expected}`);
    for (let i = 0; i < value.length; i++) {
      if (!valid(value[i])) throw new TypeError(`${name} cannot represent entry ${i} (${shown(value[i])}): each entry must be ${expected}`);
    }
    return value;
  };
  return checkedScalar(name, description, check, (ast, variables) => {
    if (ast.kind !== Kind.LIST) throw new TypeError(`${name} cannot represent ${echo(print(ast))}: it must be a list of ${expected}`);
    const entries = ast.values.map((node) => literalEntry(node, variables));
    const wrong = entries.findIndex((entry) => !valid(entry));
    if (wrong >= 0) throw new TypeError(`${name} cannot represent entry ${wrong} (${echo(print(ast.values[wrong]!))}): each entry must be ${expected}`);
    return entries;
  });
}

export const StringListScalar = listScalar('StringList', 'A list of strings as one value, for columns of thousands of entries.', 'a string', (v) => typeof v === 'string');
export const NullableStringListScalar = listScalar('NullableStringList', 'A list of strings or nulls as one value, for columns of thousands of entries.', 'a string or null', (v) => v === null || typeof v === 'string');
export const BooleanListScalar = listScalar('BooleanList', 'A list of booleans as one value, for columns of thousands of entries.', 'true or false', (v) => typeof v === 'boolean');

/** Every custom scalar of the hub's schemas, by name. */
export const HUB_SCALARS: ReadonlyMap<string, GraphQLScalarType> = new Map(
  [DateScalar, DateTimeScalar, DecimalScalar, StringListScalar, NullableStringListScalar, BooleanListScalar].map((scalar) => [scalar.name, scalar]),
);
