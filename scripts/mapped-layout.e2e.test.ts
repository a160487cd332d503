/**
 * A county whose six databases rename every table and column, keep public security's tables in a
 * schema of their own and store every code differently, each with its mapping file: the hub's
 * answers (person facts, batches and searches, roll-ups, cross-check findings) are the same as on
 * the documented layout.
 */
import { afterAll, beforeAll, expect } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import assert from '../test-support/assert.js';
import { mariaDb } from '../test-support/legacy-db.js';
import { describeOrSkip, testOrSkip } from '../test-support/skip.js';
import { testEnv } from '../test-support/env.js';
import { FREE_PORTS, gatewayRequest } from '../test-support/hub.js';
import { comparable, crosscheckOverGateway } from '../test-support/crosscheck-runs.js';
import { copyToMappedLayout, renamingMapping, writeMappingFile } from '../test-support/mapped-copy.js';
import { generateSampleData, defaultDatabaseNames } from '../sample-data/generate.js';
import { startHubServices } from '../scripts/hub-services.js';
import { loadConfig } from '../lib/config.js';
import { DEPARTMENTS, DEPARTMENT_INFO, type Department } from '../lib/departments.js';
import { normaliseIdNumber, isValidIdNumber } from '../lib/id-number.js';
import { hubKeys } from '../access/secrets.js';
import { mintUserToken } from '../access/tokens.js';

const skip = { skip: mariaDb.reachable ? (false as const) : mariaDb.reason };
const PREFIX = 'hub_i14e_';
const documented = defaultDatabaseNames(PREFIX, '');
const mapped = defaultDatabaseNames(`${PREFIX}m_`, '');
const LEGACY_SCHEMA = `${PREFIX}m_legacy`;

const PERSON = `query($id: String!) { person(idNumber: $id) {
  idNumber
  registration { name sex birthDate divisionCode status statusCode deathDate }
  inCustodyAt(date: "2024-03-01")
  sentences { offenderNumber type startDate releaseDate }
  onDibaoAt(date: "2024-03-01")
  dibaoMemberships { relation household { householdNumber monthlyAllowance members { name relation } } }
  socialSecurityCards { cardNumber accountNumber status }
  insuredEmployments { employerName employerType startDate endDate }
  disabilityCertificates { certificateNumber category level validUntil }
  registeredAccounts { accountNumber accountType inUse }
  paymentLines { id amount status batch { batchNumber period programme { name } } }
} }`;

const BATCH = `query($b: String!) { batch(batchNumber: $b) {
  programme { code name standardAmount eligibilityCondition fundingLevel department }
  period lineCount totalAmount
  lines(first: 500) { edges { node { id name amount status } } pageInfo { hasNextPage } }
} }`;

const SEARCH = `query($status: PaymentLineStatus) {
  searchPaymentLines(filter: { division: "610727", status: $status }, first: 500) { edges { node { id amount status } } totals { lineCount personCount totalAmount } }
  paymentRollup(filter: { division: "610727" }, groupBy: [PROGRAMME, FUNDING_LEVEL, DEPARTMENT, STATUS]) { programmeCode fundingLevel fundingLevelCode department departmentCode status lineCount personCount totalAmount }
}`;

let admin: mysql.Connection;
let mappingDir: string;
let persons: string[] = [];
let batches: string[] = [];

interface Answers {
  persons: unknown[];
  batches: unknown[];
  searches: unknown[];
  findings: string[];
}
const answers: Partial<Record<'documented' | 'mapped', Answers>> = {};

async function dropAll(): Promise<void> {
  for (const name of [...Object.values(documented), ...Object.values(mapped), LEGACY_SCHEMA]) await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
}

/** Every answer the comparison looks at, from a hub over `env`'s databases. */
async function answersOf(env: Record<string, string>): Promise<Answers> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hub-i14-'));
  // One analyst asks a hundred questions in a row: the per-identity rate limit is not under test here.
  const config = loadConfig({ HUB_DATA_DIR: dataDir, ...FREE_PORTS, HUB_RATE_LIMIT_PER_MINUTE: '100000', HUB_RATE_LIMIT_BURST: '100000', ...env });
  const hub = await startHubServices(config);
  try {
    const keys = hubKeys(config);
    const regions = [...new Set(persons.map((id) => id.slice(0, 6)))];
    const wide = await mintUserToken(keys, { sub: 'i14-analyst', role: 'analyst', regions });
    const county = await mintUserToken(keys, { sub: 'i14-county', role: 'analyst', regions: ['610727'] });
    const ask = async (query: string, variables: Record<string, unknown>, token: string) => {
      const result = await gatewayRequest(hub.gatewayUrl, query, variables, { authorization: `Bearer ${token}` });
      // What a role may not see is refused the same way on both layouts: compared, not failed on.
      const refused = result.errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code }));
      assert.ok(!refused?.some((e) => e.code === 'DEPARTMENT_UNAVAILABLE' || e.code === 'INTERNAL_SERVER_ERROR'), JSON.stringify(refused));
      return { data: result.data, refused };
    };
    const out: Answers = { persons: [], batches: [], searches: [], findings: [] };
    for (const id of persons) out.persons.push(await ask(PERSON, { id }, wide));
    for (const b of batches) out.batches.push(await ask(BATCH, { b }, county));
    for (const status of [null, 'PENDING', 'CREDITED', 'FAILED', 'UNRECOGNISED']) out.searches.push(await ask(SEARCH, { status }, county));
    const runs = crosscheckOverGateway(() => hub.gatewayUrl, () => ({ authorization: `Bearer ${county}` }));
    const run = await runs.checkAndWait({ q: '202403' });
    assert.equal(run.status, 'COMPLETED', JSON.stringify(run));
    out.findings = comparable(await runs.allFindings(run.id));
    return out;
  } finally {
    await hub.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describeOrSkip('a county whose databases are renamed and re-coded, read through mapping files', skip, () => {
  beforeAll(async () => {
    admin = await mysql.createConnection({ uri: testEnv.mariaDbServerUrl });
    await dropAll();
    await generateSampleData({ kind: 'mysql', serverUrl: testEnv.mariaDbServerUrl, databaseNames: documented }, { persons: 1000, seed: 14, expectedFindings: false });
    mappingDir = mkdtempSync(path.join(os.tmpdir(), 'hub-i14-mappings-'));
    await admin.query(`CREATE DATABASE \`${LEGACY_SCHEMA}\` CHARACTER SET utf8mb4`);
    for (const department of DEPARTMENTS) {
      await admin.query(`CREATE DATABASE \`${mapped[department]}\` CHARACTER SET utf8mb4`);
      const document = renamingMapping(department, department === 'PUBLIC_SECURITY' ? { schema: LEGACY_SCHEMA } : {});
      writeMappingFile(path.join(mappingDir, `${department}.json`), document);
      await copyToMappedLayout(admin, department, documented[department], mapped[department], document, { indexes: true });
    }
    // Persons the departments other than the register know (other counties among them), and some of the register's.
    const [paid] = await admin.query(`SELECT DISTINCT SFZH AS id FROM \`${documented.FINANCE}\`.FF_MX ORDER BY SFZH LIMIT 40`);
    const [sentenced] = await admin.query(`SELECT DISTINCT ZJHM AS id FROM \`${documented.JUSTICE}\`.ZF_XFZX`);
    const [disabled] = await admin.query(`SELECT DISTINCT SFZH AS id FROM \`${documented.DISABILITY}\`.CJR_ZXX LIMIT 20`);
    const [members] = await admin.query(`SELECT DISTINCT SFZH AS id FROM \`${documented.CIVIL_AFFAIRS}\`.DB_JTCY LIMIT 20`);
    const [registered] = await admin.query(`SELECT GMSFHM AS id FROM \`${documented.PUBLIC_SECURITY}\`.RK_RYJBXX WHERE RYZTDM <> '0' LIMIT 20`);
    // Failed lines carry the payment status code the mapping re-codes: some payees must have one.
    const [failed] = await admin.query(`SELECT DISTINCT SFZH AS id FROM \`${documented.FINANCE}\`.FF_MX WHERE TRIM(FFZTDM) = '2' ORDER BY SFZH LIMIT 10`);
    const all = [paid, sentenced, disabled, members, registered, failed].flatMap((rows) => (rows as Array<{ id: string }>).map((r) => normaliseIdNumber(r.id)));
    persons = [...new Set(all.filter(isValidIdNumber))].sort();
    const [rows] = await admin.query(`SELECT PCH AS b FROM \`${documented.FINANCE}\`.FF_PC WHERE XZQHDM = '610727' ORDER BY PCH`);
    batches = (rows as Array<{ b: string }>).map((r) => r.b.trim());
  });

  afterAll(async () => {
    if (!admin) return;
    await dropAll();
    await admin.end();
    if (mappingDir) rmSync(mappingDir, { recursive: true, force: true });
  });

  const urlOf = (database: string) => `${testEnv.mariaDbServerUrl}/${database}`;
  const envOf = (databases: Record<Department, string>, withMappings: boolean) =>
    Object.fromEntries(
      DEPARTMENTS.flatMap((d) => {
        const envVar = DEPARTMENT_INFO[d].envVar;
        return [[envVar, urlOf(databases[d])], ...(withMappings ? [[`${envVar}_MAPPING`, path.join(mappingDir, `${d}.json`)]] : [])];
      }),
    );

  testOrSkip('the hub answers on the documented layout (the reference)', skip, async () => {
    answers.documented = await answersOf(envOf(documented, false));
    expect(answers.documented.persons.length).toBeGreaterThan(60);
    // The reference must hold the facts the mapping could get wrong: codes of every department, and hits.
    const facts = answers.documented.persons.map((p) => (p as { data: { person: Record<string, any> | null } }).data.person).filter((p) => p !== null) as Record<string, any>[];
    expect(facts.filter((p) => p.registration?.status === 'DECEASED').length).toBeGreaterThan(0);
    expect(facts.filter((p) => (p.sentences ?? []).length > 0).length).toBeGreaterThan(0);
    expect(facts.filter((p) => (p.disabilityCertificates ?? []).length > 0).length).toBeGreaterThan(0);
    expect(facts.filter((p) => (p.socialSecurityCards ?? []).some((c: { status: string }) => c.status === 'ACTIVE')).length).toBeGreaterThan(0);
    expect(facts.filter((p) => (p.paymentLines ?? []).some((l: { status: string }) => l.status === 'FAILED')).length).toBeGreaterThan(0);
    expect(answers.documented.findings.length).toBeGreaterThan(0);
  });

  testOrSkip('person facts, batches, searches, roll-ups and findings are the same over the renamed and re-coded databases', skip, async () => {
    assert.ok(answers.documented, 'the reference answers were not collected');
    const got = await answersOf(envOf(mapped, true));
    const want = answers.documented!;
    assert.deepEqual(got.persons, want.persons);
    assert.deepEqual(got.batches, want.batches);
    assert.deepEqual(got.searches, want.searches);
    assert.deepEqual(got.findings, want.findings);
  });
});
