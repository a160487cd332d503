/**
 * The CLI's cached bundle (cli/bundle-cache.mjs): built once, reused while the sources are as they
 * were, rebuilt when one changes, each module still seeing its own import.meta.url, and no bundle
 * (so the shim runs the TypeScript through tsx) when the cache cannot be written or the build fails.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCaptured } from '../test-support/cli-capture.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import assert from '../test-support/assert.js';
import { runHubCli } from '../test-support/hub-cli.js';
import { freshBundle } from './bundle-cache.mjs';
import type { CliIO } from './command.js';
import { main } from './main.js';

type Main = (argv: string[], io: CliIO) => Promise<number>;

const run = (entry: Main, args: string[]) => runCaptured(entry, args);

describe('the CLI bundle cache, on a fixture of two TypeScript files', () => {
  let dir: string;
  let entry: string;
  let second: string;
  let cache: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'hub-bundle-cache-'));
    entry = path.join(dir, 'src', 'entry.ts');
    second = path.join(dir, 'src', 'nested', 'second.ts');
    mkdirSync(path.dirname(second), { recursive: true });
    writeFileSync(entry, "export { answer, ownUrl } from './nested/second.js';\nexport const entryUrl: string = import.meta.url;\n");
    writeFileSync(second, 'export const answer: number = 41;\nexport const ownUrl: string = import.meta.url;\n');
    cache = path.join(dir, 'cache');
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('the first use builds a bundle and the second reuses the same file without building', async () => {
    const first = await freshBundle(entry, cache);
    assert.ok(first, 'a bundle was built');
    assert.equal(first.built, true);
    const builtAt = statSync(fileURLToPath(first.url)).mtimeMs;
    const again = await freshBundle(entry, cache);
    assert.deepEqual(again, { url: first.url, built: false });
    assert.equal(statSync(fileURLToPath(first.url)).mtimeMs, builtAt);
    const bundle = await import(first.url);
    assert.equal(bundle.answer, 41);
  });

  test('each module keeps its own import.meta.url in the bundle, not the bundle file\'s', async () => {
    const bundle = await freshBundle(entry, cache);
    assert.ok(bundle);
    const loaded = await import(bundle.url);
    assert.equal(loaded.ownUrl, pathToFileURL(second).href);
    assert.equal(loaded.entryUrl, pathToFileURL(entry).href);
    assert.notEqual(loaded.ownUrl, bundle.url);
  });

  test('a changed mtime of an imported file rebuilds, and an edit shows in the new bundle', async () => {
    const before = await freshBundle(entry, cache);
    assert.equal(before?.built, false);
    const later = new Date(statSync(second).mtimeMs + 5000);
    utimesSync(second, later, later);
    const touched = await freshBundle(entry, cache);
    assert.equal(touched?.built, true, 'a touched input makes the bundle stale');
    assert.equal((await freshBundle(entry, cache))?.built, false);

    writeFileSync(second, 'export const answer: number = 42;\nexport const ownUrl: string = import.meta.url;\n');
    const edited = await freshBundle(entry, cache);
    assert.ok(edited);
    assert.equal(edited.built, true);
    assert.notEqual(edited.url, before?.url, 'new content, new bundle file');
    assert.equal((await import(edited.url)).answer, 42);
  });

  test('with a cache directory that cannot be created there is no bundle, and nothing throws', async () => {
    const notADirectory = path.join(dir, 'a-file');
    writeFileSync(notADirectory, '');
    assert.equal(await freshBundle(entry, path.join(notADirectory, 'cache')), null);
  });

  test('a source esbuild cannot compile gives no bundle, so the shim falls back to tsx', async () => {
    const broken = path.join(dir, 'src', 'broken.ts');
    writeFileSync(broken, 'export const = ;\n');
    assert.equal(await freshBundle(broken, path.join(dir, 'broken-cache')), null);
  });
});

describe('the CLI bundle cache, on the real CLI', () => {
  let cache: string;

  beforeAll(() => {
    // Inside the project, as the real cache is: the bundle imports npm packages by name from node_modules.
    const parent = fileURLToPath(new URL('../node_modules/.cache/', import.meta.url));
    mkdirSync(parent, { recursive: true });
    cache = mkdtempSync(path.join(parent, 'huimin-hub-cli-test-'));
  });

  afterAll(() => {
    rmSync(cache, { recursive: true, force: true });
  });

  test('the bundle of cli/main.ts prints the same help as the TypeScript does', async () => {
    const bundle = await freshBundle(new URL('./main.ts', import.meta.url), cache);
    assert.ok(bundle, 'cli/main.ts bundles');
    const bundled = (await import(bundle.url)) as { main: Main };
    for (const args of [['--help'], ['crosscheck', '--help'], ['audit', '--help']]) {
      const fromBundle = await run(bundled.main, args);
      const fromSource = await run(main, args);
      assert.deepEqual(fromBundle, fromSource, `hub ${args.join(' ')}`);
      assert.ok(fromSource.stdout.length > 100, `hub ${args.join(' ')} prints its help`);
    }
  });

  test('`node cli/bin.js crosscheck --help` prints the help text and exit code main gives in process', async () => {
    const expected = await run(main, ['crosscheck', '--help']);
    const result = await runHubCli(['crosscheck', '--help'], {});
    assert.deepEqual(result, { code: expected.code, stdout: expected.stdout, stderr: expected.stderr });
  });
});
