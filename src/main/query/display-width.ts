/**
 * How many terminal columns a code point takes, the way DuckDB lays out the caret under an
 * error (utf8proc): combining marks, format and control characters (a tab included) take
 * none, East Asian wide characters and emoji two, everything else one.
 */
const zeroWidth = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;

const wideRanges: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

export const displayWidth = (char: string): number => {
  if (zeroWidth.test(char)) return 0;
  const code = char.codePointAt(0) ?? 0;
  return wideRanges.some(([low, high]) => code >= low && code <= high) ? 2 : 1;
};

/**
 * The offset in `text`, starting from `from`, of the character drawn `width` columns to the
 * right; zero-width characters there are passed over, since a caret never points at one.
 */
export const offsetAtWidth = (text: string, from: number, width: number): number => {
  let at = from;
  let drawn = 0;
  while (at < text.length && drawn < width) {
    const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
    drawn += displayWidth(char);
    at += char.length;
  }
  while (at < text.length) {
    const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
    if (displayWidth(char) !== 0) break;
    at += char.length;
  }
  return at;
};
