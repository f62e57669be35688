import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AisleError } from '../core/aisle-error';
import { DuckDbWarehouse } from './duckdb-warehouse';
import type { QueryProgress } from './warehouse';

describe('DuckDbWarehouse', () => {
  let warehouse: DuckDbWarehouse;

  beforeAll(async () => {
    warehouse = await DuckDbWarehouse.open(join(mkdtempSync(join(tmpdir(), 'aisle-wh-')), 'test.duckdb'));
    const connection = await warehouse.connect();
    await connection.run(
      "CREATE TABLE sales AS SELECT i AS id, 'p' || (i % 7) AS product, (i % 13) * 1.5 AS price FROM range(1, 50001) t(i)",
    );
    await connection.run('CREATE TABLE big AS SELECT i, hash(i) AS h FROM range(0, 30000000) t(i)');
    connection.closeSync();
  });

  afterAll(async () => {
    await warehouse.close();
  });

  it('returns JSON-safe values with their column types', async () => {
    const result = await warehouse.query(
      "SELECT 1::BIGINT AS a, 2.50::DECIMAL(10,2) AS b, DATE '2024-01-02' AS d, TIMESTAMP '2024-01-02 03:04:05' AS t, [1, 2] AS l, {'x': 'y'} AS s, 9007199254740993::BIGINT AS big, NULL AS n",
    );
    expect(result.columns.map((column) => column.type)).toEqual([
      'BIGINT',
      'DECIMAL(10,2)',
      'DATE',
      'TIMESTAMP',
      'INTEGER[]',
      'STRUCT("x" VARCHAR)',
      'BIGINT',
      'INTEGER',
    ]);
    expect(result.rows).toEqual([
      [1, 2.5, '2024-01-02', '2024-01-02 03:04:05', [1, 2], { x: 'y' }, '9007199254740993', null],
    ]);
  });

  it('binds named parameters', async () => {
    const result = await warehouse.query('SELECT count(*) AS n FROM sales WHERE product = $product AND price >= $min', {
      params: { product: 'p3', min: 6 },
    });
    expect(result.rows[0]?.[0]).toBe(
      Array.from({ length: 50000 }, (_, k) => k + 1).filter((i) => i % 7 === 3 && (i % 13) * 1.5 >= 6).length,
    );
  });

  it('streams large results in chunks', async () => {
    const stream = await warehouse.stream('SELECT id FROM sales ORDER BY id');
    let rows = 0;
    let chunks = 0;
    let last = 0;
    for await (const chunk of stream.chunks()) {
      chunks += 1;
      rows += chunk.length;
      last = chunk.at(-1)?.[0] as number;
    }
    expect(rows).toBe(50000);
    expect(chunks).toBeGreaterThan(1);
    expect(last).toBe(50000);
  });

  it('reports progress on a long scan', async () => {
    const seen: QueryProgress[] = [];
    await warehouse.query('SELECT h % 1000 AS k, count(*) FROM big GROUP BY ALL ORDER BY 2 DESC LIMIT 3', {
      onProgress: (progress) => seen.push(progress),
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)?.rowsProduced).toBe(3);
  });

  it('cancels a running query and says so', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const error = await warehouse
      .query('SELECT sum(hash(i) % 7) FROM range(0, 20000000000) t(i)', { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AisleError);
    expect(error).toMatchObject({ code: 'cancelled', message: 'The query was cancelled.' });
    // The warehouse is still usable afterwards.
    expect((await warehouse.query('SELECT 42')).rows).toEqual([[42]]);
  });

  it('cancels a query aborted while its connection is still being set up', async () => {
    const controller = new AbortController();
    const running = warehouse.query('SELECT sum(hash(i) % 7) FROM range(0, 20000000000) t(i)', {
      signal: controller.signal,
      onProgress: () => undefined,
    });
    controller.abort();
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
  });

  it("keeps DuckDB's own actionable message for bad SQL", async () => {
    const error = await warehouse.query('SELECT * FROM sale').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect((error as Error).message).toMatch(
      /^Catalog Error: Table with name sale does not exist!\nDid you mean "sales"/,
    );
  });

  it('estimates a statement: type, read-only and expected rows', async () => {
    expect(await warehouse.estimate('SELECT * FROM sales WHERE id < 100')).toMatchObject({
      statementType: 'SELECT',
      readOnly: true,
      bytesProcessed: null,
    });
    expect((await warehouse.estimate('SELECT * FROM sales')).estimatedRows).toBe(50000);
    expect(await warehouse.estimate('DELETE FROM sales')).toMatchObject({ statementType: 'DELETE', readOnly: false });
    await expect(warehouse.estimate('SELECT 1; SELECT 2')).rejects.toThrow('Estimate one statement at a time');
  });

  it('lists tables with columns and exact row counts', async () => {
    const tables = await warehouse.listTables();
    const sales = tables.find((table) => table.name === 'sales');
    expect(sales).toEqual({
      schema: 'main',
      name: 'sales',
      rowCount: 50000,
      columns: [
        { name: 'id', type: 'BIGINT' },
        { name: 'product', type: 'VARCHAR' },
        { name: 'price', type: 'DECIMAL(21,1)' },
      ],
    });
  });
});
