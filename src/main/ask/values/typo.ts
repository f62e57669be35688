import { distance } from 'fastest-levenshtein';

/** Edits tolerated in a word of this length: none for short words, where one edit makes another word. */
export const typoBudget = (length: number): number => (length <= 3 ? 0 : length <= 7 ? 1 : 2);

/**
 * One bit per letter present (digits and others share bit 26). An edit changes at most two bits,
 * so words whose masks differ in more than 2 x budget bits cannot be within budget: a filter that
 * costs one XOR and a popcount before any distance is computed.
 */
export const letterMask = (word: string): number => {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) - 97;
    mask |= code >= 0 && code < 26 ? 1 << code : 1 << 26;
  }
  return mask;
};

export const bitCount = (value: number): number => {
  let n = value - ((value >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions ("teh" -> "the" is one edit). */
const transpositionDistance = (a: string, b: string): number => {
  const cols = b.length + 1;
  const d = new Uint8Array((a.length + 1) * cols);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i <= a.length; i++) d[i * cols] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
};

/**
 * Damerau (optimal string alignment) distance when it is at most `max`, else undefined.
 * fastest-levenshtein answers most pairs; the slower transposition-aware pass runs only when a
 * swap could bring a pair back within budget (each swap costs 2 in Levenshtein, 1 here).
 */
export const editsWithin = (a: string, b: string, max: number): number | undefined => {
  if (Math.abs(a.length - b.length) > max) return undefined;
  const levenshtein = distance(a, b);
  if (levenshtein <= max) return levenshtein;
  if (levenshtein > 2 * max) return undefined;
  const damerau = transpositionDistance(a, b);
  return damerau <= max ? damerau : undefined;
};
