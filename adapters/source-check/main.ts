/**
 * The source check's own process: `npx hub source check` (cli/commands/source.ts) starts it, since
 * the CLI reaches departments only over HTTP and this reads a department's database directly.
 * Arguments: <department slug> <text|jsonl> <persons>. The database and mapping come from the
 * configuration (HUB_DB_<DEPT>, HUB_DB_<DEPT>_MAPPING), which the command sets from its flags.
 */
import { DEPARTMENTS, DEPARTMENT_INFO } from '../../lib/departments.js';
import { loadConfigOrExit } from '../../lib/config.js';
import { runSourceCheck } from './check.js';
import { jsonlReport, textReport, VERDICT_EXIT } from './report.js';

const [slug = '', format = 'text', persons = '2000'] = process.argv.slice(2);
const department = DEPARTMENTS.find((d) => DEPARTMENT_INFO[d].slug === slug);
if (!department) {
  console.error(`Usage: source-check <${DEPARTMENTS.map((d) => DEPARTMENT_INFO[d].slug).join('|')}> [text|jsonl] [persons]`);
  process.exit(2);
}
const config = loadConfigOrExit(process.env);
const report = await runSourceCheck(department, config.departments[department].database, { persons: Number(persons) });
process.stdout.write(format === 'jsonl' ? jsonlReport(report) : textReport(report));
process.exitCode = VERDICT_EXIT[report.verdict];
