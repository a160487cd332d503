/**
 * CPU per screened subject of the department subgraphs that answer the cross-check's screening
 * questions: each subgraph built in-process from its real SDL over the benchmark's MariaDB copy of
 * a 100,000-person county (bench/crosscheck.ts leaves it behind), asked the cross-check's own
 * operations (crosscheck/operations/screen-*.graphql) about 3,600 subjects taken from real payment
 * lines, many times. The figure is this process's CPU (user + system: resolvers, mapping, mysql2,
 * GraphQL), not MariaDB's.
 *
 *   node --import tsx bench/screening-adapters.ts [--rounds 20] [--subjects 3600] [--only register,custody] [--profile DIR]
 *
 * `--answers DIR` writes each case's answer (keys, rules, evidence) to DIR/<case>.json, to compare two
 * versions of the code hit for hit. `--profile DIR` writes a CPU profile of each case's timed rounds only (not start-up, not warm-up)
 * to DIR/<case>.cpuprofile, for bench/profile-summary.ts.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import mysql from 'mysql2/promise';
import type { BaseContext } from '@apollo/server';
import { createSubgraphServer, type SubgraphDefinition } from '../subgraphs/runtime/subgraph-server.js';
import { publicSecuritySubgraph } from '../subgraphs/public-security/subgraph.js';
import { justiceSubgraph } from '../subgraphs/justice/subgraph.js';
import { disabilitySubgraph } from '../subgraphs/disability/subgraph.js';
import { civilAffairsSubgraph } from '../subgraphs/civil-affairs/subgraph.js';
import { attachAccess } from '../access/enforce.js';
import { serviceIdentity } from '../access/identity.js';
import { normaliseIdNumber } from '../lib/id-number.js';
import { normaliseName } from '../lib/text.js';
import type { DatabaseLocation } from '../lib/database-location.js';

const { values: flags } = parseArgs({
  options: {
    rounds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    subjects: { type: 'string', default: '3600' },
    only: { type: 'string' },
    server: { type: 'string', default: 'mysql://root@127.0.0.1:3306' },
    size: { type: 'string', default: '100k' },
    profile: { type: 'string' },
    answers: { type: 'string' },
  },
});
const ROUNDS = Number(flags.rounds);
const WARMUP = Number(flags.warmup);
const SUBJECTS = Number(flags.subjects);
const database = (name: string): DatabaseLocation => ({ kind: 'mysql', url: `${flags.server}/bench_${name}_${flags.size}`, timeoutMs: 60_000 });

interface Line {
  key: string;
  idNumber: string;
  name: string | null;
  date: string;
  programme: string;
}

/** Payment lines as the cross-check screens them: normalised ID, name as paid, the period's first day. */
async function paymentLines(programmes: string[] | null, count: number): Promise<Line[]> {
  const connection = await mysql.createConnection(`${flags.server}/bench_czj_ykt_${flags.size}`);
  try {
    const where = programmes ? `WHERE b.XMDM IN (${programmes.map(() => '?').join(', ')})` : '';
    const [rows] = await connection.query(
      `SELECT m.MXID AS id, m.SFZH AS idNumber, m.XM AS name, b.FFQJ AS period, b.XMDM AS programme FROM FF_MX m JOIN FF_PC b ON b.PCH = m.PCH ${where} ORDER BY m.MXID LIMIT ?`,
      [...(programmes ?? []), count],
    );
    return (rows as Array<{ id: string | number; idNumber: string; name: string | null; period: string; programme: string }>).map((r) => ({
      key: String(r.id),
      idNumber: normaliseIdNumber(r.idNumber),
      name: normaliseName(r.name) ?? '',
      date: `${r.period.slice(0, 4)}-${r.period.slice(4, 6)}-01`,
      programme: r.programme.trim(),
    }));
  } finally {
    await connection.end();
  }
}

interface Case {
  name: string;
  subgraph: () => SubgraphDefinition<any> & { adapter: { db: { statementCount: number } } };
  operation: string;
  programmes: string[] | null;
  subjects(lines: Line[]): Record<string, unknown[]>;
}

const operation = (file: string) => readFileSync(new URL(`../crosscheck/operations/${file}`, import.meta.url), 'utf8');
const plain = (lines: Line[]) => ({ keys: lines.map((l) => l.key), idNumbers: lines.map((l) => l.idNumber), dates: lines.map((l) => l.date) });

const CASES: Case[] = [
  {
    name: 'register',
    subgraph: () => publicSecuritySubgraph(database('gaj_rk')),
    operation: operation('screen-register.graphql'),
    programmes: null,
    subjects: (lines) => ({
      ...plain(lines),
      names: lines.map((l) => l.name),
      countyCodes: lines.map(() => '610727'),
      checkAge80: lines.map((l) => l.programme === 'MZ-GL'),
    }),
  },
  {
    name: 'custody',
    subgraph: () => justiceSubgraph(database('sfj_xz')),
    operation: operation('screen-custody.graphql'),
    programmes: null,
    subjects: plain,
  },
  {
    name: 'disability',
    subgraph: () => disabilitySubgraph(database('cl_cjr')),
    operation: operation('screen-disability.graphql'),
    programmes: ['CL-HL', 'CL-KF', 'CL-SH'],
    subjects: (lines) => ({ ...plain(lines), requireSevere: lines.map((l) => l.programme === 'CL-HL') }),
  },
  {
    name: 'dibao',
    subgraph: () => civilAffairsSubgraph(database('mzj_jz')),
    operation: operation('screen-dibao.graphql'),
    programmes: ['MZ-DB'],
    subjects: plain,
  },
  {
    name: 'extreme-poverty',
    subgraph: () => civilAffairsSubgraph(database('mzj_jz')),
    operation: operation('screen-extreme-poverty.graphql'),
    programmes: ['MZ-TK'],
    subjects: plain,
  },
];

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const only = flags.only ? new Set(flags.only.split(',')) : null;
const identity = serviceIdentity('bench');
const report: Array<Record<string, string | number>> = [];
for (const c of CASES) {
  if (only && !only.has(c.name)) continue;
  const lines = await paymentLines(c.programmes, SUBJECTS);
  const variables = { subjects: c.subjects(lines) };
  const definition = c.subgraph();
  const server = createSubgraphServer(definition);
  await server.start();
  const ask = async () => {
    const response = await server.executeOperation({ query: c.operation, variables }, { contextValue: attachAccess((await definition.createContext()) as BaseContext, identity) });
    if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(`${c.name}: ${JSON.stringify(response.body)}`.slice(0, 2000));
    return (response.body.singleResult.data as { hits: { keys: string[]; rules: string[]; evidence: string[] } }).hits;
  };
  let answer = await ask();
  if (flags.answers) writeFileSync(`${flags.answers}/${c.name}.json`, JSON.stringify(answer));
  for (let i = 1; i < WARMUP; i++) answer = await ask();
  const hits = answer.keys.length;
  const statementsBefore = definition.adapter.db.statementCount;
  global.gc?.();
  const session = flags.profile ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const cpu0 = cpuMs();
  const wall0 = performance.now();
  const perRound: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const c0 = cpuMs();
    await ask();
    perRound.push(cpuMs() - c0);
  }
  const cpu = cpuMs() - cpu0;
  const wall = performance.now() - wall0;
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(`${flags.profile}/${c.name}.cpuprofile`, JSON.stringify(profile));
    session.disconnect();
  }
  perRound.sort((a, b) => a - b);
  const per1000 = (ms: number) => (ms / lines.length) * 1000;
  report.push({
    case: c.name,
    subjects: lines.length,
    hits,
    statementsPerCall: (definition.adapter.db.statementCount - statementsBefore) / ROUNDS,
    cpuMsPer1000Mean: Number(per1000(cpu / ROUNDS).toFixed(1)),
    cpuMsPer1000Median: Number(per1000(perRound[Math.floor(ROUNDS / 2)]!).toFixed(1)),
    cpuMsPer1000Min: Number(per1000(perRound[0]!).toFixed(1)),
    wallMsPerCall: Number((wall / ROUNDS).toFixed(1)),
  });
  await server.stop();
  await definition.close();
  process.stderr.write(`${JSON.stringify(report.at(-1))}\n`);
}
console.table(report);
