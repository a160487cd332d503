/**
 * The skeleton every command shares: its flags parsed and checked by their spec, `--help` answered
 * with its usage, and only then the command's own work. Errors leave as exceptions; cli/main.ts
 * turns them into exit codes.
 */
import { EXIT, write, type CliIO, type Command } from './command.js';
import { parseFlags, type FlagSpec, type FlagValues } from './flags.js';

export interface CommandDefinition<S extends FlagSpec> {
  name: string;
  summary: string;
  usage: string;
  flags: S;
  /** Whether the command takes arguments besides its flags (`hub person <ID>`, `hub audit verify`). */
  positionals?: boolean;
  run(parsed: { values: FlagValues<S>; positionals: string[] }, io: CliIO): Promise<number>;
}

export function defineCommand<S extends FlagSpec>(definition: CommandDefinition<S>): Command {
  return {
    name: definition.name,
    summary: definition.summary,
    usage: definition.usage,
    flagNames: Object.keys(definition.flags),
    async run(args, io) {
      const parsed = parseFlags(args, definition.flags, { positionals: definition.positionals });
      if (parsed.help) {
        await write(io.stdout, definition.usage);
        return EXIT.OK;
      }
      return definition.run(parsed, io);
    },
  };
}
