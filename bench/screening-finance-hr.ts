/**
 * CPU the finance and HR subgraphs spend per checked line on the cross-check path, in-process
 * against the real SDL (no HTTP, no gateway): the line pages (CrosscheckLines), screenPaymentLines,
 * screenCardAccounts and screenPublicEmployment, over the months a benchmark county holds.
 *
 *   node --import tsx bench/screening-finance-hr.ts [--persons 100k] [--months 202401,202402,202403] [--page 3600] [--rounds 3]
 *
 * Needs the databases bench/crosscheck.ts leaves (bench_czj_ykt_<size>, bench_rsj_sb_<size>) on
 * mysql://root@127.0.0.1:3306. Every line of every page is asked of every question (the engine
 * asks the HR questions of fewer lines: an upper bound, the same before and after). CPU is this
 * process's user+system time (the database server's is not in it); the first round warms up and
 * is not counted, the best of the others is reported.
 */
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createSubgraphServer } from '../subgraphs/runtime/subgraph-server.js';
import { attachAccess } from '../access/enforce.js';
import { serviceIdentity } from '../access/identity.js';
import { financeSubgraph } from '../subgraphs/finance/subgraph.js';
import { hrSubgraph } from '../subgraphs/hr/subgraph.js';
import type { DatabaseLocation } from '../lib/database-location.js';

const { values: options } = parseArgs({
  options: {
    persons: { type: 'string', default: '100k' },
    months: { type: 'string', default: '202401,202402,202403' },
    page: { type: 'string', default: '3600' },
    rounds: { type: 'string', default: '3' },
    url: { type: 'string', default: 'mysql://root@127.0.0.1:3306' },
    // Every answer of the last round, to compare two versions of the code answer for answer.
    dump: { type: 'string' },
  },
});

const PAGE = Number(options.page);
const ROUNDS = Math.max(2, Number(options.rounds));
const location = (database: string): DatabaseLocation => ({ kind: 'mysql', url: `${options.url}/${database}` }) as DatabaseLocation;

const finance = financeSubgraph(location(`bench_czj_ykt_${options.persons}`));
const hr = hrSubgraph(location(`bench_rsj_sb_${options.persons}`));
const identity = serviceIdentity('bench');

type Definition = typeof finance | typeof hr;
const answers: string[] = [];
const servers = new Map<Definition, ReturnType<typeof createSubgraphServer>>();

/** The answer as the subgraph would send it (JSON text): serialising it is part of the subgraph's cost, reading it is not. */
async function executeToJson(definition: Definition, query: string, variables: Record<string, unknown>): Promise<string> {
  let server = servers.get(definition);
  if (!server) {
    server = createSubgraphServer(definition as never);
    await server.start();
    servers.set(definition, server);
  }
  const context = attachAccess(await definition.createContext(), identity);
  const response = await server.executeOperation({ query, variables }, { contextValue: context as never });
  if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
  const result = response.body.singleResult;
  if (result.errors?.length) throw new Error(`${result.errors[0]!.message} (${JSON.stringify(result.errors[0]!.extensions)})`);
  return JSON.stringify(result.data);
}

async function execute(definition: Definition, query: string, variables: Record<string, unknown>): Promise<any> {
  return JSON.parse(await executeToJson(definition, query, variables));
}

/**
 * `executeToJson` timed into `tally` as a subgraph spends it: reading the request's variables from
 * JSON, executing, writing the answer as JSON; the caller's side (writing the request, reading the answer) is not counted.
 */
async function timedExecute(tally: Tally, definition: Definition, query: string, variables: Record<string, unknown>): Promise<any> {
  const request = JSON.stringify(variables);
  const json = await timed(tally, definition.adapter.db, () => executeToJson(definition, query, JSON.parse(request)));
  answers.push(json);
  return JSON.parse(json);
}

const BATCHES = `query($p: String!) { programmes { batches(period: $p) { batchNumber } } }`;
const LINES = `query CrosscheckLines($batchNumbers: [String!]!, $after: String, $first: Int) {
  page: checkLineColumns(batchNumbers: $batchNumbers, after: $after, first: $first) {
    batches { batchNumber programmeCode period countyCode eligibilityCondition ids idNumbers names accountNumbers amounts statuses }
    pageInfo { hasNextPage endCursor }
  }
}`;
const PAYMENT_LINES = `query($lineIds: [ID!]!) { hits: screenPaymentLines(lineIds: $lineIds) { keys rules evidence } }`;
const CARD_ACCOUNTS = `query($subjects: CardAccountSubjects!) { hits: screenCardAccounts(subjects: $subjects) { keys rules evidence } }`;
const PUBLIC_EMPLOYMENT = `query($subjects: ScreeningSubjects!) { hits: screenPublicEmployment(subjects: $subjects) { keys rules evidence } }`;

interface Page {
  batchNumbers: string[];
  after: string | null;
  keys: string[];
  idNumbers: string[];
  accountNumbers: string[];
  accountKeys: string[];
  accountIdNumbers: string[];
  dates: string[];
}

const STEPS = ['line page', 'screenPaymentLines', 'screenCardAccounts', 'screenPublicEmployment'] as const;
type Step = (typeof STEPS)[number];
interface Tally {
  cpuMs: number;
  wallMs: number;
  statements: number;
  hits: number;
}

async function timed<T>(tally: Tally, db: { statementCount: number }, work: () => Promise<T>): Promise<T> {
  const statements = db.statementCount;
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  tally.cpuMs += (used.user + used.system) / 1000;
  tally.wallMs += performance.now() - wall;
  tally.statements += db.statementCount - statements;
  return result;
}

/** Every page of every month, read through CrosscheckLines exactly as the engine pages. */
async function readPages(tally: Tally): Promise<{ pages: Page[]; lines: number }> {
  const pages: Page[] = [];
  let lines = 0;
  for (const month of options.months!.split(',')) {
    const data = await execute(finance, BATCHES, { p: month });
    const batchNumbers: string[] = data.programmes.flatMap((p: { batches: { batchNumber: string }[] }) => p.batches.map((b) => b.batchNumber));
    if (batchNumbers.length === 0) continue;
    const date = `${month.slice(0, 4)}-${month.slice(4)}-01`;
    let after: string | null = null;
    for (;;) {
      const pageAfter: string | null = after;
      const { page }: { page: any } = await timedExecute(tally, finance, LINES, { batchNumbers, after: pageAfter, first: PAGE });
      const p: Page = { batchNumbers, after: pageAfter, keys: [], idNumbers: [], accountNumbers: [], accountKeys: [], accountIdNumbers: [], dates: [] };
      for (const batch of page.batches) {
        batch.ids.forEach((id: string, i: number) => {
          p.keys.push(id);
          p.idNumbers.push(batch.idNumbers[i]);
          p.dates.push(date);
          const account = batch.accountNumbers[i];
          if (account !== null && account.trim() !== '') {
            p.accountKeys.push(id);
            p.accountIdNumbers.push(batch.idNumbers[i]);
            p.accountNumbers.push(account);
          }
        });
      }
      lines += p.keys.length;
      pages.push(p);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
  }
  return { pages, lines };
}

async function round(): Promise<{ lines: number; tallies: Record<Step, Tally> }> {
  const tallies = Object.fromEntries(STEPS.map((s) => [s, { cpuMs: 0, wallMs: 0, statements: 0, hits: 0 }])) as Record<Step, Tally>;
  const { pages, lines } = await readPages(tallies['line page']);
  for (const p of pages) {
    const paid = await timedExecute(tallies.screenPaymentLines, finance, PAYMENT_LINES, { lineIds: p.keys });
    tallies.screenPaymentLines.hits += paid.hits.keys.length;
    const cards = await timedExecute(tallies.screenCardAccounts, hr, CARD_ACCOUNTS, {
      subjects: { keys: p.accountKeys, idNumbers: p.accountIdNumbers, accountNumbers: p.accountNumbers },
    });
    tallies.screenCardAccounts.hits += cards.hits.keys.length;
    const jobs = await timedExecute(tallies.screenPublicEmployment, hr, PUBLIC_EMPLOYMENT, { subjects: { keys: p.keys, idNumbers: p.idNumbers, dates: p.dates } });
    tallies.screenPublicEmployment.hits += jobs.hits.keys.length;
  }
  return { lines, tallies };
}

async function main(): Promise<void> {
  const results: Array<Awaited<ReturnType<typeof round>>> = [];
  for (let r = 0; r < ROUNDS; r++) {
    answers.length = 0;
    results.push(await round());
    process.stderr.write(`round ${r + 1}/${ROUNDS} done\n`);
  }
  const counted = results.slice(1);
  const lines = counted[0]!.lines;
  console.log(`${lines} lines (${options.months}), pages of ${PAGE}, best of ${counted.length} rounds after a warm-up`);
  console.log('| step | CPU ms / 1,000 lines | wall ms / 1,000 lines | statements | hits |');
  console.log('|---|---:|---:|---:|---:|');
  for (const step of STEPS) {
    const best = counted.map((r) => r.tallies[step]).sort((a, b) => a.cpuMs - b.cpuMs)[0]!;
    const per = (ms: number) => ((ms * 1000) / lines).toFixed(2);
    console.log(`| ${step} | ${per(best.cpuMs)} | ${per(best.wallMs)} | ${best.statements} | ${best.hits} |`);
  }
  const all = answers.join('\n');
  console.log(`answers (pages and hits of the last round): sha256 ${createHash('sha256').update(all).digest('hex').slice(0, 16)}`);
  if (options.dump) writeFileSync(options.dump, all);
}

try {
  await main();
} finally {
  for (const server of servers.values()) await server.stop();
  await finance.close();
  await hr.close();
}
