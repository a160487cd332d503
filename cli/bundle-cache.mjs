/**
 * A cached esbuild bundle of the CLI, so `npx hub` starts without tsx: through tsx every one of our
 * modules goes through the loader hooks (a worker-thread round trip each), which cost most of the
 * CLI's start-up. Plain JS because it runs before any TypeScript loader; the shim (cli/bin.js)
 * falls back to tsx whenever this returns null, so nothing here may throw or print.
 *
 * Cache layout: `manifest.json` names the current bundle directory and every file it was built
 * from (path, mtime, size); `b-<content hash>/` holds one build (entry `main.mjs` plus the chunks
 * that dynamic imports split off). A build is written to a temporary directory and renamed into
 * place, and the manifest is replaced by rename, so a CLI starting during a rebuild sees either
 * the old bundle or the new one, never half of one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bump when the bundle's layout or build options change in a way the inputs would not show. */
const FORMAT = 2;
const MANIFEST = 'manifest.json';
/**
 * A superseded bundle is kept this long: a CLI that started from it may still import a chunk
 * (e.g. `hub audit` loads the audit store lazily) just after another one rebuilt.
 */
const SUPERSEDED_KEEP_MS = 10 * 60 * 1000;

const SELF = fileURLToPath(import.meta.url);

/** Where `npx hub` keeps its bundle: the usual place for tools' caches, and inside the project, so the bundle's bare imports resolve from its node_modules. */
export const DEFAULT_CACHE_DIR = path.join(path.dirname(SELF), '..', 'node_modules', '.cache', 'huimin-hub-cli');

/**
 * The file URL of a bundle of `entry` that matches the sources as they are now, building it when
 * it is missing or stale; null when no bundle can be had (esbuild missing, a build error, an
 * unwritable cache), and the caller should load the TypeScript itself.
 * `built` says whether this call built it.
 * @param {string | URL} entry
 * @param {string | URL} cacheDir must lie inside the project: the bundle imports npm packages by name
 * @returns {Promise<{ url: string, built: boolean } | null>}
 */
export async function freshBundle(entry, cacheDir = DEFAULT_CACHE_DIR) {
  try {
    const entryPath = toPath(entry);
    const dir = toPath(cacheDir);
    const url = currentBundle(entryPath, dir);
    if (url) return { url, built: false };
    return { url: await buildBundle(entryPath, dir), built: true };
  } catch {
    return null;
  }
}

/** @param {string | URL} p */
function toPath(p) {
  return path.resolve(p instanceof URL || String(p).startsWith('file:') ? fileURLToPath(p) : String(p));
}

/**
 * The bundle the manifest names, if every input still has the mtime and size it had when read for
 * the build: one stat per file, under a millisecond for the whole CLI.
 * @param {string} entryPath
 * @param {string} dir
 */
function currentBundle(entryPath, dir) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8'));
  } catch {
    return null;
  }
  if (manifest?.format !== FORMAT || manifest.node !== process.version || manifest.entry !== entryPath) return null;
  if (!Array.isArray(manifest.inputs) || typeof manifest.bundle !== 'string') return null;
  for (const input of manifest.inputs) {
    if (!Array.isArray(input)) return null;
    const [file, mtimeMs, size] = input;
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs !== mtimeMs || stat.size !== size) return null;
  }
  const main = path.join(dir, manifest.bundle);
  return statSync(main, { throwIfNoEntry: false })?.isFile() ? pathToFileURL(main).href : null;
}

/**
 * @param {string} entryPath
 * @param {string} dir
 */
async function buildBundle(entryPath, dir) {
  mkdirSync(dir, { recursive: true });
  // Imported only here: loading esbuild's API on every start would cost more than the check.
  const esbuild = await import('esbuild');
  /** Stats taken before each file is read, so an edit during the build leaves the manifest stale rather than the bundle. */
  const seen = new Map();
  const temp = path.join(dir, `tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  let result;
  try {
    result = await esbuild.build({
      entryPoints: { main: entryPath },
      absWorkingDir: path.dirname(entryPath),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Packages load natively from node_modules, as under tsx, except the pure-JS ones every start
      // loads (BUNDLED_PACKAGES): those are bundled, cut to what the CLI uses, so a start compiles one
      // file instead of hundreds (graphql's index alone took a sixth of the start-up).
      mainFields: ['module', 'main'],
      // Dynamic imports of our modules (the audit store with its database drivers) stay lazy as chunks instead of being hoisted into every start.
      splitting: true,
      outdir: temp,
      // Outside any package scope (node_modules/.cache has no package.json of its own), so .js would be read as CommonJS.
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunk-[hash]',
      metafile: true,
      // Stack traces name our .ts files (source maps are switched on by the shim, as tsx does); the sources' text is not needed for that.
      sourcemap: 'inline',
      sourcesContent: false,
      // Class and function names stay as written even where bundling has to rename a binding.
      keepNames: true,
      write: false,
      logLevel: 'silent',
      plugins: [packagesExternalBut(BUNDLED_PACKAGES), ownUrls(seen)],
    });
  } finally {
    // The esbuild service would otherwise live on beside a long-running command.
    await esbuild.stop?.();
  }

  const hash = createHash('sha256');
  for (const file of result.outputFiles) hash.update(path.relative(temp, file.path)).update('\0').update(file.contents);
  const name = `b-${hash.digest('hex').slice(0, 16)}`;
  const final = path.join(dir, name);
  try {
    for (const file of result.outputFiles) {
      mkdirSync(path.dirname(file.path), { recursive: true });
      writeFileSync(file.path, file.contents);
    }
    try {
      renameSync(temp, final);
    } catch (error) {
      // Another CLI built the same bundle (same content, same name) first: use that one.
      if (!statSync(path.join(final, 'main.mjs'), { throwIfNoEntry: false })?.isFile()) throw error;
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }

  // The inputs esbuild read, and what else decides the output: the build settings here, the tsconfig esbuild read, esbuild itself.
  const inputs = Object.keys(result.metafile.inputs).map((key) => path.resolve(path.dirname(entryPath), key));
  const extra = [SELF, esbuildPackageJson()];
  for (const tsconfig of nearestTsconfigs(inputs)) extra.push(tsconfig);
  const manifest = {
    format: FORMAT,
    node: process.version,
    esbuild: esbuild.version,
    entry: entryPath,
    bundle: `${name}/main.mjs`,
    inputs: [...new Set([...inputs, ...extra])].map((file) => {
      const stat = seen.get(file) ?? statSync(file);
      return [file, stat.mtimeMs, stat.size];
    }),
  };
  const manifestTemp = path.join(dir, `${MANIFEST}.${process.pid}-${randomBytes(4).toString('hex')}`);
  writeFileSync(manifestTemp, JSON.stringify(manifest));
  renameSync(manifestTemp, path.join(dir, MANIFEST));
  try {
    removeSuperseded(dir, name);
  } catch {
    // Tidying is for disk space only; the next build tries again.
  }
  return pathToFileURL(path.join(final, 'main.mjs')).href;
}

/** Packages bundled into the CLI: pure JavaScript, no files of their own read at run time, loaded by every command. */
const BUNDLED_PACKAGES = ['graphql', 'zod', 'jose'];

/** Every other bare import (npm packages, node: builtins) stays an import, resolved by Node when the bundle runs. */
function packagesExternalBut(/** @type {string[]} */ bundled) {
  const inBundle = new RegExp(`^(?:${bundled.join('|')})(?:/|$)`);
  return {
    name: 'packages-external-but',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => (inBundle.test(args.path) ? undefined : { path: args.path, external: true }));
    },
  };
}

/**
 * Our modules find files beside themselves through import.meta.url (persisted documents, the
 * entries of the processes the CLI starts); in a bundle that would be the bundle's URL. Each of
 * our files gets its own URL, path and directory written in as literals instead. The rewrite is
 * textual, so a mention inside a string would change too; no module of the CLI has one.
 * import.meta.resolve is not rewritten, and none uses it.
 * @param {Map<string, import('node:fs').Stats>} seen
 * @returns {import('esbuild').Plugin}
 */
function ownUrls(seen) {
  return {
    name: 'own-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /.*/, namespace: 'file' }, (args) => {
        seen.set(args.path, statSync(args.path));
        const extension = /\.([cm]?[jt]s)$/.exec(args.path)?.[1];
        if (!extension || args.path.split(path.sep).includes('node_modules')) return undefined;
        const own = {
          url: pathToFileURL(args.path).href,
          filename: args.path,
          dirname: path.dirname(args.path),
        };
        const contents = readFileSync(args.path, 'utf8').replace(/\bimport\.meta\.(url|filename|dirname)\b/g, (_, key) => JSON.stringify(own[key]));
        return { contents, loader: extension.endsWith('ts') ? 'ts' : 'js' };
      });
    },
  };
}

function esbuildPackageJson() {
  return createRequire(import.meta.url).resolve('esbuild/package.json');
}

/** The tsconfig.json nearest to each input, as esbuild finds it (its options, e.g. the target, shape the output). */
function nearestTsconfigs(/** @type {string[]} */ files) {
  const found = new Set();
  const checked = new Set();
  for (const file of files) {
    for (let d = path.dirname(file); !checked.has(d); d = path.dirname(d)) {
      checked.add(d);
      const candidate = path.join(d, 'tsconfig.json');
      if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) {
        found.add(candidate);
        break;
      }
      if (path.dirname(d) === d) break;
    }
  }
  return found;
}

/**
 * Bundles and abandoned temporary directories left by earlier builds, once old enough that no CLI
 * started from them is still loading chunks.
 * @param {string} dir
 * @param {string} current
 */
function removeSuperseded(dir, current) {
  const now = Date.now();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === current || !/^(b|tmp)-/.test(entry.name)) continue;
    const full = path.join(dir, entry.name);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (stat && now - stat.mtimeMs > SUPERSEDED_KEEP_MS) rmSync(full, { recursive: true, force: true });
  }
  // Manifest temporaries of crashed builds are files, not directories.
  for (const entry of readdirSync(dir)) {
    if (!entry.startsWith(`${MANIFEST}.`)) continue;
    const full = path.join(dir, entry);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (stat && now - stat.mtimeMs > SUPERSEDED_KEEP_MS) rmSync(full, { force: true });
  }
}
