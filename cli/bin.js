#!/usr/bin/env node
// `npx hub ...`: the CLI is TypeScript run by tsx, like the rest of the hub; this shim only loads it.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
