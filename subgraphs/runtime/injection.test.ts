/**
 * Injection strings in every string argument are data: for every department subgraph, on SQLite and
 * MariaDB, each string argument of each root field, of each Person field and of each field one level
 * below a root field gets each hostile string in turn, and the answer must be exactly the answer to
 * an ordinary string that matches nothing (same rows, same error codes), with no SQL error and the
 * tables still there afterwards.
 */
import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { describeOrSkip } from '../../test-support/skip.js';
import assert from '../../test-support/assert.js';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { DEPARTMENTS, DEPARTMENT_INFO, type Department } from '../../lib/departments.js';
import { DEPARTMENT_SUBGRAPHS } from '../registry.js';
import { loadSubgraphSdl, type SubgraphDefinition } from './subgraph-server.js';
import { executeSubgraph, personRepresentations } from '../../test-support/subgraph.js';
import { createLegacyTestDatabase, skipUnlessAvailable, TEST_DIALECTS, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { IN_REGION, seedFinance, seedPublicSecurity } from '../../test-support/access.js';

export const INJECTIONS = [
  "' OR 1=1 --",
  "' OR '1'='1",
  `"; DROP TABLE FF_MX; --`,
  "'; DROP TABLE RK_RYJBXX; --",
  `${IN_REGION}' OR '1'='1`,
  "\\' OR 1=1 #",
  '%',
  '_',
  '*/ OR /* ',
  '1; SELECT SLEEP(5)',
  'ＯＲ　１＝１',
  '张三丰\u0000',
  '😀\u202e\'--',
];
// An ordinary string that names nothing: each hostile string must be answered exactly like it.
const NEUTRAL = 'zz-no-such-thing';

const CERTIFICATE = `${IN_REGION}41`;

/** A query that finds each department's seeded record: the hostile strings dropped nothing. */
const SEEDED: Record<Department, string> = {
  PUBLIC_SECURITY: `{ person(idNumber: "${IN_REGION}") { idNumber } }`,
  JUSTICE: '{ sentence(offenderNumber: "ZF001") { offenderNumber } }',
  CIVIL_AFFAIRS: '{ dibaoHousehold(householdNumber: "JT001") { householdNumber } }',
  HR: '{ socialSecurityCard(cardNumber: "SBK001") { cardNumber } }',
  DISABILITY: `{ disabilityCertificate(certificateNumber: "${CERTIFICATE}") { certificateNumber } }`,
  FINANCE: '{ programme(code: "PUB") { code } }',
};

async function seed(department: Department, db: LegacyTestDatabase): Promise<void> {
  switch (department) {
    case 'PUBLIC_SECURITY':
      return seedPublicSecurity(db);
    case 'FINANCE':
      return seedFinance(db);
    case 'JUSTICE':
      return db.insert('ZF_XFZX', [{ ZFBH: 'ZF001', ZJHM: IN_REGION, XM: '张三丰', XZDM: '01', XQQR: '20230501', XQZR: '20250430', SJSFRQ: null, JYMC: '某监狱' }]);
    case 'CIVIL_AFFAIRS':
      await db.insert('DB_JT', [{ JTBH: 'JT001', HZSFZH: IN_REGION, XZQHDM: '610728101001', BZLBDM: '2', YBZJE: '600.00', NBRQ: '20200101', TBRQ: null }]);
      await db.insert('DB_JTCY', [{ CYID: 1, JTBH: 'JT001', SFZH: IN_REGION, XM: '张三丰', YHZGXDM: '01' }]);
      return db.insert('TK_GYRY', [{ GYID: 1, SFZH: IN_REGION, XM: '张三丰', GYXSDM: '2', KSRQ: '20200101', ZZRQ: null }]);
    case 'HR':
      await db.insert('SBK_KXX', [{ SBKH: 'SBK001', SFZH: IN_REGION, XM: '张三丰', YHDM: '103', YHZH: '6228000000000001', KZTDM: '1', FKRQ: '20190101' }]);
      return db.insert('CB_DWCBRY', [{ ID: 1, SFZH: IN_REGION, DWBH: 'DW001', DWMC: '某局', DWLXDM: '10', CBKSRQ: '20100101', CBZZRQ: null }]);
    case 'DISABILITY':
      return db.insert('CJR_ZXX', [{ CJRZH: CERTIFICATE, SFZH: IN_REGION, XM: '张三丰', CJLBDM: '4', CJDJDM: '1', FZRQ: '20200101', YXQZ: '20300101', ZXRQ: null }]);
  }
}

/** Ordinary values by argument or input field name, so that only the one argument under test is hostile. */
function filler(name: string, type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  const list = isListType(isNonNullType(type) ? type.ofType : type);
  const value = (() => {
    if (isInputObjectType(named)) return Object.fromEntries(Object.values(named.getFields()).map((f) => [f.name, filler(f.name, f.type)]));
    if (isEnumType(named)) return named.getValues()[0]!.value;
    if (named.name === 'Boolean') return false;
    if (named.name === 'Int') return name === 'first' ? 10 : 1;
    if (/date/i.test(name)) return '2024-03-01';
    if (/period/i.test(name)) return '202403';
    if (/idNumber/i.test(name)) return IN_REGION;
    if (/county|division/i.test(name)) return '610728';
    const known: Record<string, string> = {
      code: 'PUB',
      programmeCode: 'PUB',
      batchNumber: 'PUB-610728',
      batchNumbers: 'PUB-610728',
      id: '1',
      lineIds: '1',
      offenderNumber: 'ZF001',
      householdNumber: 'JT001',
      cardNumber: 'SBK001',
      certificateNumber: CERTIFICATE,
      accountNumber: '6228000000000001',
      key: 'k1',
      name: '张三丰',
    };
    return known[name] ?? 'x';
  })();
  return list ? [value] : value;
}

/** Every path to a string leaf in an argument's value, so each can be made hostile on its own. */
function stringSlots(arg: GraphQLArgument): ((hostile: string) => unknown)[] {
  const slots: ((hostile: string) => unknown)[] = [];
  const visit = (name: string, type: GraphQLInputType, set: (make: (hostile: string) => unknown) => void) => {
    const named = getNamedType(type);
    const list = isListType(isNonNullType(type) ? type.ofType : type);
    if (isScalarType(named) && (named.name === 'String' || named.name === 'ID')) {
      set((hostile) => (list ? [hostile] : hostile));
    } else if (isInputObjectType(named)) {
      for (const field of Object.values(named.getFields())) {
        visit(field.name, field.type, (make) =>
          set((hostile) => {
            const object = { ...(filler(name, named) as Record<string, unknown>), [field.name]: make(hostile) };
            return list ? [object] : object;
          }),
        );
      }
    }
  };
  visit(arg.name, arg.type, (make) => slots.push(make));
  return slots;
}

interface Probe {
  label: string;
  build(hostile: string): { query: string; variables: Record<string, unknown> };
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  return isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
}

function argumentList(field: GraphQLField<unknown, unknown>, prefix: string): string {
  return field.args.length ? `(${field.args.map((a) => `${a.name}: $${prefix}${a.name}`).join(', ')})` : '';
}

function variableDefinitions(field: GraphQLField<unknown, unknown>, prefix: string): string[] {
  return field.args.map((a) => `$${prefix}${a.name}: ${a.type.toString()}`);
}

/** Every string slot of every argument of root fields, of Person fields, and of fields one level below a root field. */
function probesFor(schema: GraphQLSchema): Probe[] {
  const probes: Probe[] = [];
  const fillArgs = (field: GraphQLField<unknown, unknown>, prefix: string) =>
    Object.fromEntries(field.args.map((a) => [`${prefix}${a.name}`, filler(a.name, a.type)]));
  const root = Object.values(schema.getQueryType()!.getFields()).filter((f) => !f.name.startsWith('_'));
  for (const field of root) {
    for (const arg of field.args) {
      stringSlots(arg).forEach((slot, i) =>
        probes.push({
          label: `Query.${field.name}(${arg.name}#${i})`,
          build: (hostile) => ({
            query: `query(${variableDefinitions(field, 'r').join(', ')}) { ${field.name}${argumentList(field, 'r')}${selectionFor(field)} }`,
            variables: { ...fillArgs(field, 'r'), [`r${arg.name}`]: slot(hostile) },
          }),
        }),
      );
    }
    const returned = getNamedType(field.type);
    if (!isObjectType(returned)) continue;
    for (const child of Object.values(returned.getFields())) {
      for (const arg of child.args) {
        stringSlots(arg).forEach((slot, i) =>
          probes.push({
            label: `Query.${field.name} ${returned.name}.${child.name}(${arg.name}#${i})`,
            build: (hostile) => ({
              query: `query(${[...variableDefinitions(field, 'r'), ...variableDefinitions(child, 'c')].join(', ')}) { ${field.name}${argumentList(field, 'r')} { ${child.name}${argumentList(child, 'c')}${selectionFor(child)} } }`,
              variables: { ...fillArgs(field, 'r'), ...fillArgs(child, 'c'), [`c${arg.name}`]: slot(hostile) },
            }),
          }),
        );
      }
    }
  }
  const person = schema.getType('Person');
  if (isObjectType(person)) {
    for (const field of Object.values(person.getFields())) {
      for (const arg of field.args) {
        stringSlots(arg).forEach((slot, i) =>
          probes.push({
            label: `Person.${field.name}(${arg.name}#${i})`,
            build: (hostile) => ({
              query: `query($reps: [_Any!]!${field.args.length ? ', ' : ''}${variableDefinitions(field, 'p').join(', ')}) { _entities(representations: $reps) { ... on Person { ${field.name}${argumentList(field, 'p')}${selectionFor(field)} } } }`,
              variables: { reps: personRepresentations([IN_REGION]), ...fillArgs(field, 'p'), [`p${arg.name}`]: slot(hostile) },
            }),
          }),
        );
      }
    }
  }
  return probes;
}

/** The answer with the probe's own string taken out, so a key echoed back does not count as a difference. */
function comparable(result: { data?: unknown; errors?: readonly { extensions?: Record<string, unknown> }[] }, value: string): string {
  const replace = (v: unknown): unknown => {
    if (typeof v === 'string') return v.split(value).join('«v»');
    if (Array.isArray(v)) return v.map(replace);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replace(x)]));
    return v;
  };
  return JSON.stringify({ data: replace(result.data ?? null), codes: (result.errors ?? []).map((e) => e.extensions?.code) });
}

for (const dialect of TEST_DIALECTS) {
  for (const department of DEPARTMENTS) {
    describeOrSkip(`injection strings in ${DEPARTMENT_INFO[department].nameEn} arguments on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
      let db: LegacyTestDatabase;
      let subgraph: SubgraphDefinition<any>;
      const schema = buildSubgraphSchema({ typeDefs: loadSubgraphSdl(DEPARTMENT_INFO[department].slug) });
      const probes = probesFor(schema);

      beforeAll(async () => {
        db = await createLegacyTestDatabase(dialect, department);
        await seed(department, db);
        subgraph = DEPARTMENT_SUBGRAPHS[department](db.location);
      });
      afterAll(async () => {
        await subgraph?.close();
        await db?.drop();
      });

      test('there are string arguments to try', () => {
        assert.ok(probes.length > 0);
      });

      test('every hostile string is answered exactly like an ordinary string that matches nothing', async () => {
        const differences: string[] = [];
        for (const probe of probes) {
          const neutral = probe.build(NEUTRAL);
          const expected = comparable(await executeSubgraph(subgraph, neutral.query, neutral.variables), NEUTRAL);
          for (const hostile of INJECTIONS) {
            const { query, variables } = probe.build(hostile);
            const result = await executeSubgraph(subgraph, query, variables);
            const codes = (result.errors ?? []).map((e) => e.extensions?.code);
            if (codes.some((c) => c !== 'BAD_USER_INPUT')) differences.push(`${probe.label} ${JSON.stringify(hostile)}: ${JSON.stringify(result.errors)}`);
            else if (comparable(result, hostile) !== expected) differences.push(`${probe.label} ${JSON.stringify(hostile)}: ${comparable(result, hostile)} vs ${expected}`);
          }
        }
        assert.deepEqual(differences, []);
      });

      test("the department's records are all still there afterwards", async () => {
        const result = await executeSubgraph(subgraph, SEEDED[department]);
        assert.equal(result.errors, undefined);
        assert.notEqual(Object.values(result.data ?? {})[0], null, 'the seeded record is found');
      });
    });
  }
}
