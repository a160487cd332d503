/**
 * Where a command's data goes (`--format`, `--out`) and what it says when done. stdout carries
 * only the chosen output, so `--format jsonl` pipes cleanly; counts and summaries go to stderr,
 * except after a table on the terminal, which is read rather than piped.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
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

export function outputOf<F extends string>(values: FlagValues<ReturnType<typeof outputFlags<F>>>, fallback: F): Output<F> {
  const output: Output<F> = { format: values.format ?? fallback, file: values.out };
  if (output.format === 'xlsx' && !output.file) throw new UsageError('--format xlsx needs --out FILE (a workbook is not written to a terminal)');
  return output;
}

/** Runs `work` on the file of `--out` (closed and flushed afterwards) or on stdout. */
export async function toOutput<T>(file: string | undefined, stdout: Writable, work: (out: Writable) => Promise<T>): Promise<T> {
  const out: Writable = file ? createWriteStream(file) : stdout;
  const result = await work(out);
  if (file) {
    out.end();
    await once(out, 'finish');
  }
  return result;
}

/**
 * What a table on the terminal does with the summary: `append` it (stdout), hold it already
 * (`included`), or leave it to stderr like every other output (`stderr`).
 */
export type TableSummary = 'append' | 'included' | 'stderr';

/** Writes the closing summary (one or more lines, ending in a newline) and names the file written. */
export async function finishOutput(io: CliIO, output: Output, summary: string, table: TableSummary): Promise<void> {
  if (output.format === 'table' && !output.file && table !== 'stderr') {
    if (table === 'append') await write(io.stdout, `\n${summary}`);
  } else {
    await write(io.stderr, summary);
  }
  if (output.file) await write(io.stderr, `Wrote ${output.format} to ${output.file}\n`);
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
