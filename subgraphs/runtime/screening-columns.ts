/**
 * The screening questions' subjects and hits as one list per field (subject i is `keys[i]`,
 * `idNumbers[i]`, ...): every department reads its subjects and writes its hits the same way,
 * without an object per subject or per hit on the wire.
 */
import { badUserInput } from '../../lib/errors.js';
import type { IsoDate } from '../../lib/dates.js';
import { normaliseIdNumber } from '../../lib/id-number.js';
import { dateArgument, listArgument } from './arguments.js';

/**
 * The number of subjects: at most MAX_BATCH_ARGUMENT, and every list one entry per subject;
 * otherwise BAD_USER_INPUT naming the argument, before anything is looked up.
 */
export function subjectCount(subjects: { keys: readonly unknown[] } & Record<string, readonly unknown[]>, argumentName: string): number {
  const count = listArgument(subjects.keys, argumentName).length;
  for (const [name, list] of Object.entries(subjects)) {
    if (list.length !== count) throw badUserInput(argumentName, `has ${count} keys but ${list.length} ${name}: every list holds one entry per subject`);
  }
  return count;
}

/** Each distinct value checked once: a chunk's dates and counties are mostly one value repeated. */
export function checkedColumn<T>(values: readonly string[], check: (value: string) => T): T[] {
  const seen = new Map<string, T>();
  return values.map((value) => {
    if (seen.has(value)) return seen.get(value)!;
    const checked = check(value);
    seen.set(value, checked);
    return checked;
  });
}

/** Every date a real calendar date, or BAD_USER_INPUT naming the argument. */
export function dateColumn(values: readonly string[], argumentName: string): IsoDate[] {
  return checkedColumn(values, (value) => dateArgument(value, argumentName));
}

/** An ID number as the cross-check sends it: normalised already (18 characters, no padding, an upper-case X). */
const NORMALISED_SHAPE = /^\d{17}[\dX]$/;

export function idNumberColumn(values: readonly string[]): string[] {
  // Testing the shape costs a fraction of normalising, which would give back the same text.
  return values.map((value) => (NORMALISED_SHAPE.test(value) ? value : normaliseIdNumber(value)));
}

/** Where a department's rules put their findings. */
export interface HitSink {
  add(key: string, rule: string, evidence: string): void;
}

/** The answer of a screening question (`ScreeningHits`): hit i is (keys[i], rules[i], evidence[i]). */
export class HitColumns implements HitSink {
  readonly keys: string[] = [];
  readonly rules: string[] = [];
  readonly evidence: string[] = [];

  add(key: string, rule: string, evidence: string): void {
    this.keys.push(key);
    this.rules.push(rule);
    this.evidence.push(evidence);
  }
}
