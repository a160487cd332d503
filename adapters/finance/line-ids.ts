/**
 * Payment line ids (MXID, BIGINT): the hub carries them as decimal text, because a BIGINT does not
 * fit a JavaScript number in general.
 */

/** BIGINT arrives as text from mysql2 and as a number from SQLite; the hub carries it as decimal text. */
export function idText(raw: string | number | bigint): string {
  // Most ids arrive canonical already; a page holds thousands of them.
  if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0) return String(raw);
  if (typeof raw === 'string' && CANONICAL.test(raw)) return raw;
  return BigInt(raw).toString();
}

const CANONICAL = /^(?:0|[1-9]\d{0,14})$/;

/**
 * A canonical line id as a statement parameter: a plain number keeps the comparison integral on
 * both dialects; an id beyond 2^53 stays text rather than being rounded.
 */
export function idParam(id: string): number | string {
  const n = Number(id);
  return Number.isSafeInteger(n) ? n : id;
}

/** Canonical form of a line id typed by a client (digits only), or null when it cannot be one. */
export function canonicalLineId(raw: string): string | null {
  // The cross-check sends ids as it read them, canonical already: thousands per question.
  if (CANONICAL.test(raw)) return raw;
  const value = raw.trim();
  if (!/^\d{1,19}$/.test(value)) return null;
  const id = BigInt(value);
  return id <= 9223372036854775807n ? id.toString() : null;
}
