/**
 * Progress of a long run on stderr: a bar redrawn in place on a terminal; on a pipe or a log
 * file, a plain line now and then, since carriage returns would only garble it.
 */
import type { Writable } from 'node:stream';
import { nounFor } from './wording.js';

export interface ProgressReporter {
  update(done: number, total: number | null): void;
  finish(): void;
}

export function progressReporter(
  stream: Writable & { isTTY?: boolean },
  label: string,
  options: { plainEveryMs?: number; now?: () => number } = {},
): ProgressReporter {
  const now = options.now ?? Date.now;
  const number = (n: number) => n.toLocaleString('en-US');
  const describe = (done: number, total: number | null) =>
    total
      ? `${number(done)}/${number(total)} ${nounFor(total, 'line')} (${Math.min(100, Math.floor((done / Math.max(total, 1)) * 100))}%)`
      : `${number(done)} ${nounFor(done, 'line')}`;
  if (stream.isTTY) {
    let lastDraw = 0;
    let drawn = false;
    return {
      update(done, total) {
        if (now() - lastDraw < 100 && drawn) return;
        lastDraw = now();
        drawn = true;
        const width = 30;
        const filled = total ? Math.min(width, Math.round((done / Math.max(total, 1)) * width)) : 0;
        const bar = total ? `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ` : '';
        stream.write(`\r\x1b[2K${label} ${bar}${describe(done, total)}`);
      },
      finish() {
        if (drawn) stream.write('\n');
      },
    };
  }
  const every = options.plainEveryMs ?? 10_000;
  let lastLine = -Infinity;
  let last: [number, number | null] | null = null;
  let printed: [number, number | null] | null = null;
  return {
    update(done, total) {
      last = [done, total];
      if (now() - lastLine < every) return;
      lastLine = now();
      printed = last;
      stream.write(`${label} ${describe(done, total)}\n`);
    },
    finish() {
      if (last && last !== printed) stream.write(`${label} ${describe(...last)}\n`);
    },
  };
}
