import { describe, expect, it } from 'vitest';
import { viewQuery } from './view-query';

describe('viewQuery', () => {
  it('wraps a statement to sort and filter it, quoting per dialect', () => {
    expect(viewQuery('SELECT 1 AS "a b";', 'duckdb', { sort: { column: 'a b', direction: 'desc' } })).toBe(
      'SELECT *\nFROM (\nSELECT 1 AS "a b"\n) AS aisle_view\nORDER BY "a b" DESC NULLS LAST',
    );
    const bq = viewQuery('SELECT name FROM t', 'bigquery', {
      filter: "O'Neill 50%",
      sort: { column: 'name', direction: 'asc' },
    });
    expect(bq).toContain("WHERE LOWER(TO_JSON_STRING(aisle_view)) LIKE '%o\\'neill 50\\\\%%'");
    expect(bq).toContain('ORDER BY `name` ASC NULLS LAST');
    expect(viewQuery('SELECT 1', 'duckdb', { filter: '  ' })).not.toContain('WHERE');
  });
});
