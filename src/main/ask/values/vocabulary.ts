import { bitCount, editsWithin, letterMask } from './typo';
import type { ValueEntry } from './value-entries';

/** A word of a value: which entry, which spelling variant, which word of it. */
export interface Posting {
  entry: number;
  variant: number;
  position: number;
}

export interface NearWord {
  key: string;
  edits: number;
}

interface BucketWord {
  key: string;
  mask: number;
}

const TYPO_ELIGIBLE = /^\p{L}{4,}$/u;

/**
 * The inverted index: word key -> the values containing it, plus the same keys bucketed by length
 * for typo lookups. A typo of a word of length L within budget b can only be a word of length
 * L-b..L+b, so a lookup scans a few buckets (cut further by a letter-set mask) instead of every
 * word, and never compares n-grams against whole values.
 */
export class Vocabulary {
  private readonly postings = new Map<string, Posting[]>();
  private readonly byLength = new Map<number, BucketWord[]>();

  private constructor() {}

  static of(entries: readonly ValueEntry[]): Vocabulary {
    const vocabulary = new Vocabulary();
    for (const entry of entries) {
      entry.variants.forEach((variant, variantIndex) => {
        variant.keys.forEach((key, position) => {
          vocabulary.add(key, { entry: entry.id, variant: variantIndex, position });
        });
      });
    }
    for (const key of vocabulary.postings.keys()) {
      if (!TYPO_ELIGIBLE.test(key)) continue;
      const bucket = vocabulary.byLength.get(key.length);
      const word = { key, mask: letterMask(key) };
      if (bucket) bucket.push(word);
      else vocabulary.byLength.set(key.length, [word]);
    }
    return vocabulary;
  }

  private add(key: string, posting: Posting): void {
    const list = this.postings.get(key);
    if (list) list.push(posting);
    else this.postings.set(key, [posting]);
  }

  has(key: string): boolean {
    return this.postings.has(key);
  }

  postingsOf(key: string): readonly Posting[] {
    return this.postings.get(key) ?? [];
  }

  get size(): number {
    return this.postings.size;
  }

  /**
   * Indexed words within the edit budget of any of `forms` (the typed spelling and its singular).
   * The budget comes from the typed word's length, or the indexed word's when that is shorter, so
   * "jens" (4 letters, 1 edit) reaches "jean" through its singular "jen", and a long stored word
   * does not lend a short typed word a bigger budget.
   */
  near(forms: readonly string[], typedLength: number, budgetFor: (length: number) => number): NearWord[] {
    const found = new Map<string, number>();
    const widest = budgetFor(typedLength);
    if (widest === 0) return [];
    for (const form of new Set(forms)) {
      const mask = letterMask(form);
      for (let length = form.length - widest; length <= form.length + widest; length++) {
        const budget = budgetFor(Math.min(typedLength, length));
        if (budget === 0 || Math.abs(length - form.length) > budget) continue;
        for (const word of this.byLength.get(length) ?? []) {
          if (bitCount(mask ^ word.mask) > 2 * budget) continue;
          const edits = editsWithin(form, word.key, budget);
          if (edits === undefined) continue;
          const known = found.get(word.key);
          if (known === undefined || edits < known) found.set(word.key, edits);
        }
      }
    }
    return [...found].map(([key, edits]) => ({ key, edits }));
  }

  /** Indexed words that start with `prefix` (for suggestions of half-typed words). */
  withPrefix(prefix: string, limit: number): string[] {
    const found: string[] = [];
    for (const [length, bucket] of this.byLength) {
      if (length <= prefix.length) continue;
      for (const word of bucket) {
        if (word.key.startsWith(prefix)) found.push(word.key);
        if (found.length >= limit) return found;
      }
    }
    return found;
  }
}
