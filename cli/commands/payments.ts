/**
 * `hub payments`: payment lines across programmes, their roll-ups and the process checks (late
 * credits, failed lines left unpaid, missed payments), through the gateway's disbursement service,
 * exported as a table, CSV, JSON lines or xlsx. stdout carries only the chosen output.
 */
import { EXIT } from '../command.js';
import { defineCommand } from '../define-command.js';
import { connectGateway } from '../gateway-client.js';
import { displayTimeZone, finishOutput, outputFlags, outputOf } from '../output.js';
import { EXPORTS } from '../payment-exports.js';
import { PAYMENT_FLAGS, flagsOf, paymentQuery } from '../payment-query.js';
import { EXPORT_FORMATS } from '../tabular.js';

const USAGE = `Usage:
  npx hub payments [filters] [output flags]                  payment lines, in line-id order
  npx hub payments --late [--hours N] [filters] [output]     credited more than N (24) hours after the batch was sent
  npx hub payments --unpaid --within-days N [--as-of ISO] [filters] [output]
                                                             failed lines not re-issued within N days
  npx hub payments --rollup programme,period,village [filters] [output]
                                                             totals and head-counts; dimensions: programme, period,
                                                             funding-level, department, status, and one of
                                                             county (disbursing), township, village (registered)
  npx hub payments --missed --programme X --period YYYYMM [--village|--township|--county ...] [output]
                                                             eligible persons with no line (漏发)

Filters:
  --county 610727 | --township 610727101 | --village 610727101001 | --division PREFIX
                   a county is the county that disburses the batch; a township or village is
                   where the person's residence is registered (asked of public security)
  --programme CODE --department MZ|CIVIL_AFFAIRS|... --funding-level CENTRAL|PROVINCIAL|MUNICIPAL|COUNTY
  --from YYYYMM --to YYYYMM (or --period YYYYMM for one month)
  --status PENDING|CREDITED|FAILED --min 0.10 --max 500 --id <ID number> --name <part of a name>

Output flags:
  --format table|csv|jsonl|xlsx   table (default) for reading; csv is UTF-8 with BOM and Chinese
                                  headers (Excel, WPS); jsonl one JSON object per row; xlsx needs --out.
                                  Table, csv and xlsx show codes in Chinese (已入账) and times in
                                  HUB_TIMEZONE (Asia/Shanghai); jsonl keeps codes and ISO times
  --out FILE                      write to FILE instead of stdout
  --limit N                       stop after N rows (the totals still cover everything)
  --token JWT                     bearer token (default HUB_TOKEN; \`npx hub token\` mints a local one)
  --help                          this text

Exit codes: 0 done; 1 the gateway could not be reached or refused; 2 a flag is wrong (named).
`;

export const paymentsCommand = defineCommand({
  name: 'payments',
  summary: 'payment lines across programmes, roll-ups, late, unpaid and missed payments',
  usage: USAGE,
  flags: { ...PAYMENT_FLAGS, ...outputFlags(EXPORT_FORMATS) },
  async run({ values }, io) {
    const query = paymentQuery(values);
    const output = outputOf(values, 'table');
    const gateway = connectGateway(io, { token: values.token, flagOf: flagsOf(query) });
    const summary = await EXPORTS[query.mode](gateway, query, output.format, { file: output.file, stdout: io.stdout, timeZone: displayTimeZone(io) });
    await finishOutput(io, output, `${summary}\n`, 'append');
    return EXIT.OK;
  },
});
