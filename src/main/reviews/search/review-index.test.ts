import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbWarehouse } from '../../warehouse/duckdb-warehouse';
import { ReviewIndex, reviewIndexPath, type ReviewSearchHit, type ReviewIndexProgress } from './review-index';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'aisle-review-index-'));

/** [id, product_id, rating, title, text] */
const REVIEWS: [number, number, number, string, string][] = [
  [1, 10, 1, 'Zipper failed', 'Returned it after two days, very disappointed with the coat.'],
  [2, 10, 2, 'Disappointed', 'Nice colour but the zipper failed after two days of wear.'],
  [3, 11, 5, 'Lovely dress', 'Fits perfectly and the fabric feels soft. Would buy again.'],
  [4, 11, 4, 'Good value', 'The seams ripped a little at the hem but it was easy to fix.'],
  [5, 12, 2, 'Broken zippers', 'Both zippers were broken when it arrived.'],
  [6, 12, 5, 'Warm and light', 'Great for winter walks, the hood is roomy and warm.'],
  [7, 13, 3, 'Runs small', 'Order a size up: the sleeves are too small for me.'],
  [8, 13, 4, 'Soft fabric', 'Lovely soft cotton, washes well, colour stays bright.'],
  [9, 14, 5, 'Café perfect', 'Wore it to the café and got compliments all afternoon.'],
  [10, 14, 1, 'Too small', 'Way too small, the seam at the shoulder split on first wear.'],
  [11, 10, 3, 'Fine', 'Average coat, nothing special, does the job in the rain.'],
  [12, 15, 4, 'Nice shoes', 'Comfortable from day one, good grip on wet pavement.'],
];

const createStore = async (path: string): Promise<DuckDbWarehouse> => {
  const warehouse = await DuckDbWarehouse.open(path);
  const connection = await warehouse.connect();
  await connection.run(
    "CREATE TABLE products AS SELECT * FROM (VALUES (10, 'Quilted Coat'), (11, 'Wrap Dress'), (12, 'Puffer Jacket'), (13, 'Linen Shirt'), (14, 'Silk Blouse'), (15, 'Trail Shoes')) t(id, name)",
  );
  await connection.run(
    'CREATE TABLE reviews (id BIGINT, product_id BIGINT, user_id BIGINT, created_at TIMESTAMP, rating INTEGER, title VARCHAR, text VARCHAR)',
  );
  const values = REVIEWS.map(
    ([id, product, rating, title, text]) =>
      `(${id}, ${product}, ${id * 7}, TIMESTAMP '2026-01-01 00:00:00' + INTERVAL ${id} DAY, ${rating}, '${title.replaceAll("'", "''")}', '${text.replaceAll("'", "''")}')`,
  );
  await connection.run(`INSERT INTO reviews VALUES ${values.join(', ')}`);
  connection.closeSync();
  return warehouse;
};

const ids = (results: ReviewSearchHit[]): string[] => results.map((hit) => hit.reviewId);
const marked = (hit: ReviewSearchHit): string[] =>
  hit.highlights.map((range) => hit.snippet.slice(range.start, range.end).toLowerCase());

describe('ReviewIndex', () => {
  let dir: string;
  let warehouse: DuckDbWarehouse;
  let index: ReviewIndex;
  const progress: ReviewIndexProgress[] = [];

  beforeAll(async () => {
    dir = tempDir();
    warehouse = await createStore(join(dir, 'store.duckdb'));
    index = await ReviewIndex.build(warehouse, reviewIndexPath(dir, 'demo'), {
      onProgress: (update) => progress.push(update),
    });
  });

  afterAll(async () => {
    index.close();
    await warehouse.close();
  });

  it('writes one SQLite file per source under review-index/, with progress', () => {
    expect(index.path).toBe(join(dir, 'review-index', 'demo.sqlite'));
    expect(existsSync(index.path)).toBe(true);
    expect(readdirSync(dirname(index.path))).toEqual(['demo.sqlite']);
    expect(index.count()).toBe(REVIEWS.length);
    expect(progress.at(-1)).toMatchObject({ rowsIndexed: REVIEWS.length, totalRows: REVIEWS.length, fraction: 1 });
    expect(reviewIndexPath(dir, 'bq:My Project.Data')).toBe(join(dir, 'review-index', 'bq-my-project.data.sqlite'));
  });

  it('ranks a title match above the same words in the body', () => {
    const { total, results } = index.search('zipper failed');
    expect(total).toBe(2);
    expect(ids(results)).toEqual(['1', '2']);
    expect(results[0]?.score).toBeGreaterThan(results[1]?.score ?? Infinity);
  });

  it('returns product, rating and date with each hit', () => {
    const [hit] = index.search('café').results;
    expect(hit).toMatchObject({ reviewId: '9', productId: '14', productName: 'Silk Blouse', rating: 5 });
    expect(hit?.createdAt).toMatch(/^2026-01-10 00:00:00/);
  });

  it('stems with Porter: zippers finds zipper, ripped finds rip', () => {
    expect(ids(index.search('zippers').results).sort()).toEqual(['1', '2', '5']);
    expect(ids(index.search('rip').results)).toEqual(['4']);
    expect(ids(index.search('fail').results)).toEqual(['1', '2']);
    // Porter does not know irregular forms: "broke" and "broken" stay different words.
    expect(ids(index.search('broken').results)).toEqual(['5']);
    expect(index.search('broke').total).toBe(0);
  });

  it('folds diacritics', () => {
    expect(ids(index.search('cafe').results)).toEqual(['9']);
  });

  it('matches quoted phrases only in order', () => {
    expect(ids(index.search('"too small"').results).sort()).toEqual(['10', '7']);
    expect(index.search('"small too"').total).toBe(0);
  });

  it('supports OR and exclusion', () => {
    expect(ids(index.search('zipper OR seam').results).sort()).toEqual(['1', '10', '2', '4', '5']);
    expect(ids(index.search('zipper -coat').results).sort()).toEqual(['2', '5']);
    expect(index.search('-zipper').total).toBe(0);
  });

  it('filters to one product and pages', () => {
    expect(ids(index.search('zipper', { productId: '12' }).results)).toEqual(['5']);
    const all = index.search('soft OR small OR zipper');
    const page = index.search('soft OR small OR zipper', { limit: 2, offset: 2 });
    expect(page.total).toBe(all.total);
    expect(ids(page.results)).toEqual(ids(all.results).slice(2, 4));
  });

  it('gives highlight offsets that point at the matched words in the snippet', () => {
    for (const hit of index.search('zippers failed').results) {
      expect(hit.snippet).not.toMatch(/[\u{E000}\u{E001}]/u);
      expect(hit.highlights.length).toBeGreaterThan(0);
      for (const word of marked(hit)) expect(['zipper', 'zippers', 'failed']).toContain(word);
    }
    const phrases = index.search('"too small"').results;
    expect(phrases.flatMap(marked)).toEqual(['too small', 'too small', 'too small']);
    const [titleOnly] = index.search('lovely dress').results;
    expect(titleOnly?.snippet).toBe('Lovely dress — Fits perfectly and the fabric feels soft. Would buy again.');
    expect(titleOnly && marked(titleOnly)).toEqual(['lovely', 'dress']);
  });

  it('does not throw on hostile input', () => {
    for (const input of [
      '"',
      'title:zipper',
      'NEAR(zipper seam)',
      'zip*',
      '((',
      '^',
      '-',
      'OR',
      '\u0000',
      '{text}: x',
    ]) {
      expect(() => index.search(input)).not.toThrow();
    }
    expect(index.search('title:zipper').total).toBe(0);
    expect(ids(index.search('"zipper').results).sort()).toEqual(['1', '2', '5']);
  });
});

describe('ReviewIndex.ensure', () => {
  it('reuses an unchanged index and rebuilds when the source changes', async () => {
    const dir = tempDir();
    const warehouse = await createStore(join(dir, 'store.duckdb'));
    const path = reviewIndexPath(dir, 'local-1');
    try {
      const first = await ReviewIndex.ensure(warehouse, path);
      expect(first.rebuilt).toBe(true);
      first.index.close();

      const second = await ReviewIndex.ensure(warehouse, path);
      expect(second.rebuilt).toBe(false);
      expect(second.index.search('hood').total).toBe(1);
      second.index.close();

      await warehouse.query(
        "INSERT INTO reviews VALUES (13, 15, 91, TIMESTAMP '2026-03-01 00:00:00', 2, 'Hood tore', 'The hood tore off.')",
      );
      const third = await ReviewIndex.ensure(warehouse, path);
      expect(third.rebuilt).toBe(true);
      expect(third.index.search('hood').total).toBe(2);
      third.index.close();

      const fourth = await ReviewIndex.ensure(warehouse, path, { extraStamp: 'regenerated' });
      expect(fourth.rebuilt).toBe(true);
      fourth.index.close();
      expect(readdirSync(dirname(path))).toEqual(['local-1.sqlite']);
    } finally {
      await warehouse.close();
    }
  });

  it('refuses a source without a reviews table, saying so', async () => {
    const dir = tempDir();
    const warehouse = await DuckDbWarehouse.open(join(dir, 'empty.duckdb'));
    try {
      await expect(ReviewIndex.ensure(warehouse, reviewIndexPath(dir, 'x'))).rejects.toMatchObject({
        code: 'not_found',
      });
    } finally {
      await warehouse.close();
    }
  });
});
