export { maskIdNumber } from './id-number.js';

/** `张三丰` -> `张*丰`, `李四` -> `李*`: the family name and, for longer names, the last character. */
export function maskName(name: string | null | undefined): string | null {
  if (name == null) return null;
  const chars = Array.from(name);
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** Account numbers keep their last four digits. */
export function maskAccountNumber(account: string | null | undefined): string | null {
  if (account == null) return null;
  if (account.length <= 4) return account;
  return `${'*'.repeat(account.length - 4)}${account.slice(-4)}`;
}

/** Division codes and addresses are cut to village level: the 12-digit code names the village. */
export function maskAddress(address: string | null | undefined): string | null {
  if (address == null) return null;
  const villageEnd = address.search(/[村社区居委会组]/u);
  if (villageEnd < 0) return address.length > 6 ? `${address.slice(0, 6)}***` : address;
  const rest = address.slice(villageEnd).match(/^(村|社区|居委会|组)/u)?.[0] ?? '';
  return `${address.slice(0, villageEnd)}${rest}***`;
}
