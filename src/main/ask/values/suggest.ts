import { distance } from 'fastest-levenshtein';
import { isQuestionWord } from './common-words';
import { tokenise } from './normalise';
import type { ValueEntry } from './value-entries';
import type { Vocabulary } from './vocabulary';

/** Looser than matching on purpose: suggestions are shown, never applied. */
const looseBudget = (length: number): number => (length <= 2 ? 0 : length <= 4 ? 1 : length <= 7 ? 2 : 3);

export interface Suggestion {
  entry: number;
  score: number;
  complete: boolean;
}

/** Per typed word: indexed keys it might be, with a similarity 0..1. */
const wordOptions = (norms: readonly string[], keys: readonly string[], vocabulary: Vocabulary) =>
  norms.map((norm, index) => {
    const key = keys[index] ?? norm;
    const options = new Map<string, number>();
    if (vocabulary.has(key)) options.set(key, 1);
    for (const near of vocabulary.near([norm, key], norm.length, looseBudget)) {
      options.set(near.key, Math.max(options.get(near.key) ?? 0, 1 - near.edits / Math.max(near.key.length, 1)));
    }
    // Half-typed words ("cakest" -> "cakestand") are worth less than whole ones.
    if (norm.length >= 3) {
      for (const word of vocabulary.withPrefix(norm, 50)) {
        options.set(word, Math.max(options.get(word) ?? 0, (0.8 * norm.length) / word.length));
      }
    }
    return options;
  });

/**
 * Values that look like `text` without being close enough to match: typed words compared with a
 * looser budget and as prefixes, then the whole text compared with whole values without spaces
 * ("calvinklein" -> "Calvin Klein"). Ranked by how much of the text and of the value agree.
 */
export const suggestEntries = (text: string, entries: readonly ValueEntry[], vocabulary: Vocabulary): Suggestion[] => {
  const words = tokenise(text).filter((token) => !token.connector && !isQuestionWord(token.norm));
  if (words.length === 0) return [];
  const norms = words.map((word) => word.norm);
  const options = wordOptions(
    norms,
    words.map((word) => word.key),
    vocabulary,
  );
  const typedChars = norms.reduce((sum, norm) => sum + norm.length, 0);
  const scores = new Map<number, Suggestion>();
  const offer = (suggestion: Suggestion): void => {
    const known = scores.get(suggestion.entry);
    if (!known || known.score < suggestion.score) scores.set(suggestion.entry, suggestion);
  };

  const touched = new Set<number>();
  for (const option of options) {
    for (const key of option.keys()) for (const posting of vocabulary.postingsOf(key)) touched.add(posting.entry);
  }
  for (const entryId of touched) {
    const entry = entries[entryId];
    if (!entry?.matchable) continue;
    for (const variant of entry.variants) {
      let agreed = 0;
      let valueChars = 0;
      const used = new Set<number>();
      options.forEach((option, index) => {
        let best = { position: -1, similarity: 0 };
        variant.keys.forEach((key, position) => {
          const similarity = option.get(key) ?? 0;
          if (!used.has(position) && similarity > best.similarity) best = { position, similarity };
        });
        if (best.position < 0) return;
        used.add(best.position);
        agreed += best.similarity * (norms[index]?.length ?? 0);
        valueChars += variant.norms[best.position]?.length ?? 0;
      });
      if (used.size === 0) continue;
      const textShare = agreed / typedChars;
      const valueShare = valueChars / Math.max(variant.chars, 1);
      if (textShare < 0.5) continue;
      offer({ entry: entryId, score: 0.9 * textShare * (0.6 + 0.4 * valueShare), complete: valueShare === 1 });
    }
  }

  // Words run together or split differently: compare the letters alone.
  const compact = norms.join('');
  if (compact.length >= 5) {
    for (const entry of entries) {
      if (!entry.matchable) continue;
      const letters = entry.variants[0]?.norms.join('') ?? '';
      if (Math.abs(letters.length - compact.length) > 2 || letters[0] !== compact[0]) continue;
      const edits = distance(letters, compact);
      if (edits <= looseBudget(compact.length))
        offer({ entry: entry.id, score: 0.95 - (0.5 * edits) / letters.length, complete: true });
    }
  }
  return [...scores.values()];
};
