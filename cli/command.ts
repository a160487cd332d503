/** What every `hub` subcommand implements; cli/main.ts lists them. */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export interface CliIO {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  /** The environment, handed to lib/config.ts and read nowhere else. */
  env: Record<string, string | undefined>;
}

export interface Command {
  name: string;
  /** One line for `hub --help`. */
  summary: string;
  /** The command's full help text. */
  usage: string;
  /** The flags it accepts, without their dashes (`--help` is always accepted). */
  flagNames?: readonly string[];
  /** Returns the process exit code (see EXIT). */
  run(args: string[], io: CliIO): Promise<number>;
}

/** Exit codes shared by every command. */
export const EXIT = {
  /** Done. For `crosscheck`: every rule was checked; findings are a result, not an error. */
  OK: 0,
  /** The work failed: the gateway could not be reached, the run failed, the server refused. */
  FAILED: 1,
  /** The command line was wrong: an unknown or missing flag, a bad value, or an argument the server rejected. */
  USAGE: 2,
  /**
   * Done, but partly: `crosscheck` ended with some rules not checked for some lines ("not checked");
   * `person` shows a picture in which at least one department could not answer.
   */
  INCOMPLETE: 3,
} as const;

/** A mistake on the command line; the message names the flag. */
export class UsageError extends Error {}

/**
 * Writes text, honouring back-pressure so a large export does not pile up in memory. A stream that
 * fails while full (a disk that filled up) rejects instead of leaving the export waiting for ever.
 */
export async function write(stream: Writable, text: string): Promise<void> {
  if (stream.errored) throw stream.errored;
  if (!stream.write(text)) await once(stream, 'drain');
}
