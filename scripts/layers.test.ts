import { describe, test } from '@jest/globals';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import assert from '../test-support/assert.js';
import { ERROR_CODES } from '../lib/errors.js';

/**
 * The layer rule of the README, enforced: each folder imports only from the folders listed before
 * it, the clients and the gateway reach subgraphs only over HTTP, and nothing in production
 * imports the tooling at the bottom. Tests may also import the tooling.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['lib'],
  ['adapters'],
  ['store'],
  ['access'],
  ['audit'],
  ['crosscheck'],
  ['subgraphs'],
  ['gateway'],
  ['cli', 'disclosure-site'],
];
const TOOLING = ['test-support', 'bench', 'sample-data', 'scripts'];
/** Talk to the subgraphs over HTTP only, never by importing them or the engine that they serve. */
const HTTP_ONLY: Record<string, readonly string[]> = {
  gateway: ['subgraphs', 'crosscheck'],
  cli: ['subgraphs', 'crosscheck', 'gateway'],
  'disclosure-site': ['subgraphs', 'crosscheck', 'gateway'],
};

const SKIP = new Set(['node_modules', '.git', '.data', 'public']);

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) sourceFiles(full, out);
    else if (/\.(ts|mjs|js)$/.test(name)) out.push(full);
  }
  return out;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]!).filter((s) => s.startsWith('.'));
}

function rankOf(folder: string): number {
  return LAYERS.findIndex((layer) => layer.includes(folder));
}

/** Why `file` may not import `target` (both project-relative), or null when it may. */
export function layerViolation(file: string, target: string): string | null {
  const from = file.split('/')[0]!;
  const to = target.split('/')[0]!;
  if (from === to || TOOLING.includes(from)) return null;
  const isTest = /\.test\.ts$/.test(file);
  if (TOOLING.includes(to)) return isTest ? null : `production code imports ${to}/, which is tooling`;
  const fromRank = rankOf(from);
  const toRank = rankOf(to);
  if (fromRank < 0 || toRank < 0) return `${from}/ or ${to}/ is not in the layer table`;
  if (HTTP_ONLY[from]?.includes(to)) return `${from}/ reaches ${to}/ over HTTP only`;
  if (toRank >= fromRank) return `${from}/ may import only layers above it, and ${to}/ is ${toRank === fromRank ? 'beside' : 'below'} it`;
  return null;
}

const root = process.cwd();
const files = sourceFiles(root)
  .map((f) => path.relative(root, f))
  .filter((f) => f.includes('/'));

describe('the layer rule', () => {
  test('no file imports a folder that the layer table puts below or beside its own', () => {
    const violations: string[] = [];
    for (const file of files) {
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        const target = path.relative(root, path.resolve(path.dirname(file), specifier));
        const why = layerViolation(file, target);
        if (why) violations.push(`${file} -> ${target}: ${why}`);
      }
    }
    assert.deepEqual(violations, []);
  });

  test('every top-level folder with code has a place in the layer table', () => {
    const folders = new Set(files.map((f) => f.split('/')[0]!));
    const placed = new Set([...LAYERS.flat(), ...TOOLING]);
    assert.deepEqual([...folders].filter((f) => !placed.has(f)).sort(), []);
  });

  test('the checker itself refuses an upward import, a client importing a subgraph and production importing tooling', () => {
    assert.match(layerViolation('lib/config.ts', 'adapters/departments.ts') ?? '', /below/);
    assert.match(layerViolation('store/runs.ts', 'crosscheck/rules.ts') ?? '', /below/);
    assert.match(layerViolation('cli/commands/person.ts', 'subgraphs/finance/paging.ts') ?? '', /HTTP only/);
    assert.match(layerViolation('subgraphs/main.ts', 'sample-data/generate.ts') ?? '', /tooling/);
    assert.equal(layerViolation('subgraphs/finance/subgraph.test.ts', 'test-support/subgraph.ts'), null);
    assert.equal(layerViolation('crosscheck/engine.ts', 'lib/dates.ts'), null);
    assert.deepEqual(importsOf(`import a from './a.js';\nexport { b } from "../b.js";\nconst c = await import('./c.js');\nimport 'node:fs';`), ['./a.js', '../b.js', './c.js']);
  });
});

describe('error codes', () => {
  const literal = new RegExp(`['"\`](${Object.keys(ERROR_CODES).join('|')})['"\`]`, 'g');
  test('no production file spells an error code outside lib/errors.ts', () => {
    const found: string[] = [];
    for (const file of files) {
      if (file === 'lib/errors.ts' || /\.test\.ts$/.test(file) || file.includes('__generated__') || TOOLING.includes(file.split('/')[0]!)) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(literal)) found.push(`${file}: ${m[1]}`);
    }
    assert.deepEqual(found, []);
  });
});
