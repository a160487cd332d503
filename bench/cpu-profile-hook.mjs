// Preloaded into every hub process by `bench/crosscheck.ts --profile` (node --import; a process per
// service inherits it from the supervisor; workers get it through NODE_OPTIONS). Each process it
// is loaded into leaves DIR/hooked-<pid>, so the benchmark signals only those (SIGUSR2 would end
// any other). The first SIGUSR2 starts the inspector's CPU profiler, the second writes
// DIR/hub-<pid>-<service>.cpuprofile: the profile covers the measured run only, not start-up, and
// does not depend on the hub shutting down cleanly.
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.env.BENCH_PROFILE_DIR;
if (dir) {
  // Which service this process is: its entry's folder and name, and its arguments (`subgraphs-main-justice`, `gateway-main`).
  const service = process.argv
    .slice(1)
    .map((arg, i) => (i === 0 ? `${path.basename(path.dirname(arg))}-${path.basename(arg).replace(/\.[cm]?[jt]s$/, '')}` : arg))
    .join('-')
    .replace(/[^\w.-]+/g, '_')
    .slice(0, 60);
  writeFileSync(path.join(dir, `hooked-${process.pid}`), `${service}\n`);
  const session = new Session();
  session.connect();
  let running = false;
  process.on('SIGUSR2', () => {
    if (!running) {
      running = true;
      // 1 ms sampling: enough resolution for a run of a minute or more, a small overhead.
      session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 1000 }, () => session.post('Profiler.start')));
      return;
    }
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(path.join(dir, `hub-${process.pid}-${service}.cpuprofile`), JSON.stringify(result.profile));
      process.emitWarning(error ? `profile not written: ${error.message}` : 'profile written');
    });
  });
}
