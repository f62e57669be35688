import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisPlanInput } from '../../shared/contract/analysis-plan';
import { demoModel } from './builtin-models';
import { compilePlan } from './compile-plan';
import { openFixtureStore, type FixtureRow, type FixtureStore } from './fixture-store';
import { modelFromMapping } from './mapping-model';
import type { SemanticModel } from './model';

// Runs compiled SQL on a real DuckDB holding the hand-made store of fixture-store.ts. Sold items
// are those not Cancelled or Returned. Revenue of sold items per product, all time:
//   p1 Slim Jeans (Jeans, Women, Levi's)  50 + 55 + 45        = 150
//   p2 Straight Jeans (Jeans, Men, Acme)  70 + 80 + 65 + 75   = 290
//   p3 Basic Tee (Tops, Women, Acme)      20 + 24 + 18 + 21   =  83
//   p4 Basic Tee (Tops, Men, O'Neill)     25 + 26             =  51
//   p5 Wrap Dress (Dresses, Women, Bloom) 100 + 110 + 120     = 330
//   p6 Sock Pack (Socks): no sales                          total 904
// Orders with a sold item: 101 103 104 106 210 (2023) and 201 203 204 206 208 209 211 (2024).

let store: FixtureStore;
beforeAll(async () => {
  store = await openFixtureStore();
});
afterAll(() => store.close());

const run = async (plan: AnalysisPlanInput, model: SemanticModel = demoModel): Promise<FixtureRow[]> =>
  store.query(compilePlan(plan, model, 'duckdb').sql);

const only = (rows: FixtureRow[]): FixtureRow => {
  expect(rows).toHaveLength(1);
  return rows[0]!;
};

describe('compiled DuckDB SQL on a real DuckDB', () => {
  it('totals revenue, units, orders and average order value over all time', async () => {
    const row = only(
      await run({ intent: 'metric', measures: ['revenue', 'units', 'orders', 'average_order_value', 'customers'] }),
    );
    expect(row).toMatchObject({ revenue: 904, units: 16, orders: 12, customers: 5 });
    expect(row['average_order_value']).toBeCloseTo(904 / 12, 10);
  });

  it('breaks revenue down by category and month, counting a sale at midnight on the 1st in its month', async () => {
    const rows = await run({
      intent: 'trend',
      measures: ['sales'],
      dimensions: [
        { id: 'date', grain: 'month' },
        { id: 'category', grain: null },
      ],
      timeRange: { start: '2024-01-01', end: '2024-04-01' },
    });
    expect(rows).toEqual([
      { month: '2024-01-01', category: 'Jeans', revenue: 120 },
      { month: '2024-01-01', category: 'Tops', revenue: 50 },
      { month: '2024-02-01', category: 'Dresses', revenue: 230 },
      { month: '2024-02-01', category: 'Tops', revenue: 21 },
      // Only a cancelled item: the row is there, with no revenue.
      { month: '2024-02-01', category: 'Jeans', revenue: 0 },
      { month: '2024-03-01', category: 'Jeans', revenue: 120 },
      { month: '2024-03-01', category: 'Tops', revenue: 18 },
    ]);
  });

  it('buckets weeks from Monday and shows a week with only returns as zero revenue', async () => {
    const rows = await run({
      intent: 'trend',
      measures: ['revenue'],
      dimensions: [{ id: 'date', grain: 'week' }],
      timeRange: { start: '2023-12-25', end: '2024-01-22' },
    });
    // Dec 31 23:30 belongs to the week of Mon Dec 25; Jan 12 had only a returned item.
    expect(rows).toEqual([
      { week: '2023-12-25', revenue: 80 },
      { week: '2024-01-01', revenue: 120 },
      { week: '2024-01-08', revenue: 0 },
      { week: '2024-01-15', revenue: 50 },
    ]);
  });

  it('ranks the top products, keeping two products that share a name apart', async () => {
    const top = await run({
      intent: 'ranking',
      measures: ['revenue'],
      dimensions: [{ id: 'product' }],
      sort: { by: 'revenue', direction: 'desc' },
      limit: 3,
    });
    expect(top).toEqual([
      { product: 'Wrap Dress', product_id: 5, revenue: 330 },
      { product: 'Straight Jeans', product_id: 2, revenue: 290 },
      { product: 'Slim Jeans', product_id: 1, revenue: 150 },
    ]);
    const bottom = await run({
      intent: 'ranking',
      measures: ['revenue'],
      dimensions: [{ id: 'item' }],
      sort: { by: 'revenue', direction: 'asc' },
      limit: 2,
    });
    expect(bottom).toEqual([
      { product: 'Basic Tee', product_id: 4, revenue: 51 },
      { product: 'Basic Tee', product_id: 3, revenue: 83 },
    ]);
  });

  it('computes the return rate by department from counts, not from averages', async () => {
    // Women: 13 items, 2 cancelled, 1 returned -> 1/11. Men: 8 items, none cancelled, 2 returned -> 2/8.
    const rows = await run({ intent: 'breakdown', measures: ['return rate'], dimensions: [{ id: 'dept' }] });
    expect(rows.map((row) => row['department'])).toEqual(['Men', 'Women']);
    expect(rows[0]!['return_rate']).toBeCloseTo(2 / 8, 10);
    expect(rows[1]!['return_rate']).toBeCloseTo(1 / 11, 10);
  });

  it('computes average order value per department from its own totals', async () => {
    // Order 201 holds a Women and a Men item, so it counts once in each department.
    const rows = await run({ intent: 'breakdown', measures: ['aov'], dimensions: [{ id: 'department' }] });
    const aov = (department: string) => rows.find((row) => row['department'] === department)?.['average_order_value'];
    expect(aov('Women')).toBeCloseTo(563 / 9, 10);
    expect(aov('Men')).toBeCloseTo(341 / 6, 10);
  });

  it('computes gross margin over items with a cost, and margin % against the revenue of those items', async () => {
    const total = only(await run({ intent: 'metric', measures: ['gross_margin', 'gross margin %'] }));
    expect(total['gross_margin']).toBe(483);
    expect(total['gross_margin_pct']).toBeCloseTo(483 / 853, 10);
    const tops = only(
      await run({
        intent: 'breakdown',
        measures: ['revenue', 'margin', 'margin %'],
        dimensions: [{ id: 'category' }],
        filters: [{ dimension: 'category', operator: 'equals', values: ['Tops'] }],
      }),
    );
    expect(tops).toMatchObject({ category: 'Tops', revenue: 134, gross_margin: 43 });
    expect(tops['gross_margin_pct']).toBeCloseTo(43 / 83, 10);
  });

  it('compares a month with the previous month, keeping categories sold in only one of them', async () => {
    const rows = await run({
      intent: 'compare',
      measures: ['revenue'],
      dimensions: [{ id: 'category' }],
      timeRange: { start: '2024-03-01', end: '2024-04-01' },
      comparison: 'previous_period',
      sort: { by: 'category', direction: 'asc' },
    });
    expect(rows).toEqual([
      { category: 'Dresses', revenue: 0, revenue_previous: 230, revenue_change: -230, revenue_change_pct: -1 },
      { category: 'Jeans', revenue: 120, revenue_previous: 0, revenue_change: 120, revenue_change_pct: null },
      {
        category: 'Tops',
        revenue: 18,
        revenue_previous: 21,
        revenue_change: -3,
        revenue_change_pct: expect.closeTo(-3 / 21, 10) as number,
      },
    ]);
    const total = only(
      await run({
        intent: 'compare',
        measures: ['revenue', 'aov'],
        timeRange: { start: '2024-03-01', end: '2024-04-01' },
        comparison: 'previous_period',
      }),
    );
    // March: orders 208 and 209; February: 204, 206 and 211.
    expect(total).toMatchObject({ revenue: 138, revenue_previous: 251, revenue_change: -113 });
    expect(total['revenue_change_pct']).toBeCloseTo(-113 / 251, 10);
    expect(total['average_order_value']).toBeCloseTo(138 / 2, 10);
    expect(total['average_order_value_previous']).toBeCloseTo(251 / 3, 10);
  });

  it('compares each month with the same month last year', async () => {
    const rows = await run({
      intent: 'compare',
      measures: ['revenue'],
      dimensions: [{ id: 'date', grain: 'month' }],
      timeRange: { start: '2024-01-01', end: '2024-04-01' },
      comparison: 'same_period_last_year',
    });
    expect(rows.map((row) => [row['month'], row['revenue'], row['revenue_previous'], row['revenue_change']])).toEqual([
      ['2024-01-01', 170, 70, 100],
      ['2024-02-01', 251, 125, 126],
      ['2024-03-01', 138, 70, 68],
    ]);
    expect(rows[0]!['revenue_change_pct']).toBeCloseTo(100 / 70, 10);
  });

  it('sorts by the change when asked, for "which categories lost the most"', async () => {
    const rows = await run({
      intent: 'ranking',
      measures: ['revenue'],
      dimensions: [{ id: 'category' }],
      timeRange: { start: '2024-03-01', end: '2024-04-01' },
      comparison: 'previous_period',
      sort: { by: 'revenue', direction: 'asc', basis: 'change' },
      limit: 1,
    });
    expect(rows).toEqual([expect.objectContaining({ category: 'Dresses', revenue_change: -230 })]);
  });

  it('mixes revenue and average rating by category without double counting either', async () => {
    // Jeans has three reviews (two on Slim Jeans): a join of items to reviews would count
    // Slim Jeans' revenue twice (590 instead of 440). Socks has reviews and no sales.
    const rows = await run({
      intent: 'breakdown',
      measures: ['revenue', 'units', 'average rating', 'review count'],
      dimensions: [{ id: 'category' }],
    });
    expect(rows).toEqual([
      { category: 'Jeans', revenue: 440, units: 7, average_rating: 4, review_count: 3 },
      { category: 'Dresses', revenue: 330, units: 3, average_rating: 1, review_count: 1 },
      { category: 'Tops', revenue: 134, units: 6, average_rating: 3, review_count: 3 },
      { category: 'Socks', revenue: 0, units: 0, average_rating: 5, review_count: 1 },
    ]);
  });

  it('mixes sales and review measures in a single total and within a time range', async () => {
    const row = only(
      await run({
        intent: 'metric',
        measures: ['revenue', 'rating'],
        timeRange: { start: '2024-01-01', end: '2024-02-01' },
      }),
    );
    // January 2024: revenue 170; reviews 1 (5), 3 (4) and 7 (5).
    expect(row['revenue']).toBe(170);
    expect(row['average_rating']).toBeCloseTo(14 / 3, 10);
  });

  it('applies filters of every operator', async () => {
    const revenueWhere = async (filter: AnalysisPlanInput['filters']): Promise<unknown> =>
      only(await run({ intent: 'metric', measures: ['revenue'], filters: filter ?? [] }))['revenue'];
    // Texas: Ben (7: 70, 21: 21) and Eve (19: 18).
    expect(await revenueWhere([{ dimension: 'state', operator: 'equals', values: ['Texas'] }])).toBe(109);
    expect(await revenueWhere([{ dimension: 'brand', operator: 'in', values: ["Levi's", "O'Neill"] }])).toBe(201);
    expect(await revenueWhere([{ dimension: 'category', operator: 'not_in', values: ['Jeans'] }])).toBe(464);
    expect(await revenueWhere([{ dimension: 'product', operator: 'contains', values: ['JEANS'] }])).toBe(440);
    expect(await revenueWhere([{ dimension: 'product_id', operator: 'between', values: [2, '3'] }])).toBe(373);
    expect(await revenueWhere([{ dimension: 'product_id', operator: 'gte', values: [5] }])).toBe(330);
    expect(await revenueWhere([{ dimension: 'product_id', operator: 'lte', values: ['1'] }])).toBe(150);
    // Ana is 22 and came from Search; Eve (Search) bought item 19 for 18.
    expect(await revenueWhere([{ dimension: 'age band', operator: 'equals', values: ['under 25'] }])).toBe(310);
    expect(await revenueWhere([{ dimension: 'channel', operator: 'equals', values: ['Search'] }])).toBe(328);
    expect(
      await revenueWhere([
        { dimension: 'channel', operator: 'equals', values: ['Search'] },
        { dimension: 'department', operator: 'equals', values: ['Women'] },
        { dimension: 'distribution centre', operator: 'equals', values: ['Chicago IL'] },
      ]),
    ).toBe(20 + 120 + 18);
  });

  it('treats hostile filter values as plain values', async () => {
    const hostile = [`x'; DROP TABLE order_items; --`, `"; DROP TABLE products; --`, `\\'`, `O'Neill`];
    const rows = await run({
      intent: 'breakdown',
      measures: ['revenue'],
      dimensions: [{ id: 'brand' }],
      filters: [{ dimension: 'brand', operator: 'in', values: hostile }],
    });
    expect(rows).toEqual([{ brand: "O'Neill", revenue: 51 }]);
    expect(await store.query('SELECT COUNT(*) AS n FROM order_items')).toEqual([{ n: 21 }]);
    expect(await store.query('SELECT COUNT(*) AS n FROM products')).toEqual([{ n: 6 }]);
  });
});

describe('a mapped single-table source on a real DuckDB', () => {
  const mapped = modelFromMapping({
    id: 'upload',
    label: 'Imported sales',
    table: ['sales_lines'],
    columns: {
      order_id: 'invoice',
      date: 'invoice_date',
      product_id: 'stock_code',
      product_name: 'description',
      quantity: 'qty',
      unit_price: 'price',
      customer_id: 'customer',
      country: 'Country Name',
    },
  });

  it('totals revenue as quantity x unit price, units as summed quantity', async () => {
    const row = only(
      await run({ intent: 'metric', measures: ['revenue', 'units', 'orders', 'aov', 'customers'] }, mapped),
    );
    expect(row).toEqual({ revenue: 49.5, units: 11, orders: 4, average_order_value: 49.5 / 4, customers: 3 });
  });

  it('breaks down by a column whose name needs quoting, and by month', async () => {
    const byCountry = await run(
      { intent: 'breakdown', measures: ['revenue', 'aov'], dimensions: [{ id: 'country' }] },
      mapped,
    );
    expect(byCountry).toEqual([
      { country: 'UK', revenue: 32, average_order_value: 16 },
      { country: 'France', revenue: 17.5, average_order_value: 8.75 },
    ]);
    const byMonth = await run(
      {
        intent: 'trend',
        measures: ['revenue'],
        dimensions: [{ id: 'date', grain: 'month' }],
        comparison: 'previous_period',
        timeRange: { start: '2024-02-01', end: '2024-03-01' },
      },
      mapped,
    );
    expect(byMonth).toEqual([
      expect.objectContaining({ month: '2024-02-01', revenue: 18.5, revenue_previous: 31, revenue_change: -12.5 }),
    ]);
  });

  it('uses a line revenue column when the table has one', async () => {
    const lineTotals = modelFromMapping({
      id: 'upload-2',
      label: 'Imported sales',
      table: ['sales_lines'],
      columns: { line_revenue: 'line_total', product_name: 'description' },
    });
    const rows = await run(
      { intent: 'ranking', measures: ['revenue'], dimensions: [{ id: 'product' }], limit: 1 },
      lineTotals,
    );
    expect(rows).toEqual([{ product: 'Mug', revenue: 24.5 }]);
  });
});
