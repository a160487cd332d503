/** Orderings shared by roll-ups: text keys compared as stored, with missing values last. */
export function compareNullsLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Compares rows key by key, each with missing values last. */
export function byKeysNullsLast<T>(...keys: ((row: T) => string | null)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const order = compareNullsLast(key(a), key(b));
      if (order !== 0) return order;
    }
    return 0;
  };
}
