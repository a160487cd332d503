/** Ports for tests that need a closed one, or one to start a server of their own on. */
import { createServer } from 'node:net';

/** A TCP port nothing listens on right now (and not one fetch refuses to use). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
