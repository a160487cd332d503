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

function stringScalar(name: string, description: string, expected: string, valid: (value: string) => boolean) {
  const check = (value: unknown): string => {
    if (typeof value !== 'string' || !valid(value)) throw new TypeError(`${name} cannot represent ${shown(value)}: ${expected}`);
    return value;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: check,
    parseValue: check,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING) throw new TypeError(`${name} cannot represent ${echo(print(ast))}: ${expected}`);
      return check(ast.value);
    },
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

/** Every custom scalar of the hub's schemas, by name. */
export const HUB_SCALARS: ReadonlyMap<string, GraphQLScalarType> = new Map([DateScalar, DateTimeScalar, DecimalScalar].map((scalar) => [scalar.name, scalar]));
