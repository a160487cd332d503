/**
 * Starts one department's subgraph alone: `npx tsx subgraphs/main.ts <slug>`, for a department
 * hosting its own. It serves the configured database and creates nothing: the embedded sample
 * county is made by `npm start` or `npm run sample` (tooling), before a subgraph reads it.
 */
import { existsSync } from 'node:fs';
import { DEPARTMENTS, DEPARTMENT_INFO } from '../lib/departments.js';
import { loadConfigOrExit } from '../lib/config.js';
import { DEPARTMENT_SUBGRAPHS } from './registry.js';
import { startSubgraph } from './runtime/subgraph-server.js';
import { hubKeys } from '../access/secrets.js';
import { registerDivisionsOverHttp } from '../access/register-scope.js';

const slug = process.argv[2];
const department = DEPARTMENTS.find((d) => DEPARTMENT_INFO[d].slug === slug);
if (!department) {
  console.error(`Usage: npx tsx subgraphs/main.ts <${DEPARTMENTS.map((d) => DEPARTMENT_INFO[d].slug).join('|')}>`);
  process.exit(2);
}

const config = loadConfigOrExit(process.env);

const dept = config.departments[department];
if (dept.embedded && dept.database.kind === 'sqlite' && !existsSync(dept.database.file)) {
  console.error(`No ${DEPARTMENT_INFO[department].nameEn} database at ${dept.database.file}: set HUB_DB_${department} to the department's database, or create the sample county first (\`npm start\` once, or \`npm run sample\`).`);
  process.exit(2);
}
const running = await startSubgraph(DEPARTMENT_SUBGRAPHS[department](dept.database), {
  port: dept.port,
  host: config.host,
  keys: hubKeys(config),
  registerDivisions: registerDivisionsOverHttp(() => config.departments.PUBLIC_SECURITY.url, hubKeys(config)),
});
console.log(`${DEPARTMENT_INFO[department].nameEn} subgraph at ${running.url}`);

const stop = async () => {
  await running.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
