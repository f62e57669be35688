import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { viewQuery } from '../src/shared/sql';

// src/shared may not load DuckDB (layer rule), so the engine check of viewQuery lives here.
describe('viewQuery on DuckDB', () => {
  it('sorts and filters on a real engine, with wildcards taken literally', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const base =
      "SELECT * FROM (VALUES ('Scarf', 12.5), ('Tote 50% off', 3.0), ('Jeans', 40.0), (NULL, 1.0)) t(name, price)";
    const run = async (sql: string) => (await connection.runAndReadAll(sql)).getRowsJS();
    expect(await run(viewQuery(base, 'duckdb', { sort: { column: 'price', direction: 'desc' } }))).toEqual([
      ['Jeans', 40],
      ['Scarf', 12.5],
      ['Tote 50% off', 3],
      [null, 1],
    ]);
    expect(await run(viewQuery(base, 'duckdb', { filter: '50%' }))).toEqual([['Tote 50% off', 3]]);
    expect(await run(viewQuery(base, 'duckdb', { filter: 'SCARF' }))).toEqual([['Scarf', 12.5]]);
    expect(await run(viewQuery(base, 'duckdb', { filter: '5_' }))).toEqual([]);
    connection.closeSync();
    instance.closeSync();
  });
});
