// Daily units of the generated demo store (3 years with planted weekly and yearly
// seasonality, Black Friday and December peaks): the store total and each category.
// Generated at a small scale into a temporary folder, queried with DuckDB, then removed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { demoDatabasePath, generateDemoStore } from '../../src/main/demo/generate-demo';
import type { NamedSeries } from './holdout';

export async function loadDemoStoreDaily(scale = 0.2): Promise<NamedSeries[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'aisle-forecast-eval-'));
  try {
    await generateDemoStore({ dataDir, scale });
    const instance = await DuckDBInstance.create(demoDatabasePath(dataDir));
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(`
        WITH days AS (
          SELECT CAST(d AS DATE) AS day
          FROM range((SELECT min(CAST(created_at AS DATE)) FROM order_items), (SELECT max(CAST(created_at AS DATE)) FROM order_items) + INTERVAL 1 DAY, INTERVAL 1 DAY) t(d)
        ), cats AS (
          SELECT 'all' AS category UNION ALL SELECT DISTINCT category FROM products
        ), sales AS (
          SELECT CAST(oi.created_at AS DATE) AS day, p.category, count(*) AS units
          FROM order_items oi JOIN products p ON p.id = oi.product_id
          GROUP BY ALL
          UNION ALL
          SELECT CAST(created_at AS DATE), 'all', count(*) FROM order_items GROUP BY ALL
        )
        SELECT c.category, list(coalesce(s.units, 0) ORDER BY d.day) AS units
        FROM cats c CROSS JOIN days d LEFT JOIN sales s ON s.day = d.day AND s.category = c.category
        GROUP BY c.category ORDER BY c.category`);
      return reader.getRowObjectsJS().map((row) => ({
        name: typeof row.category === 'string' ? row.category : 'unknown',
        values: Array.isArray(row.units) ? row.units.map(Number) : [],
      }));
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
