/** Counts in the CLI's English sentences: "1 payment line", "2 payment lines", "1,234 batches". */

/** The regular English plural of a noun (or of the last word of a phrase). */
export function pluralOf(noun: string): string {
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** The noun as `n` takes it: singular for exactly one, plural otherwise (none included). */
export function nounFor(n: number, singular: string, plural = pluralOf(singular)): string {
  return n === 1 ? singular : plural;
}

/** `n` grouped by thousands, then the noun as `n` takes it. */
export function counted(n: number, singular: string, plural = pluralOf(singular)): string {
  return `${n.toLocaleString('en-US')} ${nounFor(n, singular, plural)}`;
}
