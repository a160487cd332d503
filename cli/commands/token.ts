/**
 * `hub token`: mints a bearer token with the local HS256 key, for a local setup and for tests. In
 * production the identity provider issues tokens (HUB_AUTH_JWKS_URL) and this command refuses.
 */
import os from 'node:os';
import { loadConfig } from '../../lib/config.js';
import { echo } from '../../lib/echo.js';
import { DEPARTMENTS } from '../../lib/departments.js';
import { hubKeys } from '../../access/secrets.js';
import { mintUserToken } from '../../access/tokens.js';
import { USER_ROLES, type UserRole } from '../../access/identity.js';
import { EXIT, UsageError, write } from '../command.js';
import { defineCommand } from '../define-command.js';
import { invalid, matching, oneOf, repeated, text, type FlagValues } from '../flags.js';

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

const prefixes = (value: string) =>
  value
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean)
    .map((region) => (/^\d{2,12}$/.test(region) ? region : invalid(`"${echo(region)}" is not a division-code prefix of 2 to 12 digits`)));

const FLAGS = {
  role: text((value) => (value === 'public' ? invalid('public has no token: send requests without one') : oneOf(USER_ROLES)(value))),
  region: repeated(prefixes),
  department: text(oneOf(DEPARTMENTS, { anyCase: true })),
  user: text(),
  expires: text(matching(/^\d+\s*(s|m|h|d)$/, 'a number with s, m, h or d, e.g. 8h')),
};

/** Which claims the token carries: regions for analysts, a department for department staff. */
function claimsOf(values: FlagValues<typeof FLAGS>): { role: UserRole; regions: string[]; department?: string } {
  const role = values.role;
  if (!role) throw new UsageError('--role is required');
  const regions = (values.region ?? []).flat();
  if (role === 'analyst' && regions.length === 0) throw new UsageError('an analyst token needs at least one --region');
  if (role !== 'analyst' && regions.length) throw new UsageError('--region applies to analysts only');
  const department = values.department;
  if (role === 'department' && !department) throw new UsageError(`a department token needs --department (${DEPARTMENTS.join(', ')})`);
  if (role !== 'department' && department) throw new UsageError('--department applies to department staff only');
  return { role, regions, department };
}

export const tokenCommand = defineCommand({
  name: 'token',
  summary: 'mint a local bearer token for a role (analyst, department, auditor)',
  usage: USAGE,
  flags: FLAGS,
  async run({ values }, io) {
    const claims = claimsOf(values);
    const config = loadConfig(io.env);
    if (config.access.jwksUrl && !config.access.hs256Secret) {
      throw new Error('HUB_AUTH_JWKS_URL is set: tokens come from the identity provider, and the gateway would not accept a locally minted one');
    }
    const token = await mintUserToken(hubKeys(config), { sub: values.user ?? os.userInfo().username, ...claims, expiresIn: values.expires ?? '8h' });
    await write(io.stdout, `${token}\n`);
    return EXIT.OK;
  },
});
