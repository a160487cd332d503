/**
 * Checks the benchmark's central SQL (bench/central-sql.ts: the normalised copy, then one query per
 * month) against the sample generator's independent reference evaluator
 * (sample-data/expected-findings.ts) on every batch of a small county, line by line and rule by rule, so the "central copy" timed by bench/crosscheck.ts is known
 * to compute the same findings, including the eligibility rules the load-test batch does not exercise.
 *
 * Then (unless --skip-edge-cases) the Rulings' edge cases the generator plants rarely are written over
 * the sample (bench/central-edge-cases.ts) and the comparison is run again against the reference
 * evaluator applied to the edited rows.
 *
 *   node --import tsx bench/validate-central.ts [--persons 3000] [--seed 20240301] [--mysql URL] [--prefix bench_x_] [--keep] [--skip-edge-cases]
 */
import { parseArgs } from 'node:util';
import mysql from 'mysql2/promise';
import { DEPARTMENTS } from '../lib/departments.js';
import { RULES } from '../lib/rules.js';
import { defaultDatabaseNames, generateSampleData } from '../sample-data/generate.js';
import { centralCopy, centralQuery } from './central-sql.js';
import { edgeCaseStatements, referenceFromDatabases } from './central-edge-cases.js';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '3000' },
    seed: { type: 'string', default: '20240301' },
    mysql: { type: 'string', default: 'mysql://root@127.0.0.1:3306' },
    prefix: { type: 'string', default: 'bench_val_' },
    keep: { type: 'boolean', default: false },
    // After the generated sample, write the Rulings' edge cases over it and compare again.
    'skip-edge-cases': { type: 'boolean', default: false },
  },
});
if (!/^bench_[A-Za-z0-9_]*$/.test(values.prefix!)) throw new Error('--prefix must start with bench_ (its databases are dropped)');
const names = defaultDatabaseNames(values.prefix);
const copyDatabase = `${values.prefix}central`;
const server = values.mysql!.replace(/\/$/, '');

console.log(`Generating ${values.persons} persons into ${Object.values(names).join(', ')} with the reference findings ...`);
const sample = await generateSampleData(
  { kind: 'mysql', serverUrl: server, databaseNames: names },
  { persons: Number(values.persons), seed: Number(values.seed), expectedFindings: true },
);
const connection = await mysql.createConnection({ uri: `${server}/${names.FINANCE}` });
let problems = 0;
try {
  problems += await compare('the generated sample', sample.expectedFindings!);
  if (!values['skip-edge-cases']) {
    for (const sql of edgeCaseStatements(names)) await connection.query(sql);
    problems += await compare('the sample with the edge cases written over it', await referenceFromDatabases(connection, names));
  }
} finally {
  if (!values.keep) for (const name of [...DEPARTMENTS.map((d) => names[d]), copyDatabase]) await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await connection.end();
}
console.log(problems === 0 ? '\nThe central SQL agrees with the reference evaluator on every line and rule.' : `\n${problems} disagreements.`);
process.exitCode = problems === 0 ? 0 : 1;

/** Builds the copy, runs the central query of every month and compares its findings with `reference`; the number of disagreements. */
async function compare(label: string, reference: ReadonlyArray<{ lineId: string; rule: string }>): Promise<number> {
  const expected = new Set(reference.map((f) => `${f.lineId}:${f.rule}`));
  const actual = new Set<string>();
  for (const statement of centralCopy(names, copyDatabase)) await connection.query(statement.sql, statement.params);
  const [periods] = (await connection.query(`SELECT DISTINCT ffqj FROM \`${copyDatabase}\`.batch WHERE ffqj IS NOT NULL ORDER BY ffqj`)) as [Array<{ ffqj: string }>, unknown];
  let lineCount = 0;
  for (const { ffqj } of periods) {
    const central = centralQuery(copyDatabase, { period: ffqj });
    for (const statement of central.statements.slice(0, -1)) await connection.query(statement.sql, statement.params);
    const [[counts]] = (await connection.query(central.statements.at(-1)!.sql)) as [Array<{ line_count: number | string }>, unknown];
    lineCount += Number(counts!.line_count);
    for (const rule of RULES) {
      const [rows] = (await connection.query(central.linesOf(rule, 10_000_000))) as [Array<{ MXID: string | number }>, unknown];
      for (const row of rows) actual.add(`${row.MXID}:${rule}`);
    }
    for (const sql of central.cleanup) await connection.query(sql);
  }
  let disagreements = 0;
  console.log(`\n${label}: months ${periods.map((p) => p.ffqj).join(', ')}; ${sample.batches.length} batches, ${lineCount} lines`);
  console.log(`${'rule'.padEnd(26)} ${'reference'.padStart(9)} ${'central'.padStart(9)}  missing  extra`);
  for (const rule of RULES) {
    const of = (set: Set<string>) => new Set([...set].filter((k) => k.endsWith(`:${rule}`)));
    const e = of(expected);
    const a = of(actual);
    const missing = [...e].filter((k) => !a.has(k));
    const extra = [...a].filter((k) => !e.has(k));
    disagreements += missing.length + extra.length;
    const lines = (keys: string[]) => keys.slice(0, 5).map((k) => k.split(':')[0]).join(' ');
    console.log(
      `${rule.padEnd(26)} ${String(e.size).padStart(9)} ${String(a.size).padStart(9)}  ${String(missing.length).padStart(7)} ${String(extra.length).padStart(6)}` +
        (missing.length + extra.length > 0 ? `   e.g. missing ${lines(missing)} extra ${lines(extra)}` : '   equal'),
    );
  }
  return disagreements;
}
