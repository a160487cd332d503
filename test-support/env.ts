/** The test environment, parsed once: where MariaDB is and whether we are in CI (where it must be up). */
import { z } from 'zod';

const parsed = z
  .object({
    CI: z.string().optional(),
    HUB_TEST_MARIADB_URL: z.string().default('mysql://root@127.0.0.1:3306'),
    HUB_CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
    HUB_TEST_REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
    HUB_TEST_REDIS_SERVER: z.string().default('/usr/bin/redis-server'),
  })
  .parse(process.env);

export const testEnv = {
  inCI: parsed.CI === 'true' || parsed.CI === '1',
  mariaDbServerUrl: parsed.HUB_TEST_MARIADB_URL.replace(/\/$/, ''),
  chromiumPath: parsed.HUB_CHROMIUM_PATH,
  redisUrl: parsed.HUB_TEST_REDIS_URL,
  /** For tests that kill a Redis of their own. */
  redisServerPath: parsed.HUB_TEST_REDIS_SERVER,
};
