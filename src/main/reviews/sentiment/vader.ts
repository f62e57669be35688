import vader from 'vader-sentiment';
import { fastPolarityScores } from './fast-vader';

/** VADER's normalisation constant: compound = sum / sqrt(sum² + ALPHA). */
export const VADER_ALPHA = 15;

/** VADER's own negation scalar, reused for the domain phrases so both layers negate alike. */
export const NEGATION_SCALAR = -0.74;

/** Maps a raw valence sum onto -1..1 the way VADER does. */
export const normalizeValence = (sum: number): number => sum / Math.sqrt(sum * sum + VADER_ALPHA);

/**
 * VADER's compound score for a piece of text (-1..1). Identical to the package's own
 * polarity_scores (see packageVaderCompound), but without its per-call punctuation table.
 */
export const vaderCompound = (text: string): number => fastPolarityScores(text).compound;

/** The compound score straight from the package's polarity_scores: the reference for tests. */
export const packageVaderCompound = (text: string): number =>
  vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;

/**
 * VADER's raw valence sum for a piece of text, recovered by inverting its normalisation, so
 * domain valences (on the same -4..4 word scale) can be added before normalising again.
 */
export const vaderValence = (text: string): number => {
  const compound = Math.max(-0.9999, Math.min(0.9999, vaderCompound(text)));
  return compound * Math.sqrt(VADER_ALPHA / (1 - compound * compound));
};
