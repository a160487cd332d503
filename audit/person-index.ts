/**
 * The per-person index of the audit log ("who looked at this person"), written off the request
 * path. A request waits only for its one chained record, which already names its persons; the
 * index rows are derived from records in batches: every `batchRecords` records, `flushMs` after
 * the first record began to wait, and on close. A row is (person, block): the person is named by
 * some record of that block of consecutive records (audit/log-table.ts PERSON_BLOCK), so the
 * records of a batch that name the same person (a cross-check asks every department about the
 * same chunk) give one row, and a row already there from an earlier batch is left alone. A batch's
 * rows are grouped by region of the index (one sweep over it) and written in slices, so the
 * store's write lock (and, on SQLite, this process's event loop) is never held for long.
 *
 * The index is only ever behind, never short: the watermark (every record up to it is indexed)
 * rises in the same transaction as the last slice of a batch, and only over records that follow
 * it without a gap. What a crash drops from memory is written again from the records: a batch that
 * does not continue exactly from the watermark (this process restarted, another process appended
 * in between, an earlier batch failed) is replaced by reading the records after the watermark.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { blockOf, epochOf } from './log-table.js';

export interface IndexedRecord {
  seq: number;
  persons: readonly string[];
}

/** Index rows as two columns: row i is (persons[i], blocks[i]), a person's hash and a block with a record naming them. */
export interface IndexRows {
  persons: string[];
  blocks: number[];
}

/** What the indexer needs of a store, in either dialect. */
export interface PersonIndexTarget {
  /** The watermark: every record up to this seq is in the index. */
  indexedThrough(): Promise<number>;
  /** Records after `afterSeq`, oldest first, at most `limit`: just their seq and persons. */
  personsAfter(afterSeq: number, limit: number): Promise<IndexedRecord[]>;
  /**
   * In one transaction: these rows (rows already there are left alone) and, when `raiseTo` is
   * given, the watermark raised to it (never lowered).
   */
  writeIndex(rows: IndexRows, raiseTo: number | null): Promise<void>;
}

export interface IndexPolicy {
  /** Flush once this many records wait. */
  batchRecords: number;
  /** Flush this long after the first record began to wait. */
  flushMs: number;
  /** Index rows per transaction. */
  sliceRows: number;
}

export const DEFAULT_INDEX_POLICY: IndexPolicy = { batchRecords: 100, flushMs: 500, sliceRows: 20_000 };

export class PersonIndexer {
  private pending: IndexedRecord[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly target: PersonIndexTarget,
    private readonly policy: IndexPolicy = DEFAULT_INDEX_POLICY,
  ) {}

  /** A record has been committed: index it with the next batch. */
  add(record: IndexedRecord): void {
    if (this.closed) return;
    this.pending.push({ seq: record.seq, persons: record.persons });
    if (this.pending.length >= this.policy.batchRecords) void this.flush();
    else this.schedule(this.policy.flushMs);
  }

  /** Writes every waiting record's index rows, or catches up from the watermark; resolves when done. */
  flush(): Promise<void> {
    this.clearTimer();
    // One flush waiting to start is enough: it takes every record that waits by the time it starts.
    if (this.queued) return this.queued;
    const queued = this.running.then(() => {
      this.queued = null;
      return this.flushNow();
    });
    this.queued = queued;
    this.running = queued;
    return queued;
  }

  /** Brings the index up to the last record in the store (on start: what a crash left unindexed). */
  catchUp(): Promise<void> {
    this.running = this.running.then(() => this.guarded(() => this.catchUpNow()));
    return this.running;
  }

  /** Flushes what waits; nothing is accepted afterwards. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    this.clearTimer();
  }

  private schedule(ms: number): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, ms);
    // A process that ends without closing loses only index rows, which the next start writes again.
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async guarded(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      // The records are safe in the log; the index is rebuilt from them on the next attempt.
      console.error(`audit: the persons' index could not be written (${(error as Error).name}); it catches up from the log later`);
      if (!this.closed) this.schedule(Math.max(this.policy.flushMs, 1000));
    }
  }

  private async flushNow(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    await this.guarded(async () => {
      const through = await this.target.indexedThrough();
      const fresh = batch.filter((r) => r.seq > through).sort((a, b) => a.seq - b.seq);
      if (fresh.length === 0) return;
      const continues = fresh.every((record, i) => record.seq === through + 1 + i);
      if (continues) await this.write(fresh);
      else await this.catchUpNow();
    });
  }

  private async catchUpNow(): Promise<void> {
    const page = Math.max(1, this.policy.batchRecords);
    for (;;) {
      const records = await this.target.personsAfter(await this.target.indexedThrough(), page);
      if (records.length) await this.write(records);
      if (records.length < page) return;
    }
  }

  /**
   * Contiguous records' rows, in slices of `sliceRows` rows with requests served in between. Only
   * the last slice raises the watermark: a crash in between leaves rows that the next attempt
   * finds already there.
   */
  private async write(records: readonly IndexedRecord[]): Promise<void> {
    const rows = inKeyRegions(records);
    const last = records[records.length - 1]!.seq;
    const size = Math.max(1, this.policy.sliceRows);
    for (let start = 0; ; start += size) {
      const final = start + size >= rows.persons.length;
      await this.target.writeIndex({ persons: rows.persons.slice(start, start + size), blocks: rows.blocks.slice(start, start + size) }, final ? last : null);
      if (final) return;
      await yieldToLoop();
    }
  }
}

const hexDigit = (code: number) => (code <= 57 ? code - 48 : (code | 32) - 87);

/**
 * The records' rows, each (person, block) once, grouped by epoch and then by the first byte of the
 * person hash: the inserts then visit the index one region at a time (almost as well as in sorted
 * order, at a fraction of a sort's cost), instead of jumping all over it.
 */
function inKeyRegions(records: readonly IndexedRecord[]): IndexRows {
  // Each block's persons once: consecutive records mostly name the same persons.
  const byBlock = new Map<number, Set<string>>();
  for (const record of records) {
    const block = blockOf(record.seq);
    let persons = byBlock.get(block);
    if (!persons) byBlock.set(block, (persons = new Set()));
    for (const person of record.persons) persons.add(person);
  }
  // A counting sort by (epoch, region): two passes, no list per region. A batch spans an epoch or two.
  const firstEpoch = epochOf(Math.min(...byBlock.keys()));
  const bucketOf = (block: number, person: string) => (epochOf(block) - firstEpoch) * 256 + regionOf(person);
  const buckets = (epochOf(Math.max(...byBlock.keys())) - firstEpoch + 1) * 256;
  const starts = new Uint32Array(buckets + 1);
  let total = 0;
  for (const [block, persons] of byBlock) {
    for (const person of persons) starts[bucketOf(block, person) + 1]!++;
    total += persons.size;
  }
  for (let b = 1; b <= buckets; b++) starts[b]! += starts[b - 1]!;
  const persons: string[] = new Array(total);
  const blocks: number[] = new Array(total);
  for (const [block, named] of byBlock) {
    for (const person of named) {
      const at = starts[bucketOf(block, person)]!++;
      persons[at] = person;
      blocks[at] = block;
    }
  }
  return { persons, blocks };
}

function regionOf(person: string): number {
  return ((hexDigit(person.charCodeAt(0)) << 4) | hexDigit(person.charCodeAt(1))) & 255;
}
