/**
 * `hub person <ID>`: one person's whole picture through the gateway: every payment line across
 * programmes with its status, failure reason and credit time, the registered accounts and social
 * security cards, and what each department knows (register, dibao household and its members,
 * supported-person status, disability certificates over time, sentences, insured employment).
 */
import { ID_NUMBER_PROBLEM_TEXT, idNumberProblem, normaliseIdNumber } from '../../lib/id-number.js';
import { EXIT, UsageError, write } from '../command.js';
import { defineCommand } from '../define-command.js';
import { calendarDate, text } from '../flags.js';
import { connectGateway } from '../gateway-client.js';
import { displayTimeZone, finishOutput, outputFlags, outputOf, toOutput } from '../output.js';
import { localDate } from '../../lib/local-time.js';
import { counted } from '../wording.js';
import { unansweredParts, unansweredText, type Unanswered } from '../partial-answer.js';
import { personSheets, type PersonPicture } from '../person-sheets.js';
import { EXPORT_FORMATS, exportSheets } from '../tabular.js';
import { CliPersonDocument } from '../__generated__/operations.js';

const USAGE = `Usage:
  npx hub person <ID number> [--date YYYY-MM-DD] [--format table|csv|jsonl|xlsx] [--out FILE] [--token JWT]

Shows one person's facts from every department through the gateway: payment lines across all
programmes (status, failure reason, credited at), registered accounts, social security cards,
register status, dibao household and its members, supported-person status, disability
certificates over time, sentences and insured employment. Date-dependent facts (on dibao, in
custody, certificate valid, ...) are for --date (default: today).

  --format   table (default): every section; csv: the payment lines (UTF-8 with BOM, Chinese
             headers); jsonl: the whole picture as one JSON object; xlsx: one sheet per section
  --out FILE write to FILE instead of stdout (required for xlsx)

When a department cannot answer (its database is down, locked or too slow), the other
departments' facts are still shown; stderr names the department, why, and the sections missing.

Exit codes: 0 every department answered; 1 the gateway could not be reached, refused, or the
person could not be looked up at all; 2 a flag or the ID number is wrong; 3 shown, but at least
one department could not answer (a partial picture).
`;

/** The sections a department answers; null means it could not be read. */
const SECTIONS = ['paymentLines', 'dibaoMemberships', 'extremePovertySupport', 'disabilityCertificates', 'sentences', 'socialSecurityCards', 'insuredEmployments', 'registeredAccounts'] as const;

function idNumberOf(positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError('give exactly one ID number');
  const id = normaliseIdNumber(positionals[0]);
  const problem = idNumberProblem(id);
  // The number itself is not echoed: error output ends up in logs.
  if (problem) throw new UsageError(`the ID number is not a valid citizen ID number: ${ID_NUMBER_PROBLEM_TEXT[problem]}`);
  return id;
}

function summaryOf(person: PersonPicture, unanswered: Unanswered[]): string {
  const explained = new Set(unanswered.flatMap((u) => u.fields));
  const notes = [
    person.registration || explained.has('registration') ? null : 'the population register holds no such person',
    ...SECTIONS.filter((section) => person[section] === null && !explained.has(section)).map((section) => `${section} could not be read (department unavailable)`),
  ].filter(Boolean);
  return `${counted(person.paymentLines?.length ?? 0, 'payment line')}${notes.length ? `; ${notes.join('; ')}` : ''}\n${unansweredText(unanswered)}`;
}

export const personCommand = defineCommand({
  name: 'person',
  summary: "one person's payments and every department's facts",
  usage: USAGE,
  flags: { date: text(calendarDate), ...outputFlags(EXPORT_FORMATS) },
  positionals: true,
  async run({ values, positionals }, io) {
    const id = idNumberOf(positionals);
    // Today in the county's zone, whatever the machine's.
    const timeZone = displayTimeZone(io);
    const date = values.date ?? localDate(new Date(), timeZone);
    const output = outputOf(values, 'table');
    const gateway = connectGateway(io, { token: values.token, flagOf: { idNumber: 'the ID number', date: '--date' } });
    // One department down must not hide what the other five know: the answer may be partial.
    const { data, errors } = await gateway.requestPartial(CliPersonDocument, { id, date });
    const { person } = data!;
    const unanswered = unansweredParts(errors);
    if (output.format === 'jsonl') {
      const missing = unanswered.map(({ department, reasons, fields }) => ({ department, reasons, fields }));
      await toOutput(output.file, io.stdout, (out) => write(out, `${JSON.stringify({ date, ...person, ...(missing.length ? { unanswered: missing } : {}) })}\n`));
    } else {
      await exportSheets(output.format, personSheets(person, date, unanswered), { file: output.file, stdout: io.stdout, timeZone });
    }
    await finishOutput(io, output, summaryOf(person, unanswered), 'stderr');
    return unanswered.length ? EXIT.INCOMPLETE : EXIT.OK;
  },
});
