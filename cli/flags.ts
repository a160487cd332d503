/**
 * Every command's flags as a declarative spec: node:util's parseArgs reads the command line, then
 * each flag's own check turns its text into a value or into an error naming the flag
 * ("--period must be YYYYMM ..."). Rules between flags stay with the command.
 */
import { parseArgs } from 'node:util';
import { isIsoDate, isIsoDateTime, isPeriod } from '../lib/dates.js';
import { echo } from '../lib/echo.js';
import { UsageError } from './command.js';

/** Thrown by a flag's check: the reason, which the parser completes with the flag's name. */
export class FlagProblem extends Error {}

export function invalid(reason: string): never {
  throw new FlagProblem(reason);
}

interface TextFlag<T> {
  type: 'string';
  multiple?: false;
  short?: string;
  check(text: string): T;
}

interface RepeatedFlag<T> {
  type: 'string';
  multiple: true;
  check(text: string): T;
}

interface SwitchFlag {
  type: 'boolean';
  short?: string;
}

type Flag = TextFlag<unknown> | RepeatedFlag<unknown> | SwitchFlag;
export type FlagSpec = Record<string, Flag>;

export type FlagValues<S extends FlagSpec> = {
  [K in keyof S]?: S[K] extends RepeatedFlag<infer T> ? T[] : S[K] extends TextFlag<infer T> ? T : boolean;
};

export interface ParsedFlags<S extends FlagSpec> {
  values: FlagValues<S>;
  positionals: string[];
  /** `--help` or `-h` was given: the command prints its usage and does nothing else. */
  help: boolean;
}

/** A flag with a value; without a check the value is the trimmed text. */
export function text(): TextFlag<string>;
export function text<T>(check: (text: string) => T): TextFlag<T>;
export function text<T>(check?: (text: string) => T): TextFlag<T | string> {
  return { type: 'string', check: check ?? ((value) => value) };
}

/** A flag that may be given several times; each occurrence is checked on its own. */
export function repeated<T>(check: (text: string) => T): RepeatedFlag<T> {
  return { type: 'string', multiple: true, check };
}

export function toggle(): SwitchFlag {
  return { type: 'boolean' };
}

function checked(name: string, flag: TextFlag<unknown> | RepeatedFlag<unknown>, raw: string): unknown {
  const value = raw.trim();
  if (value === '') throw new UsageError(`--${name} needs a value`);
  try {
    return flag.check(value);
  } catch (error) {
    if (error instanceof FlagProblem) throw new UsageError(`--${name} ${error.message}`);
    throw error;
  }
}

export function parseFlags<S extends FlagSpec>(args: string[], spec: S, options: { positionals?: boolean } = {}): ParsedFlags<S> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: options.positionals ?? false,
      options: {
        ...Object.fromEntries(
          Object.entries(spec).map(([name, flag]) => [name, { type: flag.type, ...('multiple' in flag && flag.multiple ? { multiple: true } : {}), ...('short' in flag && flag.short ? { short: flag.short } : {}) }]),
        ),
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // node:util names the flag in its message ("Unknown option '--bach'"); keep that, drop the advice it adds.
    throw new UsageError((error as Error).message.split('. To specify')[0]!);
  }
  if (parsed.values.help) return { values: {}, positionals: [], help: true };
  const values: Record<string, unknown> = {};
  for (const [name, flag] of Object.entries(spec)) {
    const raw = (parsed.values as Record<string, string | string[] | boolean | undefined>)[name];
    if (raw === undefined) continue;
    if (flag.type === 'boolean') values[name] = raw;
    else if (flag.multiple) values[name] = (raw as string[]).map((one) => checked(name, flag, one));
    else values[name] = checked(name, flag, raw as string);
  }
  return { values: values as FlagValues<S>, positionals: parsed.positionals, help: false };
}

// ---- checks shared by the commands --------------------------------------------------------------

/** One of `choices`; with `anyCase`, in any case, answered as the choice is spelt. */
export function oneOf<T extends string>(choices: readonly T[], options: { anyCase?: boolean } = {}): (text: string) => T {
  const same = (a: string, b: string) => (options.anyCase ? a.toLowerCase() === b.toLowerCase() : a === b);
  return (value) => choices.find((choice) => same(choice, value)) ?? invalid(`must be one of ${choices.join(', ')}, not "${echo(value)}"`);
}

export function matching(pattern: RegExp, what: string): (text: string) => string {
  return (value) => (pattern.test(value) ? value : invalid(`must be ${what}, not "${echo(value)}"`));
}

export function wholeNumber(min: number, max: number): (text: string) => number {
  return (value) => {
    const n = Number(value);
    return /^\d+$/.test(value) && n >= min && n <= max ? n : invalid(`must be a whole number from ${min} to ${max}, not "${echo(value)}"`);
  };
}

export function period(value: string): string {
  return isPeriod(value) ? value : invalid(`must be YYYYMM with a month 01 to 12, not "${echo(value)}"`);
}

export function calendarDate(value: string): string {
  return isIsoDate(value) ? value : invalid(`must be a calendar date written YYYY-MM-DD, not "${echo(value)}"`);
}

export function instant(value: string): string {
  // The gateway's DateTime scalar takes exactly this (lib/dates.ts), so a flag is refused here as the server would.
  return !isIsoDateTime(value) ? invalid(`must be a date (YYYY-MM-DD) or an instant in ISO 8601, not "${echo(value)}"`) : value;
}

/** The flags given among `names`, as `--name`, for rules like "only one of these". */
export function given<S extends FlagSpec>(values: FlagValues<S>, names: readonly (keyof S & string)[]): string[] {
  return names.filter((name) => values[name] !== undefined && values[name] !== false).map((name) => `--${name}`);
}

/** At most one of `flags` may be given. */
export function atMostOne(flags: string[], why = ''): void {
  if (flags.length > 1) throw new UsageError(`${flags.join(' and ')} cannot be combined${why}`);
}
