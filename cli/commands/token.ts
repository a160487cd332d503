/**
 * `hub token`: mints a bearer token with the local HS256 key, for a local setup and for tests. In
 * production the identity provider issues tokens (HUB_AUTH_JWKS_URL) and this command refuses.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../lib/config.js';
import { DEPARTMENTS } from '../../lib/departments.js';
import { hubKeys } from '../../access/secrets.js';
import { mintUserToken } from '../../access/tokens.js';
import { USER_ROLES, type UserRole } from '../../access/identity.js';
import { EXIT, UsageError, write, type CliIO, type Command } from '../command.js';

const USAGE = `Usage:
  npx hub token --role analyst --region <prefix> [--region <prefix>...] [--user <id>] [--expires 8h]
  npx hub token --role department --department <${DEPARTMENTS.join('|')}> [--user <id>]
  npx hub token --role auditor [--user <id>]

Prints a bearer token signed with the hub's local key (HUB_AUTH_HS256_SECRET, or the key generated
once in HUB_DATA_DIR/secrets/). Present it to the gateway as \`Authorization: Bearer <token>\`, or
export it for the CLI: \`export HUB_TOKEN=$(npx hub token --role analyst --region 610728 --user u123)\`.

  --role        analyst (finance, limited to regions), department (staff of one department),
                auditor (reads the audit log at /audit/graphql). The public needs no token.
  --region      a division-code prefix (2 to 12 digits) the analyst is limited to; repeat or
                separate with commas for several
  --department  the department of department staff
  --user        the user id the token names (default: your login name)
  --expires     lifetime, e.g. 30m, 8h, 7d (default 8h)
`;

export const tokenCommand: Command = {
  name: 'token',
  summary: 'mint a local bearer token for a role (analyst, department, auditor)',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    let values;
    try {
      ({ values } = parseArgs({
        args,
        strict: true,
        allowPositionals: false,
        options: {
          role: { type: 'string' },
          region: { type: 'string', multiple: true },
          department: { type: 'string' },
          user: { type: 'string' },
          expires: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }));
    } catch (error) {
      throw new UsageError((error as Error).message.split('. To specify')[0]!);
    }
    if (values.help) {
      await write(io.stdout, USAGE);
      return EXIT.OK;
    }
    const role = values.role?.trim();
    if (!role) throw new UsageError('--role is required');
    if (role === 'public') throw new UsageError('the public role has no token: send requests without one');
    if (!(USER_ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of analyst, department, auditor (got "${role}")`);
    const regions = (values.region ?? []).flatMap((r) => r.split(',')).map((r) => r.trim()).filter(Boolean);
    for (const region of regions) if (!/^\d{2,12}$/.test(region)) throw new UsageError(`--region "${region}" is not a division-code prefix of 2 to 12 digits`);
    if (role === 'analyst' && regions.length === 0) throw new UsageError('an analyst token needs at least one --region');
    if (role !== 'analyst' && regions.length) throw new UsageError('--region applies to analysts only');
    const department = values.department?.trim().toUpperCase();
    if (role === 'department' && !department) throw new UsageError(`a department token needs --department (${DEPARTMENTS.join(', ')})`);
    if (department && !(DEPARTMENTS as readonly string[]).includes(department)) throw new UsageError(`--department must be one of ${DEPARTMENTS.join(', ')}`);
    if (role !== 'department' && department) throw new UsageError('--department applies to department staff only');
    const expires = values.expires?.trim() ?? '8h';
    if (!/^\d+\s*(s|m|h|d)$/.test(expires)) throw new UsageError('--expires must be a number with s, m, h or d, e.g. 8h');
    const user = values.user?.trim() || os.userInfo().username;

    const config = loadConfig(io.env);
    if (config.access.jwksUrl && !config.access.hs256Secret) {
      throw new Error('HUB_AUTH_JWKS_URL is set: tokens come from the identity provider, and the gateway would not accept a locally minted one');
    }
    const token = await mintUserToken(hubKeys(config), { sub: user, role: role as UserRole, regions, department, expiresIn: expires });
    await write(io.stdout, `${token}\n`);
    return EXIT.OK;
  },
};
