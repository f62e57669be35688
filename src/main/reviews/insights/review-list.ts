import type Database from 'better-sqlite3';
import { reviewAspects } from '../sentiment/aspects';
import { MATCH_END, MATCH_START, parseMarked } from '../search/highlights';
import { translateQuery } from '../search/query-translator';
import { TITLE_WEIGHT } from '../search/review-index';
import { COMPLAINT_BELOW, type DayRange } from './day-range';

/** What the review list asks for. */
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

/** Every aspect mention of the given reviews, keyed by review id. */
export const mentionsOf = (db: Database.Database, reviewIds: readonly string[]): Map<string, ReviewMention[]> => {
  const found = new Map<string, ReviewMention[]>();
  if (reviewIds.length === 0) return found;
  const rows = db
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
};

/** Reviews matching the filter: ranked by BM25 when there are search words, newest first otherwise. */
export const queryReviews = (db: Database.Database, filter: ReviewFilter): { total: number; reviews: ReviewItem[] } => {
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
    total = (db.prepare(`SELECT count(*) AS n FROM review_facts f WHERE ${where}`).get(params) as { n: number }).n;
    rows = db
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
      db
        .prepare(
          `SELECT count(*) AS n FROM (${matched}) m JOIN review_facts f ON f.review_id = m.review_id WHERE ${where}`,
        )
        .get(searchParams) as { n: number }
    ).n;
    rows = db
      .prepare(
        `SELECT f.review_id, f.product_id, f.created_at, f.rating, f.sentiment, f.title, f.text, m.marked_title, m.marked_text
         FROM (${matched}) m JOIN review_facts f ON f.review_id = m.review_id
         WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
      )
      .all({ ...searchParams, limit, offset }) as FactRow[];
  }
  const mentions = mentionsOf(
    db,
    rows.map((row) => row.review_id),
  );
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
};
