/**
 * CI guard: recomposes the supergraph, regenerates the typed resolvers and the public persisted
 * documents, then fails if any differs from what is committed (or composition fails).
 */
import { execFileSync, spawnSync } from 'node:child_process';

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\`${command} ${args.join(' ')}\` failed`);
    process.exit(1);
  }
}

run('npx', ['tsx', 'scripts/compose.ts', '--check']);
run('npx', ['graphql-codegen', '--config', 'codegen.yml', '--silent']);
// The public role's safelist: its operations must still be valid against the supergraph, and hashed as committed.
run('npx', ['tsx', 'scripts/persisted-documents.ts', '--check']);
const drift = execFileSync('git', ['status', '--porcelain', '--', 'schema', ':(glob)**/__generated__/**'], { encoding: 'utf8' }).trim();
if (drift) {
  console.error(`Generated code is stale; run \`npm run generate\` and commit:\n${drift}`);
  process.exit(1);
}
console.log('Supergraph and generated resolver types are up to date.');
