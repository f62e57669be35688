import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisPlanInput } from '../../shared/contract';
import { generateDemoStore } from '../demo/generate-demo';
import { DuckDbWarehouse } from '../warehouse/duckdb-warehouse';
import type { Row } from '../warehouse/warehouse';
import { compilePlan, demoModel } from '.';

// The compiled SQL runs on a real generated demo store and must agree with SQL written by hand.
describe('semantic layer on the generated demo store', () => {
  let warehouse: DuckDbWarehouse;
  const valid = "status NOT IN ('Cancelled', 'Returned')";

  beforeAll(async () => {
    const summary = await generateDemoStore({
      dataDir: mkdtempSync(join(tmpdir(), 'aisle-sem-')),
      scale: 0.02,
      seed: 5,
    });
    warehouse = await DuckDbWarehouse.open(summary.path, { readOnly: true });
  });

  afterAll(async () => {
    await warehouse.close();
  });

  const run = async (plan: AnalysisPlanInput): Promise<Row[]> =>
    (await warehouse.query(compilePlan(plan, demoModel, 'duckdb').sql)).rows;
  const hand = async (sql: string): Promise<Row[]> => (await warehouse.query(sql)).rows;
  const rounded = (rows: Row[]) =>
    rows.map((row) => row.map((v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v)));

  it('revenue by category by month', async () => {
    const compiled = await run({
      intent: 'breakdown',
      measures: ['revenue'],
      dimensions: [{ id: 'category' }, { id: 'date', grain: 'month' }],
      sort: { by: 'category', direction: 'asc' },
      limit: 10000,
    });
    const expected = await hand(`
      SELECT p.category, date_trunc('month', oi.created_at), sum(oi.sale_price) FILTER (WHERE oi.${valid})
      FROM order_items oi JOIN products p ON p.id = oi.product_id GROUP BY 1, 2`);
    const key = (row: Row) => JSON.stringify([row[0], JSON.stringify(row[1]).slice(1, 8)]);
    const want = new Map(rounded(expected).map((row) => [key(row), row[2] ?? 0]));
    expect(compiled.length).toBe(want.size);
    for (const row of rounded(compiled)) expect(row[2], key(row)).toBe(want.get(key(row)));
  });

  it('top 20 products by revenue over the last 90 days', async () => {
    const compiled = await run({
      intent: 'ranking',
      measures: ['revenue'],
      dimensions: [{ id: 'product' }],
      timeRange: { start: '2026-08-03', end: '2026-11-01' },
      sort: { by: 'revenue', direction: 'desc' },
      limit: 20,
    });
    const expected = await hand(`
      SELECT oi.product_id, sum(oi.sale_price) AS revenue FROM order_items oi
      WHERE oi.${valid} AND oi.created_at >= '2026-08-03' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20`);
    const revenueIndex = compilePlan(
      { intent: 'ranking', measures: ['revenue'], dimensions: [{ id: 'product' }], limit: 1 },
      demoModel,
      'duckdb',
    ).columns.findIndex((column) => column.id === 'revenue');
    expect(rounded(compiled).map((row) => row[revenueIndex])).toEqual(rounded(expected).map((row) => row[1]));
  });

  it('return rate by department', async () => {
    const compiled = await run({
      intent: 'breakdown',
      measures: ['return_rate'],
      dimensions: [{ id: 'department' }],
      sort: { by: 'department', direction: 'asc' },
    });
    const expected = await hand(`
      SELECT p.department, avg((oi.status = 'Returned')::INT) FROM order_items oi JOIN products p ON p.id = oi.product_id
      WHERE oi.status <> 'Cancelled' GROUP BY 1 ORDER BY 1`);
    expect(rounded(compiled)).toEqual(rounded(expected));
  });

  it('revenue by country vs the same period last year finds Australia growing fastest', async () => {
    const compiled = await run({
      intent: 'compare',
      measures: ['revenue'],
      dimensions: [{ id: 'country' }],
      timeRange: { start: '2025-11-01', end: '2026-11-01' },
      comparison: 'same_period_last_year',
      sort: { by: 'revenue', direction: 'desc', basis: 'change_pct' },
      limit: 1,
    });
    expect(compiled[0]?.[0]).toBe('Australia');
  });

  it('revenue and average rating by category in one plan, without double counting', async () => {
    const compiled = await run({
      intent: 'breakdown',
      measures: ['revenue', 'average_rating'],
      dimensions: [{ id: 'category' }],
      sort: { by: 'category', direction: 'asc' },
    });
    const expected = await hand(`
      WITH s AS (SELECT p.category, sum(oi.sale_price) FILTER (WHERE oi.${valid}) AS revenue
                 FROM order_items oi JOIN products p ON p.id = oi.product_id GROUP BY 1),
           r AS (SELECT p.category, avg(r.rating) AS rating FROM reviews r JOIN products p ON p.id = r.product_id GROUP BY 1)
      SELECT s.category, s.revenue, r.rating FROM s LEFT JOIN r USING (category) ORDER BY 1`);
    expect(rounded(compiled)).toEqual(rounded(expected));
  });
});
