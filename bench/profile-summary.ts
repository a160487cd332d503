/**
 * Where a hub CPU profile (from `bench/crosscheck.ts --profile DIR`) spent its time: self time by
 * package or project folder, and the heaviest functions.
 *
 *   node --import tsx bench/profile-summary.ts DIR/CPU.*.cpuprofile [--top 30]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' } } });
const top = Number(values.top);

for (const file of positionals) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);

  const area = (url: string): string => {
    if (url === '') return '(native / V8)';
    const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (nm) return nm[1]!;
    if (url.startsWith('node:')) return url;
    const project = /\/work\/[^/]+\/[^/]+\/(.+)$/.exec(url) ?? /file:\/\/.*?\/((?:[^/]+\/)?[^/]+)$/.exec(url);
    const rel = project ? project[1]! : url;
    return rel.split('/').slice(0, 2).join('/');
  };
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    const a = area(node.callFrame.url);
    byArea.set(a, (byArea.get(a) ?? 0) + us);
    const name = `${node.callFrame.functionName || '(anonymous)'}  ${a}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  }
  const show = (title: string, map: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${((us / total) * 100).toFixed(1).padStart(6)}%  ${(us / 1e6).toFixed(1).padStart(7)} s  ${k}`);
    }
  };
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
  show('self time by package / folder', byArea);
  show('self time by function', byFunction);
}
