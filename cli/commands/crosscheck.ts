/**
 * `hub crosscheck`: starts a cross-check through the gateway, follows its progress on stderr and
 * exports its findings. stdout carries only the chosen output, so `--format jsonl` pipes cleanly.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { loadConfig } from '../../lib/config.js';
import { GraphQLRequestError, httpGraphQLClient, type GraphQLClient } from '../../lib/graphql-client.js';
import { isPeriod } from '../../lib/dates.js';
import { EXIT, UsageError, write, type CliIO, type Command } from '../command.js';
import { progressReporter } from '../progress.js';
import { FORMATS, summaryText, writeCsv, writeJsonl, writeTable, writeXlsx, type Format, type ReportFinding, type ReportGap, type ReportRun, type ReportSource } from '../crosscheck-report.js';

const RUN_FIELDS = `id status error startedBy startedAt finishedAt linesTotal linesChecked
  scope { kind batchNumber programmeCode period batchNumbers eligibilityCondition }`;
const PAGE = 5000;

export const CLI_OPERATIONS = {
  start: `mutation CliStartCrosscheck($batchNumber: String, $programmeCode: String, $period: String) {
    run: startCrosscheck(batchNumber: $batchNumber, programmeCode: $programmeCode, period: $period) { id status startedBy }
  }`,
  rerun: `mutation CliRerunCrosscheck($runId: ID!) { run: rerunCrosscheck(runId: $runId) { id status startedBy } }`,
  progress: `query CliCrosscheckProgress($id: ID!) { run: crosscheckRun(id: $id) { id status linesTotal linesChecked } }`,
  report: `query CliCrosscheckReport($id: ID!) {
    run: crosscheckRun(id: $id) {
      ${RUN_FIELDS}
      summary {
        findings linesFlagged notCheckedLines
        byRule { rule departments findings amountAtRisk }
        byDepartment { department findings lines }
        notChecked { department lines rules }
      }
    }
  }`,
  findings: `query CliCrosscheckFindings($runId: ID!, $rule: CrosscheckRule, $first: Int, $after: String) {
    page: findings(runId: $runId, rule: $rule, first: $first, after: $after) {
      edges { node { id lineId rule departments evidence amount batchNumber village } }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  notChecked: `query CliCrosscheckNotChecked($runId: ID!, $first: Int, $after: String) {
    page: notChecked(runId: $runId, first: $first, after: $after) {
      edges { node { lineId batchNumber department rules reason amount } }
      pageInfo { hasNextPage endCursor }
    }
  }`,
} as const;

const USAGE = `Usage:
  npx hub crosscheck --batch <PCH> [output flags]
  npx hub crosscheck --programme <XMDM> --period <YYYYMM> [output flags]
  npx hub crosscheck --rerun <RUN_ID> [output flags]    check again only what run RUN_ID could not check
  npx hub crosscheck --run <RUN_ID> [output flags]      export an earlier run without checking again

Checks payment lines against the other departments' data through the gateway at HUB_GATEWAY_URL
(default http://localhost:4000/graphql), shows progress on stderr and prints a summary at the end.

Output flags:
  --format table|jsonl|csv|xlsx   table (default): findings and summary, readable;
                                  jsonl: one JSON object per finding (lineId, rule, departments,
                                  evidence, amount, batchNumber, village, findingId), nothing else;
                                  csv: UTF-8 with BOM, Chinese headers, for Excel and WPS;
                                  xlsx: a summary sheet (汇总), one sheet per rule, and 未核查.
  --out FILE                      write the output to FILE instead of stdout (required for xlsx)
  --token JWT                     the bearer token to present (default: HUB_TOKEN; mint a local
                                  one with \`npx hub token\`); the run is kept under its user
  --help                          this text

Exit codes:
  0  the check completed and every rule was checked (findings are a result, not an error)
  1  the check failed, or the gateway could not be reached or refused the request
  2  a flag is missing, unknown or malformed, or the server rejected an argument (named)
  3  the check completed, but some rules could not be checked for some lines ("not checked")
`;

/** The flag a server-side argument came from, so errors speak the user's language. */
const FLAG_OF_ARGUMENT: Record<string, string> = {
  batchNumber: '--batch',
  programmeCode: '--programme',
  period: '--period',
  runId: '--rerun',
  id: '--run',
};

interface Options {
  batch?: string;
  programme?: string;
  period?: string;
  rerun?: string;
  run?: string;
  format: Format;
  out?: string;
  token?: string;
  pollMs: number;
}

function parse(args: string[]): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        batch: { type: 'string' },
        programme: { type: 'string' },
        period: { type: 'string' },
        rerun: { type: 'string' },
        run: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        token: { type: 'string' },
        'poll-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // node:util names the flag in its message ("Unknown option '--bach'"); keep that, drop the advice it adds.
    throw new UsageError((error as Error).message.split('. To specify')[0]!);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  const nonEmpty = (flag: string, value: string | undefined) => {
    if (value !== undefined && value.trim() === '') throw new UsageError(`${flag} needs a value`);
    return value?.trim();
  };
  const options: Options = {
    batch: nonEmpty('--batch', v.batch),
    programme: nonEmpty('--programme', v.programme),
    period: nonEmpty('--period', v.period),
    rerun: nonEmpty('--rerun', v.rerun),
    run: nonEmpty('--run', v.run),
    format: 'table',
    out: nonEmpty('--out', v.out),
    token: nonEmpty('--token', v.token),
    pollMs: 500,
  };
  if (v.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(v.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${v.format}"`);
    options.format = v.format as Format;
  }
  if (v['poll-ms'] !== undefined) {
    const ms = Number(v['poll-ms']);
    if (!Number.isInteger(ms) || ms < 10) throw new UsageError('--poll-ms must be a whole number of milliseconds, at least 10');
    options.pollMs = ms;
  }
  const modes = [options.batch && '--batch', (options.programme || options.period) && '--programme', options.rerun && '--rerun', options.run && '--run'].filter(Boolean);
  if (modes.length === 0) throw new UsageError('say what to check: --batch <PCH>, or --programme <XMDM> --period <YYYYMM> (or --rerun/--run <RUN_ID>)');
  if (modes.length > 1) throw new UsageError(`${modes.join(' and ')} cannot be combined`);
  if (options.period && !options.programme) throw new UsageError('--period needs --programme');
  if (options.programme && !options.period) throw new UsageError('--programme needs --period <YYYYMM>');
  if (options.period && !isPeriod(options.period)) throw new UsageError(`--period must be YYYYMM with a month 01 to 12, not "${options.period}"`);
  for (const flag of ['rerun', 'run'] as const) {
    if (options[flag] && !/^\d+$/.test(options[flag]!)) throw new UsageError(`--${flag} must be a run id (digits), not "${options[flag]}"`);
  }
  if (options.format === 'xlsx' && !options.out) throw new UsageError('--format xlsx needs --out FILE (a workbook is not written to a terminal)');
  return options;
}

/** Errors the server attributes to an argument become errors about the flag that carried it. */
function asUsageError(error: unknown): never {
  if (error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT') {
    const flag = FLAG_OF_ARGUMENT[error.argumentName ?? ''];
    const message = error.errors[0]?.message ?? error.message;
    const reason = message.replace(/^Argument "\w+" /, '');
    throw new UsageError(flag ? `${flag} ${reason}` : message);
  }
  if (error instanceof GraphQLRequestError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) {
    throw new Error(`the gateway refused: ${error.message}. Present a bearer token with --token or HUB_TOKEN (\`npx hub token\` mints a local one).`);
  }
  throw error;
}

async function* pages<T>(client: GraphQLClient, query: string, variables: Record<string, unknown>): AsyncIterable<T[]> {
  let after: string | null = null;
  for (;;) {
    const data: { page: { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await client.request(query, { ...variables, first: PAGE, after });
    yield data.page.edges.map((e) => e.node);
    if (!data.page.pageInfo.hasNextPage || data.page.pageInfo.endCursor === null) return;
    after = data.page.pageInfo.endCursor;
  }
}

async function follow(client: GraphQLClient, runId: string, io: CliIO, pollMs: number): Promise<void> {
  const progress = progressReporter(io.stderr, `crosscheck run ${runId}:`);
  try {
    for (;;) {
      const { run } = await client.request<{ run: { status: string; linesTotal: number | null; linesChecked: number } | null }>(CLI_OPERATIONS.progress, { id: runId });
      if (!run) throw new Error(`run ${runId} disappeared from the hub`);
      progress.update(run.linesChecked, run.linesTotal);
      if (run.status !== 'RUNNING') return;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  } finally {
    progress.finish();
  }
}

async function closeOutput(stream: Writable): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

export const crosscheckCommand: Command = {
  name: 'crosscheck',
  summary: 'check a batch, or a programme in a period, against the other departments',
  usage: USAGE,
  async run(args, io) {
    const options = parse(args);
    if (options === 'help') {
      io.stdout.write(USAGE);
      return EXIT.OK;
    }
    const config = loadConfig(io.env);
    const token = options.token ?? config.client.token;
    const client = httpGraphQLClient(config.gateway.url, { headers: token ? { authorization: `Bearer ${token}` } : {}, timeoutMs: 120_000 });

    let runId: string;
    if (options.run) {
      runId = options.run;
    } else {
      const started = options.rerun
        ? await client.request<{ run: { id: string; startedBy: string } }>(CLI_OPERATIONS.rerun, { runId: options.rerun }).catch(asUsageError)
        : await client
            .request<{ run: { id: string; startedBy: string } }>(CLI_OPERATIONS.start, { batchNumber: options.batch ?? null, programmeCode: options.programme ?? null, period: options.period ?? null })
            .catch(asUsageError);
      runId = started.run.id;
      io.stderr.write(`crosscheck run ${runId} started by ${started.run.startedBy} via ${config.gateway.url}\n`);
    }
    await follow(client, runId, io, options.pollMs);

    const { run } = await client.request<{ run: ReportRun | null }>(CLI_OPERATIONS.report, { id: runId });
    if (!run) throw new UsageError(`--run names no cross-check run: "${runId}"`);
    const source: ReportSource = {
      findings: (rule) => pages<ReportFinding>(client, CLI_OPERATIONS.findings, { runId, rule: rule ?? null }),
      notChecked: () => pages<ReportGap>(client, CLI_OPERATIONS.notChecked, { runId }),
    };

    if (options.format === 'xlsx') {
      await writeXlsx(options.out!, run, source);
    } else {
      const out: Writable = options.out ? createWriteStream(options.out) : io.stdout;
      if (options.format === 'jsonl') await writeJsonl(out, source);
      else if (options.format === 'csv') await writeCsv(out, source);
      else await writeTable(out, run, source);
      if (options.out) await closeOutput(out);
    }
    // The table carries its own summary; every other format keeps stdout for data only.
    if (options.format !== 'table' || options.out) await write(io.stderr, summaryText(run));
    if (options.out) io.stderr.write(`Wrote ${options.format} to ${options.out}\n`);

    if (run.status === 'FAILED') {
      io.stderr.write(`hub crosscheck: run ${run.id} failed: ${run.error ?? 'unknown error'}\n`);
      return EXIT.FAILED;
    }
    return run.status === 'COMPLETED' ? EXIT.OK : EXIT.INCOMPLETE;
  },
};
