/**
 * `hub subgraph <department>`: a department's own subgraph, for a department that hosts it on its
 * own machine. It serves GraphQL and /health; at start it checks the database's layout (its mapping
 * file's, or the documented one) and says what to give the hub's operator. The subgraph runs as its
 * own process (subgraphs/main.ts), which clients never import.
 */
import { fileURLToPath } from 'node:url';
import { DEPARTMENTS, DEPARTMENT_INFO } from '../../lib/departments.js';
import { loadConfig } from '../../lib/config.js';
import { UsageError } from '../command.js';
import { defineCommand } from '../define-command.js';
import { text, wholeNumber } from '../flags.js';
import { runEntry } from './child-process.js';

const SLUGS = DEPARTMENTS.map((d) => DEPARTMENT_INFO[d].slug);

const USAGE = `Usage:
  npx hub subgraph <department> [--port N] [--url mysql://…] [--mapping FILE]

Starts the department's subgraph on this machine. Before it listens it checks every table and
column of its layout in the database; a missing one, one of the wrong type, or a mapping that names
a column that does not exist stops it, each named. Then it prints its GraphQL URL, its /health URL
and what to give the hub's operator.

<department>   ${SLUGS.join(', ')}
--port         port (default HUB_SUBGRAPH_<DEPARTMENT>_PORT, else 4001-4006)
--url          the database (default HUB_DB_<DEPARTMENT>)
--mapping      the mapping file (default HUB_DB_<DEPARTMENT>_MAPPING, else the documented layout)

Environment:
  HUB_HOST              the address to listen on; 0.0.0.0 (or this machine's address) for the hub to reach it
  HUB_INTERNAL_SECRET   the hub's shared secret for gateway → subgraph requests (≥ 32 characters;
                        the same value as on the hub's machine)
  HUB_DB_TIMEOUT_MS     the longest any query may take

Ctrl-C (or SIGTERM) stops it.

Exit codes:
  0  stopped
  2  a flag, the configuration or the database layout is wrong (every problem is listed)
`;

const FLAGS = {
  port: text(wholeNumber(0, 65535)),
  url: text((value) => value),
  mapping: text((value) => value),
};

const ENTRY = fileURLToPath(new URL('../../subgraphs/main.ts', import.meta.url));

export const subgraphCommand = defineCommand({
  name: 'subgraph',
  summary: 'run a department subgraph on the department\'s own machine (checks its layout, prints what to give the hub)',
  usage: USAGE,
  flags: FLAGS,
  positionals: true,
  async run({ values, positionals }, io) {
    const [slug, ...rest] = positionals;
    const department = DEPARTMENTS.find((d) => DEPARTMENT_INFO[d].slug === slug);
    if (!department) throw new UsageError(`expected a department: ${SLUGS.join(', ')}`);
    if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
    const envVar = DEPARTMENT_INFO[department].envVar;
    const env = {
      ...io.env,
      ...(values.url !== undefined ? { [envVar]: values.url } : {}),
      ...(values.mapping !== undefined ? { [`${envVar}_MAPPING`]: values.mapping } : {}),
      ...(values.port !== undefined ? { [`HUB_SUBGRAPH_${department}_PORT`]: String(values.port) } : {}),
    };
    loadConfig(env);
    return runEntry(ENTRY, [slug!, '--announce'], env, io);
  },
});
