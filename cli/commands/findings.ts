/**
 * `hub findings`: the findings department staff follow up (those on lines of their department's
 * programmes; for an analyst, of their counties) with the per-rule summary the department may see,
 * and the department's actions on them: 停发 (stop), 核实无误 (verified), 已更正 (corrected).
 */
import { maskIdNumber } from '../../lib/id-number.js';
import { EXIT, UsageError, write, type CliIO } from '../command.js';
import { defineCommand } from '../define-command.js';
import { connectGateway, type CliGateway } from '../gateway-client.js';
import { oneOf, period, text, wholeNumber, type FlagValues } from '../flags.js';
import { enumLabel } from '../../lib/labels-zh.js';
import { localDateTime } from '../../lib/local-time.js';
import { ruleFlag } from '../follow-up-labels.js';
import { displayTimeZone, finishOutput, outputFlags, outputOf } from '../output.js';
import { counted } from '../wording.js';
import { cursorPages, nodesOf } from '../paging.js';
import { EXPORT_FORMATS, exportSheets, type Column } from '../tabular.js';
import { CliFollowUpFindingsDocument, CliRecordFindingActionDocument, type CliFollowUpFindingsQuery } from '../__generated__/operations.js';

const USAGE = `Usage:
  npx hub findings [--batch B] [--period YYYYMM] [--rule RULE] [--status S] [output flags]
      The findings on lines of your department's programmes (主管部门), one per line and rule, in
      line order, with what you may see of them (e.g. 发放期间前已死亡) and where each stands.
      --status OPEN (待处理), STOPPED (已停发), VERIFIED (核实无误) or CORRECTED (已更正)
  npx hub findings stop <FINDING_ID> --from YYYYMM [--note TEXT]     停发: payments stop from that month on
  npx hub findings verify <FINDING_ID> --note REASON                 核实无误: the payment is right, because ...
  npx hub findings correct <FINDING_ID> --note WHAT                  已更正: what was corrected

Output flags (lists):
  --format table|csv|jsonl|xlsx   table (default); csv is UTF-8 with BOM and Chinese headers; xlsx needs --out
  --out FILE                      write to FILE instead of stdout
  --limit N                       stop after N findings
  --token JWT                     bearer token (default HUB_TOKEN), e.g.
                                  npx hub token --role department --department CIVIL_AFFAIRS --user mz001

Every action is kept with your user id and the time, and recorded in the audit log.
Exit codes: 0 done; 1 the gateway could not be reached or refused (another department's finding);
2 a flag or argument is wrong (named).
`;

const STATUSES = ['OPEN', 'STOPPED', 'VERIFIED', 'CORRECTED'] as const;

const FLAGS = {
  batch: text(),
  period: text(period),
  rule: text(ruleFlag),
  status: text(oneOf(STATUSES, { anyCase: true })),
  limit: text(wholeNumber(1, 10_000_000)),
  from: text(period),
  note: text(),
  ...outputFlags(EXPORT_FORMATS),
};

const FLAG_OF: Record<string, string> = { batchNumber: '--batch', period: '--period', rule: '--rule', status: '--status', stopFromPeriod: '--from', note: '--note', findingId: 'FINDING_ID' };

type FindingRow = CliFollowUpFindingsQuery['page']['edges'][number]['node'];

/** The columns; the last action is one cell of text: labels and local time in `timeZone` for people, codes and ISO for programs (null). */
function columns(timeZone: string | null): Column<FindingRow>[] {
  return [
    { key: 'id', header: '疑点编号', label: 'finding', width: 8, value: (r) => r.id },
    { key: 'lineId', header: '明细号', label: 'line', width: 10, value: (r) => r.lineId },
    { key: 'batchNumber', header: '批次号', label: 'batch', width: 22, value: (r) => r.batchNumber },
    { key: 'period', header: '期间', label: 'period', width: 11, value: (r) => r.period ?? null },
    { key: 'programmeName', header: '项目', label: 'programme', width: 18, value: (r) => r.programmeName ?? r.programmeCode ?? null },
    { key: 'rule', header: '规则', label: 'rule', width: 24, labels: 'CrosscheckRule', value: (r) => r.rule },
    { key: 'summary', header: '疑点情况', label: 'summary', width: 38, value: (r) => r.summary },
    { key: 'idNumber', header: '身份证号', label: 'ID number', width: 18, value: (r) => r.idNumber ?? null },
    { key: 'name', header: '姓名', label: 'name', width: 10, value: (r) => r.name ?? null },
    { key: 'amount', header: '金额', label: 'amount', width: 12, kind: 'amount', value: (r) => r.amount },
    { key: 'status', header: '处理状态', label: 'status', width: 14, labels: 'FollowUpStatus', value: (r) => r.status },
    {
      key: 'lastAction',
      header: '最近处理',
      label: 'last action',
      width: 30,
      value: (r) => {
        const last = r.actions.at(-1);
        if (!last) return null;
        const from = last.stopFromPeriod ? ` 自${last.stopFromPeriod}` : '';
        const action = timeZone ? enumLabel('FindingActionKind', last.action) : last.action;
        const at = timeZone ? localDateTime(last.actedAt, timeZone) : last.actedAt;
        return `${action}${from} ${last.actedBy} ${at}${last.note ? ` ${last.note}` : ''}`;
      },
    },
  ];
}

async function list(values: FlagValues<typeof FLAGS>, io: CliIO): Promise<number> {
  const output = outputOf(values, 'table');
  const gateway = connectGateway(io, { token: values.token, flagOf: FLAG_OF });
  let total = 0;
  const pages = cursorPages(
    async (after, first) => {
      const data = await gateway.request(CliFollowUpFindingsDocument, {
        batchNumber: values.batch ?? null,
        period: values.period ?? null,
        rule: values.rule ?? null,
        status: values.status ?? null,
        first,
        after,
      });
      total = data.page.totalCount;
      return nodesOf(data.page);
    },
    500,
    values.limit,
  );
  const timeZone = displayTimeZone(io);
  const sheet = { name: '疑点处理', columns: columns(output.format === 'jsonl' ? null : timeZone), rows: pages };
  const [count] = await exportSheets(output.format, [sheet], { file: output.file, stdout: io.stdout, timeZone });
  await finishOutput(io, output, `${count!.toLocaleString('en-US')} of ${counted(total, 'finding')}.\n`, 'append');
  return EXIT.OK;
}

const ACTIONS = { stop: 'STOP', verify: 'VERIFIED', correct: 'CORRECTED' } as const;

async function act(gateway: CliGateway, verb: keyof typeof ACTIONS, findingId: string, values: FlagValues<typeof FLAGS>, io: CliIO) {
  const action = ACTIONS[verb];
  if (action === 'STOP' && !values.from) throw new UsageError('--from YYYYMM is required: the month from which payments stop');
  if (action !== 'STOP' && values.from) throw new UsageError(`--from is only for stop, not ${verb}`);
  if (action !== 'STOP' && !values.note) throw new UsageError(`--note is required: ${action === 'VERIFIED' ? 'why the payment is right' : 'what was corrected'}`);
  const data = await gateway.request(CliRecordFindingActionDocument, { findingId, action, stopFromPeriod: values.from ?? null, note: values.note ?? '' });
  const recorded = data.action;
  const finding = recorded.finding;
  const who = [finding.name, finding.idNumber ? maskIdNumber(finding.idNumber) : null].filter(Boolean).join(' ');
  const from = recorded.stopFromPeriod ? ` from ${recorded.stopFromPeriod}` : '';
  await write(
    io.stdout,
    `Recorded ${enumLabel('FindingActionKind', recorded.action)} (${recorded.action})${from} on finding ${finding.id}: line ${finding.lineId}, ${enumLabel('CrosscheckRule', finding.rule)} (${finding.summary}), ${who}.\n` +
      `By ${recorded.actedBy} (${recorded.department}) at ${localDateTime(recorded.actedAt, displayTimeZone(io))}. Status now ${enumLabel('FollowUpStatus', finding.status)}${finding.confirmed ? '; confirmed: what was paid out is due back (npx hub recoveries)' : ''}.\n`,
  );
  return EXIT.OK;
}

export const findingsCommand = defineCommand({
  name: 'findings',
  summary: "findings on your department's programmes, and your actions on them (停发, 核实无误, 已更正)",
  usage: USAGE,
  flags: FLAGS,
  positionals: true,
  async run({ values, positionals }, io) {
    const [verb, findingId, ...extra] = positionals;
    if (verb === undefined) return list(values, io);
    if (!(verb in ACTIONS)) throw new UsageError(`unknown action "${verb}": stop, verify or correct (or none, to list)`);
    if (findingId === undefined || !/^\d+$/.test(findingId)) throw new UsageError(`${verb} needs a FINDING_ID (digits), as \`npx hub findings\` lists them`);
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    return act(connectGateway(io, { token: values.token, flagOf: FLAG_OF }), verb as keyof typeof ACTIONS, findingId, values, io);
  },
});
