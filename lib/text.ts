/**
 * ASCII white space and the full-width space (U+3000) that Chinese input methods leave behind.
 * `String.prototype.trim` strips exactly this set (WhiteSpace and LineTerminator, which is what
 * `\s` matches, U+3000 among them) without a regular expression: every row of every screening
 * read passes through here (lib/normalisers.test.ts compares the two over every code unit).
 */
export function trimLegacyText(raw: string): string {
  return raw.trim();
}

/** Names are compared exactly after trimming; null stays null so "no name" is not "empty name". */
export function normaliseName(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  return trimLegacyText(raw);
}

/** Legacy code columns are CHAR: `'01'`, `' 1'`; never numbers. */
export function normaliseCode(raw: string | number | null | undefined): string | null {
  if (raw == null) return null;
  const code = trimLegacyText(typeof raw === 'string' ? raw : String(raw));
  return code === '' ? null : code;
}
