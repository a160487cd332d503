/**
 * `hub crosscheck`: starts a cross-check through the gateway, follows its progress on stderr and
 * exports its findings. stdout carries only the chosen output, so `--format jsonl` pipes cleanly.
 */
import { echo } from '../../lib/echo.js';
import { EXIT, UsageError, type CliIO } from '../command.js';
import { defineCommand } from '../define-command.js';
import { atMostOne, given, matching, period, repeated, text, wholeNumber, type FlagValues } from '../flags.js';
import { connectGateway, type CliGateway } from '../gateway-client.js';
import { displayTimeZone, finishOutput, outputFlags, outputOf, toOutput } from '../output.js';
import { cursorPages, nodesOf } from '../paging.js';
import { progressReporter } from '../progress.js';
import { FORMATS, summaryText, writeCsv, writeJsonl, writeTable, writeXlsx, type ReportSource } from '../crosscheck-report.js';
import {
  CliCrosscheckFindingsDocument,
  CliCrosscheckNotCheckedDocument,
  CliCrosscheckProgressDocument,
  CliCrosscheckReportDocument,
  CliRerunCrosscheckDocument,
  CliStartCrosscheckDocument,
} from '../__generated__/operations.js';

const PAGE = 5000;

const USAGE = `Usage:
  npx hub crosscheck --batch <batch number> [--batch <batch number> ...] [output flags]
  npx hub crosscheck --period <YYYYMM> [output flags]    every batch of the month, all programmes
  npx hub crosscheck --programme <programme code> --period <YYYYMM> [output flags]
  npx hub crosscheck --rerun <RUN_ID> [output flags]    check again only what run RUN_ID could not check
  npx hub crosscheck --run <RUN_ID> [output flags]      export an earlier run without checking again

Checks payment lines against the other departments' data through the gateway at HUB_GATEWAY_URL
(default http://localhost:4000/graphql), shows progress on stderr and prints a summary at the end.
Several batches, or a whole month (for an analyst: the batches disbursed by the counties of the
token's regions), are one run; each line is judged by its own programme's eligibility condition.

Output flags:
  --format table|jsonl|csv|xlsx   table (default): findings and summary, readable;
                                  jsonl: one JSON object per finding (lineId, rule, departments,
                                  evidence, amount, batchNumber, village, findingId), nothing else;
                                  csv: UTF-8 with BOM, Chinese headers, for Excel and WPS;
                                  xlsx: a summary sheet (汇总), the run's facts (核查信息),
                                  one sheet per rule, and 未核查; header rows frozen, filters on.
                                  Table, csv and xlsx name rules and departments in Chinese and
                                  show times in HUB_TIMEZONE (Asia/Shanghai); jsonl keeps codes.
  --out FILE                      write the output to FILE instead of stdout (required for xlsx)
  --token JWT                     the bearer token to present (default: HUB_TOKEN; mint a local
                                  one with \`npx hub token\`); the run is kept under its user
  --poll-ms N                     wait at most N ms for news of the run's progress (default 5000,
                                  10 to 3600000; the hub answers within 10000): progress and the
                                  run's end are reported as soon as they happen
  --help                          this text

Exit codes:
  0  the check completed and every rule was checked (findings are a result, not an error)
  1  the check failed, or the gateway could not be reached or refused the request
  2  a flag is missing, unknown or malformed, or the server rejected an argument (named)
  3  the check completed, but some rules could not be checked for some lines ("not checked")
`;

const runId = matching(/^\d+$/, 'a run id (digits)');

const FLAGS = {
  batch: repeated((value) => value),
  programme: text(),
  period: text(period),
  rerun: text(runId),
  run: text(runId),
  'poll-ms': text(wholeNumber(10, 3_600_000)),
  ...outputFlags(FORMATS),
};

/** The flag a server-side argument came from, so errors speak the user's language. */
const FLAG_OF_ARGUMENT: Record<string, string> = {
  batchNumber: '--batch',
  batchNumbers: '--batch',
  programmeCode: '--programme',
  period: '--period',
  runId: '--rerun',
  id: '--run',
};

/** Exactly one scope: batches, a month (of a programme, or of all), a rerun or an earlier run. */
function checkScope(v: FlagValues<typeof FLAGS>): void {
  const scopes = given(v, ['batch', 'rerun', 'run']);
  // --period stands alone (every programme) or goes with --programme: either way one scope.
  const month = given(v, ['programme', 'period']);
  if (month.length > 0) scopes.push(month[0]!);
  if (scopes.length === 0) {
    throw new UsageError(
      'say what to check: --batch <batch number> (repeatable), --period <YYYYMM> (every batch of the month), or --programme <programme code> --period <YYYYMM> (or --rerun/--run <RUN_ID>)',
    );
  }
  atMostOne(scopes);
  if (v.programme && !v.period) throw new UsageError('--programme needs --period <YYYYMM>');
}

/** Starts the run the flags ask for, or names the earlier one; returns its id. */
async function startRun(gateway: CliGateway, v: FlagValues<typeof FLAGS>, io: CliIO): Promise<string> {
  if (v.run) return v.run;
  const { run } = v.rerun
    ? await gateway.request(CliRerunCrosscheckDocument, { runId: v.rerun })
    : await gateway.request(CliStartCrosscheckDocument, { batchNumbers: v.batch ?? null, programmeCode: v.programme ?? null, period: v.period ?? null });
  io.stderr.write(`crosscheck run ${run.id} started by ${run.startedBy} via ${gateway.url}\n`);
  return run.id;
}

/** The longest the CLI waits for news of a run (`--poll-ms`); the hub holds a wait of at most 10 s. */
const POLL_MS = 5_000;
const MAX_WAIT_MS = 10_000;

/**
 * Follows the run until it ends, by long polls: each answer comes as soon as more lines are checked
 * or the run ends, so a small batch is reported done within moments of its end. `named` is the
 * flag that named an existing run (`--run`), for when none has that id.
 */
async function follow(gateway: CliGateway, id: string, io: CliIO, pollMs: number, named?: string): Promise<void> {
  const progress = progressReporter(io.stderr, `crosscheck run ${id}:`);
  const waitMs = Math.min(pollMs, MAX_WAIT_MS);
  try {
    for (let first = true, linesChecked = 0; ; first = false) {
      // The first ask answers at once, so the bar shows the run's size straight away.
      const { run } = await gateway.request(CliCrosscheckProgressDocument, { id, waitMs: first ? 0 : waitMs, linesCheckedAbove: linesChecked });
      if (!run && first && named) throw new UsageError(`${named} names no cross-check run: "${echo(id)}"`);
      if (!run) throw new Error(`run ${id} disappeared from the hub`);
      progress.update(run.linesChecked, run.linesTotal ?? null);
      if (run.status !== 'RUNNING') return;
      linesChecked = run.linesChecked;
    }
  } finally {
    progress.finish();
  }
}

function reportSource(gateway: CliGateway, runId: string): ReportSource {
  return {
    findings: (rule) =>
      cursorPages(async (after, first) => nodesOf((await gateway.request(CliCrosscheckFindingsDocument, { runId, rule: rule ?? null, first, after })).page), PAGE),
    notChecked: () => cursorPages(async (after, first) => nodesOf((await gateway.request(CliCrosscheckNotCheckedDocument, { runId, first, after })).page), PAGE),
  };
}

export const crosscheckCommand = defineCommand({
  name: 'crosscheck',
  summary: 'check a batch (or several), or a month of one programme or of all, against the other departments',
  usage: USAGE,
  flags: FLAGS,
  async run({ values }, io) {
    checkScope(values);
    const output = outputOf(values, 'table');
    const gateway = connectGateway(io, { token: values.token, flagOf: FLAG_OF_ARGUMENT, timeoutMs: 120_000 });

    const runId = await startRun(gateway, values, io);
    await follow(gateway, runId, io, values['poll-ms'] ?? POLL_MS, values.run ? '--run' : undefined);
    const { run } = await gateway.request(CliCrosscheckReportDocument, { id: runId });
    if (!run) throw new UsageError(`--run names no cross-check run: "${runId}"`);
    const source = reportSource(gateway, runId);

    const timeZone = displayTimeZone(io);
    if (output.format === 'xlsx') await writeXlsx(output.file!, run, source, timeZone);
    else {
      const format = output.format;
      await toOutput(output.file, io.stdout, (out) => (format === 'jsonl' ? writeJsonl(out, source) : format === 'csv' ? writeCsv(out, source) : writeTable(out, run, source, timeZone)));
    }
    await finishOutput(io, output, summaryText(run, timeZone), 'included');

    if (run.status === 'FAILED') {
      io.stderr.write(`hub crosscheck: run ${run.id} failed: ${run.error ?? 'unknown error'}\n`);
      return EXIT.FAILED;
    }
    return run.status === 'COMPLETED' ? EXIT.OK : EXIT.INCOMPLETE;
  },
});
