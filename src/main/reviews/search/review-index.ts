import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AisleError } from '../../core/aisle-error';
import type { CellValue, Warehouse } from '../../warehouse/warehouse';
import { MATCH_END, MATCH_START, parseMarked, stripMarkers, type HighlightRange } from './highlights';
import { translateQuery } from './query-translator';
import { ANALYSIS_INDEXES, ANALYSIS_SCHEMA, analysisWriter } from './analysis-tables';

/** Bumped when the index's shape changes, so an index written by an older build is rebuilt. */
export const REVIEW_INDEX_VERSION = 2;

/** bm25 column weights: a word in the title counts this many times a word in the body. */
export const TITLE_WEIGHT = 4;

const INSERT_BATCH_ROWS = 2000;

/** Tokens of body text around the best match in a snippet (FTS5 allows up to 64). */
const SNIPPET_TOKENS = 20;

export interface ReviewIndexProgress {
  rowsIndexed: number;
  totalRows: number;
  /** 0..1 */
  fraction: number;
}

export interface ReviewIndexBuildOptions {
  onProgress?: (progress: ReviewIndexProgress) => void;
  signal?: AbortSignal;
  /**
   * Something that changes whenever the source's reviews may have changed and the row count
   * and latest date would not show it (the demo manifest's seed and scale). Optional.
   */
  extraStamp?: string;
}

export interface ReviewSearchOptions {
  productId?: string;
  /** Default 20, at most 500. */
  limit?: number;
  offset?: number;
}

export interface ReviewSearchHit {
  reviewId: string;
  productId: string;
  productName: string | null;
  rating: number | null;
  createdAt: string | null;
  title: string;
  /** Higher is better: FTS5's bm25 negated. Only comparable within one search. */
  score: number;
  /** Plain text: the title, " — ", then a passage of the body around its best match (`…` where cut). */
  snippet: string;
  /** Where the matched words sit in `snippet`. */
  highlights: HighlightRange[];
}

export interface ReviewSearchResult {
  total: number;
  results: ReviewSearchHit[];
}

/** `<dataDir>/review-index/<slug>.sqlite`: one derived, rebuildable index per source. */
export const reviewIndexPath = (dataDir: string, sourceId: string): string => {
  const slug = sourceId
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '');
  return join(dataDir, 'review-index', `${slug || 'source'}.sqlite`);
};

const hasTable = async (warehouse: Warehouse, name: string): Promise<boolean> =>
  (await warehouse.listTables()).some((table) => table.name.toLowerCase() === name);

/** What the index was built from: when this changes, the index is rebuilt. */
export const reviewSourceStamp = async (warehouse: Warehouse, extraStamp = ''): Promise<string> => {
  if (!(await hasTable(warehouse, 'reviews'))) {
    throw new AisleError(
      'not_found',
      'This data source has no "reviews" table, so there is nothing to search. Try the demo store (--source demo).',
      { field: 'source' },
    );
  }
  const { rows } = await warehouse.query('SELECT count(*) AS n, max(created_at) AS latest FROM reviews');
  const [count, latest] = rows[0] ?? [0, null];
  return JSON.stringify({
    v: REVIEW_INDEX_VERSION,
    count: Number(count ?? 0),
    latest: latest ?? null,
    extra: extraStamp,
  });
};

const text = (value: CellValue | undefined): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE VIRTUAL TABLE reviews_fts USING fts5(
  title, text,
  review_id UNINDEXED, product_id UNINDEXED, product_name UNINDEXED, rating UNINDEXED, created_at UNINDEXED,
  tokenize = 'porter unicode61 remove_diacritics 2'
);`;

interface HitRow {
  review_id: string;
  product_id: string;
  product_name: string | null;
  rating: number | null;
  created_at: string | null;
  title: string;
  rank: number;
  marked_title: string;
  marked_text: string;
}

/**
 * A full-text index of one source's reviews (title and text), in its own SQLite file: BM25
 * ranking with the title weighted above the body, Porter stemming, diacritics folded.
 */
export class ReviewIndex {
  readonly #db: Database.Database;
  readonly path: string;

  private constructor(db: Database.Database, path: string) {
    this.#db = db;
    this.path = path;
  }

  /** Opens an existing index; null when there is none or it cannot be read (it is rebuildable). */
  static open(path: string): ReviewIndex | null {
    if (!existsSync(path)) return null;
    let db: Database.Database | null = null;
    try {
      db = new Database(path, { readonly: true, fileMustExist: true });
      const index = new ReviewIndex(db, path);
      index.stamp();
      return index;
    } catch {
      db?.close();
      return null;
    }
  }

  /**
   * Reads every review of the source (in chunks) into a new index file, in one transaction,
   * then moves it over `path`: a cancelled or failed build leaves the previous index alone.
   */
  static async build(warehouse: Warehouse, path: string, options: ReviewIndexBuildOptions = {}): Promise<ReviewIndex> {
    const stamp = await reviewSourceStamp(warehouse, options.extraStamp);
    const totalRows = (JSON.parse(stamp) as { count: number }).count;
    const withProducts = await hasTable(warehouse, 'products');
    const sql = withProducts
      ? 'SELECT r.id, r.product_id, p.name, r.rating, r.created_at, r.title, r.text FROM reviews r LEFT JOIN products p ON p.id = r.product_id'
      : 'SELECT r.id, r.product_id, NULL AS name, r.rating, r.created_at, r.title, r.text FROM reviews r';
    mkdirSync(dirname(path), { recursive: true });
    const building = `${path}.building-${process.pid}`;
    rmSync(building, { force: true });
    const db = new Database(building);
    try {
      // A derived file renamed into place only when complete: no journal needed while building.
      db.pragma('journal_mode = OFF');
      db.pragma('synchronous = OFF');
      db.exec(SCHEMA);
      db.exec(ANALYSIS_SCHEMA);
      const analyse = analysisWriter(db);
      const insert = db.prepare(
        'INSERT INTO reviews_fts (title, text, review_id, product_id, product_name, rating, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      db.exec('BEGIN');
      let rowsIndexed = 0;
      const stream = await warehouse.stream(sql, options.signal ? { signal: options.signal } : {});
      for await (const chunk of stream.chunks()) {
        if (options.signal?.aborted) throw new AisleError('cancelled', 'Building the review index was cancelled.');
        for (let start = 0; start < chunk.length; start += INSERT_BATCH_ROWS) {
          for (const row of chunk.slice(start, start + INSERT_BATCH_ROWS)) {
            const [id, productId, productName, rating, createdAt, title, body] = row;
            const review = {
              reviewId: text(id),
              productId: text(productId),
              createdAt: createdAt === null || createdAt === undefined ? null : text(createdAt),
              rating:
                typeof rating === 'number' ? rating : rating === null || rating === undefined ? null : Number(rating),
              title: stripMarkers(text(title)),
              text: stripMarkers(text(body)),
            };
            insert.run(
              review.title,
              review.text,
              review.reviewId,
              review.productId,
              productName === null || productName === undefined ? null : text(productName),
              review.rating,
              review.createdAt,
            );
            analyse(review);
          }
          rowsIndexed += Math.min(INSERT_BATCH_ROWS, chunk.length - start);
          options.onProgress?.({
            rowsIndexed,
            totalRows,
            fraction: totalRows === 0 ? 1 : Math.min(1, rowsIndexed / totalRows),
          });
        }
      }
      db.exec(ANALYSIS_INDEXES);
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('stamp', stamp);
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('built_at', new Date().toISOString());
      db.exec('COMMIT');
      // Merges the b-trees FTS5 wrote during the insert, so searches read one segment.
      db.exec("INSERT INTO reviews_fts(reviews_fts) VALUES ('optimize')");
      db.close();
      renameSync(building, path);
    } catch (error) {
      if (db.open) db.close();
      rmSync(building, { force: true });
      throw error;
    }
    const index = ReviewIndex.open(path);
    if (!index) throw new AisleError('internal', `The review index at ${path} could not be opened after building it.`);
    return index;
  }

  /** The index for the source as it is now: reused when the source's stamp is unchanged, rebuilt otherwise. */
  static async ensure(
    warehouse: Warehouse,
    path: string,
    options: ReviewIndexBuildOptions = {},
  ): Promise<{ index: ReviewIndex; rebuilt: boolean }> {
    const wanted = await reviewSourceStamp(warehouse, options.extraStamp);
    const existing = ReviewIndex.open(path);
    if (existing && existing.stamp() === wanted) return { index: existing, rebuilt: false };
    existing?.close();
    return { index: await ReviewIndex.build(warehouse, path, options), rebuilt: true };
  }

  /** What the index was built from (see `reviewSourceStamp`). */
  stamp(): string {
    const row = this.#db.prepare("SELECT value FROM meta WHERE key = 'stamp'").get() as { value: string } | undefined;
    if (!row) throw new AisleError('internal', `The review index at ${this.path} has no stamp.`);
    return row.value;
  }

  /** Reviews indexed. */
  count(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM reviews_fts').get() as { n: number }).n;
  }

  /** Ranked matches for what a person typed (see `translateQuery` for the syntax). */
  search(query: string, options: ReviewSearchOptions = {}): ReviewSearchResult {
    const { match } = translateQuery(query);
    if (match === null) return { total: 0, results: [] };
    const limit = Math.max(1, Math.min(500, Math.floor(options.limit ?? 20)));
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const productFilter = options.productId === undefined ? '' : ' AND product_id = @productId';
    const params = { match, ...(options.productId === undefined ? {} : { productId: options.productId }) };
    const total = (
      this.#db
        .prepare(`SELECT count(*) AS n FROM reviews_fts WHERE reviews_fts MATCH @match${productFilter}`)
        .get(params) as { n: number }
    ).n;
    const rows = this.#db
      .prepare(
        `SELECT review_id, product_id, product_name, rating, created_at, title,
                bm25(reviews_fts, ${TITLE_WEIGHT}, 1.0) AS rank,
                highlight(reviews_fts, 0, '${MATCH_START}', '${MATCH_END}') AS marked_title,
                snippet(reviews_fts, 1, '${MATCH_START}', '${MATCH_END}', '…', ${SNIPPET_TOKENS}) AS marked_text
         FROM reviews_fts WHERE reviews_fts MATCH @match${productFilter}
         ORDER BY rank LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit, offset }) as HitRow[];
    return {
      total,
      results: rows.map((row) => {
        // The title is short, so it is shown whole; the body as a passage around its best match.
        const separator = row.marked_title && row.marked_text ? ' — ' : '';
        const { text: snippet, highlights } = parseMarked(`${row.marked_title}${separator}${row.marked_text}`);
        return {
          reviewId: row.review_id,
          productId: row.product_id,
          productName: row.product_name,
          rating: row.rating,
          createdAt: row.created_at,
          title: row.title,
          score: -row.rank,
          snippet,
          highlights,
        };
      }),
    };
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}
