/**
 * Where a command's data goes (`--format`, `--out`) and what it says when done. stdout carries
 * only the chosen output, so `--format jsonl` pipes cleanly; counts and summaries go to stderr,
 * except after a table on the terminal, which is read rather than piped.
 */
import { randomBytes } from 'node:crypto';
import { accessSync, constants, createWriteStream, statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { loadConfig } from '../lib/config.js';
import { echo } from '../lib/echo.js';
import { UsageError, write, type CliIO } from './command.js';
import { oneOf, text, type FlagValues } from './flags.js';

/** The output flags of the gateway commands; `formats` in the order the help lists them. */
export function outputFlags<F extends string>(formats: readonly F[]) {
  return {
    format: text(oneOf(formats)),
    out: text(),
    token: text(),
  };
}

export interface Output<F extends string = string> {
  format: F;
  /** The file of `--out`; stdout when absent. */
  file?: string;
}

/** The output flags, checked: `--out` must be a file the CLI can write, before any work (a check run) starts. */
export function outputOf<F extends string>(values: FlagValues<ReturnType<typeof outputFlags<F>>>, fallback: F): Output<F> {
  const output: Output<F> = { format: values.format ?? fallback, file: values.out };
  if (output.format === 'xlsx' && !output.file) throw new UsageError('--format xlsx needs --out FILE (a workbook is not written to a terminal)');
  if (output.file) checkWritable(output.file);
  return output;
}

const CANNOT_WRITE: Record<string, string> = {
  ENOENT: 'its directory does not exist',
  ENOTDIR: 'a part of its path is a file, not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a directory; name a file',
};

function cannotWrite(file: string, error: unknown): UsageError | null {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code && Object.hasOwn(CANNOT_WRITE, code) ? new UsageError(`--out "${echo(file)}" cannot be written: ${CANNOT_WRITE[code]}`) : null;
}

/** A file of `--out` is written beside its final name and renamed into place: the directory must take new files. */
function checkWritable(file: string): void {
  const target = path.resolve(file);
  try {
    const existing = statSync(target, { throwIfNoEntry: false });
    if (existing?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const dir = statSync(path.dirname(target));
    if (!dir.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    accessSync(path.dirname(target), constants.W_OK);
    if (existing) accessSync(target, constants.W_OK);
  } catch (error) {
    throw cannotWrite(file, error) ?? error;
  }
}

/**
 * Runs `work` on a temporary file beside `file` and renames it into place once `work` succeeds;
 * on failure the temporary file is removed, so a failed export never leaves a partial file (a CSV
 * with only its header) that looks like an empty result.
 */
export async function writeAtomically<T>(file: string, work: (temporary: string) => Promise<T>): Promise<T> {
  const target = path.resolve(file);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`);
  try {
    const result = await work(temporary);
    await rename(temporary, target);
    return result;
  } catch (error) {
    await rm(temporary, { force: true });
    throw cannotWrite(file, error) ?? error;
  }
}

/** A writable stream on `file`, open (or the error that kept it from opening). */
export async function openFileStream(file: string): Promise<Writable> {
  const out = createWriteStream(file, { flags: 'wx' });
  await once(out, 'open');
  return out;
}

/** Ends `out` (unless a writer such as the xlsx zip already did) and waits until everything is on disk. */
export async function closeFileStream(out: Writable): Promise<void> {
  if (!out.writableEnded) out.end();
  await finished(out);
}

/** Runs `work` on the file of `--out` (written whole or not at all) or on stdout. */
export async function toOutput<T>(file: string | undefined, stdout: Writable, work: (out: Writable) => Promise<T>): Promise<T> {
  if (!file) return work(stdout);
  return writeAtomically(file, async (temporary) => {
    const out = await openFileStream(temporary);
    try {
      const result = await work(out);
      await closeFileStream(out);
      return result;
    } catch (error) {
      out.destroy();
      throw error;
    }
  });
}

/**
 * What a table on the terminal does with the summary: `append` it (stdout), hold it already
 * (`included`), or leave it to stderr like every other output (`stderr`).
 */
export type TableSummary = 'append' | 'included' | 'stderr';

/** The zone people read the output's times in: the county's (HUB_TIMEZONE, default Asia/Shanghai). */
export function displayTimeZone(io: CliIO): string {
  return loadConfig(io.env).client.timeZone;
}

/** Writes the closing summary (one or more lines, ending in a newline) and names the file written. */
export async function finishOutput(io: CliIO, output: Output, summary: string, table: TableSummary): Promise<void> {
  if (output.format === 'table' && !output.file && table !== 'stderr') {
    if (table === 'append') await write(io.stdout, `\n${summary}`);
  } else {
    await write(io.stderr, summary);
  }
  if (output.file) await write(io.stderr, `Wrote ${output.format} to ${output.file}\n`);
}

/**
 * The pages, with `before` run once the first page (or the end) has arrived: a header written
 * there is not left alone on stdout when the first request is refused.
 */
export async function* afterFirstPage<T>(pages: AsyncIterable<T[]>, before: () => Promise<void>): AsyncIterable<T[]> {
  const iterator = pages[Symbol.asyncIterator]();
  const first = await iterator.next();
  await before();
  if (first.done) return;
  yield first.value;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
}

/** Writes rows a page at a time, each page as one chunk of `line(row)` texts; returns the rows written. */
export async function writePages<T>(out: Writable, pages: AsyncIterable<T[]>, line: (row: T) => string): Promise<number> {
  let count = 0;
  for await (const page of pages) {
    await write(out, page.map(line).join(''));
    count += page.length;
  }
  return count;
}
