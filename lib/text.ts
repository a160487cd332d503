/** ASCII white space and the full-width space (U+3000) that Chinese input methods leave behind. */
const LEGACY_PADDING = /^[\s\u3000]+|[\s\u3000]+$/g;

export function trimLegacyText(raw: string): string {
  return raw.replace(LEGACY_PADDING, '');
}

/** Names are compared exactly after trimming; null stays null so "no name" is not "empty name". */
export function normaliseName(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  return trimLegacyText(raw);
}

/** Legacy code columns are CHAR: `'01'`, `' 1'`; never numbers. */
export function normaliseCode(raw: string | number | null | undefined): string | null {
  if (raw == null) return null;
  const code = trimLegacyText(String(raw));
  return code === '' ? null : code;
}
