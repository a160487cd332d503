// Preloaded into the hub by `bench/crosscheck.ts --profile DIR` (node --import): profiles the whole
// process with the inspector and writes DIR/hub-<pid>.cpuprofile on SIGUSR2, so the profile does not
// depend on the hub shutting down cleanly.
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.env.BENCH_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable', () => {
    // 1 ms sampling: enough resolution for a run of a minute or more, a small overhead.
    session.post('Profiler.setSamplingInterval', { interval: 1000 }, () => session.post('Profiler.start'));
  });
  process.on('SIGUSR2', () => {
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(path.join(dir, `hub-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
      process.emitWarning(error ? `profile not written: ${error.message}` : 'profile written');
    });
  });
}
