import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbWarehouse } from '../warehouse/duckdb-warehouse';
import { errorPosition, withoutExcerpt } from './error-position';

/** Positions are checked against what a real DuckDB says, not against hand-written messages. */
describe('errorPosition with DuckDB', () => {
  let warehouse: DuckDbWarehouse;

  beforeAll(async () => {
    warehouse = await DuckDbWarehouse.open(':memory:');
    const connection = await warehouse.connect();
    await connection.run('CREATE TABLE sales AS SELECT i AS id, i * 2 AS price FROM range(10) t(i)');
    connection.closeSync();
  });

  afterAll(async () => {
    await warehouse.close();
  });

  const failure = async (sql: string): Promise<string> => {
    const error = await warehouse.query(sql).then(
      () => null,
      (e: unknown) => e,
    );
    if (!(error instanceof Error)) throw new Error(`expected ${sql} to fail`);
    return error.message;
  };

  const placeOf = async (sql: string) => errorPosition(await failure(sql), sql);

  it('finds a typo on line 3 of a 4-line statement, column at the caret', async () => {
    const sql = 'SELECT id,\n  price\nFROM salez\nWHERE price > 1';
    expect(await placeOf(sql)).toEqual({ line: 3, column: 6 });
  });

  it('finds a misspelled column on the last line and a syntax error at the start of a line', async () => {
    expect(await placeOf('SELECT id,\n  price\nFROM sales\nWHERE pricee > 1')).toEqual({ line: 4, column: 7 });
    expect(await placeOf('SELECT id,\n  price\nFROMM sales')).toEqual({ line: 3, column: 7 });
    expect(await placeOf('SELEC 1')).toEqual({ line: 1, column: 1 });
  });

  it('counts lines from the start of the text sent, comments and blank lines included', async () => {
    expect(await placeOf('-- note\n\nSELECT nope\nFROM sales')).toEqual({ line: 3, column: 8 });
    expect(await placeOf('SELECT 1,\r\n  nope FROM sales')).toEqual({ line: 2, column: 3 });
  });

  it('maps display columns back to characters: wide characters, emoji, combining marks, tabs', async () => {
    const wide = "SELECT '日本語', nope FROM sales";
    expect(await placeOf(wide)).toEqual({ line: 1, column: wide.indexOf('nope') + 1 });
    const emoji = "SELECT '😀😀', nope FROM sales";
    expect(await placeOf(emoji)).toEqual({ line: 1, column: emoji.indexOf('nope') + 1 });
    const combining = "SELECT 'e\u0301', nope FROM sales";
    expect(await placeOf(combining)).toEqual({ line: 1, column: combining.indexOf('nope') + 1 });
    const tabs = 'SELECT\t\tnope FROM sales';
    expect(await placeOf(tabs)).toEqual({ line: 1, column: tabs.indexOf('nope') + 1 });
  });

  it('finds the place on a long line that DuckDB shows cut short with ...', async () => {
    const columns = Array.from({ length: 40 }, (_, i) => `${i} AS c${i}`).join(', ');
    const long = `  ${columns}, nope, '${'y'.repeat(200)}' FROM sales`;
    const sql = `SELECT 1 AS a,\n${long}`;
    const message = await failure(sql);
    expect(message).toMatch(/LINE 2: \.\.\..*\.\.\.\n/);
    expect(errorPosition(message, sql)).toEqual({ line: 2, column: long.indexOf('nope') + 1 });
    // Cut only at the end: the excerpt starts with the line itself.
    const cutAtEnd = `SELECT 1,\nSELECT ${columns}`;
    const atEnd = await failure(cutAtEnd);
    expect(atEnd).toMatch(/LINE 2: SELECT 0 AS c0.*\.\.\.\n/);
    expect(errorPosition(atEnd, cutAtEnd)).toEqual({ line: 2, column: 1 });
  });

  it('is null when DuckDB names no place', async () => {
    expect(await placeOf('SELECT 1 +')).toBeNull();
  });

  it('drops the excerpt and caret from the words, keeping what comes before and after', async () => {
    const message = await failure('SELECT id\nFROM salez');
    expect(message).toContain('LINE 2: FROM salez');
    const words = withoutExcerpt(`${message}\nCheck the name.`);
    expect(words).toBe('Catalog Error: Table with name salez does not exist!\nDid you mean "sales"?\nCheck the name.');
  });
});

describe('errorPosition with BigQuery', () => {
  it('reads the [line:column] BigQuery puts in its messages', () => {
    expect(errorPosition('Syntax error: Unexpected identifier "FROMM" at [3:1]', 'x')).toEqual({ line: 3, column: 1 });
    expect(errorPosition('Unrecognized name: pricee; Did you mean price? at [4:7]', 'x')).toEqual({
      line: 4,
      column: 7,
    });
  });
});
