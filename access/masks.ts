/** Masking by field kind, the same everywhere (subgraphs and gateway): lib/masking.ts does the cutting. */
import { maskAccountNumber, maskAddress, maskIdNumber, maskName } from '../lib/masking.js';
import type { FieldKind } from './policy.js';

function maskString(kind: FieldKind, value: string): string | null {
  switch (kind) {
    case 'ID_NUMBER':
      return maskIdNumber(value);
    case 'NAME':
      return maskName(value);
    case 'ACCOUNT':
      return maskAccountNumber(value);
    case 'ADDRESS':
      // A division code has at most 12 digits, which name a village: it is already at the masked level.
      return /^\d{1,12}$/.test(value) ? value : maskAddress(value);
    default:
      return null;
  }
}

/**
 * Masks a resolved value (a string, or a list of them) of the given kind. Every mask is idempotent,
 * so the gateway may mask again what a subgraph already masked.
 */
export function maskValue(kind: FieldKind, value: unknown): unknown {
  if (value == null) return value;
  if (Array.isArray(value)) return value.map((item) => maskValue(kind, item));
  if (typeof value === 'string') return maskString(kind, value);
  // Numbers, booleans or objects of a maskable kind cannot be partly shown.
  return null;
}
