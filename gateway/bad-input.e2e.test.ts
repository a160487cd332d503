/**
 * The bad-input table: every argument of every root field of the API schema, and every field of
 * the input objects they take, fed wrong-type, malformed, injection and huge values, against a
 * whole hub over HTTP as an analyst. The list is read from the schema by introspection, so a new
 * argument is covered the day it is added.
 *
 * Wrong-type values (a number for a string, an object for a scalar, null for a non-null, an
 * impossible date) must be refused naming the argument. Malformed, injection and huge strings may
 * be refused (then naming the argument) or answered as plain data. Either way a response never
 * carries a code outside lib/errors.ts, a full ID number, an internal address or the huge value,
 * and the hub still answers afterwards.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import assert from '../test-support/assert.js';
import { startHub, type TestHub } from '../test-support/hub.js';
import { validIdNumber } from '../test-support/id-numbers.js';
import { ERROR_CODES, ErrorCode } from '../lib/errors.js';

const HUGE = 'A'.repeat(100_000);
const AN_ID_NUMBER = validIdNumber('610727', '19500101', '001');
/** A citizen ID number anywhere in a response, whole (lib/echo.ts masks them). */
const FULL_ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/;
const ADDRESS = /\b[a-z][a-z0-9+.-]*:\/\/|127\.0\.0\.1|localhost|\[::1\]/i;

/** An enum value in a literal, printed bare. */
class EnumValue {
  constructor(readonly name: string) {}
}

/** Where the value under test goes when it is sent as the variable `$v`. */
const VARIABLE = new EnumValue('$v');

type Value = string | number | boolean | null | EnumValue | Value[] | { [key: string]: Value };

function literal(value: Value): string {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(', ')} }`;
  return JSON.stringify(value);
}

function asJson(value: Value): unknown {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return value.map(asJson);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asJson(v)]));
  return value;
}

/** Real-looking values for the arguments around the one under test, so that only it is wrong. */
const SAMPLE_TEXT: Record<string, string> = {
  idNumber: AN_ID_NUMBER,
  idNumbers: AN_ID_NUMBER,
  subjectIdNumber: AN_ID_NUMBER,
  name: '张三',
  contactName: '张三',
  contactPhone: '13800000000',
  period: '202403',
  periodFrom: '202401',
  periodTo: '202403',
  countyCode: '610727',
  countyCodes: '610727',
  divisionPrefix: '610727',
  division: '610727',
  dates: '2024-03-01',
  reason: 'checked by hand',
  description: 'not paid',
  category: 'NOT_PAID',
  accountNumbers: '6217000000000000000',
};

function sample(type: GraphQLInputType, name: string): Value {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return new EnumValue(type.getValues()[0]!.name);
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type, f.name)]));
  }
  switch (type.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'ID':
      return '1';
    case 'Date':
      return '2024-03-01';
    case 'DateTime':
      return '2024-03-01T00:00:00Z';
    case 'Decimal':
      return '1.00';
    case 'StringList':
    case 'NullableStringList':
      return [SAMPLE_TEXT[name] ?? 'x'];
    case 'BooleanList':
      return [true];
    default:
      return SAMPLE_TEXT[name] ?? 'x';
  }
}

/** Values no argument of `type` may take: each must be refused, naming the argument. */
function wrongValues(type: GraphQLInputType): Value[] {
  const named = getNamedType(type);
  const values: Value[] = [{ nested: 1 }];
  if (isNonNullType(type)) values.push(null);
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable) && isNonNullType(nullable.ofType)) values.push([null]);
  if (isInputObjectType(named)) return [...values, 'x', 1];
  if (isEnumType(named)) return [...values, 'NOT_A_VALUE', 1];
  if (isScalarType(named)) {
    switch (named.name) {
      case 'String':
        return [...values, Number(AN_ID_NUMBER.slice(0, 17) + '1'), true];
      case 'ID':
        return [...values, true, 1.5];
      case 'Int':
        return [...values, 'one', 1.5, 2 ** 40];
      case 'Float':
        return [...values, 'one'];
      case 'Boolean':
        return [...values, 'true', 1];
      case 'Date':
        return [...values, '2024-02-31', 'not a date', 20240301, ''];
      case 'DateTime':
        return [...values, '2024-02-31T00:00:00Z', 'not a date', '2024-03-01T25:00:00Z', 1709251200000];
      case 'Decimal':
        return [...values, 'ten', 10];
      case 'StringList':
        return [...values, 'x', [null], [1], ['x', true]];
      case 'NullableStringList':
        return [...values, 'x', [1], ['x', true]];
      case 'BooleanList':
        return [...values, true, ['true'], [1]];
    }
  }
  return values;
}

/** Strings that are the right type but no sensible value: refused by name, or answered as data. */
function oddStrings(type: GraphQLInputType): Value[] {
  const named = getNamedType(type);
  if (!isScalarType(named) || !['String', 'ID', 'StringList', 'NullableStringList'].includes(named.name)) return [];
  const odd = ["' OR 1=1 --", '<script>alert(1)</script>', '\u0000\u202e２０２４ ☃', HUGE, AN_ID_NUMBER];
  const list = isListType(isNonNullType(type) ? type.ofType : type) || named.name.endsWith('List');
  return odd.map((s) => (list ? [s] : s));
}

interface Slot {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  /** Argument, then input object fields: ['filter', 'periodFrom']. */
  path: string[];
  type: GraphQLInputType;
}

function slotsOf(schema: GraphQLSchema): Slot[] {
  const slots: Slot[] = [];
  const walk = (operation: Slot['operation'], field: GraphQLField<unknown, unknown>, path: string[], type: GraphQLInputType, seen: Set<string>) => {
    slots.push({ operation, field, path, type });
    const named = getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    for (const inner of Object.values(named.getFields())) walk(operation, field, [...path, inner.name], inner.type, new Set([...seen, named.name]));
  };
  for (const [operation, root] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) for (const arg of field.args) walk(operation, field, [arg.name], arg.type, new Set());
  }
  return slots;
}

/** The operation putting `value` at the slot (a literal, or VARIABLE for `$v`), everything else sample values. */
function operationFor(slot: Slot, value: Value): string {
  const put = (type: GraphQLInputType, path: string[], name: string): Value => {
    if (path.length === 0) return value;
    const named = getNamedType(type);
    if (!isInputObjectType(named)) throw new Error(`no field ${path.join('.')} under ${name}`);
    const [next, ...rest] = path;
    return { ...(sample(named, name) as Record<string, Value>), [next!]: put(named.getFields()[next!]!.type, rest, next!) };
  };
  const args = slot.field.args
    .map((arg) => {
      if (arg.name === slot.path[0]) return `${arg.name}: ${literal(put(arg.type, slot.path.slice(1), arg.name))}`;
      if (isNonNullType(arg.type) && arg.defaultValue === undefined) return `${arg.name}: ${literal(sample(arg.type, arg.name))}`;
      return null;
    })
    .filter(Boolean)
    .join(', ');
  const selection = isCompositeType(getNamedType(slot.field.type)) ? ' { __typename }' : '';
  const variable = value === VARIABLE ? `($v: ${String(slot.type)})` : '';
  return `${slot.operation} BadInput${variable} { ${slot.field.name}(${args})${selection} }`;
}

interface Answer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

describe('every argument of every operation fed bad values', () => {
  let hub: TestHub;
  let token: string;
  let schema: GraphQLSchema;

  async function post(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) };
  }

  beforeAll(async () => {
    hub = await startHub({ persons: 1000, env: { HUB_RATE_LIMIT_PER_MINUTE: '1000000', HUB_RATE_LIMIT_BURST: '1000000' } });
    token = await hub.token({ sub: 'bad-input', role: 'analyst', regions: ['610727'] });
    const introspection = await post(getIntrospectionQuery());
    assert.equal(introspection.body.errors, undefined, introspection.text.slice(0, 500));
    schema = buildClientSchema(introspection.body.data as IntrospectionQuery);
  });

  afterAll(async () => {
    await hub?.close();
  });

  /** What every answer must be, whatever was asked. */
  function assertNothingLeaks(answer: Answer, what: string): void {
    assert.ok(answer.status < 500, `${what}: HTTP ${answer.status} ${answer.text.slice(0, 300)}`);
    assert.ok(answer.text.length < 20_000, `${what}: ${answer.text.length} characters back`);
    assert.doesNotMatch(answer.text, FULL_ID_NUMBER, `${what}: a full ID number in ${answer.text.slice(0, 300)}`);
    assert.doesNotMatch(answer.text, ADDRESS, `${what}: an internal address in ${answer.text.slice(0, 300)}`);
    for (const error of answer.body.errors ?? []) {
      const code = error.extensions?.code;
      assert.ok(typeof code === 'string' && Object.hasOwn(ERROR_CODES, code), `${what}: code ${String(code)} is not in lib/errors.ts`);
      assert.notEqual(code, ErrorCode.INTERNAL_SERVER_ERROR, `${what}: ${error.message}`);
    }
  }

  type AnError = { message: string; extensions?: Record<string, unknown> };

  /** `argumentName` is the slot, or the argument or input field holding it, or one inside it. */
  function argumentNamesSlot(error: AnError, slot: Slot): boolean {
    const path = slot.path.join('.');
    const argumentName = error.extensions?.argumentName;
    return typeof argumentName === 'string' && (argumentName === path || path.startsWith(`${argumentName}.`) || argumentName.startsWith(`${path}.`));
  }

  /**
   * The message names the argument (or one holding it) or the variable; the disclosure service's
   * public messages are Chinese sentences and name it in `field` / `problems[].field` instead.
   */
  function messageNamesSlot(error: AnError, slot: Slot): boolean {
    const prefixes = slot.path.map((_, i) => slot.path.slice(0, i + 1).join('.'));
    const names = [...prefixes, slot.path[slot.path.length - 1]!, '$v', `v.${slot.path.slice(1).join('.')}`];
    if (names.some((name) => error.message.includes(`"${name}"`))) return true;
    const problems = (error.extensions?.problems as { field?: unknown }[] | undefined) ?? [];
    const fields = [error.extensions?.field, ...problems.map((p) => p.field)];
    return fields.some((field) => typeof field === 'string' && slot.path.includes(field));
  }

  /** `argumentName` is one of the field's arguments (or inside one): refused for an argument the caller sent or left out. */
  function argumentOfField(error: AnError, slot: Slot): boolean {
    const argumentName = error.extensions?.argumentName;
    return typeof argumentName === 'string' && slot.field.args.some((arg) => argumentName === arg.name || argumentName.startsWith(`${arg.name}.`));
  }

  test('the schema has operations to walk', () => {
    const slots = slotsOf(schema);
    assert.ok(slots.length > 100, `${slots.length} arguments and input fields`);
    // The ones the issue names are among them.
    for (const path of ['asOf', 'date', 'idNumber', 'filter.periodFrom']) assert.ok(slots.some((s) => s.path.join('.') === path), path);
  });

  test('wrong-type values are refused naming the argument, and odd strings leak nothing', async () => {
    const failures: string[] = [];
    for (const slot of slotsOf(schema)) {
      const where = `${slot.field.name}(${slot.path.join('.')}: ${String(slot.type)})`;
      const wrong = wrongValues(slot.type);
      const asked = [
        ...wrong.map((value) => ({ value, wrong: true, query: operationFor(slot, value), variables: {} })),
        ...wrong.map((value) => ({ value, wrong: true, query: operationFor(slot, VARIABLE), variables: { v: asJson(value) } })),
        ...oddStrings(slot.type).map((value) => ({ value, wrong: false, query: operationFor(slot, VARIABLE), variables: { v: asJson(value) } })),
      ];
      const answers = await Promise.all(asked.map((a) => post(a.query, a.variables)));
      answers.forEach((answer, i) => {
        const { value, wrong, query, variables } = asked[i]!;
        const what = `${where} = ${JSON.stringify(asJson(value))?.slice(0, 60)}${Object.keys(variables).length ? ' (variable)' : ''}`;
        try {
          assertNothingLeaks(answer, what);
          const errors = answer.body.errors ?? [];
          if (wrong) {
            assert.ok(errors.length > 0, `${what}: accepted (${query.slice(0, 200)})`);
            const naming = errors.some((e) => argumentNamesSlot(e, slot) && messageNamesSlot(e, slot));
            assert.ok(naming, `${what}: no error names it: ${answer.text.slice(0, 400)}`);
          } else {
            // The sample values around it may name nothing the county has: then that argument is named.
            for (const e of errors.filter((e) => e.extensions?.code === ErrorCode.BAD_USER_INPUT)) {
              assert.ok(argumentOfField(e, slot), `${what}: refused without naming an argument: ${answer.text.slice(0, 400)}`);
            }
          }
        } catch (error) {
          failures.push((error as Error).message);
        }
      });
    }
    assert.deepEqual(failures, []);
  });

  test('the hub still answers afterwards', async () => {
    const answer = await post('{ programmes { code } }');
    assert.equal(answer.status, 200);
    assert.equal(answer.body.errors, undefined, answer.text.slice(0, 300));
    assert.ok(Array.isArray((answer.body.data as { programmes: unknown[] }).programmes));
    const health = await fetch(new URL('/health', hub.gatewayUrl));
    assert.equal(health.status, 200);
  });

  test('an operation type the hub does not serve is refused with its own code, not HTTP 500', async () => {
    const answer = await post('subscription { x }');
    assert.equal(answer.status, 400);
    assert.equal(answer.body.errors?.[0]?.extensions?.code, ErrorCode.OPERATION_NOT_SUPPORTED);
  });
});
