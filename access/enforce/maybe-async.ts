/** Most fields resolve synchronously; enforcement keeps them so and waits only on what is a promise. */

export function isPromise<T>(value: unknown): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** Applies `fn` now when the value is at hand, later when it is a promise. */
export function then<T, U>(value: T | Promise<T>, fn: (resolved: T) => U | Promise<U>): U | Promise<U> {
  return isPromise<T>(value) ? value.then(fn) : fn(value);
}
