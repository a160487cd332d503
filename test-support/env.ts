/** The test environment, parsed once: where MariaDB is and whether we are in CI (where it must be up). */
import { z } from 'zod';

const parsed = z
  .object({
    CI: z.string().optional(),
    HUB_TEST_MARIADB_URL: z.string().default('mysql://root@127.0.0.1:3306'),
    HUB_CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  })
  .parse(process.env);

export const testEnv = {
  inCI: parsed.CI === 'true' || parsed.CI === '1',
  mariaDbServerUrl: parsed.HUB_TEST_MARIADB_URL.replace(/\/$/, ''),
  chromiumPath: parsed.HUB_CHROMIUM_PATH,
};
