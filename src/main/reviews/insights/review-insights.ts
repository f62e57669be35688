import Database from 'better-sqlite3';
import { AisleError } from '../../core/aisle-error';
import { reviewAspects } from '../sentiment/aspects';
import { parseMarked } from '../search/highlights';
import { MATCH_END, MATCH_START } from '../search/highlights';
import { translateQuery } from '../search/query-translator';
import { TITLE_WEIGHT } from '../search/review-index';
import { emergingAspects } from './emerging-aspects';

/** Days, `YYYY-MM-DD`: start included, end excluded. */
export interface DayRange {
  start: string;
  end: string;
}

/** A mention counts as a complaint below this clause sentiment (VADER's own neutral band is ±0.05). */
export const COMPLAINT_BELOW = -0.05;
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

export interface ReviewFilter {
  productId?: string;
  query?: string;
  aspect?: string;
  polarity?: 'positive' | 'negative';
  rating?: number;
  range?: DayRange;
  sort?: 'relevance' | 'newest' | 'oldest' | 'lowest' | 'highest';
  offset?: number;
  limit?: number;
}

export interface ReviewMention {
  aspect: string;
  score: number;
  sentence: string;
}

export interface ReviewItem {
  reviewId: string;
  productId: string;
  createdAt: string | null;
  rating: number | null;
  sentiment: number;
  title: string;
  text: string;
  mentions: ReviewMention[];
  /** Present for a text search: the matched words in the title and text. */
  highlights?: { title: { start: number; end: number }[]; text: { start: number; end: number }[] };
}

interface FactRow {
  review_id: string;
  product_id: string;
  created_at: string | null;
  rating: number | null;
  sentiment: number;
  title: string;
  text: string;
  marked_title?: string;
  marked_text?: string;
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
    const found = new Map<string, ReviewMention[]>();
    if (reviewIds.length === 0) return found;
    const rows = this.#db
      .prepare(
        `SELECT review_id, aspect, score, sentence FROM review_aspects WHERE review_id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(reviewIds)) as { review_id: string; aspect: string; score: number; sentence: string }[];
    for (const row of rows) {
      const list = found.get(row.review_id) ?? [];
      list.push({ aspect: row.aspect, score: row.score, sentence: row.sentence });
      found.set(row.review_id, list);
    }
    return found;
  }

  /** Reviews matching the filter: ranked by BM25 when there are search words, newest first otherwise. */
  reviews(filter: ReviewFilter): { total: number; reviews: ReviewItem[] } {
    const limit = Math.max(1, Math.min(200, Math.floor(filter.limit ?? 25)));
    const offset = Math.max(0, Math.floor(filter.offset ?? 0));
    const conditions: string[] = ['1 = 1'];
    const params: Record<string, string | number> = {};
    if (filter.productId !== undefined) {
      conditions.push('f.product_id = @productId');
      params['productId'] = filter.productId;
    }
    if (filter.range) {
      conditions.push('f.day >= @start AND f.day < @end');
      params['start'] = filter.range.start;
      params['end'] = filter.range.end;
    }
    if (filter.rating !== undefined) {
      conditions.push('CAST(round(f.rating) AS INTEGER) = @rating');
      params['rating'] = filter.rating;
    }
    if (filter.aspect !== undefined) {
      const polarity =
        filter.polarity === 'negative'
          ? ` AND a.score < ${COMPLAINT_BELOW}`
          : filter.polarity === 'positive'
            ? ` AND a.score > ${-COMPLAINT_BELOW}`
            : '';
      const emerging = !(reviewAspects as readonly string[]).includes(filter.aspect);
      if (emerging) {
        // An emerging aspect is a word, not a stored mention: match it in the text.
        conditions.push(`(lower(f.text) LIKE @aspectLike OR lower(f.title) LIKE @aspectLike)`);
        params['aspectLike'] = `%${filter.aspect.toLowerCase().replace(/[%_]/g, '')}%`;
        if (filter.polarity === 'negative') conditions.push(`f.sentiment < ${COMPLAINT_BELOW}`);
        if (filter.polarity === 'positive') conditions.push(`f.sentiment > ${-COMPLAINT_BELOW}`);
      } else {
        conditions.push(
          `EXISTS (SELECT 1 FROM review_aspects a WHERE a.review_id = f.review_id AND a.aspect = @aspect${polarity})`,
        );
        params['aspect'] = filter.aspect;
      }
    } else if (filter.polarity === 'negative') {
      conditions.push(`f.sentiment < ${COMPLAINT_BELOW}`);
    } else if (filter.polarity === 'positive') {
      conditions.push(`f.sentiment > ${-COMPLAINT_BELOW}`);
    }
    const match = filter.query === undefined ? null : translateQuery(filter.query).match;
    if (filter.query !== undefined && filter.query.trim() !== '' && match === null) return { total: 0, reviews: [] };
    const where = conditions.join(' AND ');
    const order = {
      relevance: match === null ? 'f.day DESC, f.review_id' : 'rank',
      newest: 'f.day DESC, f.review_id',
      oldest: 'f.day ASC, f.review_id',
      lowest: 'f.rating ASC, f.day DESC',
      highest: 'f.rating DESC, f.day DESC',
    }[filter.sort ?? 'relevance'];
    let total: number;
    let rows: FactRow[];
    if (match === null) {
      total = (this.#db.prepare(`SELECT count(*) AS n FROM review_facts f WHERE ${where}`).get(params) as { n: number })
        .n;
      rows = this.#db
        .prepare(
          `SELECT f.review_id, f.product_id, f.created_at, f.rating, f.sentiment, f.title, f.text
           FROM review_facts f WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
        )
        .all({ ...params, limit, offset }) as FactRow[];
    } else {
      const matched = `SELECT review_id, bm25(reviews_fts, ${TITLE_WEIGHT}, 1.0) AS rank,
               highlight(reviews_fts, 0, '${MATCH_START}', '${MATCH_END}') AS marked_title,
               highlight(reviews_fts, 1, '${MATCH_START}', '${MATCH_END}') AS marked_text
             FROM reviews_fts WHERE reviews_fts MATCH @match`;
      const searchParams = { ...params, match };
      total = (
        this.#db
          .prepare(
            `SELECT count(*) AS n FROM (${matched}) m JOIN review_facts f ON f.review_id = m.review_id WHERE ${where}`,
          )
          .get(searchParams) as { n: number }
      ).n;
      rows = this.#db
        .prepare(
          `SELECT f.review_id, f.product_id, f.created_at, f.rating, f.sentiment, f.title, f.text, m.marked_title, m.marked_text
           FROM (${matched}) m JOIN review_facts f ON f.review_id = m.review_id
           WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
        )
        .all({ ...searchParams, limit, offset }) as FactRow[];
    }
    const mentions = this.mentionsOf(rows.map((row) => row.review_id));
    return {
      total,
      reviews: rows.map((row) => {
        const item: ReviewItem = {
          reviewId: row.review_id,
          productId: row.product_id,
          createdAt: row.created_at,
          rating: row.rating,
          sentiment: row.sentiment,
          title: row.title,
          text: row.text,
          mentions: mentions.get(row.review_id) ?? [],
        };
        if (row.marked_title !== undefined && row.marked_text !== undefined) {
          item.highlights = {
            title: parseMarked(row.marked_title).highlights,
            text: parseMarked(row.marked_text).highlights,
          };
        }
        return item;
      }),
    };
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
