import type { AnalysisPlanInput } from '../src/shared/contract';
import { compilePlan, demoModel } from '../src/main/semantic';

/**
 * The five representative analyses of the benchmark. Aisle's side is the SQL the semantic
 * layer compiles from an analysis plan (what Ask runs); SQLite's is written by hand.
 * Relative dates anchor to the demo store's last day (2026-10-31).
 */
export interface Analysis {
  name: string;
  duckdb: string;
  sqlite: string;
}

const compiled = (plan: AnalysisPlanInput): string => compilePlan(plan, demoModel, 'duckdb').sql;

const valid = "status NOT IN ('Cancelled', 'Returned')";

export const analyses: readonly Analysis[] = [
  {
    name: 'revenue by category by month',
    duckdb: compiled({
      intent: 'breakdown',
      measures: ['revenue'],
      dimensions: [{ id: 'category' }, { id: 'date', grain: 'month' }],
      limit: 10000,
    }),
    sqlite: `SELECT p.category, substr(oi.created_at, 1, 7) AS month, sum(oi.sale_price) AS revenue
      FROM order_items oi JOIN products p ON p.id = oi.product_id WHERE ${valid} GROUP BY 1, 2 ORDER BY 1, 2`,
  },
  {
    name: 'top 20 products by revenue, last 90 days',
    duckdb: compiled({
      intent: 'ranking',
      measures: ['revenue'],
      dimensions: [{ id: 'product' }],
      timeRange: { start: '2026-08-03', end: '2026-11-01' },
      sort: { by: 'revenue', direction: 'desc' },
      limit: 20,
    }),
    sqlite: `SELECT p.name, sum(oi.sale_price) AS revenue FROM order_items oi JOIN products p ON p.id = oi.product_id
      WHERE ${valid} AND oi.created_at >= '2026-08-03' GROUP BY p.id, p.name ORDER BY revenue DESC LIMIT 20`,
  },
  {
    name: 'return rate by department',
    duckdb: compiled({ intent: 'breakdown', measures: ['return_rate'], dimensions: [{ id: 'department' }] }),
    sqlite: `SELECT p.department, avg(CASE WHEN oi.status = 'Returned' THEN 1.0 ELSE 0.0 END) AS return_rate
      FROM order_items oi JOIN products p ON p.id = oi.product_id WHERE oi.status <> 'Cancelled' GROUP BY 1 ORDER BY 1`,
  },
  {
    name: 'weekly units for one category',
    duckdb: compiled({
      intent: 'trend',
      measures: ['units'],
      dimensions: [{ id: 'date', grain: 'week' }],
      filters: [{ dimension: 'category', operator: 'in', values: ['Dresses'] }],
      limit: 10000,
    }),
    sqlite: `SELECT date(oi.created_at, '-' || ((CAST(strftime('%w', oi.created_at) AS INTEGER) + 6) % 7) || ' days') AS week,
      count(*) AS units FROM order_items oi JOIN products p ON p.id = oi.product_id
      WHERE ${valid} AND p.category = 'Dresses' GROUP BY 1 ORDER BY 1`,
  },
  {
    name: 'revenue by region vs last year',
    duckdb: compiled({
      intent: 'compare',
      measures: ['revenue'],
      dimensions: [{ id: 'country' }],
      timeRange: { start: '2025-11-01', end: '2026-11-01' },
      comparison: 'same_period_last_year',
      sort: { by: 'revenue', direction: 'desc' },
      limit: 50,
    }),
    sqlite: `SELECT u.country,
        sum(CASE WHEN oi.created_at >= '2025-11-01' THEN oi.sale_price END) AS last_12_months,
        sum(CASE WHEN oi.created_at >= '2024-11-01' AND oi.created_at < '2025-11-01' THEN oi.sale_price END) AS prior_12_months
      FROM order_items oi JOIN users u ON u.id = oi.user_id WHERE ${valid} GROUP BY 1 ORDER BY 2 DESC`,
  },
];
