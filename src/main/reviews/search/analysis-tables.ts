import type Database from 'better-sqlite3';
import { aspectSentiments, scoreSentiment } from '../sentiment';

/**
 * Each review's sentiment and aspect mentions, computed once when the index is built and kept
 * beside the full-text table, so the explorer aggregates them with SQL instead of re-reading
 * every review (scoring 87,000 demo reviews takes about five seconds; aggregating them, ms).
 */
export const ANALYSIS_SCHEMA = `
CREATE TABLE review_facts (
  review_id TEXT PRIMARY KEY,
  product_id TEXT NOT NULL,
  created_at TEXT,
  day TEXT,
  rating REAL,
  sentiment REAL NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL
) STRICT;
CREATE TABLE review_aspects (
  review_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  day TEXT,
  aspect TEXT NOT NULL,
  score REAL NOT NULL,
  sentence TEXT NOT NULL
) STRICT;`;

/** Created after the bulk insert: building them once is cheaper than keeping them up to date row by row. */
export const ANALYSIS_INDEXES = `
CREATE INDEX review_facts_product ON review_facts (product_id, day);
CREATE INDEX review_facts_day ON review_facts (day);
CREATE INDEX review_aspects_product ON review_aspects (product_id, aspect, day);
CREATE INDEX review_aspects_aspect ON review_aspects (aspect, day);
CREATE INDEX review_aspects_review ON review_aspects (review_id);`;

export interface AnalysedReview {
  reviewId: string;
  productId: string;
  createdAt: string | null;
  rating: number | null;
  title: string;
  text: string;
}

/** Prepared inserts for one build: score a review and write its facts and aspect mentions. */
export const analysisWriter = (db: Database.Database): ((review: AnalysedReview) => void) => {
  const fact = db.prepare(
    'INSERT OR REPLACE INTO review_facts (review_id, product_id, created_at, day, rating, sentiment, title, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const aspect = db.prepare(
    'INSERT INTO review_aspects (review_id, product_id, day, aspect, score, sentence) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return (review) => {
    const day = review.createdAt === null ? null : review.createdAt.slice(0, 10);
    fact.run(
      review.reviewId,
      review.productId,
      review.createdAt,
      day,
      review.rating,
      scoreSentiment(review.text, review.title),
      review.title,
      review.text,
    );
    // One row per aspect and sentence: "the zipper broke. The zipper is cheap." is one complaint told twice.
    const seen = new Set<string>();
    for (const mention of aspectSentiments(review.text)) {
      const key = `${mention.aspect}\u0000${mention.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      aspect.run(review.reviewId, review.productId, day, mention.aspect, mention.score, mention.sentence);
    }
  };
};
