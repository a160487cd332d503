/**
 * Resident memory of a process and all its descendants, from /proc (Linux): the sum of VmRSS over
 * the tree, sampled on a timer, keeping the peak; and the peak of each process on its own
 * (`ProcessPeaks`, from the kernel's high-water mark VmHWM).
 */
import { readFileSync, readdirSync } from 'node:fs';

function parentOf(pid: number): number | null {
  try {
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null;
  }
}

/** User + system CPU of one process so far, in seconds (clock ticks of 1/100 s on Linux). */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** CPU seconds used so far by the tree's living processes. */
export function treeCpuSeconds(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + cpuSeconds(pid), 0);
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

const rssKb = (pid: number) => statusKb(pid, 'VmRSS');

/** The root and every process descending from it, now. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const parent = parentOf(pid);
    if (parent === null) continue;
    const list = children.get(parent);
    if (list) list.push(pid);
    else children.set(parent, [pid]);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Sum of VmRSS over the tree, in bytes. */
export function treeRssBytes(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + rssKb(pid), 0) * 1024;
}

export class RssSampler {
  peakBytes = 0;
  lastBytes = 0;
  samples = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly root: number,
    private readonly intervalMs = 200,
  ) {}

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
    return this;
  }

  /** Forgets the peak so far (e.g. after start-up), keeping the sampler running. */
  resetPeak(): void {
    this.peakBytes = this.lastBytes;
  }

  sample(): number {
    this.lastBytes = treeRssBytes(this.root);
    this.samples++;
    if (this.lastBytes > this.peakBytes) this.peakBytes = this.lastBytes;
    return this.lastBytes;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

/** The command line of a process, arguments separated by spaces; '' once it is gone. */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/**
 * The peak resident memory of each process under some roots, by a label naming what it is (a
 * restarted process keeps its label, so its peak is the larger of both lives). Each process's own
 * high-water mark (VmHWM) is read on a timer while it lives: exact, not a sample.
 */
export class ProcessPeaks {
  readonly peaks = new Map<string, { bytes: number; pids: Set<number> }>();
  private readonly roots: { pid: number; label: (pid: number, command: string, root: number) => string }[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly intervalMs = 500) {}

  /** Follows `root` and its descendants; `label` names each process (from its command line). */
  watch(root: number, label: (pid: number, command: string, root: number) => string): this {
    this.roots.push({ pid: root, label });
    this.sample();
    return this;
  }

  start(): this {
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
    return this;
  }

  sample(): void {
    for (const root of this.roots) {
      for (const pid of processTree(root.pid)) {
        const command = commandLine(pid);
        const bytes = statusKb(pid, 'VmHWM') * 1024;
        if (!command || bytes === 0) continue;
        const key = root.label(pid, command, root.pid);
        const peak = this.peaks.get(key) ?? { bytes: 0, pids: new Set<number>() };
        peak.bytes = Math.max(peak.bytes, bytes);
        peak.pids.add(pid);
        this.peaks.set(key, peak);
      }
    }
  }

  stop(): void {
    this.sample();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

/** The first process whose name (`/proc/<pid>/comm`) is one of `names`, e.g. the local MariaDB server; null if none. */
export function findProcess(names: string[]): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (names.includes(readFileSync(`/proc/${entry}/comm`, 'utf8').trim())) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return null;
}
