/**
 * Several gateway processes on one port (HUB_GATEWAY_INSTANCES > 1): this node:cluster primary
 * forks the instances, which all listen on the configured port (the primary hands out the
 * connections), reports ready once every instance listens, replaces an instance that dies and
 * stops them all on a signal. An instance that dies right after it started is not a thing to
 * repeat: the primary then exits with an error and its own supervisor decides.
 */
import cluster, { type Worker } from 'node:cluster';
import { isReadyMessage, isSupervised, reportReady, stopOnSignal } from '../lib/service-process.js';

/** An instance dying sooner than this after it listened counts as a crash at start. */
const STABLE_AFTER_MS = 10_000;
/** How long an instance may take to stop before it is killed. */
const STOP_GRACE_MS = 15_000;

function describeExit(code: number | null, signal: string | null): string {
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}

export async function runGatewayInstances(instances: number): Promise<void> {
  const running = new Set<Worker>();
  let stopping = false;

  const stopAll = async (reason: string) => {
    stopping = true;
    await Promise.all(
      [...running].map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            const kill = setTimeout(() => worker.process.kill('SIGKILL'), STOP_GRACE_MS);
            worker.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            try {
              worker.send({ stop: reason });
            } catch {
              worker.process.kill('SIGTERM');
            }
          }),
      ),
    );
  };

  /** Forks one instance; resolves with its URL once it listens, rejects if it dies first. */
  const fork = () =>
    new Promise<string>((resolve, reject) => {
      const worker = cluster.fork();
      running.add(worker);
      let listeningSince: number | null = null;
      worker.on('message', (message) => {
        if (!isReadyMessage(message)) return;
        listeningSince = Date.now();
        resolve(message.url);
      });
      worker.once('exit', (code, signal) => {
        running.delete(worker);
        if (stopping) return;
        const how = describeExit(code, signal);
        if (listeningSince === null) return reject(new Error(`gateway instance (pid ${worker.process.pid}) ${how} before it listened`));
        if (Date.now() - listeningSince < STABLE_AFTER_MS) {
          console.error(`gateway instance (pid ${worker.process.pid}) ${how} right after it started; stopping the gateway`);
          void stopAll('an instance crashed').then(() => process.exit(1));
          return;
        }
        console.error(`gateway instance (pid ${worker.process.pid}) ${how}; starting another`);
        fork().catch((error: unknown) => {
          console.error((error as Error).message);
          void stopAll('an instance could not start').then(() => process.exit(1));
        });
      });
    });

  stopOnSignal((reason) => stopAll(reason));
  let urls: string[];
  try {
    urls = await Promise.all(Array.from({ length: instances }, fork));
  } catch (error) {
    console.error((error as Error).message);
    await stopAll('another instance could not start');
    process.exit(1);
  }
  const pids = [...running].map((w) => w.process.pid!).filter(Boolean);
  reportReady(urls[0]!, pids);
  if (!isSupervised()) console.log(`Gateway at ${urls[0]} (${instances} instances, pids ${pids.join(', ')})`);
}
