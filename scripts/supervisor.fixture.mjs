// A stand-in service for scripts/supervisor.test.ts: speaks the supervisor's protocol
// (lib/service-process.ts) and writes what happens to it into a log file, one line per event.
// Usage: node supervisor.fixture.mjs <listen|crash|exit-at-start> <name> <log file>
import http from 'node:http';
import { appendFileSync } from 'node:fs';

const [mode, name, logFile] = process.argv.slice(2);
const note = (line) => appendFileSync(logFile, `${line}\n`);

if (mode === 'exit-at-start') process.exit(3);
process.on('SIGINT', () => {});
process.on('disconnect', () => process.exit(0));
process.on('message', (message) => {
  if (message.env) note(`${name} learns ${JSON.stringify(message.env)}`);
  if (message.stop) {
    note(`${name} stops`);
    // A moment of work, so a stop order that does not wait would show in the log.
    setTimeout(() => process.exit(0), 50);
  }
});
const server = http.createServer((req, res) => res.end('ok'));
server.listen(Number(process.env.FAKE_PORT ?? 0), '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  note(`${name} listens at ${url} knowing ${process.env.FAKE_PEER_URL ?? 'nobody'}`);
  process.send({ ready: true, url });
  if (mode === 'crash') setTimeout(() => process.exit(3), 20);
});
