/**
 * Money is integer fen (分) inside the hub and a decimal string (`"1234.50"`) at its edges.
 * Amounts never pass through a binary float: a DECIMAL column arrives as text (mysql2), or as a
 * SQLite number which is re-read from its shortest decimal form.
 */
export type Fen = number;

const DECIMAL = /^([+-])?(\d+)(?:\.(\d{0,2})(0*))?$/;

export class AmountError extends Error {}

export function decimalToFen(raw: string | number): Fen {
  const text = typeof raw === 'number' ? numberToDecimalText(raw) : raw.trim();
  const m = DECIMAL.exec(text);
  if (!m) throw new AmountError(`not an amount with at most two decimals: ${JSON.stringify(raw)}`);
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) throw new AmountError(`amount out of range: ${text}`);
  return m[1] === '-' ? -fen : fen;
}

function numberToDecimalText(value: number): string {
  if (!Number.isFinite(value)) throw new AmountError(`not a finite amount: ${value}`);
  // Shortest round-trip text of a SQLite REAL; exponent forms only appear for absurd amounts.
  const text = String(value);
  if (/e/i.test(text)) throw new AmountError(`amount out of range: ${text}`);
  return text;
}

export function fenToDecimal(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function nullableDecimalToFen(raw: string | number | null | undefined): Fen | null {
  return raw == null || raw === '' ? null : decimalToFen(raw);
}
