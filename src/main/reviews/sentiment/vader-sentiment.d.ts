// Minimal types for the untyped `vader-sentiment` 1.1.3 package (the JavaScript port of
// Hutto & Gilbert's VADER). Only the parts we call are declared.
declare module 'vader-sentiment' {
  export interface PolarityScores {
    neg: number;
    neu: number;
    pos: number;
    /** normalize(sum of word valences) in -1..1. */
    compound: number;
  }
  /** The fields of the package's SentiText that its scoring steps read. */
  export interface SentiTextLike {
    words_and_emoticons: string[];
    is_cap_diff: boolean;
  }
  export const SentimentIntensityAnalyzer: {
    polarity_scores(text: string): PolarityScores;
    /** Appends the valence of words[index] (lexicon, caps, boosters, negation, idioms, "least"). */
    sentiment_valence(
      valence: number,
      sentiText: SentiTextLike,
      item: string,
      index: number,
      sentiments: number[],
    ): number[];
    /** Weights sentiments before "but" by 0.5 and after it by 1.5. */
    but_check(words: string[], sentiments: number[]): number[];
    /** Punctuation emphasis, normalisation and rounding. */
    score_valence(sentiments: number[], text: string): PolarityScores;
  };
}
