/**
 * The meaning of a legacy code column: the code as stored, to the hub's canonical value. Adapters
 * read codes only through such tables, so each code's meaning is written down once and the rest
 * of the hub sees canonical values.
 */
export interface CodeTable<T extends string> {
  /** The canonical value of a normalised code; null when the department never defined the code. */
  meaning(code: string | null): T | null;
  /** As `meaning`, with an undefined code read as UNRECOGNISED. */
  read(code: string | null): T | 'UNRECOGNISED';
  /** The code a canonical value is stored as. */
  codeOf(value: T): string;
  readonly codes: readonly string[];
  readonly values: readonly T[];
}

export function codeTable<T extends string>(meanings: Readonly<Record<string, T>>): CodeTable<T> {
  const codeByValue = new Map(Object.entries(meanings).map(([code, value]) => [value, code]));
  const meaning = (code: string | null): T | null => (code !== null && Object.hasOwn(meanings, code) ? meanings[code]! : null);
  return {
    meaning,
    read: (code) => meaning(code) ?? 'UNRECOGNISED',
    codeOf(value) {
      const code = codeByValue.get(value);
      if (code === undefined) throw new RangeError(`no code stands for ${value}`);
      return code;
    },
    codes: Object.keys(meanings),
    values: [...codeByValue.keys()],
  };
}
