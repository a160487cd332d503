/** Page size and cursor arguments of payment-line pages, shared by finance and the disbursement service. */
import { canonicalLineId } from '../../adapters/finance/line-ids.js';
import { badUserInput } from '../../lib/errors.js';

/** A page size argument within 1..max; anything else names the argument. */
export function firstArgument(value: number | null | undefined, max: number, fallback: number, argumentName = 'first'): number {
  const first = value ?? fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) throw badUserInput(argumentName, `must be between 1 and ${max}`);
  return first;
}

/**
 * Cursors are the line id of the last item seen: the keyset the pages are cut on. Clients
 * should treat them as opaque; one that is not a line id is the client's error.
 */
export function cursorArgument(value: string | null | undefined, argumentName = 'after'): string | null {
  if (value == null) return null;
  const id = canonicalLineId(value);
  if (id === null) throw badUserInput(argumentName, 'is not a cursor returned by this service');
  return id;
}

export function cursorOf(lineId: string): string {
  return lineId;
}
