#!/usr/bin/env node
// `npx hub ...`: the CLI is TypeScript. It runs from a cached bundle of cli/main.ts when one matches
// the sources (cli/bundle-cache.mjs), since loading every module through tsx's hooks took most of the
// start-up; otherwise it is run by tsx, like the rest of the hub, so the CLI works either way.
let main;
try {
  const { freshBundle } = await import('./bundle-cache.mjs');
  const bundle = await freshBundle(new URL('./main.ts', import.meta.url));
  if (bundle) {
    // As tsx does, so stack traces name the .ts files.
    process.setSourceMapsEnabled(true);
    ({ main } = await import(bundle.url));
  }
} catch {
  // Nothing on stdout (it carries exports): the tsx path below reports any real error in the sources.
}
if (typeof main !== 'function') {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./main.ts'));
}
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
