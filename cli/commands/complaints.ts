/**
 * `hub complaints`: department staff handle the complaints the public submitted on the disclosure
 * site and the hub routed to their department: list them (overdue first), show one with its
 * steps, reply (the public sees the reply by tracking number), transfer, close. Every step is kept
 * with the user of the token and the time; the hub refuses anyone else, naming why.
 */
import { DEPARTMENTS } from '../../lib/departments.js';
import { enumLabel } from '../../lib/labels-zh.js';
import { localDateTime } from '../../lib/local-time.js';
import { maskIdNumber } from '../../lib/masking.js';
import { EXIT, UsageError, write } from '../command.js';
import { defineCommand } from '../define-command.js';
import { connectGateway, type CliGateway } from '../gateway-client.js';
import { oneOf, text, toggle, wholeNumber } from '../flags.js';
import { displayTimeZone, finishOutput, outputFlags, outputOf } from '../output.js';
import { counted } from '../wording.js';
import { EXPORT_FORMATS, exportSheets, single, type Column } from '../tabular.js';
import {
  CliCloseComplaintDocument,
  CliDepartmentComplaintDocument,
  CliDepartmentComplaintsDocument,
  CliReplyToComplaintDocument,
  CliTransferComplaintDocument,
  type CliComplaintFieldsFragment,
  type CliComplaintStepsFragment,
} from '../__generated__/operations.js';

const USAGE = `Usage (department staff: a department token, e.g. npx hub token --role department --department CIVIL_AFFAIRS --user mz01):
  npx hub complaints [list] [--status RECEIVED|IN_PROGRESS|CLOSED] [--overdue] [--limit N] [output flags]
      the complaints routed to your department: open ones past their deadline first
  npx hub complaints show <TRACKING_NUMBER>
      one complaint with every step taken on it
  npx hub complaints reply <TRACKING_NUMBER> --text "答复内容"
      reply (2 to 1000 characters); the public sees it on the site by tracking number
  npx hub complaints transfer <TRACKING_NUMBER> --to HR --note "转办理由"
      hand it to another department (${DEPARTMENTS.join(', ')}); the note is not public
  npx hub complaints close <TRACKING_NUMBER> [--text "最终答复"]
      close it (已办结), with a final reply or keeping the last one

Output flags (list):
  --format table|csv|jsonl|xlsx   table (default); csv UTF-8 with BOM and Chinese headers; xlsx needs --out
  --out FILE                      write to FILE instead of stdout
  --token JWT                     bearer token (default HUB_TOKEN)

Exit codes: 0 done; 1 refused (not department staff, another department's complaint) or the
gateway could not be reached; 2 a flag or argument is wrong, or the complaint is closed or unknown.
`;

const STATUSES = ['RECEIVED', 'IN_PROGRESS', 'CLOSED'] as const;

const FLAGS = {
  status: text(oneOf(STATUSES, { anyCase: true })),
  overdue: toggle(),
  limit: text(wholeNumber(1, 500)),
  text: text(),
  to: text(oneOf(DEPARTMENTS, { anyCase: true })),
  note: text(),
  ...outputFlags(EXPORT_FORMATS),
};

const FLAG_OF_ARGUMENT: Record<string, string> = {
  trackingNumber: 'the tracking number',
  reply: '--text',
  department: '--to',
  note: '--note',
  status: '--status',
  first: '--limit',
};

type Complaint = CliComplaintFieldsFragment;

const COLUMNS: Column<Complaint>[] = [
  { key: 'trackingNumber', header: '受理编号', label: 'Tracking no.', width: 20, value: (c) => c.trackingNumber },
  { key: 'status', header: '状态', label: 'Status', width: 18, labels: 'ComplaintStatusCode', value: (c) => c.status },
  { key: 'overdue', header: '超期', label: 'Overdue', width: 12, labels: 'ComplaintDeadline', value: (c) => (c.overdue ? 'OVERDUE' : null) },
  { key: 'deadline', header: '办理时限', label: 'Deadline', width: 26, kind: 'time', value: (c) => c.deadline },
  { key: 'submittedAt', header: '受理时间', label: 'Received', width: 26, kind: 'time', value: (c) => c.submittedAt },
  { key: 'programme', header: '补贴项目', label: 'Programme', width: 26, value: (c) => c.programmeName ?? c.programmeCode },
  { key: 'batchNumber', header: '批次', label: 'Batch', width: 22, value: (c) => c.batchNumber ?? null },
  { key: 'category', header: '类型', label: 'Category', width: 16, labels: 'ComplaintCategory', value: (c) => c.category },
  { key: 'subjectIdNumber', header: '涉及人员身份证号', label: 'Subject', width: 20, value: (c) => c.subjectIdNumber ?? null },
  { key: 'contact', header: '联系人', label: 'Contact', width: 24, value: (c) => [c.contactName, c.contactPhone].filter(Boolean).join(' ') || null },
  { key: 'description', header: '情况描述', label: 'Description', width: 40, value: (c) => c.description },
  { key: 'reply', header: '答复', label: 'Reply', width: 40, value: (c) => c.reply ?? null },
];

/** The ID number on a terminal is masked (a screen is seen by others); exports keep it whole for the handling department. */
const TABLE_COLUMNS = COLUMNS.map((c) => (c.key === 'subjectIdNumber' ? { ...c, value: (x: Complaint) => (x.subjectIdNumber ? maskIdNumber(x.subjectIdNumber) : null) } : c));

/** One complaint for people: codes with their labels, times in `timeZone`. */
function describe(complaint: Complaint & Partial<CliComplaintStepsFragment>, timeZone: string): string {
  const local = (iso: string) => localDateTime(iso, timeZone);
  const lines = [
    `${complaint.trackingNumber}  ${complaint.status} ${enumLabel('ComplaintStatusCode', complaint.status)}${complaint.overdue ? '  超期 OVERDUE' : ''}`,
    `  department ${complaint.department}; received ${local(complaint.submittedAt)}; deadline ${local(complaint.deadline)}`,
    `  programme ${complaint.programmeName ?? complaint.programmeCode}${complaint.batchNumber ? `, batch ${complaint.batchNumber}` : ''}; category ${complaint.category} ${enumLabel('ComplaintCategory', complaint.category)}`,
    `  reply (public): ${complaint.reply ?? '(none yet)'}`,
  ];
  for (const step of complaint.steps ?? []) {
    const what = step.step === 'TRANSFER' ? `to ${step.toDepartment}: ${step.note ?? ''}` : (step.reply ?? '');
    lines.push(`  ${local(step.at)}  ${step.step} ${enumLabel('ComplaintStepKind', step.step)} by ${step.byUser} (${step.byDepartment}) ${what}`.trimEnd());
  }
  return `${lines.join('\n')}\n`;
}

function trackingNumberOf(positionals: string[], action: string): string {
  const [, trackingNumber, ...extra] = positionals;
  if (!trackingNumber) throw new UsageError(`${action} needs the tracking number, e.g. npx hub complaints ${action} TS20240305-7KQ3M9XH`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  return trackingNumber;
}

async function step(gateway: CliGateway, action: string, trackingNumber: string, values: { text?: string; to?: string; note?: string }) {
  switch (action) {
    case 'reply':
      if (!values.text) throw new UsageError('reply needs --text "答复内容"');
      return (await gateway.request(CliReplyToComplaintDocument, { trackingNumber, reply: values.text })).complaint;
    case 'transfer':
      if (!values.to) throw new UsageError(`transfer needs --to <department> (${DEPARTMENTS.join(', ')})`);
      if (!values.note) throw new UsageError('transfer needs --note "转办理由"');
      return (await gateway.request(CliTransferComplaintDocument, { trackingNumber, department: values.to.toUpperCase(), note: values.note })).complaint;
    case 'close':
      return (await gateway.request(CliCloseComplaintDocument, { trackingNumber, reply: values.text ?? null })).complaint;
    default: {
      const { complaint } = await gateway.request(CliDepartmentComplaintDocument, { trackingNumber });
      if (!complaint) throw new UsageError(`the tracking number names no complaint: "${trackingNumber}"`);
      return complaint;
    }
  }
}

export const complaintsCommand = defineCommand({
  name: 'complaints',
  summary: "department staff: list, reply to, transfer and close the complaints routed to their department",
  usage: USAGE,
  flags: FLAGS,
  positionals: true,
  async run({ values, positionals }, io) {
    const action = positionals[0] ?? 'list';
    const gateway = connectGateway(io, { token: values.token, flagOf: FLAG_OF_ARGUMENT });
    if (action === 'list') {
      if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
      const output = outputOf(values, 'table');
      const { complaints } = await gateway.request(CliDepartmentComplaintsDocument, {
        status: values.status?.toUpperCase() ?? null,
        overdueOnly: values.overdue ?? false,
        first: values.limit ?? 100,
      });
      const columns = output.format === 'table' ? TABLE_COLUMNS : COLUMNS;
      const target = { file: output.file, stdout: io.stdout, timeZone: displayTimeZone(io) };
      await exportSheets(output.format, [{ name: '投诉举报', columns, rows: single(complaints), note: 'no complaints routed to your department' }], target);
      const overdue = complaints.filter((c) => c.overdue).length;
      await finishOutput(io, output, `${counted(complaints.length, 'complaint')}, ${overdue.toLocaleString('en-US')} overdue.\n`, 'append');
      return EXIT.OK;
    }
    if (!['show', 'reply', 'transfer', 'close'].includes(action)) throw new UsageError(`unknown action "${action}": list, show, reply, transfer or close`);
    const complaint = await step(gateway, action, trackingNumberOf(positionals, action), values);
    await write(io.stdout, describe(complaint, displayTimeZone(io)));
    return EXIT.OK;
  },
});
