import { isQuestionWord } from './common-words';
import { keyOf, tokenise, type Token } from './normalise';
import type { DimensionValues } from './types';

/** One way to spell a value as words, connectors left out. */
export interface Variant {
  norms: readonly string[];
  keys: readonly string[];
  /** Letters in the words: the weight of each word in coverage and typo scores. */
  chars: number;
}

/** A stored value (or several that read the same) with the word sequences it can be typed as. */
export interface ValueEntry {
  id: number;
  dimension: string;
  value: string;
  alsoStoredAs: string[];
  /** The words as split ("t light holder") and, when hyphens join words, joined ("tlight holder"). */
  variants: Variant[];
  /** False when every word is a question word or a number ("sold as 1"): such values are never matched. */
  matchable: boolean;
}

const variantOf = (norms: string[]): Variant => ({
  norms,
  keys: norms.map(keyOf),
  chars: norms.reduce((sum, norm) => sum + norm.length, 0),
});

/** "T-LIGHT HOLDER" -> ["tlight", "holder"]; undefined when no hyphen joins words. */
const joinedNorms = (tokens: readonly Token[]): string[] | undefined => {
  if (!tokens.some((token) => token.hyphenNext)) return undefined;
  const norms: string[] = [];
  let pending = '';
  for (const token of tokens) {
    pending += token.norm;
    if (!token.hyphenNext) {
      norms.push(pending);
      pending = '';
    }
  }
  if (pending !== '') norms.push(pending);
  return norms;
};

/** Words of a phrase as folded norms, connectors left out ("Tops & Tees" -> ["tops", "tees"]). */
export const phraseNorms = (text: string): string[] =>
  tokenise(text)
    .filter((token) => !token.connector)
    .map((token) => token.norm);

/**
 * Entries for every distinct value. Values of one dimension that differ only in case, spacing or
 * punctuation become one entry: the first in input order is the one reported, the rest are
 * `alsoStoredAs` (callers should pass values most-used first).
 */
export const buildEntries = (dimensions: readonly DimensionValues[]): ValueEntry[] => {
  const entries: ValueEntry[] = [];
  const seen = new Map<string, ValueEntry>();
  for (const { dimension, values } of dimensions) {
    for (const value of values) {
      const tokens = tokenise(value).filter((token) => !token.connector);
      if (tokens.length === 0) continue;
      const norms = tokens.map((token) => token.norm);
      const identity = `${dimension}\u0000${norms.join(' ')}`;
      const existing = seen.get(identity);
      if (existing) {
        if (existing.value !== value) existing.alsoStoredAs.push(value);
        continue;
      }
      const variants = [variantOf(norms)];
      const joined = joinedNorms(tokens);
      if (joined) variants.push(variantOf(joined));
      const entry: ValueEntry = {
        id: entries.length,
        dimension,
        value,
        alsoStoredAs: [],
        variants,
        matchable: norms.some((norm) => !isQuestionWord(norm) && !/^\d+$/.test(norm)),
      };
      seen.set(identity, entry);
      entries.push(entry);
    }
  }
  return entries;
};

/** The folded form used to find a stored value by name ("united  kingdom" finds "United Kingdom"). */
export const identityOf = (text: string): string => phraseNorms(text).join(' ');
