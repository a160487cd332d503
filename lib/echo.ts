/**
 * Input quoted back in an error message: an ID number is masked and anything long is cut, so a
 * message never carries a citizen's full ID number or an unbounded value into a terminal or a log.
 */
import { maskIdNumber } from './id-number.js';

/** Characters of a value shown before it is cut. */
export const ECHO_LIMIT = 40;

const CUT = new RegExp(`^[^]{0,${ECHO_LIMIT}}…\\(\\d+ characters\\)$`, 'u');

const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;

/** Every 18-character citizen ID number in `text`, masked. */
export function maskIdNumbersIn(text: string): string {
  return text.replace(ID_NUMBER, (id) => maskIdNumber(id));
}

/** A value as a message may show it: masked, and cut to ECHO_LIMIT characters plus its length. */
export function echo(value: string): string {
  const masked = maskIdNumbersIn(value);
  // Already cut (a message echoed twice on its way out): leave it as it is.
  if (CUT.test(masked)) return masked;
  const characters = [...masked];
  if (characters.length <= ECHO_LIMIT) return masked;
  return `${characters.slice(0, ECHO_LIMIT).join('')}…(${characters.length} characters)`;
}

/**
 * A whole message with every quoted value ("…", '…', “…”) passed through `echo`, and any ID number
 * outside quotes masked: for messages built elsewhere (a server's, a library's) before they are shown.
 */
export function boundEchoes(message: string): string {
  // Single quotes only around a value without spaces: elsewhere they are apostrophes.
  const quoted = message.replace(/"([^"]*)"|'([^'\s]*)'|“([^”]*)”/g, (whole, double?: string, single?: string, curly?: string) => {
    const inner = double ?? single ?? curly ?? '';
    const open = whole[0]!;
    const close = whole[whole.length - 1]!;
    return `${open}${echo(inner)}${close}`;
  });
  const masked = maskIdNumbersIn(quoted);
  // A value nobody quoted can still be long: the message as a whole is bounded too.
  const characters = [...masked];
  return characters.length <= 400 ? masked : `${characters.slice(0, 400).join('')}…(message cut at 400 of ${characters.length} characters)`;
}
