/**
 * Cell text shared by every export of the CLI: terminal width of CJK text, thousands grouping of
 * exact decimal amounts, and CSV fields that spreadsheet programs will not run as formulas.
 */

/** Terminal columns a string takes: CJK characters are two wide. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** `1234567.5` style text -> `1,234,567.50`, without ever becoming a float. */
export function groupThousands(decimal: string): string {
  const [whole = '0', fraction = '00'] = decimal.replace(/^-/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${decimal.startsWith('-') ? '-' : ''}${grouped}.${fraction.padEnd(2, '0')}`;
}

/** Spreadsheet programs run a cell that starts like a formula; text from the departments must stay text. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvRow(values: string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The BOM tells Excel and WPS the file is UTF-8; without it they read the Chinese as GBK. */
export const CSV_BOM = '\uFEFF';
