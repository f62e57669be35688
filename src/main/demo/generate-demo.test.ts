import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbWarehouse } from '../warehouse/duckdb-warehouse';
import type { Row } from '../warehouse/warehouse';
import {
  demoDatabasePath,
  demoManifestPath,
  generateDemoStore,
  THELOOK_TABLES,
  type DemoSummary,
} from './generate-demo';
import { reviewPhrases } from './review-grammar';

const tempDir = () => mkdtempSync(join(tmpdir(), 'aisle-demo-'));

/** An order-independent fingerprint of every table's contents. */
const fingerprint = async (dataDir: string): Promise<Row[]> => {
  const warehouse = await DuckDbWarehouse.open(demoDatabasePath(dataDir), { readOnly: true });
  try {
    const parts = THELOOK_TABLES.map(
      (table) => `SELECT '${table}' AS t, count(*) AS n, sum(hash(x)::HUGEINT)::VARCHAR AS h FROM ${table} x`,
    );
    return (await warehouse.query(`${parts.join(' UNION ALL ')} ORDER BY t`)).rows;
  } finally {
    await warehouse.close();
  }
};

describe('demo store generator', () => {
  it('is deterministic for a seed and different for another seed', async () => {
    const [a, b, c] = [tempDir(), tempDir(), tempDir()];
    await generateDemoStore({ dataDir: a, scale: 0.01, seed: 7 });
    await generateDemoStore({ dataDir: b, scale: 0.01, seed: 7 });
    await generateDemoStore({ dataDir: c, scale: 0.01, seed: 8 });
    const [fa, fb, fc] = await Promise.all([fingerprint(a), fingerprint(b), fingerprint(c)]);
    expect(fa).toEqual(fb);
    expect(fa).not.toEqual(fc);
  });

  it('refuses a scale out of range and a negative seed, naming the field', async () => {
    await expect(generateDemoStore({ dataDir: tempDir(), scale: 0 })).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'scale',
    });
    await expect(generateDemoStore({ dataDir: tempDir(), scale: 0.01, seed: -1 })).rejects.toMatchObject({
      field: 'seed',
    });
  });

  it('leaves no partial store behind when cancelled', async () => {
    const dir = tempDir();
    const controller = new AbortController();
    const run = generateDemoStore({
      dataDir: dir,
      scale: 0.3,
      signal: controller.signal,
      onProgress: ({ fraction }) => {
        if (fraction > 0.1) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(existsSync(demoDatabasePath(dir))).toBe(false);
    expect(readdirSync(join(dir, 'warehouses'))).toEqual([]);
  });
});

describe('the generated store at scale 0.05', () => {
  const dir = tempDir();
  let summary: DemoSummary;
  let warehouse: DuckDbWarehouse;
  const progress: number[] = [];
  const one = async (sql: string): Promise<Row> => (await warehouse.query(sql)).rows[0] ?? [];
  const planted = (kind: string) => `(SELECT product_id FROM aisle_meta.planted_facts WHERE kind = '${kind}')`;
  const valid = "status NOT IN ('Cancelled', 'Returned')";

  beforeAll(async () => {
    summary = await generateDemoStore({
      dataDir: dir,
      scale: 0.05,
      seed: 42,
      onProgress: (p) => progress.push(p.fraction),
    });
    warehouse = await DuckDbWarehouse.open(summary.path, { readOnly: true });
  });

  afterAll(async () => {
    await warehouse.close();
  });

  it('reports progress from 0 to 1, never backwards', () => {
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
  });

  it("has theLook's tables and columns, plus reviews and product images", async () => {
    const tables = await warehouse.listTables();
    const columns = (name: string) =>
      tables.find((table) => table.schema === 'main' && table.name === name)?.columns.map((column) => column.name);
    expect(columns('products')).toEqual([
      'id',
      'cost',
      'category',
      'name',
      'brand',
      'retail_price',
      'department',
      'sku',
      'distribution_center_id',
    ]);
    expect(columns('orders')).toEqual([
      'order_id',
      'user_id',
      'status',
      'gender',
      'created_at',
      'returned_at',
      'shipped_at',
      'delivered_at',
      'num_of_item',
    ]);
    expect(columns('order_items')).toEqual([
      'id',
      'order_id',
      'user_id',
      'product_id',
      'inventory_item_id',
      'status',
      'created_at',
      'shipped_at',
      'delivered_at',
      'returned_at',
      'sale_price',
    ]);
    expect(columns('users')).toEqual([
      'id',
      'first_name',
      'last_name',
      'email',
      'age',
      'gender',
      'state',
      'street_address',
      'postal_code',
      'city',
      'country',
      'latitude',
      'longitude',
      'traffic_source',
      'created_at',
    ]);
    expect(columns('inventory_items')).toEqual([
      'id',
      'product_id',
      'created_at',
      'sold_at',
      'cost',
      'product_category',
      'product_name',
      'product_brand',
      'product_retail_price',
      'product_department',
      'product_sku',
      'product_distribution_center_id',
    ]);
    expect(columns('distribution_centers')).toEqual(['id', 'name', 'latitude', 'longitude']);
    expect(columns('reviews')).toEqual(['id', 'product_id', 'user_id', 'created_at', 'rating', 'title', 'text']);
    expect(columns('product_images')).toEqual(['product_id', 'uri', 'view', 'dominant_colour']);
  });

  it('is about 50,000 order lines over three years, with a manifest', async () => {
    expect(summary.tables['order_items']).toBeGreaterThan(47_000);
    expect(summary.tables['order_items']).toBeLessThan(53_000);
    expect(await one('SELECT min(created_at)::DATE::VARCHAR, max(created_at)::DATE::VARCHAR FROM order_items')).toEqual(
      ['2023-11-01', '2026-10-31'],
    );
    const manifest = JSON.parse(readFileSync(demoManifestPath(dir), 'utf8')) as DemoSummary;
    expect(manifest.plantedFacts.map((fact) => fact.kind)).toEqual([
      'quality_collapse',
      'declining_category',
      'promotion',
      'stock_out',
      'growing_region',
      'seasonal_peaks',
    ]);
    expect(manifest.tables).toEqual(summary.tables);
  });

  it('keeps its references whole: every line has its order, product, customer and stock item', async () => {
    expect(
      await one(`SELECT
        count(*) FILTER (WHERE o.order_id IS NULL), count(*) FILTER (WHERE p.id IS NULL),
        count(*) FILTER (WHERE u.id IS NULL), count(*) FILTER (WHERE i.id IS NULL)
        FROM order_items oi LEFT JOIN orders o USING (order_id) LEFT JOIN products p ON p.id = oi.product_id
        LEFT JOIN users u ON u.id = oi.user_id LEFT JOIN inventory_items i ON i.id = oi.inventory_item_id`),
    ).toEqual([0, 0, 0, 0]);
    expect(
      await one(
        'SELECT count(*) FROM orders o WHERE num_of_item <> (SELECT count(*) FROM order_items i WHERE i.order_id = o.order_id)',
      ),
    ).toEqual([0]);
  });

  it('plants a quality collapse: ratings fall, zipper and ripping complaints and returns rise', async () => {
    const [before, after, complaintsBefore, complaintsAfter] = await one(`
      SELECT avg(rating) FILTER (WHERE created_at < '2026-03-01'), avg(rating) FILTER (WHERE created_at >= '2026-03-15'),
        avg((text ILIKE '%zip%' OR text ILIKE '%ripped%' OR text ILIKE '%broke%')::INT) FILTER (WHERE created_at < '2026-03-01'),
        avg((text ILIKE '%zip%' OR text ILIKE '%ripped%' OR text ILIKE '%broke%')::INT) FILTER (WHERE created_at >= '2026-03-15')
      FROM reviews WHERE product_id = ${planted('quality_collapse')}`);
    expect(before).toBeGreaterThan(3.4);
    expect(after).toBeLessThan(2.5);
    expect(complaintsBefore).toBe(0);
    expect(complaintsAfter).toBeGreaterThan(0.5);
    const [returnsBefore, returnsAfter] = await one(`
      SELECT avg((status = 'Returned')::INT) FILTER (WHERE created_at < '2026-03-01'),
             avg((status = 'Returned')::INT) FILTER (WHERE created_at BETWEEN '2026-03-01' AND '2026-09-30')
      FROM order_items WHERE status <> 'Cancelled' AND product_id = ${planted('quality_collapse')}`);
    expect(Number(returnsAfter)).toBeGreaterThan(2.5 * Number(returnsBefore));
  });

  it('plants a category declining about 30% year over year', async () => {
    const [change] = await one(`
      WITH y AS (SELECT sum(sale_price) FILTER (WHERE created_at >= '2025-11-01') AS last12,
                        sum(sale_price) FILTER (WHERE created_at >= '2024-11-01' AND created_at < '2025-11-01') AS prior12
                 FROM order_items oi JOIN products p ON p.id = oi.product_id WHERE p.category = 'Skirts' AND ${valid})
      SELECT last12 / prior12 - 1 FROM y`);
    expect(change).toBeGreaterThan(-0.42);
    expect(change).toBeLessThan(-0.18);
  });

  it('plants a promotion that triples a product’s units for a week, at 25% off', async () => {
    const [promo, neighbours, discount] = await one(`
      SELECT count(*) FILTER (WHERE created_at::DATE BETWEEN '2025-06-09' AND '2025-06-15'),
             count(*) FILTER (WHERE created_at::DATE BETWEEN '2025-05-12' AND '2025-06-08' OR created_at::DATE BETWEEN '2025-06-16' AND '2025-07-13') / 8.0,
             1 - avg(sale_price / p.retail_price) FILTER (WHERE created_at::DATE BETWEEN '2025-06-09' AND '2025-06-15')
      FROM order_items oi JOIN products p ON p.id = oi.product_id
      WHERE oi.product_id = ${planted('promotion')} AND status <> 'Cancelled'`);
    expect(Number(promo) / Number(neighbours)).toBeGreaterThan(2.2);
    expect(Number(promo) / Number(neighbours)).toBeLessThan(4);
    expect(discount).toBeCloseTo(0.25, 2);
  });

  it('plants a stock-out: three weeks without a sale', async () => {
    const [during, before] = await one(`
      SELECT count(*) FILTER (WHERE created_at::DATE BETWEEN '2025-08-04' AND '2025-08-24'),
             count(*) FILTER (WHERE created_at::DATE BETWEEN '2025-07-07' AND '2025-08-03')
      FROM order_items WHERE product_id = ${planted('stock_out')}`);
    expect(during).toBe(0);
    expect(Number(before)).toBeGreaterThan(5);
  });

  it('plants a region growing much faster than the store', async () => {
    const [australia, store] = await one(`
      WITH y AS (
        SELECT u.country = 'Australia' AS au,
               sum(sale_price) FILTER (WHERE oi.created_at >= '2025-11-01') AS last12,
               sum(sale_price) FILTER (WHERE oi.created_at >= '2024-11-01' AND oi.created_at < '2025-11-01') AS prior12
        FROM order_items oi JOIN users u ON u.id = oi.user_id WHERE ${valid} GROUP BY ALL)
      SELECT (SELECT last12 / prior12 - 1 FROM y WHERE au), (SELECT sum(last12) / sum(prior12) - 1 FROM y)`);
    expect(australia).toBeGreaterThan(0.35);
    expect(Number(australia) - Number(store)).toBeGreaterThan(0.25);
  });

  it("makes Black Friday each year's biggest day", async () => {
    const { rows } = await warehouse.query(`
      SELECT year(d), strftime(arg_max(d, n), '%m-%d') FROM (
        SELECT created_at::DATE AS d, count(*) AS n FROM order_items GROUP BY 1) GROUP BY 1 ORDER BY 1`);
    expect(rows).toEqual([
      [2023, '11-24'],
      [2024, '11-29'],
      [2025, '11-28'],
      [2026, expect.any(String) as unknown],
    ]);
  });

  it('writes review text whose polarity agrees with the stars', async () => {
    const negative = new Set(
      reviewPhrases()
        .filter((p) => p.polarity !== 'positive')
        .map((p) => p.text),
    );
    const positive = new Set(
      reviewPhrases()
        .filter((p) => p.polarity === 'positive')
        .map((p) => p.text),
    );
    const { rows } = await warehouse.query('SELECT rating, text FROM reviews');
    expect(rows.length).toBeGreaterThan(2000);
    let checked = 0;
    for (const [rating, text] of rows as [number, string][]) {
      const sentences = text.match(/[^.!]+[.!]/g)?.map((sentence) => sentence.trim()) ?? [];
      if (rating === 5) expect(sentences.filter((s) => negative.has(s))).toEqual([]);
      if (rating === 1) expect(sentences.filter((s) => positive.has(s))).toEqual([]);
      checked += 1;
    }
    expect(checked).toBe(rows.length);
    // Varied phrasing: many distinct texts, not a handful repeated.
    expect(new Set(rows.map((row) => row[1])).size).toBeGreaterThan(rows.length * 0.3);
  });

  it('draws an image file for every product image', async () => {
    const { rows } = await warehouse.query('SELECT DISTINCT uri FROM product_images');
    expect(rows.length).toBe(summary.images);
    for (const [uri] of rows as [string][]) {
      const svg = readFileSync(join(dir, uri), 'utf8');
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    }
  });
});
