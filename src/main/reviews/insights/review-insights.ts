import Database from 'better-sqlite3';
import { AisleError } from '../../core/aisle-error';
import { reviewAspects } from '../sentiment/aspects';
import { translateQuery } from '../search/query-translator';
import { COMPLAINT_BELOW, type DayRange } from './day-range';
import { emergingAspects } from './emerging-aspects';
import { mentionsOf, queryReviews, type ReviewFilter, type ReviewItem, type ReviewMention } from './review-list';

export type { ReviewFilter, ReviewItem, ReviewMention } from './review-list';

export { COMPLAINT_BELOW, type DayRange } from './day-range';

/**
 * A product "has complaints about" an aspect when at least this share of its reviews complain
 * of it, and at least COMPLAINT_LIFT times the source's usual share (on the demo store about 6%
 * of all reviews complain of quality, so 20% is three times the norm)…
 */
export const COMPLAINT_SHARE = 0.2;
export const COMPLAINT_LIFT = 3;
/** …and at least this many do (two grumbles in five reviews are not a pattern). */
export const COMPLAINT_MIN_REVIEWS = 3;

export interface ProductReviewStats {
  reviews: number;
  rating: number | null;
  sentiment: number | null;
  /** Reviews complaining about each aspect (only aspects with at least one). */
  complaints: Partial<Record<string, number>>;
}

export interface AspectRow {
  aspect: string;
  /** Reviews mentioning it. */
  mentions: number;
  /** Of the product's reviews in the range, 0..1. */
  share: number;
  /** Mean clause sentiment of the mentions, -1..1. */
  sentiment: number;
  /** Reviews complaining about it. */
  complaints: number;
  /** Not one of the eight standard aspects: a word this product's reviews use far more than others'. */
  emerging: boolean;
}

export interface RatingMonth {
  month: string;
  /** Reviews with 1, 2, 3, 4 and 5 stars. */
  counts: [number, number, number, number, number];
  average: number | null;
}

const whereRange = (range: DayRange | undefined, column = 'day'): string =>
  range ? ` AND ${column} >= @start AND ${column} < @end` : '';

/**
 * Reads a source's review index (see `analysis-tables.ts`) for the explorer: per-product
 * ratings, sentiment and complaints, a product's aspect table and rating history, and its
 * reviews filtered by aspect, polarity, stars or words. Read-only; the index is rebuilt elsewhere.
 */
export class ReviewInsights {
  readonly #db: Database.Database;

  constructor(path: string) {
    try {
      this.#db = new Database(path, { readonly: true, fileMustExist: true });
    } catch (error) {
      throw new AisleError('not_found', `The review index at ${path} could not be opened; it will be rebuilt.`, {
        cause: error,
      });
    }
  }

  /** Reviews, rating, sentiment and complaints per product, within the range. */
  productStats(range: DayRange): Map<string, ProductReviewStats> {
    const stats = new Map<string, ProductReviewStats>();
    const facts = this.#db
      .prepare(
        `SELECT product_id, count(*) AS n, avg(rating) AS rating, avg(sentiment) AS sentiment
         FROM review_facts WHERE 1 = 1${whereRange(range)} GROUP BY product_id`,
      )
      .all(range) as { product_id: string; n: number; rating: number | null; sentiment: number | null }[];
    for (const row of facts) {
      stats.set(row.product_id, { reviews: row.n, rating: row.rating, sentiment: row.sentiment, complaints: {} });
    }
    const complaints = this.#db
      .prepare(
        `SELECT product_id, aspect, count(DISTINCT review_id) AS n FROM review_aspects
         WHERE score < ${COMPLAINT_BELOW}${whereRange(range)} GROUP BY product_id, aspect`,
      )
      .all(range) as { product_id: string; aspect: string; n: number }[];
    for (const row of complaints) {
      const entry = stats.get(row.product_id);
      if (entry) entry.complaints[row.aspect] = row.n;
    }
    return stats;
  }

  /** The share of all reviews in the range complaining about each aspect: the norm a product is held against. */
  complaintRates(range: DayRange): Record<string, number> {
    const total = (
      this.#db.prepare(`SELECT count(*) AS n FROM review_facts WHERE 1 = 1${whereRange(range)}`).get(range) as {
        n: number;
      }
    ).n;
    const rows = this.#db
      .prepare(
        `SELECT aspect, count(DISTINCT review_id) AS n FROM review_aspects
         WHERE score < ${COMPLAINT_BELOW}${whereRange(range)} GROUP BY aspect`,
      )
      .all(range) as { aspect: string; n: number }[];
    return Object.fromEntries(rows.map((row) => [row.aspect, total === 0 ? 0 : row.n / total]));
  }

  /** How often each product's reviews mention each aspect in the range (for "similar products"). */
  aspectProfiles(range: DayRange): Map<string, Map<string, number>> {
    const rows = this.#db
      .prepare(
        `SELECT product_id, aspect, count(DISTINCT review_id) AS n FROM review_aspects
         WHERE 1 = 1${whereRange(range)} GROUP BY product_id, aspect`,
      )
      .all(range) as { product_id: string; aspect: string; n: number }[];
    const profiles = new Map<string, Map<string, number>>();
    for (const row of rows) {
      const profile = profiles.get(row.product_id) ?? new Map<string, number>();
      profile.set(row.aspect, row.n);
      profiles.set(row.product_id, profile);
    }
    return profiles;
  }

  /** Aspects of one product's reviews in the range, most mentioned first, with emerging ones after the standard eight. */
  aspectTable(productId: string, range?: DayRange, productWords: ReadonlySet<string> = new Set()): AspectRow[] {
    const params = { productId, ...range };
    const total = (
      this.#db
        .prepare(`SELECT count(*) AS n FROM review_facts WHERE product_id = @productId${whereRange(range)}`)
        .get(params) as { n: number }
    ).n;
    if (total === 0) return [];
    const rows = this.#db
      .prepare(
        `SELECT aspect, count(DISTINCT review_id) AS mentions, avg(score) AS sentiment,
                count(DISTINCT CASE WHEN score < ${COMPLAINT_BELOW} THEN review_id END) AS complaints
         FROM review_aspects WHERE product_id = @productId${whereRange(range)} GROUP BY aspect`,
      )
      .all(params) as { aspect: string; mentions: number; sentiment: number; complaints: number }[];
    const standard = rows
      .map((row) => ({ ...row, share: row.mentions / total, emerging: false }))
      .sort(
        (a, b) =>
          b.mentions - a.mentions ||
          reviewAspects.indexOf(a.aspect as never) - reviewAspects.indexOf(b.aspect as never),
      );
    const texts = this.#db
      .prepare(
        `SELECT title || '. ' || text AS body FROM review_facts WHERE product_id = @productId${whereRange(range)}`,
      )
      .all(params) as { body: string }[];
    const emerging = emergingAspects(
      texts.map((row) => row.body),
      (term) => this.#documentFrequency(term),
      this.count(),
      productWords,
    ).map((found) => ({
      aspect: found.term,
      mentions: found.reviews,
      share: found.reviews / total,
      sentiment: found.sentiment,
      complaints: found.complaints,
      emerging: true,
    }));
    return [...standard, ...emerging];
  }

  /** Reviews containing the word, across the whole source (for an emerging aspect's lift). */
  #documentFrequency(term: string): number {
    const { match } = translateQuery(`"${term}"`);
    if (match === null) return 0;
    return (
      this.#db.prepare('SELECT count(*) AS n FROM reviews_fts WHERE reviews_fts MATCH ?').get(match) as { n: number }
    ).n;
  }

  count(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM review_facts').get() as { n: number }).n;
  }

  /** Stars per month of one product's reviews, oldest first. */
  ratingByMonth(productId: string): RatingMonth[] {
    const rows = this.#db
      .prepare(
        `SELECT substr(day, 1, 7) AS month, CAST(round(rating) AS INTEGER) AS stars, count(*) AS n
         FROM review_facts WHERE product_id = ? AND day IS NOT NULL AND rating IS NOT NULL
         GROUP BY month, stars ORDER BY month`,
      )
      .all(productId) as { month: string; stars: number; n: number }[];
    const months = new Map<string, RatingMonth>();
    for (const row of rows) {
      const entry = months.get(row.month) ?? { month: row.month, counts: [0, 0, 0, 0, 0], average: null };
      const slot = Math.min(5, Math.max(1, row.stars)) - 1;
      entry.counts[slot] = (entry.counts[slot] ?? 0) + row.n;
      months.set(row.month, entry);
    }
    return [...months.values()].map((month) => {
      const total = month.counts.reduce((sum, n) => sum + n, 0);
      const weighted = month.counts.reduce((sum, n, index) => sum + n * (index + 1), 0);
      return { ...month, average: total === 0 ? null : weighted / total };
    });
  }

  /** Every aspect mention of the given reviews, keyed by review id. */
  mentionsOf(reviewIds: string[]): Map<string, ReviewMention[]> {
    return mentionsOf(this.#db, reviewIds);
  }

  /** Reviews matching the filter: ranked by BM25 when there are search words, newest first otherwise. */
  reviews(filter: ReviewFilter): { total: number; reviews: ReviewItem[] } {
    return queryReviews(this.#db, filter);
  }

  /** Product names as the index stores them, for the reviews shown. */
  productNames(productIds: readonly string[]): Map<string, string> {
    if (productIds.length === 0) return new Map();
    const rows = this.#db
      .prepare(
        `SELECT product_id, max(product_name) AS name FROM reviews_fts
         WHERE product_id IN (SELECT value FROM json_each(?)) AND product_name IS NOT NULL GROUP BY product_id`,
      )
      .all(JSON.stringify([...new Set(productIds)])) as { product_id: string; name: string }[];
    return new Map(rows.map((row) => [row.product_id, row.name]));
  }

  /** Sentences of one product's reviews in the range, with their aspect and score (for the summary). */
  mentionSentences(
    productId: string,
    range?: DayRange,
  ): { reviewId: string; aspect: string; score: number; sentence: string }[] {
    return (
      this.#db
        .prepare(
          `SELECT review_id, aspect, score, sentence FROM review_aspects WHERE product_id = @productId${whereRange(range)}`,
        )
        .all({ productId, ...range }) as { review_id: string; aspect: string; score: number; sentence: string }[]
    ).map((row) => ({ reviewId: row.review_id, aspect: row.aspect, score: row.score, sentence: row.sentence }));
  }

  /** Count, mean rating and mean sentiment of one product's reviews in the range. */
  productTotals(
    productId: string,
    range?: DayRange,
  ): { reviews: number; rating: number | null; sentiment: number | null } {
    const row = this.#db
      .prepare(
        `SELECT count(*) AS n, avg(rating) AS rating, avg(sentiment) AS sentiment FROM review_facts
         WHERE product_id = @productId${whereRange(range)}`,
      )
      .get({ productId, ...range }) as { n: number; rating: number | null; sentiment: number | null };
    return { reviews: row.n, rating: row.rating, sentiment: row.sentiment };
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}
