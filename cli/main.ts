/**
 * `hub <command> [flags]`: the analysts' command line. Each command is one file under
 * cli/commands/ and one entry in COMMANDS; main only dispatches and turns errors into exit codes.
 */
import { ConfigError } from '../lib/config.js';
import { boundEchoes, echo } from '../lib/echo.js';
import { EXIT, UsageError, type CliIO, type Command } from './command.js';
import { crosscheckCommand } from './commands/crosscheck.js';
import { tokenCommand } from './commands/token.js';
import { auditCommand } from './commands/audit.js';
import { paymentsCommand } from './commands/payments.js';
import { personCommand } from './commands/person.js';
import { workerCommand } from './commands/worker.js';
import { findingsCommand } from './commands/findings.js';
import { recoveriesCommand } from './commands/recoveries.js';
import { complaintsCommand } from './commands/complaints.js';
import { sourceCommand } from './commands/source.js';
import { subgraphCommand } from './commands/subgraph.js';

export const COMMANDS: Record<string, Command> = {
  crosscheck: crosscheckCommand,
  token: tokenCommand,
  audit: auditCommand,
  payments: paymentsCommand,
  person: personCommand,
  worker: workerCommand,
  findings: findingsCommand,
  recoveries: recoveriesCommand,
  complaints: complaintsCommand,
  source: sourceCommand,
  subgraph: subgraphCommand,
};

function overview(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  return [
    'Usage: npx hub <command> [flags]',
    '',
    'Commands:',
    ...Object.values(COMMANDS).map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `npx hub <command> --help` for a command\'s flags.',
    '',
    'Exit codes: 0 done; 1 failed (gateway unreachable, run failed, refused);',
    '            2 bad command line; 3 done in part: crosscheck ended with rules not',
    '            checked, or person shows a picture a department could not add to.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(overview());
    return name === undefined ? EXIT.USAGE : EXIT.OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`hub: unknown command "${echo(name)}"\n\n${overview()}`);
    return EXIT.USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // Whatever a message quotes (a flag's value, a server's echo of an argument) is masked and cut here, once for every command.
    if (error instanceof UsageError) {
      io.stderr.write(`hub ${name}: ${boundEchoes(error.message)}\nRun \`npx hub ${name} --help\` for usage.\n`);
      return EXIT.USAGE;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`hub ${name}: ${error.message}\n`);
      return EXIT.USAGE;
    }
    io.stderr.write(`hub ${name}: ${boundEchoes(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT.FAILED;
  }
}
