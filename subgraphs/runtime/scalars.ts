import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../../lib/dates.js';

function stringScalar(name: string, description: string, valid: (value: string) => boolean) {
  const check = (value: unknown): string => {
    if (typeof value !== 'string' || !valid(value)) throw new TypeError(`${name} cannot represent ${JSON.stringify(value)}`);
    return value;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: check,
    parseValue: check,
    parseLiteral: (ast) => check(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

export const DateScalar = stringScalar('Date', 'A calendar date, YYYY-MM-DD.', isIsoDate);
export const DateTimeScalar = stringScalar('DateTime', 'An instant, ISO 8601.', (v) => !Number.isNaN(Date.parse(v)));
/** Exact money as text with two decimals; never a float on the wire. */
export const DecimalScalar = stringScalar('Decimal', 'An exact amount in yuan with two decimals, as text: "1234.50".', (v) =>
  /^-?\d+\.\d{2}$/.test(v),
);
