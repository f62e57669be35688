/**
 * The local analysers in the BigQuery AI shapes, so a caller can switch source (local or
 * BigQuery) without changing code. Local runs cost nothing and work offline.
 */
import { aspectSentiments, scoreSentiment } from '../reviews/sentiment/score-sentiment';
import type { ReviewAspectSentiment, ReviewSentiment } from './tasks';

/** A review as the local analysers read it (the `reviews` table's columns that matter). */
export interface LocalReviewRow {
  id: string | number;
  title?: string | null;
  text: string;
}

/** Counterpart of review_sentiment.sql: VADER plus the clothing layer, -1..1. */
export const localReviewSentiment = (rows: readonly LocalReviewRow[]): ReviewSentiment[] =>
  rows.map((row) => ({ reviewId: String(row.id), sentiment: scoreSentiment(row.text, row.title ?? '') }));

/** Counterpart of review_aspects.sql: each aspect mention with its clause's sentiment; the phrase is its sentence. */
export const localReviewAspects = (rows: readonly LocalReviewRow[]): ReviewAspectSentiment[] =>
  rows.flatMap((row) =>
    aspectSentiments(row.text).map((mention) => ({
      reviewId: String(row.id),
      aspect: mention.aspect,
      sentiment: mention.score,
      phrase: mention.sentence,
    })),
  );
