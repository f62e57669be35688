// Minimal types for the untyped `vader-sentiment` 1.1.3 package (the JavaScript port of
// Hutto & Gilbert's VADER). Only the part we call is declared.
declare module 'vader-sentiment' {
  export interface PolarityScores {
    neg: number;
    neu: number;
    pos: number;
    /** normalize(sum of word valences) in -1..1. */
    compound: number;
  }
  export const SentimentIntensityAnalyzer: {
    polarity_scores(text: string): PolarityScores;
  };
}
