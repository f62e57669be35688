import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AisleError } from '../../core/aisle-error';
import { demoModel } from '../../semantic';
import { DuckDbWarehouse } from '../../warehouse/duckdb-warehouse';
import { interpretWithGemini } from './gemini-interpreter';
import { startGemini } from './gemini-test-setup';
import { checkReadOnlySql, dryRunCheck, guardGeneratedSql } from './sql-guard';

const refusal = (run: () => unknown): AisleError => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AisleError);
    expect((error as AisleError).code).toBe('invalid_input');
    return error as AisleError;
  }
  throw new Error('expected the SQL to be refused');
};

describe('checkReadOnlySql', () => {
  it.each([
    ['SELECT 1', 'SELECT 1'],
    ['  select count(*) from orders;  ', 'select count(*) from orders'],
    [
      '-- revenue by status\n/* generated */ SELECT status FROM orders',
      '-- revenue by status\n/* generated */ SELECT status FROM orders',
    ],
    ['WITH t AS (SELECT 1 AS x) SELECT x FROM t', 'WITH t AS (SELECT 1 AS x) SELECT x FROM t'],
    ['(SELECT 1) UNION ALL (SELECT 2)', '(SELECT 1) UNION ALL (SELECT 2)'],
    // Keywords inside strings, quoted names and as qualified columns are data, not statements.
    [
      'SELECT \'delete me; drop table x\' AS note, "update" FROM t',
      'SELECT \'delete me; drop table x\' AS note, "update" FROM t',
    ],
    ['SELECT o.update, o.created_at FROM orders o', 'SELECT o.update, o.created_at FROM orders o'],
  ])('accepts one read-only query: %s', (sql, expected) => {
    expect(checkReadOnlySql(sql, 'duckdb')).toBe(expected);
  });

  it.each([
    ['DELETE FROM orders', 'starts with DELETE'],
    ['drop table orders', 'starts with DROP'],
    ['SELECT 1; DELETE FROM orders', 'holds 2 statements'],
    ['SELECT * FROM orders; SELECT 2', 'holds 2 statements'],
    ['', 'is empty'],
    ['-- just a comment', 'is empty'],
    ['WITH gone AS (DELETE FROM orders RETURNING *) SELECT * FROM gone', 'contains DELETE'],
    ['INSERT INTO orders SELECT * FROM orders', 'starts with INSERT'],
    ['UPDATE orders SET amount = 0', 'starts with UPDATE'],
    ['MERGE INTO orders USING x ON true WHEN MATCHED THEN DELETE', 'starts with MERGE'],
    ['CREATE TABLE copy AS SELECT * FROM orders', 'starts with CREATE'],
    ['ALTER TABLE orders ADD COLUMN x INT', 'starts with ALTER'],
    ['TRUNCATE orders', 'starts with TRUNCATE'],
    ['GRANT SELECT ON orders TO someone', 'starts with GRANT'],
    ['CALL do_things()', 'starts with CALL'],
    ["EXECUTE IMMEDIATE 'DROP TABLE orders'", 'starts with EXECUTE'],
    ["COPY orders TO '/tmp/orders.csv'", 'starts with COPY'],
    ["ATTACH 'other.duckdb'", 'starts with ATTACH'],
    ['BEGIN TRANSACTION', 'starts with BEGIN'],
    ['SET threads = 1', 'starts with SET'],
    ["SELECT * FROM read_csv('/etc/passwd')", 'calls read_csv()'],
    ["SELECT * FROM '/home/me/secrets.csv'", 'reads a file named in FROM'],
    ["SELECT * FROM query('DELETE FROM orders')", 'calls query()'],
  ])('refuses %s (DuckDB)', (sql, why) => {
    expect(refusal(() => checkReadOnlySql(sql, 'duckdb')).message).toContain(why);
  });

  it.each([
    ["EXPORT DATA OPTIONS(uri='gs://b/*.csv', format='CSV') AS SELECT * FROM t", 'starts with EXPORT'],
    ["LOAD DATA INTO d.t FROM FILES(format='CSV', uris=['gs://b/x.csv'])", 'starts with LOAD'],
    ['DECLARE x INT64; SELECT x', 'holds 2 statements'],
    ['SELECT * FROM `p.d.orders`; DROP TABLE `p.d.orders`', 'holds 2 statements'],
  ])('refuses %s (BigQuery)', (sql, why) => {
    expect(refusal(() => checkReadOnlySql(sql, 'bigquery')).message).toContain(why);
  });

  it('accepts BigQuery names in backticks with keywords in them', () => {
    expect(checkReadOnlySql('SELECT * FROM `proj.delete_me.update`', 'bigquery')).toBe(
      'SELECT * FROM `proj.delete_me.update`',
    );
  });
});

describe('generated SQL against a real DuckDB warehouse', () => {
  let folder: string;
  let warehouse: DuckDbWarehouse;

  const rowCount = async (): Promise<number> =>
    Number((await warehouse.query('SELECT count(*) FROM order_items')).rows[0]?.[0]);

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'aisle-sql-guard-'));
    warehouse = await DuckDbWarehouse.open(join(folder, 'store.duckdb'));
    const connection = await warehouse.connect();
    await connection.run(
      "CREATE TABLE order_items AS SELECT i AS id, CASE WHEN i % 3 = 0 THEN 'Returned' ELSE 'Complete' END AS status, i * 10.0 AS sale_price FROM range(1, 7) t(i)",
    );
    connection.closeSync();
  });

  afterAll(async () => {
    await warehouse.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('never lets a DELETE, DROP or a second statement reach the warehouse', async () => {
    for (const sql of ['DELETE FROM order_items', 'DROP TABLE order_items', 'SELECT 1; DELETE FROM order_items']) {
      await expect(guardGeneratedSql(warehouse, sql)).rejects.toMatchObject({ code: 'invalid_input' });
    }
    expect(await rowCount()).toBe(6);
  });

  it('has the engine refuse a write even when the text check is skipped (the dry run prepares, never runs)', async () => {
    for (const [sql, type] of [
      ['DELETE FROM order_items', 'DELETE'],
      ['UPDATE order_items SET sale_price = 0', 'UPDATE'],
      ['CREATE TABLE stolen AS SELECT * FROM order_items', 'CREATE'],
    ] as const) {
      await expect(dryRunCheck(warehouse, sql)).rejects.toThrow(`is a ${type} statement to the warehouse`);
    }
    expect(await rowCount()).toBe(6);
    expect((await warehouse.listTables()).map((table) => table.name)).toEqual(['order_items']);
  });

  it('lets a SELECT through both checks, with its estimate', async () => {
    const { sql, estimate } = await guardGeneratedSql(
      warehouse,
      'SELECT status, count(*) AS items FROM order_items GROUP BY status ORDER BY items DESC;',
    );
    expect(estimate).toMatchObject({ statementType: 'SELECT', readOnly: true });
    expect((await warehouse.query(sql)).rows).toEqual([
      ['Complete', 4],
      ['Returned', 2],
    ]);
  });

  it('says when the generated SELECT does not run on the source', async () => {
    await expect(guardGeneratedSql(warehouse, 'SELECT nothing FROM nowhere')).rejects.toThrow(
      /^The query Gemini wrote does not run on this source: /,
    );
  });

  it('from question to warehouse: a model that writes DELETE gets a refusal and the rows stay', async () => {
    const { gemini, fake } = await startGemini();
    const context = {
      gemini,
      model: demoModel,
      dialect: warehouse.dialect,
      samples: {},
      anchor: '2025-11-30',
      previous: null,
      history: [],
    };
    /** What Ask would do: interpret, and run only a reading that is SQL and passes the guard. */
    const ask = async (question: string) => {
      const reading = await interpretWithGemini(question, context);
      if (reading.kind !== 'sql') return reading;
      const { sql } = await guardGeneratedSql(warehouse, reading.sql);
      return (await warehouse.query(sql)).rows;
    };
    fake.enqueue({ json: { kind: 'sql', sql: 'DELETE FROM order_items WHERE true', explanation: 'Tidies up.' } });
    fake.enqueue({
      json: { kind: 'sql', sql: 'SELECT count(*) FROM order_items; DROP TABLE order_items', explanation: 'Counts.' },
    });
    fake.enqueue({
      json: {
        kind: 'sql',
        sql: "SELECT count(*) AS returned FROM order_items WHERE status = 'Returned'",
        explanation: 'Counts returns.',
      },
    });
    expect(await ask('clean up the test orders for me')).toMatchObject({ kind: 'refuse' });
    expect(await ask('how many rows are there')).toMatchObject({ kind: 'refuse' });
    expect(await ask('delete all orders')).toMatchObject({ kind: 'refuse' });
    expect(await ask('how many items came back')).toEqual([[2]]);
    expect(await rowCount()).toBe(6);
    // "delete all orders" never reached the model either.
    expect(fake.requests.map((request) => request.prompt.includes('delete all orders'))).toEqual([false, false, false]);
  });
});
