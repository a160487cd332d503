import { idNumberCheckCharacter } from '../lib/id-number.js';

/** A valid ID number for a region, birth date (YYYYMMDD) and sequence (3 digits); tests build their own. */
export function validIdNumber(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`;
  return first17 + idNumberCheckCharacter(first17);
}

/** A valid ID number whose check character is X, found by walking the sequence. */
export function validIdNumberEndingInX(region: string, birth: string): string {
  for (let n = 0; n < 1000; n++) {
    const id = validIdNumber(region, birth, String(n).padStart(3, '0'));
    if (id.endsWith('X')) return id;
  }
  throw new Error('no X check character in range');
}
