/**
 * Payment line ids (FF_MX.MXID, BIGINT) travel as text, digits without leading zeros. They order
 * by number: a shorter canonical id is smaller, ids of one length compare as text, and only a
 * non-canonical one (leading zeros, as a client may type it) is read as a BigInt.
 */
const CANONICAL_ID = /^(?:0|[1-9]\d*)$/;

export function compareLineIds(a: string, b: string): number {
  if (CANONICAL_ID.test(a) && CANONICAL_ID.test(b)) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
