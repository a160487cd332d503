/**
 * `hub source check <department>`: what a department's database offers the hub, before go-live.
 * The check reads the database directly, so it runs as its own process
 * (adapters/source-check/main.ts); this command checks the flags and passes them on.
 */
import { fileURLToPath } from 'node:url';
import { DEPARTMENTS, DEPARTMENT_INFO } from '../../lib/departments.js';
import { loadConfig } from '../../lib/config.js';
import { UsageError } from '../command.js';
import { defineCommand } from '../define-command.js';
import { oneOf, text, wholeNumber } from '../flags.js';
import { runEntry } from './child-process.js';

const SLUGS = DEPARTMENTS.map((d) => DEPARTMENT_INFO[d].slug);

const USAGE = `Usage:
  npx hub source check <department> [--url mysql://user:password@host:3306/database]
                       [--mapping FILE] [--format text|jsonl] [--persons N]

Checks, read-only and with the department's own account, what its database offers the hub:
  - every table and column the hub reads: found, missing, or of another type (by name);
  - rows per table; dirty values with masked examples (ID numbers with a lower-case x, padding or
    a wrong check character; dates the hub cannot read; codes outside the known values);
  - the indexes the hub's queries use, and the CREATE INDEX statement for each one missing;
  - how long the department's screening and lookup queries take on N of its own ID numbers.

<department>   ${SLUGS.join(', ')}
--url          the database (default HUB_DB_<DEPARTMENT>, else the embedded sample)
--mapping      the department's mapping file of table, column and code names
               (default HUB_DB_<DEPARTMENT>_MAPPING, else the documented layout)
--format       text (Chinese and English, the default) or jsonl (one JSON object per line)
--persons      ID numbers the queries are timed on (default 2000)

Exit codes:
  0  ready
  3  usable, with warnings (dirty values, missing indexes, narrower columns)
  1  not usable (a table or column missing or of a type the hub cannot read, a bad mapping,
     the database unreachable)
  2  bad command line or configuration
`;

const FLAGS = {
  url: text((value) => value),
  mapping: text((value) => value),
  format: text(oneOf(['text', 'jsonl'] as const)),
  persons: text(wholeNumber(1, 100_000)),
};

const ENTRY = fileURLToPath(new URL('../../adapters/source-check/main.ts', import.meta.url));

export const sourceCommand = defineCommand({
  name: 'source',
  summary: 'source check <department>: is a department database ready for the hub (tables, dirty values, indexes, timings)',
  usage: USAGE,
  flags: FLAGS,
  positionals: true,
  async run({ values, positionals }, io) {
    const [action, slug, ...rest] = positionals;
    if (action !== 'check') throw new UsageError(action === undefined ? 'expected `source check <department>`' : `unknown action "${action}" (expected check)`);
    const department = DEPARTMENTS.find((d) => DEPARTMENT_INFO[d].slug === slug);
    if (!department) throw new UsageError(`expected a department: ${SLUGS.join(', ')}`);
    if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
    const envVar = DEPARTMENT_INFO[department].envVar;
    const env = {
      ...io.env,
      ...(values.url !== undefined ? { [envVar]: values.url } : {}),
      ...(values.mapping !== undefined ? { [`${envVar}_MAPPING`]: values.mapping } : {}),
    };
    // Configuration problems (a URL that is not mysql://...) are a bad command line: exit 2 before anything starts.
    loadConfig(env);
    return runEntry(ENTRY, [slug!, values.format ?? 'text', String(values.persons ?? 2000)], env, io);
  },
});
